// RFC 4226 §5: HOTP(K, C) = Truncate(HMAC(K, C)), C an 8-byte big-endian counter.
// §5.3: dynamic truncation, the top bit masked, the result mod 10^Digit and zero-padded.
// SHA-256 and SHA-512 follow RFC 6238 Appendix A (the same truncation on a longer HMAC).
import { createHmac } from 'node:crypto';

export type HotpAlgorithm = 'SHA1' | 'SHA256' | 'SHA512';

const HMAC_NAMES: Record<HotpAlgorithm, string> = { SHA1: 'sha1', SHA256: 'sha256', SHA512: 'sha512' };
const MAX_COUNTER = 2n ** 64n - 1n;
// RFC 4226 R6: the shared secret MUST be at least 128 bits.
const MIN_KEY_BYTES = 16;

export function computeHotpHmac(key: Uint8Array, counter: bigint, algorithm: HotpAlgorithm = 'SHA1'): Uint8Array {
  if (key.length < MIN_KEY_BYTES) throw new RangeError(`An HOTP key must be at least ${MIN_KEY_BYTES} bytes`);
  if (counter < 0n || counter > MAX_COUNTER) throw new RangeError('An HOTP counter must fit in 64 unsigned bits');
  const hmacName = HMAC_NAMES[algorithm];
  if (hmacName === undefined) throw new TypeError(`Unknown HOTP algorithm ${String(algorithm)}`);
  const counterBytes = Buffer.alloc(8);
  // Why BigInt: a 64-bit counter written whole, so no 32-bit bitwise operator can wrap it (RFC 6238 §4.2).
  counterBytes.writeBigUInt64BE(counter);
  return new Uint8Array(createHmac(hmacName, key).update(counterBytes).digest());
}

/** RFC 4226 §5.3 DT: a 31-bit number taken from the HMAC at the offset its last nibble names. */
export function truncateHotpHmac(hmac: Uint8Array): number {
  const offset = hmac[hmac.length - 1]! & 0x0f;
  const bytes = Buffer.from(hmac.buffer, hmac.byteOffset, hmac.byteLength);
  // Why the mask: the top bit is dropped to avoid signed/unsigned confusion (§5.3).
  return bytes.readUInt32BE(offset) & 0x7fffffff;
}

export function generateHotp(key: Uint8Array, counter: bigint, digits = 6, algorithm: HotpAlgorithm = 'SHA1'): string {
  // RFC 4226 §5.3: at least 6 digits; 7 and 8 are allowed.
  if (!Number.isInteger(digits) || digits < 6 || digits > 8) throw new RangeError('HOTP digits must be 6, 7 or 8');
  const truncated = truncateHotpHmac(computeHotpHmac(key, counter, algorithm));
  return String(truncated % 10 ** digits).padStart(digits, '0');
}
