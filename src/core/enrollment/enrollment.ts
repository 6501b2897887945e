// The first-enrollment wizard (SPEC 2.3, vStor's "Enroll in Multifactor Authentication"): start →
// verify a first code → recovery codes → Finish. Nothing changes for the account until Finish; an
// abandoned enrollment expires. Run again while MFA is on, it changes the method: at Finish the new
// authenticator replaces the others in one transaction, so there is never a moment without MFA.
// The enrollment is an authenticator being added (adding.ts), bound to the session or sign-in flow
// that started it: verify and Finish from anywhere else find nothing (SPEC §2.11).
import { auditChange, recordAuditEvent } from '../audit/audit-log.js';
import { MINUTE } from '../clock.js';
import type { Client, CoreContext } from '../context.js';
import { type StartAddingResult, startAddingAuthenticator, verifyPendingAuthenticator, type VerifyAddingResult } from '../authenticators/adding.js';
import type { Authenticator, AuthenticatorKind, PendingAuthenticator } from '../authenticators/authenticator.js';
import { strategies } from '../authenticators/registry.js';
import { hashRecoveryCode } from '../authenticators/second-factor-check.js';
import type { KeepAlive } from '../ports.js';
import { generateRecoveryCodes, normalizeRecoveryCode } from '../recovery-codes/recovery-codes.js';
import { announceCredentialChange } from '../users/credential-change.js';
import type { User } from '../users/user.js';

/** Starting an enrollment needs a password proven this recently (or the password again). */
export const FRESH_SIGN_IN_WINDOW = 10 * MINUTE;

export function startEnrollment(ctx: CoreContext, user: User, kind: AuthenticatorKind, chain: string, client: Client): Promise<StartAddingResult> {
  return startAddingAuthenticator(ctx, { user, kind, purpose: 'enrollment', chain, client });
}

/** The caller's enrollment in progress: started by this chain, not yet expired. */
export function findOwnEnrollment(ctx: CoreContext, user: User, chain: string): Promise<PendingAuthenticator | null> {
  return ctx.store.findPendingEnrollment(user.id, chain, ctx.clock.now());
}

export type VerifyEnrollmentResult = { ok: true; recoveryCodes: string[] } | { ok: false; reason: 'enrollment_not_found' } | Exclude<VerifyAddingResult, { ok: true }>;

/** Checks the first code from the new authenticator; answers the recovery codes Finish will install. */
export async function verifyEnrollment(ctx: CoreContext, user: User, chain: string, code: string, client: Client): Promise<VerifyEnrollmentResult> {
  const enrollment = await findOwnEnrollment(ctx, user, chain);
  if (!enrollment || enrollment.verifiedAt !== null) return { ok: false, reason: 'enrollment_not_found' };
  const verified = await verifyPendingAuthenticator(ctx, user, enrollment, code, client);
  if (!verified.ok) return verified;
  const recoveryCodes = generateRecoveryCodes();
  const hashes = recoveryCodes.map((c) => hashRecoveryCode(ctx, normalizeRecoveryCode(c)!));
  if (!(await ctx.store.markAuthenticatorVerified(enrollment.id, hashes, ctx.clock.now()))) return { ok: false, reason: 'enrollment_not_found' };
  await recordAuditEvent(ctx, { type: 'mfa_enrollment_verified', outcome: 'success', actor: user, target: user, client, details: { method: enrollment.kind } });
  return { ok: true, recoveryCodes };
}

/**
 * The wizard came back (a reload, Back) to an enrollment it had verified but not finished: the codes
 * it showed are gone with the page, so a new set is made for Finish to install. Only the chain that
 * verified it may; the old set was never installed and is forgotten.
 */
export async function reissueEnrollmentRecoveryCodes(ctx: CoreContext, user: User, chain: string): Promise<VerifyEnrollmentResult> {
  const enrollment = await findOwnEnrollment(ctx, user, chain);
  if (!enrollment || enrollment.verifiedAt === null) return { ok: false, reason: 'enrollment_not_found' };
  const recoveryCodes = generateRecoveryCodes();
  const hashes = recoveryCodes.map((c) => hashRecoveryCode(ctx, normalizeRecoveryCode(c)!));
  if (!(await ctx.store.replacePendingRecoveryCodes(enrollment.id, hashes, ctx.clock.now()))) return { ok: false, reason: 'enrollment_not_found' };
  return { ok: true, recoveryCodes };
}

export type FinishEnrollmentOutcome =
  | { ok: true; user: User; previousKinds: AuthenticatorKind[]; endedSessions: number }
  | { ok: false; reason: 'enrollment_not_found' | 'enrollment_not_verified' };

/** Turns MFA on (or swaps the method), ends the user's other sessions and sign-ins, and audits it. */
export async function finishEnrollment(ctx: CoreContext, user: User, chain: string, keep: KeepAlive, client: Client): Promise<FinishEnrollmentOutcome> {
  const enrollment = await findOwnEnrollment(ctx, user, chain);
  if (!enrollment) return { ok: false, reason: 'enrollment_not_found' };
  if (enrollment.verifiedAt === null) return { ok: false, reason: 'enrollment_not_verified' };
  const kindsOf = (replaced: readonly Authenticator[]) => [...new Set(replaced.map((a) => a.kind))];
  // The event is written in Finish's transaction (SPEC §2.15).
  const recorded = auditChange(ctx, (done: { user: User; replaced: Authenticator[]; endedSessions: number }) => ({
    type: done.replaced.length > 0 ? 'mfa_method_changed' : 'mfa_enabled',
    outcome: 'success',
    actor: user,
    target: done.user,
    client,
    details: { method: enrollment.kind, ...(done.replaced.length > 0 && { previous_method: kindsOf(done.replaced).join(',') }), ended_sessions: done.endedSessions },
  }));
  const finished = await ctx.store.activateAuthenticator(enrollment.id, ctx.clock.now(), keep, { replaceOthers: true, maxOfKind: strategies[enrollment.kind].maxPerUser }, recorded.audit);
  if (!finished.ok) return { ok: false, reason: 'enrollment_not_found' };
  recorded.announce();
  const previousKinds = kindsOf(finished.replaced);
  await announceCredentialChange(ctx, {
    user: finished.user,
    actor: user,
    client,
    notify: previousKinds.length > 0 ? { kind: 'mfa_method_changed', authenticatorKind: enrollment.kind, previousKinds } : { kind: 'mfa_enabled', authenticatorKind: enrollment.kind },
  });
  return { ok: true, user: finished.user, previousKinds, endedSessions: finished.endedSessions };
}
