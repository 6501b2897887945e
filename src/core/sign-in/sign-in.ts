// POST /api/session: awaiting_password → authenticated | awaiting_second_factor | awaiting_enrollment.
import { randomBytes } from 'node:crypto';
import { recordAuditEvent } from '../audit/audit-log.js';
import { auditRefusal } from '../audit/refusal-summary.js';
import type { Client, CoreContext } from '../context.js';
import { generateToken, hashToken } from '../crypto/server-keys.js';
import { readAuthenticationPolicy } from '../policy/authentication-policy.js';
import type { PersistedSignInFlow } from '../ports.js';
import { type IssuedSession, issueSession } from '../sessions/sessions.js';
import { verifyPasswordFromAddress } from '../throttling/address-limit.js';
import type { User } from '../users/user.js';
import { usernameForLog } from '../users/user-validation.js';
import { SIGN_IN_FLOW_LIFETIME, stateAfterPassword } from './sign-in-flow.js';

export type SignInResult =
  | { ok: true; state: 'authenticated'; user: User; issued: IssuedSession }
  | { ok: true; state: 'awaiting_second_factor' | 'awaiting_enrollment' | 'awaiting_password_change'; user: User; flowToken: string }
  | { ok: false; reason: 'invalid_credentials' | 'locked' }
  | { ok: false; reason: 'throttled'; retryAfterInSeconds: number };

export async function startSignIn(ctx: CoreContext, input: { username: string; password: string; client: Client }): Promise<SignInResult> {
  const { client } = input;
  // A username typed at a failed check may be a password typed in the wrong field.
  const username = usernameForLog(input.username);
  const checked = await verifyPasswordFromAddress(ctx, client.address, input.username, input.password);
  if (!checked.ok) {
    if (checked.reason === 'address_throttled') {
      await auditRefusal(ctx, { type: 'sign_in_throttled', outcome: 'refused', client, details: { username, limit: 'address' } });
      return { ok: false, reason: 'throttled', retryAfterInSeconds: checked.retryAfterInSeconds };
    }
    const target = checked.user;
    if (checked.reason === 'invalid_credentials') {
      ctx.log.info({ event: 'sign_in_failed', username, why: checked.why }, 'sign-in refused');
      await recordAuditEvent(ctx, { type: 'sign_in_failed', outcome: 'failure', target, client, details: { username, factor: 'password', why: checked.why } });
      return { ok: false, reason: 'invalid_credentials' };
    }
    const type = checked.reason === 'locked' ? 'factor_locked' : 'sign_in_throttled';
    await recordAuditEvent(ctx, { type, outcome: 'refused', target, client, details: { username, factor: 'password' } });
    return checked.reason === 'locked' ? { ok: false, reason: 'locked' } : { ok: false, reason: 'throttled', retryAfterInSeconds: checked.retryAfterInSeconds };
  }

  const { user } = checked;
  const now = ctx.clock.now();
  const next = stateAfterPassword(user, await readAuthenticationPolicy(ctx.store));
  if (next.name === 'authenticated') {
    // A new id on every sign-in (ASVS V7.2.4): nothing from before the password survives.
    const issued = await issueSession(ctx, user, { aal: 1, authenticatedAt: now, client, completedBy: 'password' });
    await recordAuditEvent(ctx, { type: 'sign_in_succeeded', outcome: 'success', actor: user, target: user, client, details: { aal: 1 } });
    return { ok: true, state: 'authenticated', user, issued };
  }
  if (next.name === 'awaiting_password') throw new Error('the password was accepted');

  const flowToken = await openSignInFlow(ctx, user, next.name, { at: now, secondFactorAt: null });
  return { ok: true, state: next.name, user, flowToken };
}

/**
 * Stores a sign-in flow in `state` for this user, bound to their current security stamp (it dies
 * when that changes), and answers its token (only the hash is stored). `secondFactorAt`: when the
 * flow passed its second factor (a passkey sign-in with something still due), or null.
 */
export async function openSignInFlow(ctx: CoreContext, user: User, state: PersistedSignInFlow['state'], times: { at: number; secondFactorAt: number | null }): Promise<string> {
  const flowToken = generateToken(32);
  const flow: PersistedSignInFlow = {
    id: randomBytes(12).toString('base64url'),
    userId: user.id,
    state,
    createdAt: times.at,
    expiresAt: times.at + SIGN_IN_FLOW_LIFETIME,
    failedAttempts: 0,
    authenticatedAt: times.at,
    secondFactorAt: times.secondFactorAt,
    securityStamp: user.securityStamp,
  };
  await ctx.store.createSignInFlow(flow, hashToken(flowToken));
  return flowToken;
}
