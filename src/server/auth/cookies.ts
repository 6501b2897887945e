// Cookie names and flags (SPEC 2.2; OWASP SM-2): HttpOnly, SameSite=Strict, Path=/, no Max-Age
// (timeouts are enforced on the server). Over HTTPS the names take the __Host- prefix and Secure.
import type { FastifyReply, FastifyRequest } from 'fastify';

export type CookieKind = 'session' | 'sign_in';

export function cookieName(kind: CookieKind, secure: boolean): string {
  const base = kind === 'session' ? 'gatehouse_session' : 'gatehouse_sign_in';
  return secure ? `__Host-${base}` : base;
}

export function isSecureRequest(request: FastifyRequest): boolean {
  return request.protocol === 'https';
}

export function readCookie(request: FastifyRequest, kind: CookieKind): string | undefined {
  return request.cookies[cookieName(kind, isSecureRequest(request))];
}

export function setCookie(request: FastifyRequest, reply: FastifyReply, kind: CookieKind, value: string): void {
  const secure = isSecureRequest(request);
  reply.setCookie(cookieName(kind, secure), value, { httpOnly: true, sameSite: 'strict', secure, path: '/' });
}

export function clearCookie(request: FastifyRequest, reply: FastifyReply, kind: CookieKind): void {
  const secure = isSecureRequest(request);
  reply.clearCookie(cookieName(kind, secure), { httpOnly: true, sameSite: 'strict', secure, path: '/' });
}
