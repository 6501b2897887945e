// One-time e-mail codes (SPEC 2.4; NIST 800-63B §3.1.3 rules applied although e-mail is not an
// AAL2 authenticator): 6 digits, valid 10 minutes, at most 5 tries, bound to what they were sent
// for, a new code kills the old one, 30 s between sends for one purpose and at most 10 an hour per
// user (checked and counted in one atomic step on every instance), a resend keeps the failure count,
// stored as HMAC-SHA-256 under the server key.
import { randomBytes } from 'node:crypto';
import { MINUTE, SECOND } from '../clock.js';
import type { Client, CoreContext } from '../context.js';
import { maskEmail } from '../notifications/notify-user.js';
import type { EmailCodeBinding } from '../ports.js';
import type { User } from '../users/user.js';
import { generateEmailCode, normalizeEmailCode } from './email-code.js';

export const EMAIL_CODE_LIFETIME = 10 * MINUTE;
export const EMAIL_CODE_MAX_ATTEMPTS = 5;
export const EMAIL_CODE_RESEND_COOLDOWN = 30 * SECOND;
export const EMAIL_CODES_PER_HOUR = 10;

export type SendEmailCodeResult =
  | { ok: true; emailMasked: string; resendAfterInSeconds: number }
  | { ok: false; reason: 'email_address_required' }
  | { ok: false; reason: 'email_delivery_failed'; error: string }
  /** `cooldown`: a code for the same purpose went out under 30 s ago; `hourly_cap`: 10 in the last hour. */
  | { ok: false; reason: 'throttled'; limit: 'cooldown' | 'hourly_cap'; retryAfterInSeconds: number };

export async function sendEmailCode(ctx: CoreContext, user: User, binding: EmailCodeBinding, client: Client | null): Promise<SendEmailCodeResult> {
  if (!user.email) return { ok: false, reason: 'email_address_required' };
  const now = ctx.clock.now();
  const code = generateEmailCode();
  const issued = await ctx.store.issueEmailCode(
    binding,
    { id: randomBytes(12).toString('base64url'), codeHash: hashEmailCode(ctx, binding, code), createdAt: now, expiresAt: now + EMAIL_CODE_LIFETIME },
    { cooldownInMilliseconds: EMAIL_CODE_RESEND_COOLDOWN, perHour: EMAIL_CODES_PER_HOUR },
  );
  if (!issued.ok) return { ok: false, reason: 'throttled', limit: issued.reason, retryAfterInSeconds: Math.max(1, Math.ceil(issued.retryAfterInMilliseconds / SECOND)) };
  const delivery = await ctx.mailer.deliver({
    to: user.email,
    username: user.username,
    at: now,
    clientAddress: client?.address ?? null,
    message: { kind: 'email_code', code, purpose: binding.purpose, validForMinutes: EMAIL_CODE_LIFETIME / MINUTE },
  });
  if (!delivery.ok) return { ok: false, reason: 'email_delivery_failed', error: delivery.error };
  return { ok: true, emailMasked: maskEmail(user.email), resendAfterInSeconds: EMAIL_CODE_RESEND_COOLDOWN / SECOND };
}

/** The hash binds the code to its user, purpose and binding, so it is good for nothing else. */
function hashEmailCode(ctx: CoreContext, binding: EmailCodeBinding, code: string): string {
  return ctx.keys.mac('email-code', `${binding.userId}:${binding.purpose}:${binding.boundTo}:${code}`);
}

export async function redeemEmailCode(ctx: CoreContext, binding: EmailCodeBinding, input: string): Promise<'ok' | 'wrong_code' | 'used'> {
  const code = normalizeEmailCode(input);
  if (code === null) return 'wrong_code';
  const result = await ctx.store.redeemEmailCode(binding, hashEmailCode(ctx, binding, code), ctx.clock.now(), EMAIL_CODE_MAX_ATTEMPTS);
  if (!result.ok) ctx.log.info({ event: 'email_code_refused', userId: binding.userId, purpose: binding.purpose, why: result.reason }, 'e-mail code refused');
  return result.ok ? 'ok' : result.reason === 'used' ? 'used' : 'wrong_code';
}
