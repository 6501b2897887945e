// Cookie names and flags (SPEC 2.2; OWASP SM-2): HttpOnly, SameSite=Strict, Path=/, no Max-Age
// (timeouts are enforced on the server). Over HTTPS the names take the __Host- prefix and Secure:
// HTTPS served here, forwarded as https by a trusted proxy, or (SPEC 2.11) whenever the public URL
// is https://, whoever terminates TLS, so a TLS proxy without GATEHOUSE_TRUST_PROXY loses nothing.
//
// Gatehouse has three cookies and reads them only where they matter, so the Cookie header is parsed
// on demand (once per request) rather than by a plugin hook on every request, and Set-Cookie is
// written here with the `cookie` package.
import { parse, serialize, type SerializeOptions } from 'cookie';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';

export type CookieKind = 'session' | 'sign_in' | 'passkey';

/** `passkey`: names the challenge of a passwordless sign-in in progress (its hash binds the challenge). */
const COOKIE_NAMES: Record<CookieKind, string> = { session: 'gatehouse_session', sign_in: 'gatehouse_sign_in', passkey: 'gatehouse_passkey' };

export function cookieName(kind: CookieKind, secure: boolean): string {
  const base = COOKIE_NAMES[kind];
  return secure ? `__Host-${base}` : base;
}

declare module 'fastify' {
  interface FastifyInstance {
    /** GATEHOUSE_PUBLIC_URL starts with https:// (set once by registerSecureOrigin). */
    publicUrlIsHttps: boolean;
  }
}

export function registerSecureOrigin(app: FastifyInstance, publicOrigin: string | null): void {
  app.decorate('publicUrlIsHttps', publicOrigin !== null && publicOrigin.startsWith('https://'));
}

export function isSecureRequest(request: FastifyRequest): boolean {
  return request.protocol === 'https' || request.server.publicUrlIsHttps;
}

const parsedCookies = new WeakMap<FastifyRequest, Record<string, string | undefined>>();

export function readCookie(request: FastifyRequest, kind: CookieKind): string | undefined {
  const header = request.headers.cookie;
  if (header === undefined) return undefined;
  let cookies = parsedCookies.get(request);
  if (cookies === undefined) {
    cookies = parse(header);
    parsedCookies.set(request, cookies);
  }
  return cookies[cookieName(kind, isSecureRequest(request))];
}

function flags(secure: boolean): SerializeOptions {
  return { httpOnly: true, sameSite: 'strict', secure, path: '/' };
}

export function setCookie(request: FastifyRequest, reply: FastifyReply, kind: CookieKind, value: string): void {
  const secure = isSecureRequest(request);
  appendSetCookie(reply, serialize(cookieName(kind, secure), value, flags(secure)));
}

/** Empties the cookie and expires it now (Max-Age=0, and an Expires in 1970 for old clients). */
export function clearCookie(request: FastifyRequest, reply: FastifyReply, kind: CookieKind): void {
  const secure = isSecureRequest(request);
  appendSetCookie(reply, serialize(cookieName(kind, secure), '', { ...flags(secure), maxAge: 0, expires: new Date(0) }));
}

/** A later write of the same cookie in one answer replaces the earlier one (the last word counts). */
function appendSetCookie(reply: FastifyReply, line: string): void {
  const name = line.slice(0, line.indexOf('='));
  const existing = reply.getHeader('set-cookie');
  const lines = (existing === undefined ? [] : Array.isArray(existing) ? existing : [String(existing)]).filter((l) => !l.startsWith(`${name}=`));
  reply.removeHeader('set-cookie');
  reply.header('set-cookie', [...lines, line]);
}
