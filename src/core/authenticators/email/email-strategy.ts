// One-time e-mail passwords (SPEC 2.3, 2.4): a 6-digit code sent to the account's address when
// asked for, bound to what it was sent for. At most one per user: it is the account's address.
import { redeemEmailCode, sendEmailCode } from '../../email-code/email-code-challenge.js';
import type { EmailCodeBinding } from '../../ports.js';
import type { Client, CoreContext } from '../../context.js';
import type { User } from '../../users/user.js';
import type { AuthenticatorStrategy, BeginAddingResult } from '../strategy.js';

/** A code sent while adding is good for that authenticator being added only. */
function setupBinding(pending: { id: string; userId: string }): EmailCodeBinding {
  return { userId: pending.userId, purpose: 'enrollment', boundTo: pending.id };
}

async function sendSetupCode(ctx: CoreContext, user: User, pending: { id: string; userId: string }, client: Client): Promise<BeginAddingResult> {
  const sent = await sendEmailCode(ctx, user, setupBinding(pending), client);
  return sent.ok ? { ok: true, setup: { emailMasked: sent.emailMasked, resendAfterInSeconds: sent.resendAfterInSeconds } } : sent;
}

export const emailStrategy: AuthenticatorStrategy = {
  kind: 'email',
  maxPerUser: 1,
  defaultName: 'E-mail',
  usesAccountEmail: true,
  throttleFactor: 'email_code',
  whyUnavailable: (user) => (user.email ? null : 'email_address_required'),

  async beginAdding(ctx, { user, pending, client }) {
    if (!user.email) return { ok: false, reason: 'email_address_required' };
    const started = await ctx.store.startAddingAuthenticator(pending, {}, 1);
    if (!started.ok) return started;
    return sendSetupCode(ctx, user, pending, client);
  },

  resendSetup: (ctx, { user, pending, client }) => sendSetupCode(ctx, user, pending, client),

  async verifyAdding(ctx, { pending, code }) {
    return redeemEmailCode(ctx, setupBinding(pending), code);
  },

  sendChallenge: (ctx, { user, binding, client }) => sendEmailCode(ctx, user, binding, client),

  async verifyChallenge(ctx, { code, binding }) {
    return redeemEmailCode(ctx, binding, code);
  },
};
