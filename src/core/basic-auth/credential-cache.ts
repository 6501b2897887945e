// A per-process cache of recently verified Basic username:password pairs (SPEC 2.6), so repeated
// REST requests do not pay Argon2id each time. Keyed by a salted SHA-256 of the pair under a
// random salt of this process (the pair itself is never held, and the key means nothing to any
// other process or after a restart), valid for at most 60 s, and tied to the user's security
// stamp: any password, role, status or MFA change, on any instance, makes every entry for that
// user miss. Changes made here also drop the entries at once.
import { hash, randomBytes } from 'node:crypto';
import { MINUTE } from '../clock.js';

interface Entry {
  userId: string;
  securityStamp: number;
  expiresAt: number;
}

export const CREDENTIAL_CACHE_TTL = MINUTE;
const MAX_ENTRIES = 10_000;

export class CredentialCache {
  private readonly entries = new Map<string, Entry>();
  private readonly inFlight = new Map<string, Promise<unknown>>();
  private readonly salt = randomBytes(32).toString('base64');

  /**
   * The cache key of a pair of credentials under a purpose. An unkeyed hash would let a memory
   * dump be checked against guesses without the salt; an HMAC would cost five times as much on
   * every Basic request and protect nothing more, since its key would sit in the same memory.
   */
  keyOf(purpose: 'basic' | 'verify', username: string, password: string): string {
    return hash('sha256', `${this.salt}:${purpose}:${username.length}:${username}:${password}`, 'base64url');
  }

  /**
   * Runs `verify` once for concurrent callers with the same key (a keyed hash of the credentials):
   * a REST client firing ten requests with a cold cache costs one Argon2id hash and one throttle
   * attempt, not ten (which would also trip the throttle on a correct password).
   */
  shareVerification<T>(key: string, verify: () => Promise<T>): Promise<T> {
    const running = this.inFlight.get(key) as Promise<T> | undefined;
    if (running) return running;
    const started = verify().finally(() => this.inFlight.delete(key));
    this.inFlight.set(key, started);
    return started;
  }

  constructor(private readonly ttlInMilliseconds = CREDENTIAL_CACHE_TTL) {
    if (ttlInMilliseconds > CREDENTIAL_CACHE_TTL) throw new RangeError('The credential cache TTL may be at most 60 s');
  }

  /** True when this key was verified for this user at this security stamp, less than a TTL ago. */
  has(key: string, userId: string, securityStamp: number, now: number): boolean {
    const entry = this.entries.get(key);
    if (!entry) return false;
    if (entry.expiresAt <= now || entry.userId !== userId || entry.securityStamp !== securityStamp) {
      this.entries.delete(key);
      return false;
    }
    return true;
  }

  remember(key: string, userId: string, securityStamp: number, now: number): void {
    if (this.entries.size >= MAX_ENTRIES) {
      // Maps iterate in insertion order: drop the oldest entry.
      const oldest = this.entries.keys().next().value;
      if (oldest !== undefined) this.entries.delete(oldest);
    }
    this.entries.set(key, { userId, securityStamp, expiresAt: now + this.ttlInMilliseconds });
  }

  forgetUser(userId: string): void {
    for (const [key, entry] of this.entries) if (entry.userId === userId) this.entries.delete(key);
  }

  get size(): number {
    return this.entries.size;
  }
}
