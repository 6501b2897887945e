// Argon2id with OWASP's minimum: m = 19 MiB, t = 2, p = 1 (Password Storage CS; ASVS 5.0 App. C).
// The hash runs on libuv's thread pool, so the event loop keeps serving while it works.
import { availableParallelism } from 'node:os';
import { hash, verify } from '@node-rs/argon2';
import { HashQueue, type HashTicket } from './hash-queue.js';

export { HashQueueFullError } from './hash-queue.js';

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
/**
 * SPEC 2.11: the queue is bounded. 16 waiting per running hash is about half a second of work
 * (≈ 30 ms a hash): a real sign-in never waits longer, and a flood of guesses is answered 503
 * server_busy at once instead of piling up behind it.
 */
export const HASH_QUEUE_CAPACITY = MAX_CONCURRENT_HASHES * 17;
const queue = new HashQueue(MAX_CONCURRENT_HASHES, HASH_QUEUE_CAPACITY);

/** Throws HashQueueFullError when the queue is full. */
export function hashPassword(password: string): Promise<string> {
  return queue.run(() => hash(normalizePassword(password), ARGON2_OPTIONS));
}

/** Throws HashQueueFullError when the queue is full. */
export function verifyPassword(passwordHash: string, password: string): Promise<boolean> {
  return checkWith(queue.reserve(), passwordHash, password);
}

async function checkWith(ticket: HashTicket, passwordHash: string, password: string): Promise<boolean> {
  try {
    return await ticket.run(() => verify(passwordHash, normalizePassword(password)));
  } catch {
    // A stored hash Argon2 cannot read matches nothing.
    return false;
  }
}

let dummyHash: Promise<string> | undefined;

/** A fixed hash with the same parameters, computed once per process outside the queue's bound. */
function dummy(): Promise<string> {
  dummyHash ??= hash('gatehouse-dummy-password-for-timing', ARGON2_OPTIONS);
  return dummyHash;
}

/**
 * A place in the queue for one password check, taken before anything is counted or written, so a
 * full queue (HashQueueFullError, thrown here) leaves no trace. Release it if it is not used.
 */
export interface PasswordCheck {
  verify(passwordHash: string, password: string): Promise<boolean>;
  /**
   * Verifies against the dummy hash, so that an unknown username costs the same time as a wrong
   * password and the two cannot be told apart (OWASP AUTH-1).
   */
  verifyAgainstDummyHash(password: string): Promise<false>;
  release(): void;
}

export function reservePasswordCheck(): PasswordCheck {
  const ticket = queue.reserve();
  return {
    verify: (passwordHash, password) => checkWith(ticket, passwordHash, password),
    verifyAgainstDummyHash: async (password) => {
      await checkWith(ticket, await dummy(), password);
      return false;
    },
    release: () => ticket.release(),
  };
}
