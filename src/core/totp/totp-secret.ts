// RFC 4226 §4 R6 and RFC 6238 §5.1: a 160-bit random secret, the length of the SHA-1 output.
// Key URI format: the secret in RFC 4648 Base32 with the padding omitted (32 characters).
import { randomBytes } from 'node:crypto';

const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567';
const SECRET_BYTES = 20;
// RFC 4648 §6: a final quantum of 2, 4, 5 or 7 characters is whole; 1, 3 or 6 cannot occur.
const IMPOSSIBLE_REMAINDERS = new Set([1, 3, 6]);

export function generateTotpSecret(): Uint8Array {
  // Why randomBytes: the secret must come from a CSPRNG (RFC 6238 §5.1, NIST SP 800-63B §5.1.4.1).
  return new Uint8Array(randomBytes(SECRET_BYTES));
}

export function encodeBase32(bytes: Uint8Array): string {
  let output = '';
  let buffer = 0;
  let bitCount = 0;
  for (const byte of bytes) {
    buffer = ((buffer << 8) | byte) & 0xfff;
    bitCount += 8;
    while (bitCount >= 5) {
      bitCount -= 5;
      output += ALPHABET[(buffer >> bitCount) & 0x1f];
    }
  }
  if (bitCount > 0) output += ALPHABET[(buffer << (5 - bitCount)) & 0x1f];
  return output;
}

/** Case-insensitive, spaces and trailing padding ignored; null unless the text is canonical Base32. */
export function decodeBase32(text: string): Uint8Array | null {
  const compact = text.replace(/\s+/g, '').replace(/=+$/, '');
  // Why ASCII first: toUpperCase maps some non-ASCII letters (ı, ſ) onto ASCII ones.
  if (!/^[A-Za-z2-7]*$/.test(compact) || IMPOSSIBLE_REMAINDERS.has(compact.length % 8)) return null;
  const clean = compact.toUpperCase();
  const bytes: number[] = [];
  let buffer = 0;
  let bitCount = 0;
  for (const char of clean) {
    const value = ALPHABET.indexOf(char);
    if (value === -1) return null;
    buffer = ((buffer << 5) | value) & 0xfff;
    bitCount += 5;
    if (bitCount >= 8) {
      bitCount -= 8;
      bytes.push((buffer >> bitCount) & 0xff);
    }
  }
  // Why: leftover bits must be zero, so each secret has exactly one spelling.
  if ((buffer & ((1 << bitCount) - 1)) !== 0) return null;
  return new Uint8Array(bytes);
}

/** "JBSWY3DPEHPK3PXP" → "JBSW Y3DP EHPK 3PXP", for typing the secret by hand. */
export function groupSecretForDisplay(base32: string): string {
  return (base32.match(/.{1,4}/g) ?? []).join(' ');
}
