// NIST SP 800-63B-4 §4.2.1.1: saved recovery codes of at least 64 bits from an approved RBG.
// Each is 80 bits: 16 Crockford Base32 characters shown as XXXX-XXXX-XXXX-XXXX. The caller
// stores only an HMAC of the normalized form (16 characters, no dashes).
import { randomBytes } from 'node:crypto';

export const RECOVERY_CODE_COUNT = 10;

// Crockford Base32: no I, L, O or U, so a hand-copied code has no look-alike letters.
const ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';
const CODE_BYTES = 10;
// Why a cap: a pasted code with dashes and spaces stays well under this; it bounds work on junk.
const MAX_INPUT_LENGTH = 64;

function generateRecoveryCode(): string {
  // Why 5 bits per character from 10 bytes: 80 bits map to 16 characters exactly, with no
  // modulo bias (32 characters is a power of two).
  const bytes = randomBytes(CODE_BYTES);
  let code = '';
  let buffer = 0;
  let bitCount = 0;
  for (const byte of bytes) {
    buffer = ((buffer << 8) | byte) & 0xfff;
    bitCount += 8;
    while (bitCount >= 5) {
      bitCount -= 5;
      code += ALPHABET[(buffer >> bitCount) & 0x1f];
    }
  }
  return code.match(/.{4}/g)!.join('-');
}

export function generateRecoveryCodes(count = RECOVERY_CODE_COUNT): string[] {
  if (!Number.isInteger(count) || count < 1) throw new RangeError('count must be a positive integer');
  const codes = new Set<string>();
  // A repeat is all but impossible at 80 bits, but a set of codes must still never hold one twice.
  while (codes.size < count) codes.add(generateRecoveryCode());
  return [...codes];
}

/** The form that is hashed and compared: 16 upper-case Crockford characters, or null. */
export function normalizeRecoveryCode(input: string): string | null {
  if (typeof input !== 'string' || input.length > MAX_INPUT_LENGTH) return null;
  const compact = input.replace(/[\s-]+/g, '');
  // Why ASCII first: toUpperCase maps some non-ASCII letters (ı, ſ) onto ASCII ones.
  if (!/^[0-9A-Za-z]{16}$/.test(compact)) return null;
  const normalized = compact
    .toUpperCase()
    // Crockford's decoding rule: I and L read as 1, O as 0.
    .replace(/[IL]/g, '1')
    .replace(/O/g, '0');
  for (const char of normalized) if (!ALPHABET.includes(char)) return null;
  return normalized;
}
