// RFC 7617 Basic credentials, parsed strictly: valid Base64, valid UTF-8, a colon. Anything else
// is malformed and refused without touching storage.
const BASE64 = /^[A-Za-z0-9+/]+={0,2}$/;
const utf8 = new TextDecoder('utf-8', { fatal: true });

export type BasicCredentials = { username: string; password: string };

export function parseBasicAuthorization(header: string): BasicCredentials | 'malformed' | 'not_basic' {
  const space = header.indexOf(' ');
  if (space < 0 || header.slice(0, space).toLowerCase() !== 'basic') return 'not_basic';
  const encoded = header.slice(space + 1).trim();
  if (encoded.length === 0 || encoded.length > 4096 || encoded.length % 4 !== 0 || !BASE64.test(encoded)) return 'malformed';
  let decoded: string;
  try {
    decoded = utf8.decode(Buffer.from(encoded, 'base64'));
  } catch {
    return 'malformed';
  }
  const colon = decoded.indexOf(':');
  if (colon <= 0) return 'malformed';
  // Control characters never belong in a username; refusing them keeps them out of logs.
  const username = decoded.slice(0, colon);
  if (/\p{Cc}/u.test(username)) return 'malformed';
  return { username, password: decoded.slice(colon + 1) };
}
