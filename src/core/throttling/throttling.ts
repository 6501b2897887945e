// SPEC 2.4 / NIST 800-63B §3.2.2: consecutive failures per subject and factor, counted in storage
// so they hold across sessions and instances (RFC 4226 §7.3). After 5 failures each further try
// waits 30 s, doubling to 15 min; at 100 the factor is locked until an administrator unlocks it.
import { MINUTE, SECOND } from '../clock.js';
import type { CoreContext } from '../context.js';
import type { Factor } from '../ports.js';
import { normalizeUsername, type User } from '../users/user.js';

export const FREE_FAILURES = 5;
export const LOCK_AFTER_FAILURES = 100;
const FIRST_WAIT = 30 * SECOND;
const LONGEST_WAIT = 15 * MINUTE;

/** How long to wait after the given number of consecutive failures. */
export function waitAfterFailures(failures: number): number {
  if (failures < FREE_FAILURES) return 0;
  return Math.min(FIRST_WAIT * 2 ** (failures - FREE_FAILURES), LONGEST_WAIT);
}

export type AttemptClaim =
  | { ok: true }
  | { ok: false; reason: 'throttled'; retryAfterInSeconds: number }
  | { ok: false; reason: 'locked' };

/**
 * The password factor is counted per username (known or not), so throttling answers the same
 * for an unknown user as for a real one; the other factors are counted per user id.
 */
export function passwordSubject(username: string): string {
  return `username:${normalizeUsername(username)}`;
}

export function userSubject(user: Pick<User, 'id'>): string {
  return `user:${user.id}`;
}

export async function claimAttempt(ctx: CoreContext, subject: string, factor: Factor, retried = false): Promise<AttemptClaim> {
  const now = ctx.clock.now();
  const claimed = await ctx.store.claimAttempt(subject, factor, now, waitAfterFailures, LOCK_AFTER_FAILURES);
  if (claimed) return { ok: true };
  const state = await ctx.store.findThrottle(subject, factor);
  // Gone between the two statements: a success cleared the count meanwhile (a concurrent request
  // with the right code), so this one may try after all. Never read as a lock.
  if (!state) return retried ? { ok: false, reason: 'throttled', retryAfterInSeconds: 1 } : claimAttempt(ctx, subject, factor, true);
  if (state.failures >= LOCK_AFTER_FAILURES) return { ok: false, reason: 'locked' };
  return { ok: false, reason: 'throttled', retryAfterInSeconds: Math.max(1, Math.ceil((state.nextAttemptAt - now) / SECOND)) };
}

/** A success resets the count (NIST RL-3). */
export function recordSuccessfulAttempt(ctx: CoreContext, subject: string, factor: Factor): Promise<void> {
  return ctx.store.clearFailures(subject, factor);
}

/** Clears every factor's failures for a user: the administrator's unlock. */
export async function unlockUser(ctx: CoreContext, user: User): Promise<void> {
  await ctx.store.clearAllFailures(passwordSubject(user.username));
  await ctx.store.clearAllFailures(userSubject(user));
}

/** Whether any factor of the user is locked until an administrator unlocks it (NIST's ceiling). */
export async function isUserLocked(ctx: CoreContext, user: User): Promise<boolean> {
  const states = await Promise.all([
    ctx.store.findThrottle(passwordSubject(user.username), 'password'),
    ...(['totp', 'email_code', 'recovery_code'] as const).map((factor) => ctx.store.findThrottle(userSubject(user), factor)),
  ]);
  return states.some((state) => state !== null && state.failures >= LOCK_AFTER_FAILURES);
}
