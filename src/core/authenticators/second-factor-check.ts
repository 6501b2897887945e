// Checks a second factor of a user against the one authenticator chosen (never against all of
// them: that would multiply an attacker's chances), or a recovery code (single use). Failures are
// counted per user and per kind in storage (SPEC 2.4, §2.12), so they hold across sessions and
// instances and more authenticators of a kind give no more guesses. Outcomes are values.
import { recordAuditEvent } from '../audit/audit-log.js';
import type { Client, CoreContext } from '../context.js';
import { notifyUser } from '../notifications/notify-user.js';
import type { EmailCodeBinding, Factor } from '../ports.js';
import { normalizeRecoveryCode } from '../recovery-codes/recovery-codes.js';
import { claimAttempt, recordSuccessfulAttempt, userSubject } from '../throttling/throttling.js';
import type { User } from '../users/user.js';
import type { Authenticator } from './authenticator.js';
import { strategies } from './registry.js';

/** What a code is checked against: one authenticator, or the user's recovery codes. */
export type SecondFactorTarget = { kind: 'authenticator'; authenticator: Authenticator } | { kind: 'recovery_code' };

export type SecondFactorCheck =
  | { ok: true; target: SecondFactorTarget }
  | { ok: false; reason: 'wrong_code' | 'replayed' | 'used' | 'locked' }
  | { ok: false; reason: 'throttled'; retryAfterInSeconds: number };

export function hashRecoveryCode(ctx: CoreContext, normalizedCode: string): string {
  return ctx.keys.mac('recovery-code', normalizedCode);
}

/** The throttle a target counts against; also the `factor` named in audit events. */
export function factorOf(target: SecondFactorTarget): Factor {
  return target.kind === 'recovery_code' ? 'recovery_code' : strategies[target.authenticator.kind].throttleFactor;
}

function describeTarget(target: SecondFactorTarget) {
  const factor = factorOf(target);
  return target.kind === 'recovery_code' ? { factor } : { factor, authenticator_id: target.authenticator.id, authenticator_name: target.authenticator.name };
}

/**
 * `binding` names what an e-mail code must have been sent for: the sign-in flow, or the user's
 * confirmation of a change. An e-mail code is good for nothing else (ASVS V6.6.2). `during` names
 * the audit events: a sign-in's second factor, or the step-up confirming a change.
 */
export async function checkSecondFactor(
  ctx: CoreContext,
  user: User,
  target: SecondFactorTarget,
  code: string,
  client: Client,
  binding: EmailCodeBinding,
  during: 'sign_in' | 'step_up' = 'sign_in',
): Promise<SecondFactorCheck> {
  const subject = userSubject(user);
  const factor = factorOf(target);
  const details = describeTarget(target);
  const [succeeded, failed] = during === 'sign_in' ? (['second_factor_succeeded', 'second_factor_failed'] as const) : (['step_up_succeeded', 'step_up_failed'] as const);
  // Before the claim: a secret the server cannot decrypt throws here, and the user is charged nothing.
  if (target.kind === 'authenticator') await strategies[target.authenticator.kind].assertReadable?.(ctx, target.authenticator.id);
  const claim = await claimAttempt(ctx, subject, factor);
  if (!claim.ok) {
    await recordAuditEvent(ctx, { type: claim.reason === 'locked' ? 'factor_locked' : 'second_factor_throttled', outcome: 'refused', actor: user, target: user, client, details });
    return claim;
  }
  const verdict =
    target.kind === 'recovery_code'
      ? await redeemRecoveryCode(ctx, user, code)
      : await strategies[target.authenticator.kind].verifyChallenge(ctx, { user, authenticator: target.authenticator, code, binding });
  if (verdict !== 'ok') {
    ctx.log.info({ event: 'second_factor_failed', userId: user.id, factor, why: verdict }, 'second factor refused');
    await recordAuditEvent(ctx, { type: verdict === 'replayed' ? 'totp_code_replayed' : failed, outcome: 'failure', actor: user, target: user, client, details });
    return { ok: false, reason: verdict };
  }
  await recordSuccessfulAttempt(ctx, subject, factor);
  if (target.kind === 'recovery_code') {
    const remaining = await ctx.store.countRecoveryCodes(user.id);
    await recordAuditEvent(ctx, { type: 'recovery_code_used', outcome: 'success', actor: user, target: user, client, details: { remaining } });
    await notifyUser(ctx, user, { kind: 'recovery_code_used', remaining }, client);
  } else {
    await ctx.store.recordAuthenticatorUse(target.authenticator.id, ctx.clock.now());
    await recordAuditEvent(ctx, { type: succeeded, outcome: 'success', actor: user, target: user, client, details });
  }
  return { ok: true, target };
}

async function redeemRecoveryCode(ctx: CoreContext, user: User, code: string): Promise<'ok' | 'used' | 'wrong_code'> {
  const normalized = normalizeRecoveryCode(code);
  if (normalized === null) return 'wrong_code';
  return ctx.store.redeemRecoveryCode(user.id, hashRecoveryCode(ctx, normalized), ctx.clock.now());
}
