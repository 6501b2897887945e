// Forward auth (SPEC 2.10): a reverse proxy (nginx auth_request, Caddy forward_auth, Traefik
// forwardAuth) asks here whether a request may pass. 204 with who it is for a valid session cookie
// or valid Basic credentials under every rule of the API (an MFA user's password is refused, keys
// must be live and their owner enabled, a read-only key only reads); 401 with a Basic challenge
// otherwise. docs/forward-auth.md shows the proxy configurations.
import { Type } from '@sinclair/typebox';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { CoreContext } from '../../../core/context.js';
import { PublicError } from '../../../core/errors.js';
import type { User } from '../../../core/users/user.js';
import { assertApiKeyMayCall, resolveRequestAuth } from '../../auth/request-auth.js';
import { errorStatus } from '../../error-status.js';
import { withErrors } from '../../schemas.js';

export const BASIC_CHALLENGE = 'Basic realm="Gatehouse"';

/** Header values are Latin-1: ASCII usernames pass unchanged, any other character is percent-encoded (UTF-8). */
export function headerSafeUsername(username: string): string {
  return username.replace(/[^\x21-\x7e]/gu, (character) => encodeURIComponent(character));
}

/** The method the proxy is deciding on: Traefik and Caddy send X-Forwarded-Method; nginx is told to. */
function forwardedMethodOf(request: FastifyRequest): string {
  const forwarded = request.headers['x-forwarded-method'];
  return typeof forwarded === 'string' && /^[A-Za-z]{1,16}$/.test(forwarded) ? forwarded.toUpperCase() : request.method;
}

async function verify(ctx: CoreContext, request: FastifyRequest, reply: FastifyReply): Promise<User> {
  try {
    const auth = await resolveRequestAuth(ctx, request);
    if (!auth) throw new PublicError('authentication_required');
    assertApiKeyMayCall(auth, forwardedMethodOf(request), false);
    if (auth.user.mustChangePassword) throw new PublicError('password_change_required');
    reply.header('x-gatehouse-auth', auth.kind);
    return auth.user;
  } catch (error) {
    // RFC 7235 §3.1: a 401 names the scheme the client may use.
    if (error instanceof PublicError && errorStatus[error.type] === 401) reply.header('www-authenticate', BASIC_CHALLENGE);
    throw error;
  }
}

export async function forwardAuthRoutes(app: FastifyInstance, { ctx }: { ctx: CoreContext }): Promise<void> {
  app.get(
    '/api/auth/verify',
    {
      config: { errors: ['authentication_required', 'invalid_credentials', 'mfa_enabled_use_api_key', 'password_change_required', 'api_key_read_only', 'too_many_requests', 'factor_locked'] },
      schema: {
        tags: ['forward auth'],
        summary: 'Forward auth for a reverse proxy: 204 with X-Gatehouse-User, X-Gatehouse-Role and X-Gatehouse-Auth, or 401 with a Basic challenge',
        description:
          'Accepts the session cookie or Authorization: Basic (username:password, or api_key:api_token). Answers HEAD too. ' +
          'X-Forwarded-Method (sent by the proxy) is the method a read-only API key is checked against.',
        response: withErrors({ 204: Type.Null({ description: 'allowed; the X-Gatehouse-* headers say who it is' }) }),
      },
    },
    async (request, reply) => {
      const user = await verify(ctx, request, reply);
      return reply
        .code(204)
        .header('x-gatehouse-user', headerSafeUsername(user.username))
        .header('x-gatehouse-user-id', user.id)
        .header('x-gatehouse-role', user.role)
        .send();
    },
  );
}
