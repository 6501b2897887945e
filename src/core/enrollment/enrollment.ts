// Enrolling in MFA (SPEC 2.3): start → verify a first code → recovery codes → Finish. Nothing
// changes for the account until Finish; an abandoned enrollment expires. While MFA is on, a second
// enrollment is a change of method: the old factor stays until the new one is finished, so there is
// never a moment without MFA. An enrollment belongs to the session or sign-in flow that started it
// (its `chain`, SPEC §2.11): verify and Finish from anywhere else find nothing.
import { randomBytes } from 'node:crypto';
import { recordAuditEvent } from '../audit/audit-log.js';
import { MINUTE } from '../clock.js';
import type { Client, CoreContext } from '../context.js';
import { redeemEmailCode, sendEmailCode } from '../email-code/email-code-challenge.js';
import { hashRecoveryCode } from '../mfa/second-factor-check.js';
import type { EmailCodeBinding, KeepAlive, MfaEnrollment } from '../ports.js';
import { decryptTotpSecret, encryptTotpSecret } from '../mfa/totp-secret-storage.js';
import { readAuthenticationPolicy } from '../policy/authentication-policy.js';
import { generateRecoveryCodes, normalizeRecoveryCode } from '../recovery-codes/recovery-codes.js';
import { claimAttempt, recordSuccessfulAttempt, userSubject } from '../throttling/throttling.js';
import { buildTotpKeyUri } from '../totp/key-uri.js';
import { encodeBase32, generateTotpSecret } from '../totp/totp-secret.js';
import { verifyTotpCode } from '../totp/totp-verification.js';
import { announceCredentialChange } from '../users/credential-change.js';
import type { MfaMethod, User } from '../users/user.js';

/** An enrollment in progress lives 15 minutes: time to install an app and save the codes. */
export const ENROLLMENT_LIFETIME = 15 * MINUTE;
/** Starting an enrollment needs a password proven this recently (or the password again). */
export const FRESH_SIGN_IN_WINDOW = 10 * MINUTE;

export type StartEnrollmentResult =
  | { ok: true; method: 'totp'; secret: string; otpauthUri: string; qrCodePng: string }
  | { ok: true; method: 'email'; emailMasked: string; resendAfterInSeconds: number }
  | { ok: false; reason: 'mfa_method_not_allowed' | 'email_address_required' | 'enrollment_not_found' }
  | { ok: false; reason: 'email_delivery_failed'; error: string }
  | { ok: false; reason: 'throttled'; retryAfterInSeconds: number };

/** The caller's enrollment in progress: started by this chain, not yet expired. */
async function findOwnEnrollment(ctx: CoreContext, user: User, chain: string): Promise<MfaEnrollment | null> {
  const enrollment = await ctx.store.findEnrollment(user.id);
  return enrollment && enrollment.boundTo === chain && enrollment.expiresAt > ctx.clock.now() ? enrollment : null;
}

/** An e-mail code sent during enrollment is good for that enrollment only. */
function enrollmentBinding(enrollment: { id: string; userId: string }): EmailCodeBinding {
  return { userId: enrollment.userId, purpose: 'enrollment', boundTo: enrollment.id };
}

/** Enrolling with one-time e-mail passwords: a code goes to the account's address. */
export async function startEmailEnrollment(ctx: CoreContext, user: User, chain: string, client: Client): Promise<StartEnrollmentResult> {
  const policy = await readAuthenticationPolicy(ctx.store);
  if (!policy.allowedMethods.includes('email')) return { ok: false, reason: 'mfa_method_not_allowed' };
  if (!user.email) return { ok: false, reason: 'email_address_required' };
  const now = ctx.clock.now();
  const enrollment = { id: randomBytes(12).toString('base64url'), userId: user.id };
  await ctx.store.startEnrollment({
    ...enrollment,
    method: 'email',
    secretCiphertext: null,
    recoveryCodeHashes: null,
    acceptedStep: null,
    verifiedAt: null,
    createdAt: now,
    expiresAt: now + ENROLLMENT_LIFETIME,
    boundTo: chain,
  });
  await recordAuditEvent(ctx, { type: 'mfa_enrollment_started', outcome: 'success', actor: user, target: user, client, details: { method: 'email', changing_from: user.mfaMethod } });
  const sent = await sendEmailCode(ctx, user, enrollmentBinding(enrollment), client);
  return sent.ok ? { ok: true, method: 'email', emailMasked: sent.emailMasked, resendAfterInSeconds: sent.resendAfterInSeconds } : sent;
}

/** POST /api/me/mfa/enrollment/email-code: a new code for the e-mail enrollment in progress. */
export async function resendEnrollmentEmailCode(ctx: CoreContext, user: User, chain: string, client: Client): Promise<StartEnrollmentResult> {
  const enrollment = await findOwnEnrollment(ctx, user, chain);
  if (!enrollment || enrollment.method !== 'email' || enrollment.verifiedAt !== null) {
    return { ok: false, reason: 'enrollment_not_found' };
  }
  const sent = await sendEmailCode(ctx, user, enrollmentBinding(enrollment), client);
  return sent.ok ? { ok: true, method: 'email', emailMasked: sent.emailMasked, resendAfterInSeconds: sent.resendAfterInSeconds } : sent;
}

export async function startTotpEnrollment(ctx: CoreContext, user: User, chain: string, client: Client): Promise<StartEnrollmentResult> {
  const policy = await readAuthenticationPolicy(ctx.store);
  if (!policy.allowedMethods.includes('totp')) return { ok: false, reason: 'mfa_method_not_allowed' };
  const secretBytes = generateTotpSecret();
  const secret = encodeBase32(secretBytes);
  const now = ctx.clock.now();
  await ctx.store.startEnrollment({
    id: randomBytes(12).toString('base64url'),
    userId: user.id,
    method: 'totp',
    secretCiphertext: encryptTotpSecret(ctx, user.id, secretBytes),
    recoveryCodeHashes: null,
    acceptedStep: null,
    verifiedAt: null,
    createdAt: now,
    expiresAt: now + ENROLLMENT_LIFETIME,
    boundTo: chain,
  });
  const otpauthUri = buildTotpKeyUri({ issuer: ctx.settings.issuer, accountName: user.username, secretBase32: secret });
  // Loaded on first use: enrollments are rare, a server's memory is not.
  const { default: QRCode } = await import('qrcode');
  const qrCodePng = await QRCode.toDataURL(otpauthUri, { errorCorrectionLevel: 'M', margin: 2, width: 240 });
  await recordAuditEvent(ctx, { type: 'mfa_enrollment_started', outcome: 'success', actor: user, target: user, client, details: { method: 'totp', changing_from: user.mfaMethod } });
  return { ok: true, method: 'totp', secret, otpauthUri, qrCodePng };
}

export type VerifyEnrollmentResult =
  | { ok: true; recoveryCodes: string[] }
  | { ok: false; reason: 'enrollment_not_found' | 'wrong_code' | 'locked' }
  | { ok: false; reason: 'throttled'; retryAfterInSeconds: number };

/** Checks the first code from the new authenticator; answers the recovery codes Finish will install. */
export async function verifyEnrollment(ctx: CoreContext, user: User, chain: string, code: string, client: Client): Promise<VerifyEnrollmentResult> {
  const now = ctx.clock.now();
  const enrollment = await findOwnEnrollment(ctx, user, chain);
  if (!enrollment || enrollment.verifiedAt !== null) return { ok: false, reason: 'enrollment_not_found' };
  const factor = enrollment.method === 'totp' ? 'totp' : 'email_code';
  const claim = await claimAttempt(ctx, userSubject(user), factor);
  if (!claim.ok) return claim;
  const acceptedStep = enrollment.method === 'totp' ? verifyNewTotpCode(ctx, enrollment.userId, enrollment.secretCiphertext, code) : null;
  const accepted = enrollment.method === 'totp' ? acceptedStep !== null : (await redeemEmailCode(ctx, enrollmentBinding(enrollment), code)) === 'ok';
  if (!accepted) {
    await recordAuditEvent(ctx, { type: 'second_factor_failed', outcome: 'failure', actor: user, target: user, client, details: { factor, during: 'enrollment' } });
    return { ok: false, reason: 'wrong_code' };
  }
  await recordSuccessfulAttempt(ctx, userSubject(user), factor);
  const recoveryCodes = generateRecoveryCodes();
  const hashes = recoveryCodes.map((c) => hashRecoveryCode(ctx, normalizeRecoveryCode(c)!));
  if (!(await ctx.store.markEnrollmentVerified(enrollment.id, hashes, acceptedStep, now))) return { ok: false, reason: 'enrollment_not_found' };
  await recordAuditEvent(ctx, { type: 'mfa_enrollment_verified', outcome: 'success', actor: user, target: user, client, details: { method: enrollment.method } });
  return { ok: true, recoveryCodes };
}

function verifyNewTotpCode(ctx: CoreContext, userId: string, secretCiphertext: string | null, code: string): number | null {
  const key = secretCiphertext ? decryptTotpSecret(ctx, userId, secretCiphertext) : null;
  if (!key) return null;
  const verdict = verifyTotpCode({ key, code, nowInMilliseconds: ctx.clock.now(), lastAcceptedStep: null });
  return verdict.ok ? Number(verdict.step) : null;
}

export type FinishEnrollmentOutcome =
  | { ok: true; user: User; previousMethod: MfaMethod | null; endedSessions: number }
  | { ok: false; reason: 'enrollment_not_found' | 'enrollment_not_verified' };

/** Turns MFA on (or swaps the method), ends the user's other sessions, and audits it. */
export async function finishEnrollment(ctx: CoreContext, user: User, chain: string, keep: KeepAlive, client: Client): Promise<FinishEnrollmentOutcome> {
  const now = ctx.clock.now();
  const enrollment = await findOwnEnrollment(ctx, user, chain);
  if (!enrollment) return { ok: false, reason: 'enrollment_not_found' };
  if (enrollment.verifiedAt === null) return { ok: false, reason: 'enrollment_not_verified' };
  const finished = await ctx.store.finishEnrollment(enrollment.id, now, keep);
  if (!finished.ok) return { ok: false, reason: 'enrollment_not_found' };
  const changed = finished.previousMethod !== null;
  await announceCredentialChange(ctx, {
    user: finished.user,
    actor: user,
    client,
    audit: {
      type: changed ? 'mfa_method_changed' : 'mfa_enabled',
      outcome: 'success',
      details: { method: enrollment.method, ...(changed && { previous_method: finished.previousMethod }), ended_sessions: finished.endedSessions },
    },
    notify: finished.previousMethod !== null ? { kind: 'mfa_method_changed', method: enrollment.method, previousMethod: finished.previousMethod } : { kind: 'mfa_enabled', method: enrollment.method },
  });
  return finished;
}
