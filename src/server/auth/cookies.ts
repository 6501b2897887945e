// Cookie names and flags (SPEC 2.2; OWASP SM-2): HttpOnly, SameSite=Strict, Path=/, no Max-Age
// (timeouts are enforced on the server). Over HTTPS the names take the __Host- prefix and Secure:
// HTTPS served here, forwarded as https by a trusted proxy, or (SPEC 2.11) whenever the public URL
// is https://, whoever terminates TLS, so a TLS proxy without GATEHOUSE_TRUST_PROXY loses nothing.
//
// The session, sign-in and passkey cookies are the core ones; browser-cookies.ts adds the long-lived
// ones of trusted browsers (SPEC §2.14), with the same flags. Gatehouse reads cookies only where they matter, so the Cookie header is parsed
// on demand (once per request) rather than by a plugin hook on every request, and Set-Cookie is
// written here with the `cookie` package.
import { parse, serialize, type SerializeOptions } from 'cookie';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';

export type CookieKind = 'session' | 'sign_in' | 'passkey';

/** `passkey`: names the challenge of a passwordless sign-in in progress (its hash binds the challenge). */
const COOKIE_NAMES: Record<CookieKind, string> = { session: 'gatehouse_session', sign_in: 'gatehouse_sign_in', passkey: 'gatehouse_passkey' };

export function cookieName(kind: CookieKind, secure: boolean): string {
  return prefixedName(COOKIE_NAMES[kind], secure);
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
  return readNamedCookie(request, cookieName(kind, isSecureRequest(request)));
}

/** A cookie by its full name (with the __Host- prefix when secure). */
export function readNamedCookie(request: FastifyRequest, name: string): string | undefined {
  const header = request.headers.cookie;
  if (header === undefined) return undefined;
  let cookies = parsedCookies.get(request);
  if (cookies === undefined) {
    cookies = parse(header);
    parsedCookies.set(request, cookies);
  }
  return cookies[name];
}

/** The full name of a cookie: `__Host-` prefixed over HTTPS. */
export function prefixedName(base: string, secure: boolean): string {
  return secure ? `__Host-${base}` : base;
}

/** Sets a cookie that outlives the browser session (Max-Age in seconds), with the same flags as the others. */
export function setLastingCookie(request: FastifyRequest, reply: FastifyReply, base: string, value: string, maxAgeInSeconds: number): void {
  const secure = isSecureRequest(request);
  appendSetCookie(reply, serialize(prefixedName(base, secure), value, { ...flags(secure), maxAge: Math.max(0, Math.floor(maxAgeInSeconds)) }));
}

export function clearNamedCookie(request: FastifyRequest, reply: FastifyReply, base: string): void {
  const secure = isSecureRequest(request);
  appendSetCookie(reply, serialize(prefixedName(base, secure), '', { ...flags(secure), maxAge: 0, expires: new Date(0) }));
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
