/**
 * Usernames: 1–64 letters, digits, '.', '_', '-', '@'; never ':' (it would split HTTP Basic), and
 * never in the shape of an API key id (`gk_…`), which Basic authentication reads as a key.
 */
export function isValidUsername(username: string): boolean {
  return /^[\p{L}\p{N}][\p{L}\p{N}._@-]{0,63}$/u.test(username) && !/^gk_/i.test(username);
}

/**
 * What the log and the audit log may say of a username typed at a failed check: people type their
 * password into the username field, so anything that is not a valid username (over 64 characters,
 * spaces, symbols) is replaced by a marker.
 */
export function usernameForLog(typed: string): string {
  return isValidUsername(typed) ? typed : NOT_A_USERNAME;
}

export const NOT_A_USERNAME = '[not a valid username: not logged]';

/**
 * A deliberately loose check: one '@', no spaces or control characters, at most 254 characters.
 * The domain may be a single label (carol@localhost): normal on an appliance's own network.
 */
export function isValidEmail(email: string): boolean {
  return email.length <= 254 && /^[^\s@]+@[^\s@]+$/.test(email) && !/\p{Cc}/u.test(email);
}
