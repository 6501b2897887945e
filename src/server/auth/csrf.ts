// Cross-site request forgery (SPEC 2.2): a state-changing request that rides on a cookie must say
// it comes from this origin: `Sec-Fetch-Site: same-origin`, or an `Origin` equal to ours.
import type { FastifyRequest } from 'fastify';

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

export function isStateChanging(method: string): boolean {
  return !SAFE_METHODS.has(method);
}

export function isSameOriginRequest(request: FastifyRequest, publicOrigin: string | null): boolean {
  const fetchSite = request.headers['sec-fetch-site'];
  if (fetchSite !== undefined) return fetchSite === 'same-origin';
  const origin = request.headers.origin;
  if (origin === undefined) return false;
  const expected = publicOrigin ?? `${request.protocol}://${request.host}`;
  return origin === expected;
}
