// Password policy of SPEC 2.1 and NIST 800-63B §3.1.1.2: length counted in code points, a
// blocklist of common passwords, not the username, no truncation; "a letter and a digit" only
// when the administrator asks for it (the vStor rule).
import { createRequire } from 'node:module';

export interface PasswordPolicy {
  minLength: number;
  maxLength: number;
  requireLetterAndDigit: boolean;
}

export const DEFAULT_PASSWORD_POLICY: PasswordPolicy = { minLength: 12, maxLength: 128, requireLetterAndDigit: false };
export const MIN_LENGTH_BOUNDS = { lowest: 8, highest: 64 } as const;

export type PasswordProblem = 'too_short' | 'too_long' | 'common' | 'same_as_username' | 'needs_letter_and_digit';

let commonPasswords: Set<string> | undefined;

function isCommonPassword(password: string): boolean {
  // 49,000 entries from zxcvbn-ts's maintained list, compared case-insensitively.
  // Loaded on first use, not at start: the list costs memory a running server rarely needs.
  commonPasswords ??= new Set(
    (createRequire(import.meta.url)('@zxcvbn-ts/language-common') as { dictionary: Record<string, string[]> }).dictionary['passwords-common']!.map((p) => p.toLowerCase()),
  );
  return commonPasswords.has(password.toLowerCase());
}

export function checkPassword(password: string, username: string, policy: PasswordPolicy): PasswordProblem | null {
  const length = [...password.normalize('NFC')].length;
  if (length < policy.minLength) return 'too_short';
  if (length > policy.maxLength) return 'too_long';
  if (password.toLowerCase() === username.toLowerCase()) return 'same_as_username';
  if (isCommonPassword(password)) return 'common';
  if (policy.requireLetterAndDigit && !(/\p{L}/u.test(password) && /\p{Nd}/u.test(password))) {
    return 'needs_letter_and_digit';
  }
  return null;
}

export function describePasswordProblem(problem: PasswordProblem, policy: PasswordPolicy): string {
  switch (problem) {
    case 'too_short':
      return `The password must have at least ${policy.minLength} characters.`;
    case 'too_long':
      return `The password may have at most ${policy.maxLength} characters.`;
    case 'common':
      return 'This password is on a list of commonly used passwords. Choose another.';
    case 'same_as_username':
      return 'The password must not be the username.';
    case 'needs_letter_and_digit':
      return 'The password must contain at least one letter and one digit.';
  }
}
