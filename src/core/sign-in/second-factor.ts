// POST /api/session/second-factor: awaiting_second_factor → authenticated (AAL 2), or
// awaiting_enrollment when the user's method is no longer allowed. A challenge lasts 10 minutes
// and allows 5 wrong codes; then the flow is gone and sign-in starts over.
import { recordAuditEvent } from '../audit/audit-log.js';
import type { Client, CoreContext } from '../context.js';
import { checkSecondFactorCode, type CodeFactor } from '../mfa/second-factor-check.js';
import { readAuthenticationPolicy } from '../policy/authentication-policy.js';
import type { EmailCodeBinding, PersistedSignInFlow } from '../ports.js';
import { sendEmailCode, type SendEmailCodeResult } from '../email-code/email-code-challenge.js';
import { type IssuedSession, issueSession } from '../sessions/sessions.js';
import type { User } from '../users/user.js';
import { findLiveSignInFlow } from './live-sign-in-flow.js';
import { SIGN_IN_FLOW_MAX_FAILURES, stateAfterSecondFactor } from './sign-in-flow.js';

export type SecondFactorResult =
  | { ok: true; state: 'authenticated'; user: User; issued: IssuedSession }
  | { ok: true; state: 'awaiting_enrollment' | 'awaiting_password_change'; user: User }
  | { ok: false; reason: 'sign_in_expired' | 'invalid_credentials' | 'locked' | 'method_not_enrolled' }
  | { ok: false; reason: 'throttled'; retryAfterInSeconds: number };

/** An e-mail code sent during sign-in is good for this flow only. */
export function signInBinding(flow: Pick<PersistedSignInFlow, 'id' | 'userId'>): EmailCodeBinding {
  return { userId: flow.userId, purpose: 'sign_in', boundTo: flow.id };
}

/** POST /api/session/email-code: sends the sign-in code of an e-mail user. */
export async function sendSignInEmailCode(ctx: CoreContext, flowToken: string | undefined, client: Client): Promise<SendEmailCodeResult | { ok: false; reason: 'sign_in_expired' | 'method_not_enrolled' }> {
  const live = await findLiveSignInFlow(ctx, flowToken, ['awaiting_second_factor']);
  if (!live.ok) return { ok: false, reason: 'sign_in_expired' };
  if (live.user.mfaMethod !== 'email') return { ok: false, reason: 'method_not_enrolled' };
  return sendEmailCode(ctx, live.user, signInBinding(live.flow), client);
}

export async function completeSecondFactor(
  ctx: CoreContext,
  input: { flowToken: string | undefined; method: CodeFactor; code: string; client: Client },
): Promise<SecondFactorResult> {
  const live = await findLiveSignInFlow(ctx, input.flowToken, ['awaiting_second_factor']);
  if (!live.ok) return { ok: false, reason: 'sign_in_expired' };
  const { flow, user } = live;
  const { client } = input;
  if ((input.method === 'totp' || input.method === 'email_code') && user.mfaMethod !== (input.method === 'totp' ? 'totp' : 'email')) {
    return { ok: false, reason: 'method_not_enrolled' };
  }

  const checked = await checkSecondFactorCode(ctx, user, input.method, input.code, client, signInBinding(flow));
  if (!checked.ok) {
    if (checked.reason === 'throttled') return checked;
    if (checked.reason === 'locked') return { ok: false, reason: 'locked' };
    // Wrong codes count against this challenge too; the fifth ends it.
    if ((await ctx.store.recordSignInFlowFailure(flow.id)) >= SIGN_IN_FLOW_MAX_FAILURES) {
      await ctx.store.consumeSignInFlow(flow.id);
      return { ok: false, reason: 'sign_in_expired' };
    }
    return { ok: false, reason: 'invalid_credentials' };
  }

  const next = stateAfterSecondFactor(user, await readAuthenticationPolicy(ctx.store));
  if (next.name === 'awaiting_enrollment' || next.name === 'awaiting_password_change') {
    if (!(await ctx.store.setSignInFlowState(flow.id, 'awaiting_second_factor', next.name, ctx.clock.now()))) return { ok: false, reason: 'sign_in_expired' };
    await recordAuditEvent(ctx, { type: 'second_factor_succeeded', outcome: 'success', actor: user, target: user, client, details: { factor: checked.factor, next: next.name } });
    return { ok: true, state: next.name, user };
  }
  // Single use: only the request that consumed the flow gets a session.
  if (!(await ctx.store.consumeSignInFlow(flow.id))) return { ok: false, reason: 'sign_in_expired' };
  const issued = await issueSession(ctx, user, { aal: 2, authenticatedAt: ctx.clock.now(), client });
  await recordAuditEvent(ctx, { type: 'sign_in_succeeded', outcome: 'success', actor: user, target: user, client, details: { aal: 2, factor: checked.factor } });
  return { ok: true, state: 'authenticated', user, issued };
}
