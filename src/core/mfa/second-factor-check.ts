// Checks a second-factor code for a user: an authenticator-app code (accepted once per step, on
// every instance) or a recovery code (single use). Each factor has its own throttle, counted per
// user in storage (SPEC 2.4). Expected outcomes are values; the caller maps them to answers.
import { recordAuditEvent } from '../audit/audit-log.js';
import type { Client, CoreContext } from '../context.js';
import { UnreadableSecretError } from '../crypto/unreadable-secret.js';
import { notifyUser } from '../notifications/notify-user.js';
import { normalizeRecoveryCode } from '../recovery-codes/recovery-codes.js';
import { claimAttempt, recordSuccessfulAttempt, userSubject } from '../throttling/throttling.js';
import { verifyTotpCode } from '../totp/totp-verification.js';
import type { EmailCodeBinding, Factor } from '../ports.js';
import { redeemEmailCode } from '../email-code/email-code-challenge.js';
import type { User } from '../users/user.js';
import { decryptTotpSecret } from './totp-secret-storage.js';

export type CodeFactor = 'totp' | 'email_code' | 'recovery_code';

export type CodeCheck =
  | { ok: true; factor: CodeFactor }
  | { ok: false; reason: 'wrong_code' | 'replayed' | 'locked' }
  | { ok: false; reason: 'throttled'; retryAfterInSeconds: number };

const THROTTLE_FACTOR: Record<CodeFactor, Factor> = { totp: 'totp', email_code: 'email_code', recovery_code: 'recovery_code' };

/** Which factor a code is for, by its shape: 6 digits are the user's method, 16 characters a recovery code. */
export function factorOfCode(user: Pick<User, 'mfaMethod'>, code: string): CodeFactor | null {
  if (/^\s*\d{3}\s*\d{3}\s*$/.test(code) && user.mfaMethod !== null) return user.mfaMethod === 'totp' ? 'totp' : 'email_code';
  if (normalizeRecoveryCode(code) !== null) return 'recovery_code';
  return null;
}

export function hashRecoveryCode(ctx: CoreContext, normalizedCode: string): string {
  return ctx.keys.mac('recovery-code', normalizedCode);
}

/**
 * `emailBinding` names what an e-mail code must have been sent for: the sign-in flow, or the
 * user's confirmation of a change. An e-mail code is good for nothing else (ASVS V6.6.2).
 */
export async function checkSecondFactorCode(ctx: CoreContext, user: User, factor: CodeFactor, code: string, client: Client, emailBinding?: EmailCodeBinding): Promise<CodeCheck> {
  const subject = userSubject(user);
  // Read before the claim: a secret the server cannot decrypt throws here, charging the user nothing.
  const totp = factor === 'totp' ? await readTotpFactor(ctx, user) : null;
  const claim = await claimAttempt(ctx, subject, THROTTLE_FACTOR[factor]);
  if (!claim.ok) {
    await recordAuditEvent(ctx, { type: claim.reason === 'locked' ? 'factor_locked' : 'second_factor_throttled', outcome: 'refused', actor: user, target: user, client, details: { factor } });
    return claim;
  }
  const verdict =
    factor === 'totp'
      ? await checkTotpCode(ctx, user, totp, code)
      : factor === 'email_code'
        ? emailBinding && user.mfaMethod === 'email'
          ? await redeemEmailCode(ctx, emailBinding, code)
          : 'wrong_code'
        : await redeemRecoveryCode(ctx, user, code);
  if (verdict !== 'ok') {
    ctx.log.info({ event: 'second_factor_failed', userId: user.id, factor, why: verdict }, 'second factor refused');
    await recordAuditEvent(ctx, {
      type: verdict === 'replayed' ? 'totp_code_replayed' : 'second_factor_failed',
      outcome: 'failure',
      actor: user,
      target: user,
      client,
      details: { factor },
    });
    return { ok: false, reason: verdict };
  }
  await recordSuccessfulAttempt(ctx, subject, THROTTLE_FACTOR[factor]);
  if (factor === 'recovery_code') {
    const remaining = await ctx.store.countRecoveryCodes(user.id);
    await recordAuditEvent(ctx, { type: 'recovery_code_used', outcome: 'success', actor: user, target: user, client, details: { remaining } });
    await notifyUser(ctx, user, { kind: 'recovery_code_used', remaining }, client);
  } else {
    await recordAuditEvent(ctx, { type: 'second_factor_succeeded', outcome: 'success', actor: user, target: user, client, details: { factor } });
  }
  return { ok: true, factor };
}

/** The user's authenticator-app key, or null without one; throws when the server cannot decrypt it. */
async function readTotpFactor(ctx: CoreContext, user: User): Promise<{ key: Uint8Array; lastUsedStep: number } | null> {
  const factor = await ctx.store.findTotpFactor(user.id);
  if (!factor) return null;
  const key = decryptTotpSecret(ctx, user.id, factor.secretCiphertext);
  if (!key) throw new UnreadableSecretError('totp_secret', user.id);
  return { key, lastUsedStep: factor.lastUsedStep };
}

async function checkTotpCode(ctx: CoreContext, user: User, totp: { key: Uint8Array; lastUsedStep: number } | null, code: string): Promise<'ok' | 'wrong_code' | 'replayed'> {
  if (!totp) return 'wrong_code';
  const verdict = verifyTotpCode({ key: totp.key, code, nowInMilliseconds: ctx.clock.now(), lastAcceptedStep: BigInt(totp.lastUsedStep) });
  if (!verdict.ok) return verdict.reason === 'replayed' ? 'replayed' : 'wrong_code';
  // The atomic step: if another request (or instance) accepted this step first, this one is a replay.
  return (await ctx.store.acceptTotpStep(user.id, Number(verdict.step))) ? 'ok' : 'replayed';
}

async function redeemRecoveryCode(ctx: CoreContext, user: User, code: string): Promise<'ok' | 'wrong_code'> {
  const normalized = normalizeRecoveryCode(code);
  if (normalized === null) return 'wrong_code';
  return (await ctx.store.redeemRecoveryCode(user.id, hashRecoveryCode(ctx, normalized), ctx.clock.now())) ? 'ok' : 'wrong_code';
}
