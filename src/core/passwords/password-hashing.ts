// Argon2id with OWASP's minimum: m = 19 MiB, t = 2, p = 1 (Password Storage CS; ASVS 5.0 App. C).
// The hash runs on libuv's thread pool, so the event loop keeps serving while it works.
import { availableParallelism } from 'node:os';
import { hash, verify } from '@node-rs/argon2';

export const ARGON2_OPTIONS = {
  algorithm: 2, // Algorithm.Argon2id (a const enum, not importable under verbatimModuleSyntax)
  memoryCost: 19456,
  timeCost: 2,
  parallelism: 1,
} as const;

/** Passwords are NFC-normalized before hashing (NIST 800-63B-4 §3.1.1.2) and never truncated. */
export function normalizePassword(password: string): string {
  return password.normalize('NFC');
}

/**
 * At most one Argon2id computation per core at a time, plus one: each holds 19 MiB, so a burst of
 * sign-ins cannot push memory up by the thread pool's size × 19 MiB. The one extra keeps the cores
 * hashing while the event loop is busy: a finished hash hands its slot on only when the loop gets
 * to its callback, and with exactly one per core the core sat idle meanwhile (sign-ins per second
 * went from 0.79× to 0.83× of raw Argon2id; bench/README.md).
 */
const MAX_CONCURRENT_HASHES = Math.max(1, availableParallelism()) + 1;
let running = 0;
const waiting: Array<() => void> = [];

async function withHashSlot<T>(work: () => Promise<T>): Promise<T> {
  if (running >= MAX_CONCURRENT_HASHES) await new Promise<void>((resolve) => waiting.push(resolve));
  else running++;
  try {
    return await work();
  } finally {
    // Hand the slot straight to the next waiter, or free it.
    const next = waiting.shift();
    if (next) next();
    else running--;
  }
}

export function hashPassword(password: string): Promise<string> {
  return withHashSlot(() => hash(normalizePassword(password), ARGON2_OPTIONS));
}

export async function verifyPassword(passwordHash: string, password: string): Promise<boolean> {
  try {
    return await withHashSlot(() => verify(passwordHash, normalizePassword(password)));
  } catch {
    return false;
  }
}

let dummyHash: Promise<string> | undefined;

/**
 * Verifies against a fixed dummy hash with the same parameters, so that an unknown username
 * costs the same time as a wrong password and the two cannot be told apart (OWASP AUTH-1).
 */
export async function verifyAgainstDummyHash(password: string): Promise<false> {
  dummyHash ??= hashPassword('gatehouse-dummy-password-for-timing');
  await verifyPassword(await dummyHash, password);
  return false;
}
