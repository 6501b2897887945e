// The cookies of SPEC §2.14, flagged like the session's (HttpOnly, SameSite=Strict, Path=/; Secure
// and __Host- over HTTPS) but lasting beyond the browser session:
// - `gatehouse_browser`: a random browser id (128 bits), 400 days, renewed at each sign-in: how a
//   sign-in from a new browser is recognized (not a fingerprint);
// - `gatehouse_trusted_<tag>`: a trusted-browser token `<id>.<secret>` of one user, until its
//   absolute expiry. One cookie per user (the tag is derived from the user id), so several people
//   may each trust the same browser, and one user's grant never touches another's.
import type { FastifyReply, FastifyRequest } from 'fastify';
import { SECOND } from '../../core/clock.js';
import type { CoreContext } from '../../core/context.js';
import { hashToken } from '../../core/crypto/server-keys.js';
import { BROWSER_ID_LIFETIME, isWellFormedBrowserId, newBrowserId, noteSignInBrowser } from '../../core/trusted-browsers/known-browsers.js';
import type { User } from '../../core/users/user.js';
import { clearNamedCookie, isSecureRequest, prefixedName, readNamedCookie, setLastingCookie } from './cookies.js';
import { clientOf } from './request-auth.js';

const BROWSER_ID = 'gatehouse_browser';

const trustedBrowserCookie = (userId: string) => `gatehouse_trusted_${hashToken(`trusted-browser-cookie:${userId}`).slice(0, 16)}`;

export function readBrowserId(request: FastifyRequest): string | undefined {
  const value = readNamedCookie(request, prefixedName(BROWSER_ID, isSecureRequest(request)));
  return isWellFormedBrowserId(value) ? value : undefined;
}

/** The browser's id, issued now if it has none (or a malformed one), and its cookie renewed. */
export function ensureBrowserId(request: FastifyRequest, reply: FastifyReply): string {
  const browserId = readBrowserId(request) ?? newBrowserId();
  setLastingCookie(request, reply, BROWSER_ID, browserId, BROWSER_ID_LIFETIME / SECOND);
  return browserId;
}

export function readTrustedBrowserToken(request: FastifyRequest, userId: string): string | undefined {
  return readNamedCookie(request, prefixedName(trustedBrowserCookie(userId), isSecureRequest(request)));
}

export function setTrustedBrowserToken(request: FastifyRequest, reply: FastifyReply, userId: string, token: string, expiresAt: number, now: number): void {
  setLastingCookie(request, reply, trustedBrowserCookie(userId), token, (expiresAt - now) / SECOND);
}

export function clearTrustedBrowserToken(request: FastifyRequest, reply: FastifyReply, userId: string): void {
  clearNamedCookie(request, reply, trustedBrowserCookie(userId));
}

/**
 * Every console sign-in that ends with a session passes here: the browser id cookie is set or
 * renewed, and the user is e-mailed when it is a browser they have not signed in from before.
 */
export async function noteSignedInBrowser(ctx: CoreContext, request: FastifyRequest, reply: FastifyReply, user: User, browserId?: string): Promise<void> {
  await noteSignInBrowser(ctx, user, browserId ?? ensureBrowserId(request, reply), clientOf(request));
}
