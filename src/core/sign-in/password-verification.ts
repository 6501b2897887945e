// Checks a username and password under the password factor's throttle. Unknown user, wrong
// password and disabled account take the same time (a dummy Argon2id hash for unknown users) and
// give the same public answer; only the log and the audit details say which it was.
import type { CoreContext } from '../context.js';
import { type PasswordCheck, reservePasswordCheck } from '../passwords/password-hashing.js';
import { claimAttempt, passwordSubject, recordSuccessfulAttempt } from '../throttling/throttling.js';
import type { User } from '../users/user.js';

/** Longer input is refused before hashing, so nobody can make us hash megabytes. */
export const MAX_PASSWORD_INPUT_LENGTH = 1024;

export type PasswordVerification =
  | { ok: true; user: User }
  | { ok: false; reason: 'invalid_credentials'; why: 'unknown_user' | 'wrong_password' | 'user_disabled'; user: User | null }
  | { ok: false; reason: 'throttled'; retryAfterInSeconds: number; user: User | null }
  | { ok: false; reason: 'locked'; user: User | null };

/**
 * Concurrent checks of the same username and password share one verification (and so one
 * throttle attempt): the same guess sent ten times at once is one guess.
 */
export function verifyUserPassword(ctx: CoreContext, username: string, password: string): Promise<PasswordVerification> {
  const key = ctx.credentialCache.keyOf('verify', username, password);
  return ctx.credentialCache.shareVerification(key, () => verifyOnce(ctx, username, password));
}

async function verifyOnce(ctx: CoreContext, username: string, password: string): Promise<PasswordVerification> {
  // A place in the bounded hash queue first: when it is full (HashQueueFullError, 503 server_busy)
  // nothing has been counted against the user yet.
  const check = reservePasswordCheck();
  try {
    return await verifyReserved(ctx, username, password, check);
  } finally {
    check.release();
  }
}

async function verifyReserved(ctx: CoreContext, username: string, password: string, check: PasswordCheck): Promise<PasswordVerification> {
  const user = await ctx.store.findUserByUsername(username);
  const subject = passwordSubject(username);
  const claim = await claimAttempt(ctx, subject, 'password');
  if (!claim.ok) return { ...claim, user };
  const tooLong = password.length > MAX_PASSWORD_INPUT_LENGTH;
  const matches = user && !tooLong ? await check.verify(user.passwordHash, password) : await check.verifyAgainstDummyHash(tooLong ? '' : password);
  if (!user) return { ok: false, reason: 'invalid_credentials', why: 'unknown_user', user };
  if (!matches) return { ok: false, reason: 'invalid_credentials', why: 'wrong_password', user };
  // Counted as a failure until now: the claim reserved it. A disabled account keeps the count.
  if (user.disabledAt !== null) return { ok: false, reason: 'invalid_credentials', why: 'user_disabled', user };
  await recordSuccessfulAttempt(ctx, subject, 'password');
  return { ok: true, user };
}
