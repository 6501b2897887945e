/**
 * Usernames: 1–64 letters, digits, '.', '_', '-', '@'; never ':' (it would split HTTP Basic), and
 * never in the shape of an API key id (`gk_…`), which Basic authentication reads as a key.
 */
export function isValidUsername(username: string): boolean {
  return /^[\p{L}\p{N}][\p{L}\p{N}._@-]{0,63}$/u.test(username) && !/^gk_/i.test(username);
}

/**
 * A deliberately loose check: one '@', no spaces or control characters, at most 254 characters.
 * The domain may be a single label (carol@localhost): normal on an appliance's own network.
 */
export function isValidEmail(email: string): boolean {
  return email.length <= 254 && /^[^\s@]+@[^\s@]+$/.test(email) && !/\p{Cc}/u.test(email);
}
