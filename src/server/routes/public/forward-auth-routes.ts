// Forward auth (SPEC 2.10): a reverse proxy (nginx auth_request, Caddy forward_auth, Traefik
// forwardAuth) asks here whether a request may pass. 204 with who it is for a valid session cookie
// or valid Basic credentials under every rule of the API (an MFA user's password is refused, keys
// must be live and their owner enabled, a read-only key only reads, a state-changing request with a
// cookie must come from this site); 401 with a Basic challenge otherwise. docs/forward-auth.md
// shows the proxy configurations.
import { Type } from '@sinclair/typebox';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { CoreContext } from '../../../core/context.js';
import { PublicError } from '../../../core/errors.js';
import type { User } from '../../../core/users/user.js';
import { isCrossSiteRefused } from '../../auth/csrf.js';
import { assertApiKeyMayCall, credentialsOf, resolveRequestAuth } from '../../auth/request-auth.js';
import { errorStatus } from '../../error-status.js';
import { withErrors } from '../../schemas.js';

export const BASIC_CHALLENGE = 'Basic realm="Gatehouse"';

/** Header values are Latin-1: ASCII usernames pass unchanged, any other character is percent-encoded (UTF-8). */
export function headerSafeUsername(username: string): string {
  return username.replace(/[^\x21-\x7e]/gu, (character) => encodeURIComponent(character));
}

/** RFC 9110 §9.1: a method is one token, and case-sensitive. */
const METHOD = /^[!#$%&'*+.^_`|~0-9A-Za-z-]{1,64}$/;

/**
 * The method the proxy is deciding on: Traefik and Caddy send X-Forwarded-Method; nginx is told
 * to. Taken exactly as sent (`get` is not GET); without it, this request's own (GET or HEAD). A
 * value that is not one method (`GET, POST`, which two headers make) is refused, never guessed at.
 */
function forwardedMethodOf(request: FastifyRequest): string {
  const forwarded = request.headers['x-forwarded-method'];
  if (forwarded === undefined) return request.method;
  if (typeof forwarded !== 'string' || !METHOD.test(forwarded)) {
    throw new PublicError('invalid_request', { message: 'X-Forwarded-Method must be one HTTP method, such as GET. Check the proxy configuration.' });
  }
  return forwarded;
}

async function verify(ctx: CoreContext, request: FastifyRequest, reply: FastifyReply, publicOrigin: string | null): Promise<User> {
  try {
    const method = forwardedMethodOf(request);
    const auth = await resolveRequestAuth(ctx, request);
    if (!auth) throw new PublicError('authentication_required');
    // The cross-site rule of /api, on the method the proxy decides on. The protected site's origin
    // is the one the proxy forwards (X-Forwarded-Proto and -Host, with GATEHOUSE_TRUST_PROXY).
    const protectedOrigin = `${request.protocol}://${request.host}`;
    if (isCrossSiteRefused(request, { method, credentials: credentialsOf(auth), publicOrigin, alsoAllowed: protectedOrigin })) throw new PublicError('csrf_rejected');
    assertApiKeyMayCall(auth, method, false);
    if (auth.user.mustChangePassword) throw new PublicError('password_change_required');
    reply.header('x-gatehouse-auth', auth.kind);
    return auth.user;
  } catch (error) {
    // RFC 7235 §3.1: a 401 names the scheme the client may use.
    if (error instanceof PublicError && errorStatus[error.type] === 401) reply.header('www-authenticate', BASIC_CHALLENGE);
    throw error;
  }
}

export async function forwardAuthRoutes(app: FastifyInstance, { ctx, publicOrigin }: { ctx: CoreContext; publicOrigin: string | null }): Promise<void> {
  app.get(
    '/api/auth/verify',
    {
      config: { errors: ['invalid_request', 'csrf_rejected', 'server_busy', 'authentication_required', 'invalid_credentials', 'mfa_enabled_use_api_key', 'password_change_required', 'api_key_read_only', 'too_many_requests', 'factor_locked'] },
      schema: {
        tags: ['forward auth'],
        summary: 'Forward auth for a reverse proxy: 204 with X-Gatehouse-User, -User-Id, -Role and -Auth, or 401 with a Basic challenge',
        description:
          'Accepts the session cookie or Authorization: Basic (username:password, or api_key:api_token). Answers HEAD too. ' +
          'X-Forwarded-Method (sent by the proxy) is the method decided on: a read-only API key passes only for exactly GET or HEAD, and a ' +
          'state-changing method with a session cookie (or with Basic credentials from a browser) must come from this site (Origin or Sec-Fetch-Site), else 403 csrf_rejected. ' +
          'A value that is not one method answers 400.',
        response: withErrors({ 204: Type.Null({ description: 'allowed; the X-Gatehouse-* headers say who it is' }) }),
      },
    },
    async (request, reply) => {
      const user = await verify(ctx, request, reply, publicOrigin);
      return reply
        .code(204)
        .header('x-gatehouse-user', headerSafeUsername(user.username))
        .header('x-gatehouse-user-id', user.id)
        .header('x-gatehouse-role', user.role)
        .send();
    },
  );
}
