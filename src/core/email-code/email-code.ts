// NIST SP 800-63B-4 §3.1.3.2: an out-of-band code of at least 6 decimal digits from an approved
// RBG. (E-mail is not a NIST authenticator; the out-of-band rules are applied to it anyway.)
import { randomInt } from 'node:crypto';

// Why a cap: a spaced 6-digit code stays well under this; it bounds work on junk input.
const MAX_INPUT_LENGTH = 32;

export function generateEmailCode(): string {
  // Why randomInt: a uniform draw from the CSPRNG, with no modulo bias across 000000–999999.
  return String(randomInt(0, 1_000_000)).padStart(6, '0');
}

/** Trims and removes spaces; null unless exactly 6 ASCII digits remain. */
export function normalizeEmailCode(input: string): string | null {
  if (typeof input !== 'string' || input.length > MAX_INPUT_LENGTH) return null;
  const digits = input.trim().replace(/\s+/g, '');
  return /^[0-9]{6}$/.test(digits) ? digits : null;
}
