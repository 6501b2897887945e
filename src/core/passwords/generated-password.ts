import { randomBytes } from 'node:crypto';

/** A random password for the first admin: 24 characters of Base64url, 144 bits. */
export function generatePassword(): string {
  return randomBytes(18).toString('base64url');
}
