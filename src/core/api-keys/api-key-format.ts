// The GitHub token format (2021): a prefix a scanner can find, base62 random characters, and a
// CRC-32 of the random part in 6 base62 characters, so a mistyped token is refused offline.
// API key (public id): gk_ + 16. API token (secret): gt_ + 32 random (≈190 bits) + 6 checksum.
import { randomBytes } from 'node:crypto';
import { crc32 } from 'node:zlib';

const BASE62 = '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz';
const KEY_ID_PREFIX = 'gk_';
const TOKEN_PREFIX = 'gt_';
const KEY_ID_RANDOM_LENGTH = 16;
const TOKEN_RANDOM_LENGTH = 32;
const CHECKSUM_LENGTH = 6;
const TOKEN_LENGTH = TOKEN_PREFIX.length + TOKEN_RANDOM_LENGTH + CHECKSUM_LENGTH;
// The largest multiple of 62 that fits in a byte: bytes at or above it are discarded.
const UNBIASED_BYTE_LIMIT = 62 * 4;

function generateBase62(length: number): string {
  let output = '';
  while (output.length < length) {
    for (const byte of randomBytes(length)) {
      // Why rejection sampling: 256 is not a multiple of 62, so `byte % 62` alone would favour
      // the first 8 characters (ASVS 5.0 V11.5.1: uniformly random from a CSPRNG).
      if (byte < UNBIASED_BYTE_LIMIT && output.length < length) output += BASE62[byte % 62];
    }
  }
  return output;
}

/** CRC-32 (ISO-HDLC, as in zlib) of the random part, in base62, left-padded with '0' to 6. */
export function computeApiTokenChecksum(randomPart: string): string {
  let value = crc32(randomPart);
  let digits = '';
  while (value > 0) {
    digits = BASE62[value % 62] + digits;
    value = Math.floor(value / 62);
  }
  // 62^6 > 2^32, so every CRC-32 fits in 6 characters.
  return digits.padStart(CHECKSUM_LENGTH, '0');
}

export function generateApiKeyId(): string {
  return KEY_ID_PREFIX + generateBase62(KEY_ID_RANDOM_LENGTH);
}

export function generateApiToken(): string {
  const randomPart = generateBase62(TOKEN_RANDOM_LENGTH);
  return TOKEN_PREFIX + randomPart + computeApiTokenChecksum(randomPart);
}

export function isWellFormedApiKeyId(value: string): boolean {
  return typeof value === 'string' && /^gk_[0-9A-Za-z]{16}$/.test(value);
}

/** Prefix, length 41, alphabet and checksum: a mistyped token is refused before any lookup. */
export function hasValidApiTokenChecksum(value: string): boolean {
  if (typeof value !== 'string' || value.length !== TOKEN_LENGTH) return false;
  if (!/^gt_[0-9A-Za-z]{38}$/.test(value)) return false;
  const randomPart = value.slice(TOKEN_PREFIX.length, TOKEN_PREFIX.length + TOKEN_RANDOM_LENGTH);
  // A plain compare is fine: the checksum is a public function of the input and proves nothing
  // about the token being real; the lookup by SHA-256 hash decides that.
  return value.slice(-CHECKSUM_LENGTH) === computeApiTokenChecksum(randomPart);
}
