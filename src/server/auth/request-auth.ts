// Narrows each /api request to who is calling: a console session (cookie), or HTTP Basic
// credentials (username:password, or api_key:api_token). Routes declare what they need in
// `config.auth`; handlers of signed-in routes read `request.auth`, never null there.
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { hasValidApiTokenChecksum, isWellFormedApiKeyId } from '../../core/api-keys/api-key-format.js';
import { authenticateWithApiKey } from '../../core/api-keys/api-key-authentication.js';
import { authenticateWithPassword } from '../../core/basic-auth/password-basic-auth.js';
import type { Client, CoreContext } from '../../core/context.js';
import { PublicError } from '../../core/errors.js';
import type { ApiKey, KeepAlive, PersistedSignInFlow, Session, SignInFlowStateName } from '../../core/ports.js';
import { findLiveSignInFlow } from '../../core/sign-in/live-sign-in-flow.js';
import { resolveSession } from '../../core/sessions/sessions.js';
import type { User } from '../../core/users/user.js';
import { apiKeyRefusal } from './api-key-refusal.js';
import { parseBasicAuthorization } from './basic-credentials.js';
import { readCookie } from './cookies.js';
import { isCrossSiteRefused } from './csrf.js';

export type RequestAuth =
  | { kind: 'session'; user: User; session: Session }
  | { kind: 'password'; user: User }
  | { kind: 'api_key'; user: User; apiKey: ApiKey }
  /** A sign-in that must do something before it gets a session (enroll, change the password). */
  | { kind: 'sign_in_flow'; user: User; flow: PersistedSignInFlow };

export type AuthRequirement = 'public' | 'signed_in' | 'admin';

const ALL_FLOW_STATES: readonly SignInFlowStateName[] = ['awaiting_second_factor', 'awaiting_password_change', 'awaiting_enrollment'];

declare module 'fastify' {
  interface FastifyContextConfig {
    auth?: AuthRequirement;
    /** Also reachable, without a session, by a sign-in in one of these states (its sign-in cookie). */
    signInFlowStates?: readonly SignInFlowStateName[];
    /** Reachable while the user must still change a reset password. */
    allowPendingPasswordChange?: boolean;
    /** Refused (403 api_key_not_allowed) with an API key: credential management, so a stolen key cannot mint more. */
    refuseApiKey?: boolean;
  }
  interface FastifyRequest {
    auth: RequestAuth | null;
  }
}

export function clientOf(request: FastifyRequest): Client {
  const agent = request.headers['user-agent'];
  return { address: request.ip, userAgent: typeof agent === 'string' ? agent.slice(0, 512) : '' };
}

/** Who is calling, or null when the request carries no credentials. Throws on bad credentials. */
export async function resolveRequestAuth(ctx: CoreContext, request: FastifyRequest): Promise<RequestAuth | null> {
  const header = request.headers.authorization;
  if (header !== undefined) {
    const credentials = parseBasicAuthorization(header);
    if (credentials === 'not_basic' || credentials === 'malformed') throw new PublicError('invalid_credentials');
    // api_key:api_token never reaches the password path (no Argon2id, no password throttle). A
    // token sent as the username (key and token swapped) is refused here too, so it is never logged.
    if (isWellFormedApiKeyId(credentials.username) || hasValidApiTokenChecksum(credentials.username)) {
      const result = await authenticateWithApiKey(ctx, credentials.username, credentials.password, clientOf(request));
      if (!result.ok) {
        if (result.reason === 'throttled') throw new PublicError('too_many_requests', { retryAfterInSeconds: result.retryAfterInSeconds });
        throw new PublicError('invalid_credentials');
      }
      return { kind: 'api_key', user: result.user, apiKey: result.apiKey };
    }
    const result = await authenticateWithPassword(ctx, credentials.username, credentials.password, clientOf(request));
    if (result.ok) return { kind: 'password', user: result.user };
    if (result.reason === 'throttled') throw new PublicError('too_many_requests', { retryAfterInSeconds: result.retryAfterInSeconds });
    if (result.reason === 'locked') throw new PublicError('factor_locked');
    if (result.reason === 'mfa_enabled_use_api_key' && result.enrollmentDue) {
      throw new PublicError('mfa_enabled_use_api_key', {
        message:
          'Your administrator requires multifactor authentication for this account: username and password are refused on the REST API. Set it up in the console, then use an API key (the API key as username, the API token as password).',
      });
    }
    throw new PublicError(result.reason);
  }
  const token = readCookie(request, 'session');
  if (token === undefined) return null;
  const found = await resolveSession(ctx, token);
  if (!found.ok) return null;
  return { kind: 'session', user: found.user, session: found.session };
}

export function registerRequestAuth(app: FastifyInstance, ctx: CoreContext, publicOrigin: string | null): void {
  app.decorateRequest('auth', null);
  // The check is attached to each route that needs one, with that route's settings: public routes
  // run no auth hook at all, and no request pays for reading its route's options. It runs first
  // (onRequest): a caller without credentials is refused before its body is read or validated, so
  // it learns nothing from validation errors and costs no parsing.
  app.addHook('onRoute', (route) => {
    const config = route.config ?? {};
    const requirement = config.auth ?? 'public';
    if (requirement === 'public') return;
    const allowPendingPasswordChange = config.allowPendingPasswordChange === true;
    const refuseApiKey = config.refuseApiKey === true;
    const flowStates = config.signInFlowStates ?? [];
    const checkAuth = async (request: FastifyRequest) => {
      const auth = (await resolveRequestAuth(ctx, request)) ?? (flowStates.length > 0 ? await resolveSignInFlow(ctx, request, flowStates) : null);
      if (!auth) throw new PublicError('authentication_required');
      if (isCrossSiteRefused(request, { method: request.method, credentials: credentialsOf(auth), publicOrigin })) throw new PublicError('csrf_rejected');
      // Who may call at all first (a standard user's key on an admin route is forbidden, whatever it is).
      if (requirement === 'admin' && auth.user.role !== 'admin') throw new PublicError('forbidden');
      if (auth.kind === 'api_key' && refuseApiKey) throw await apiKeyRefusal(ctx, route.url, auth.user);
      assertApiKeyMayCall(auth, request.method, refuseApiKey);
      if (auth.user.mustChangePassword && !allowPendingPasswordChange) throw new PublicError('password_change_required');
      request.auth = auth;
    };
    const existing = route.onRequest;
    route.onRequest = existing === undefined ? [checkAuth] : [checkAuth, ...(Array.isArray(existing) ? existing : [existing])];
  });
}

/** How the caller's credentials travel: a cookie the browser adds by itself, or an Authorization header. */
export function credentialsOf(auth: RequestAuth): 'cookie' | 'basic' {
  return auth.kind === 'session' || auth.kind === 'sign_in_flow' ? 'cookie' : 'basic';
}

/** A read-only key may only read (exactly GET or HEAD); a route may refuse keys altogether. */
export function assertApiKeyMayCall(auth: RequestAuth, method: string, refuseApiKey: boolean): void {
  if (auth.kind !== 'api_key') return;
  if (refuseApiKey) throw new PublicError('api_key_not_allowed');
  if (auth.apiKey.readOnly && method !== 'GET' && method !== 'HEAD') throw new PublicError('api_key_read_only');
}

/**
 * A sign-in in progress, for the routes that take one. A dead one (expired, or its user's
 * credentials changed since it started) answers sign_in_expired; one that must change its password
 * first says so.
 */
async function resolveSignInFlow(ctx: CoreContext, request: FastifyRequest, states: readonly SignInFlowStateName[]): Promise<RequestAuth | null> {
  const live = await findLiveSignInFlow(ctx, readCookie(request, 'sign_in'), ALL_FLOW_STATES);
  if (!live.ok) {
    if (live.reason === 'no_flow') return null;
    throw new PublicError('sign_in_expired');
  }
  if (states.includes(live.flow.state)) return { kind: 'sign_in_flow', user: live.user, flow: live.flow };
  if (live.flow.state === 'awaiting_password_change') throw new PublicError('password_change_required');
  return null;
}

/** What an enrollment started by this caller is bound to: only the same chain may continue it (SPEC §2.11). */
export function chainOf(auth: RequestAuth): string {
  switch (auth.kind) {
    case 'session':
      return `session:${auth.session.id}`;
    case 'sign_in_flow':
      return `flow:${auth.flow.id}`;
    case 'password':
    case 'api_key':
      return `basic:${auth.user.id}`;
  }
}

/** The session or sign-in flow making a credential change: it lives on (SPEC §2.11). */
export function keepAliveOf(auth: RequestAuth): KeepAlive {
  if (auth.kind === 'session') return { sessionId: auth.session.id };
  if (auth.kind === 'sign_in_flow') return { flowId: auth.flow.id };
  return {};
}

/** For handlers of signed-in routes: the auth the preHandler established. */
export function authOf(request: FastifyRequest): RequestAuth {
  if (!request.auth) throw new Error(`route ${request.routeOptions.url} has no auth requirement`);
  return request.auth;
}
