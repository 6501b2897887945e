// SPEC 2.11: one limit per client address covers every password check (console sign-in, HTTP
// Basic, forward auth) and every refused API key: N failures a minute (60 by default), counted in
// storage in fixed one-minute windows so that it holds across instances, then 429 until the window
// ends. Only failures count: correct credentials cost an office behind one NAT address nothing (and
// cached Basic credentials never get here).
import { MINUTE, SECOND } from '../clock.js';
import type { CoreContext } from '../context.js';
import { HashQueueFullError } from '../passwords/password-hashing.js';
import { type PasswordVerification, verifyUserPassword } from '../sign-in/password-verification.js';

export type AddressLimit = { ok: true } | { ok: false; retryAfterInSeconds: number };

export type AddressPasswordVerification = PasswordVerification | { ok: false; reason: 'address_throttled'; retryAfterInSeconds: number; user: null };

async function countFailure(ctx: CoreContext, address: string): Promise<{ windowStart: number; limit: AddressLimit }> {
  const now = ctx.clock.now();
  const windowStart = now - (now % MINUTE);
  const failures = await ctx.store.countAddressAttempt(address, windowStart);
  // One row per address and minute: housekeeping deletes the old ones.
  if (failures <= ctx.settings.signInAttemptsPerMinutePerAddress) return { windowStart, limit: { ok: true } };
  return { windowStart, limit: { ok: false, retryAfterInSeconds: Math.max(1, Math.ceil((windowStart + MINUTE - now) / SECOND)) } };
}

/** Counts a refusal that has happened (a refused API key): answers whether the address is over its limit now. */
export async function countAddressFailure(ctx: CoreContext, address: string): Promise<AddressLimit> {
  return (await countFailure(ctx, address)).limit;
}

/**
 * A password check from a client address. The failure is counted before the hash, so parallel
 * guesses cannot all pass a count not yet written, and an address over its limit is refused
 * before any hashing; the count is given back when the password was right, or when the hash
 * queue was full (HashQueueFullError: nothing was checked).
 */
export async function verifyPasswordFromAddress(ctx: CoreContext, address: string, username: string, password: string): Promise<AddressPasswordVerification> {
  const { windowStart, limit } = await countFailure(ctx, address);
  if (!limit.ok) return { ok: false, reason: 'address_throttled', retryAfterInSeconds: limit.retryAfterInSeconds, user: null };
  let checked: PasswordVerification;
  try {
    checked = await verifyUserPassword(ctx, username, password);
  } catch (error) {
    if (error instanceof HashQueueFullError) await ctx.store.forgiveAddressAttempt(address, windowStart);
    throw error;
  }
  if (checked.ok) await ctx.store.forgiveAddressAttempt(address, windowStart);
  return checked;
}
