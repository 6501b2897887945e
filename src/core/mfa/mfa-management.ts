// Turning MFA off and replacing recovery codes (SPEC 2.4, 2.5): both need the password and a
// current code (OWASP MFA-3: never the session alone). Disabling ends the user's other sessions.
import { recordAuditEvent } from '../audit/audit-log.js';
import type { Client, CoreContext } from '../context.js';
import { sendEmailCode, type SendEmailCodeResult } from '../email-code/email-code-challenge.js';
import { notifyUser } from '../notifications/notify-user.js';
import { readAuthenticationPolicy } from '../policy/authentication-policy.js';
import type { EmailCodeBinding, KeepAlive } from '../ports.js';
import { generateRecoveryCodes, normalizeRecoveryCode } from '../recovery-codes/recovery-codes.js';
import { verifyUserPassword } from '../sign-in/password-verification.js';
import { announceCredentialChange } from '../users/credential-change.js';
import type { User } from '../users/user.js';
import { checkSecondFactorCode, factorOfCode, hashRecoveryCode } from './second-factor-check.js';

export type ConfirmationFailure =
  | { ok: false; reason: 'invalid_credentials' | 'locked' | 'mfa_not_enabled' }
  | { ok: false; reason: 'throttled'; retryAfterInSeconds: number };

/** Password, then a current code: the step-up for changing MFA itself. */
export async function confirmPasswordAndCode(ctx: CoreContext, user: User, password: string, code: string, client: Client): Promise<{ ok: true } | ConfirmationFailure> {
  if (user.mfaMethod === null) return { ok: false, reason: 'mfa_not_enabled' };
  const password_ = await verifyUserPassword(ctx, user.username, password);
  if (!password_.ok) return password_.reason === 'throttled' ? password_ : { ok: false, reason: password_.reason === 'locked' ? 'locked' : 'invalid_credentials' };
  const factor = factorOfCode(user, code);
  if (factor === null) return { ok: false, reason: 'invalid_credentials' };
  const checked = await checkSecondFactorCode(ctx, user, factor, code, client, confirmationBinding(user));
  if (checked.ok) return { ok: true };
  if (checked.reason === 'throttled') return checked;
  return { ok: false, reason: checked.reason === 'locked' ? 'locked' : 'invalid_credentials' };
}

/**
 * SPEC §2.11 step-up: once a user has MFA, anything that adds, replaces or removes a way past the
 * second factor needs the password and a current second factor in the same request; a fresh
 * sign-in alone is not enough (a stolen cookie is a fresh sign-in).
 */
export async function confirmStepUp(
  ctx: CoreContext,
  user: User,
  proof: { password?: string | undefined; code?: string | undefined },
  client: Client,
): Promise<{ ok: true } | ConfirmationFailure | { ok: false; reason: 'reauthentication_required' }> {
  if (proof.password === undefined || proof.code === undefined) return { ok: false, reason: 'reauthentication_required' };
  return confirmPasswordAndCode(ctx, user, proof.password, proof.code, client);
}

/** E-mail codes for confirming a change (disable, new recovery codes, policy) are bound to the user. */
export function confirmationBinding(user: Pick<User, 'id'>): EmailCodeBinding {
  return { userId: user.id, purpose: 'confirmation', boundTo: user.id };
}

/** POST /api/me/mfa/email-code: an e-mail user asks for a code to confirm a change. */
export async function sendConfirmationCode(ctx: CoreContext, user: User, client: Client): Promise<SendEmailCodeResult | { ok: false; reason: 'mfa_not_enabled' }> {
  if (user.mfaMethod !== 'email') return { ok: false, reason: 'mfa_not_enabled' };
  return sendEmailCode(ctx, user, confirmationBinding(user), client);
}

export async function disableMfa(
  ctx: CoreContext,
  input: { user: User; password: string; code: string; keep: KeepAlive; client: Client },
): Promise<{ ok: true; user: User; endedSessions: number } | ConfirmationFailure | { ok: false; reason: 'mfa_enforced' }> {
  const { user, client } = input;
  if (user.mfaMethod !== null && (await readAuthenticationPolicy(ctx.store)).enforceMfa) return { ok: false, reason: 'mfa_enforced' };
  const confirmed = await confirmPasswordAndCode(ctx, user, input.password, input.code, client);
  if (!confirmed.ok) return confirmed;
  const removed = await ctx.store.removeMfa(user.id, ctx.clock.now(), input.keep);
  if (!removed.ok) return { ok: false, reason: 'mfa_not_enabled' };
  await announceCredentialChange(ctx, {
    user: removed.user,
    actor: user,
    client,
    audit: { type: 'mfa_disabled', outcome: 'success', details: { method: user.mfaMethod, ended_sessions: removed.endedSessions } },
    notify: { kind: 'mfa_disabled' },
  });
  return removed;
}

export async function regenerateRecoveryCodes(
  ctx: CoreContext,
  input: { user: User; password: string; code: string; client: Client },
): Promise<{ ok: true; recoveryCodes: string[] } | ConfirmationFailure> {
  const confirmed = await confirmPasswordAndCode(ctx, input.user, input.password, input.code, input.client);
  if (!confirmed.ok) return confirmed;
  const recoveryCodes = generateRecoveryCodes();
  await ctx.store.replaceRecoveryCodes(input.user.id, recoveryCodes.map((c) => hashRecoveryCode(ctx, normalizeRecoveryCode(c)!)), ctx.clock.now());
  await recordAuditEvent(ctx, { type: 'recovery_codes_regenerated', outcome: 'success', actor: input.user, target: input.user, client: input.client });
  await notifyUser(ctx, input.user, { kind: 'recovery_codes_regenerated' }, input.client);
  return { ok: true, recoveryCodes };
}

/** `chain`: the caller's session or flow; only its own enrollment in progress is shown. */
export async function describeMfaStatus(ctx: CoreContext, user: User, chain: string) {
  const policy = await readAuthenticationPolicy(ctx.store);
  const enrollment = await ctx.store.findEnrollment(user.id);
  const pending = enrollment && enrollment.boundTo === chain && enrollment.expiresAt > ctx.clock.now() ? enrollment : null;
  return {
    enabled: user.mfaMethod !== null,
    method: user.mfaMethod,
    recovery_codes_remaining: user.mfaMethod === null ? 0 : await ctx.store.countRecoveryCodes(user.id),
    allowed_methods: policy.allowedMethods,
    enforced: policy.enforceMfa,
    enrollment: pending ? { method: pending.method, verified: pending.verifiedAt !== null, expires_at: new Date(pending.expiresAt).toISOString() } : null,
  };
}
