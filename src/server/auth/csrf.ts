// Cross-site request forgery (SPEC 2.2, 2.11): a state-changing request that rides on a cookie must
// say it comes from this origin: `Sec-Fetch-Site: same-origin`, or an `Origin` equal to ours. So
// must one with HTTP Basic credentials when it says where it comes from at all (`Origin` or
// `Sec-Fetch-Site`: a browser, which may have cached Basic credentials after forward auth's
// challenge and would send them on any site's behalf). Clients that say nothing (curl, scripts)
// need say nothing.
import type { FastifyRequest } from 'fastify';

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

/** Methods are case-sensitive (RFC 9110 §9.1): only these exact three are safe. */
export function isStateChanging(method: string): boolean {
  return !SAFE_METHODS.has(method);
}

export function saysWhereItComesFrom(request: FastifyRequest): boolean {
  return request.headers.origin !== undefined || request.headers['sec-fetch-site'] !== undefined;
}

/**
 * `Origin` must equal the public origin (GATEHOUSE_PUBLIC_URL) or, without one, the origin the
 * request was addressed to; `alsoAllowed` adds one more (forward auth: the protected site's).
 */
export function isSameOriginRequest(request: FastifyRequest, publicOrigin: string | null, alsoAllowed: string | null = null): boolean {
  const fetchSite = request.headers['sec-fetch-site'];
  if (fetchSite !== undefined) return fetchSite === 'same-origin';
  const origin = request.headers.origin;
  if (origin === undefined) return false;
  const expected = publicOrigin ?? `${request.protocol}://${request.host}`;
  return origin === expected || (alsoAllowed !== null && origin === alsoAllowed);
}

export interface CrossSiteCheck {
  /** The method being decided on: the request's own, or the one a proxy forwards. */
  method: string;
  credentials: 'cookie' | 'basic';
  publicOrigin: string | null;
  alsoAllowed?: string | null;
}

/** True when the request must be refused with csrf_rejected. */
export function isCrossSiteRefused(request: FastifyRequest, check: CrossSiteCheck): boolean {
  if (!isStateChanging(check.method)) return false;
  if (check.credentials === 'basic' && !saysWhereItComesFrom(request)) return false;
  return !isSameOriginRequest(request, check.publicOrigin, check.alsoAllowed ?? null);
}
