// Turning MFA off and replacing recovery codes (SPEC 2.4, 2.5): both need the password and a
// current code (OWASP MFA-3: never the session alone). Disabling removes every authenticator and
// ends the user's other sessions.
import { auditChange, recordAuditEvent } from '../audit/audit-log.js';
import type { Client, CoreContext } from '../context.js';
import type { SendEmailCodeResult } from '../email-code/email-code-challenge.js';
import { type Authenticator, describeOwnAuthenticators } from '../authenticators/authenticator.js';
import type { ChallengeAnswer } from '../authenticators/strategy.js';
import { strategies } from '../authenticators/registry.js';
import { chooseStepUpTarget } from '../authenticators/second-factor-choice.js';
import { checkSecondFactor, hashRecoveryCode } from '../authenticators/second-factor-check.js';
import { notifyUser } from '../notifications/notify-user.js';
import { readAuthenticationPolicy } from '../policy/authentication-policy.js';
import type { EmailCodeBinding, KeepAlive } from '../ports.js';
import { generateRecoveryCodes, normalizeRecoveryCode } from '../recovery-codes/recovery-codes.js';
import { verifyUserPassword } from '../sign-in/password-verification.js';
import { announceCredentialChange } from '../users/credential-change.js';
import { hasMfa, type User } from '../users/user.js';

export type ConfirmationFailure =
  | { ok: false; reason: 'invalid_credentials' | 'locked' | 'mfa_not_enabled' }
  | { ok: false; reason: 'throttled'; retryAfterInSeconds: number };

/**
 * Password, then a current second factor: a code from one of the user's authenticators (the one
 * named, else the one used last), a recovery code, or a security-key assertion (to a challenge this
 * session asked for): the step-up for changing MFA itself. Both halves are audited as a step-up,
 * never as a sign-in.
 */
export async function confirmPasswordAndCode(ctx: CoreContext, user: User, proof: StepUpProof, client: Client): Promise<{ ok: true } | ConfirmationFailure> {
  if (!hasMfa(user)) return { ok: false, reason: 'mfa_not_enabled' };
  const password = await verifyUserPassword(ctx, user.username, proof.password);
  if (!password.ok) {
    if (password.reason === 'invalid_credentials') {
      await recordAuditEvent(ctx, { type: 'step_up_failed', outcome: 'failure', actor: user, target: user, client, details: { factor: 'password' } });
    }
    return password.reason === 'throttled' ? password : { ok: false, reason: password.reason === 'locked' ? 'locked' : 'invalid_credentials' };
  }
  const authenticators = await ctx.store.listAuthenticators(user.id);
  const target = await chooseStepUpTarget(ctx, authenticators, proof.answer, proof.authenticatorId);
  if (target === null) return { ok: false, reason: 'invalid_credentials' };
  const checked = await checkSecondFactor(ctx, user, target, proof.answer, client, confirmationBinding(user, proof.chain), 'step_up');
  if (checked.ok) return { ok: true };
  if (checked.reason === 'throttled') return checked;
  return { ok: false, reason: checked.reason === 'locked' ? 'locked' : 'invalid_credentials' };
}

export interface StepUpProof {
  password: string;
  /** A code (from an authenticator, or a recovery code), or a security key's signed response. */
  answer: ChallengeAnswer;
  /** Which authenticator a code is from; the one used last when absent. */
  authenticatorId?: string | undefined;
  /** The session or flow asking: a security key's challenge must have been issued to it. */
  chain?: string | undefined;
}

/** The step-up fields of a request body: `code` or `webauthn_response` beside the password. */
export interface StepUpFields {
  password?: string | undefined;
  code?: string | undefined;
  webauthnResponse?: unknown;
  authenticatorId?: string | undefined;
  chain?: string | undefined;
}

/**
 * SPEC §2.11 step-up: once a user has MFA, anything that adds, replaces or removes a way past the
 * second factor needs the password and a current second factor in the same request; a fresh
 * sign-in alone is not enough (a stolen cookie is a fresh sign-in).
 */
export async function confirmStepUp(
  ctx: CoreContext,
  user: User,
  proof: StepUpFields,
  client: Client,
): Promise<{ ok: true } | ConfirmationFailure | { ok: false; reason: 'reauthentication_required' }> {
  const answer: ChallengeAnswer | null = proof.webauthnResponse !== undefined ? { response: proof.webauthnResponse } : proof.code !== undefined ? { code: proof.code } : null;
  if (proof.password === undefined || answer === null) return { ok: false, reason: 'reauthentication_required' };
  return confirmPasswordAndCode(ctx, user, { password: proof.password, answer, authenticatorId: proof.authenticatorId, chain: proof.chain }, client);
}

/**
 * E-mail codes for confirming a change (disable, new recovery codes, policy) are bound to the user;
 * a security key's challenge for it to the session or flow that asked (`chain`).
 */
export function confirmationBinding(user: Pick<User, 'id'>, chain?: string): EmailCodeBinding {
  return { userId: user.id, purpose: 'confirmation', boundTo: user.id, ...(chain !== undefined && { chain }) };
}

/** POST /api/me/mfa/email-code: a user whose codes can be sent asks for one to confirm a change. */
export async function sendConfirmationCode(ctx: CoreContext, user: User, client: Client): Promise<SendEmailCodeResult | { ok: false; reason: 'mfa_not_enabled' }> {
  const sender = (await ctx.store.listAuthenticators(user.id)).map((a) => strategies[a.kind].sendChallenge).find((send) => send !== undefined);
  if (!sender) return { ok: false, reason: 'mfa_not_enabled' };
  return sender(ctx, { user, binding: confirmationBinding(user), client });
}

export async function disableMfa(
  ctx: CoreContext,
  input: { user: User; proof: StepUpProof; keep: KeepAlive; client: Client },
): Promise<{ ok: true; user: User; endedSessions: number } | ConfirmationFailure | { ok: false; reason: 'mfa_enforced' }> {
  const { user, client } = input;
  if (hasMfa(user) && (await readAuthenticationPolicy(ctx.store)).enforceMfa) return { ok: false, reason: 'mfa_enforced' };
  const confirmed = await confirmPasswordAndCode(ctx, user, input.proof, client);
  if (!confirmed.ok) return confirmed;
  const recorded = auditChange(ctx, (done: { user: User; removed: Authenticator[]; endedSessions: number }) => ({
    type: 'mfa_disabled',
    outcome: 'success',
    actor: user,
    target: done.user,
    client,
    details: { method: user.mfaKinds.join(','), removed: done.removed.map((a) => a.name), ended_sessions: done.endedSessions },
  }));
  const removed = await ctx.store.removeMfa(user.id, ctx.clock.now(), input.keep, recorded.audit);
  if (!removed.ok) return { ok: false, reason: 'mfa_not_enabled' };
  recorded.announce();
  await announceCredentialChange(ctx, { user: removed.user, actor: user, client, notify: { kind: 'mfa_disabled' } });
  return removed;
}

export async function regenerateRecoveryCodes(
  ctx: CoreContext,
  input: { user: User; proof: StepUpProof; client: Client },
): Promise<{ ok: true; recoveryCodes: string[] } | ConfirmationFailure> {
  const confirmed = await confirmPasswordAndCode(ctx, input.user, input.proof, input.client);
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
  const enrollment = await ctx.store.findPendingEnrollment(user.id, chain, ctx.clock.now());
  const authenticators = await ctx.store.listAuthenticators(user.id);
  return {
    enabled: authenticators.length > 0,
    /** Kept for older clients: the kind of the authenticator used most recently. */
    method: authenticators[0]?.kind ?? null,
    authenticators: describeOwnAuthenticators(authenticators, await passkeyIdsOf(ctx, user)),
    recovery_codes_remaining: authenticators.length === 0 ? 0 : await ctx.store.countRecoveryCodes(user.id),
    allowed_methods: policy.allowedMethods,
    enforced: policy.enforceMfa,
    enrollment: enrollment ? { method: enrollment.kind, verified: enrollment.verifiedAt !== null, expires_at: new Date(enrollment.expiresAt).toISOString() } : null,
  };
}

/** The user's authenticators that are passkeys (discoverable, user-verified at registration). */
export async function passkeyIdsOf(ctx: CoreContext, user: Pick<User, 'id'>): Promise<Set<string>> {
  return new Set((await ctx.store.listWebAuthnCredentials(user.id)).filter((c) => c.discoverable && c.userVerified).map((c) => c.authenticatorId));
}
