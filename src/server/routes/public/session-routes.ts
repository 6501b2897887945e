// Sign-in and the console session: POST/GET/DELETE /api/session.
import { Type } from '@sinclair/typebox';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { CoreContext } from '../../../core/context.js';
import { hashToken } from '../../../core/crypto/server-keys.js';
import { PublicError } from '../../../core/errors.js';
import { describePendingSignIn } from '../../../core/sign-in/pending-sign-in.js';
import { completeSecondFactor, sendSignInEmailCode } from '../../../core/sign-in/second-factor.js';
import { startSignIn } from '../../../core/sign-in/sign-in.js';
import { resolveSession } from '../../../core/sessions/sessions.js';
import { describeUser } from '../../../core/users/user.js';
import { typed } from '../../type-provider.js';
import { clearCookie, readCookie, setCookie } from '../../auth/cookies.js';
import { isSameOriginRequest } from '../../auth/csrf.js';
import { authOf, clientOf } from '../../auth/request-auth.js';
import { NoContent, PasswordInput, Timestamp, UserView, withErrors } from '../../schemas.js';

const SignInState = Type.Union([Type.Literal('authenticated'), Type.Literal('awaiting_second_factor'), Type.Literal('awaiting_enrollment')]);
const SignInAnswer = Type.Object({
  state: SignInState,
  user: Type.Optional(UserView),
  methods: Type.Optional(Type.Array(Type.String())),
  email_masked: Type.Optional(Type.String({ description: 'where an e-mail code would go (e-mail users)' })),
  allowed_methods: Type.Optional(Type.Array(Type.String(), { description: 'awaiting_enrollment: the methods the user may enroll' })),
  email_available: Type.Optional(Type.Boolean({ description: 'awaiting_enrollment: whether e-mail codes are allowed and the user has an address' })),
});

const CurrentSession = Type.Composite([
  SignInAnswer,
  Type.Object({ session: Type.Optional(Type.Object({ id: Type.String(), mfa: Type.Boolean(), created_at: Timestamp }, { description: 'authenticated: this session' })) }),
]);

export async function sessionRoutes(app: FastifyInstance, { ctx, publicOrigin }: { ctx: CoreContext; publicOrigin: string | null }): Promise<void> {
  const api = typed(app);

  api.post(
    '/api/session',
    {
      config: { errors: ['csrf_rejected', 'invalid_credentials', 'too_many_requests', 'factor_locked'] },
      schema: {
        tags: ['session'],
        summary: 'Start signing in with username and password',
        body: Type.Object({ username: Type.String({ minLength: 1, maxLength: 256 }), password: PasswordInput }, { additionalProperties: false }),
        response: withErrors({ 200: SignInAnswer }),
      },
    },
    async (request, reply) => {
      // Login CSRF: a browser that says where it comes from must come from here.
      if ((request.headers.origin !== undefined || request.headers['sec-fetch-site'] !== undefined) && !isSameOriginRequest(request, publicOrigin)) {
        throw new PublicError('csrf_rejected');
      }
      const result = await startSignIn(ctx, { ...request.body, client: clientOf(request) });
      if (!result.ok) {
        if (result.reason === 'throttled') throw new PublicError('too_many_requests', { retryAfterInSeconds: result.retryAfterInSeconds });
        throw new PublicError(result.reason === 'locked' ? 'factor_locked' : 'invalid_credentials');
      }
      if (readCookie(request, 'sign_in') !== undefined) clearCookie(request, reply, 'sign_in');
      if (result.state === 'authenticated') {
        setCookie(request, reply, 'session', result.issued.token);
        return { state: result.state, user: describeUser(result.user) };
      }
      setCookie(request, reply, 'sign_in', result.flowToken);
      return describePendingSignIn(ctx, result.user, result.state);
    },
  );

  api.post(
    '/api/session/second-factor',
    {
      config: { errors: ['csrf_rejected', 'invalid_credentials', 'sign_in_expired', 'too_many_requests', 'factor_locked'] },
      schema: {
        tags: ['session'],
        summary: 'Answer the second-factor challenge with an authenticator or recovery code',
        body: Type.Object(
          { method: Type.Union([Type.Literal('totp'), Type.Literal('email'), Type.Literal('recovery_code')]), code: Type.String({ minLength: 1, maxLength: 64 }) },
          { additionalProperties: false },
        ),
        response: withErrors({ 200: SignInAnswer }),
      },
    },
    async (request, reply) => {
      if (!isSameOriginRequest(request, publicOrigin)) throw new PublicError('csrf_rejected');
      const { method, code } = request.body;
      const result = await completeSecondFactor(ctx, { flowToken: readCookie(request, 'sign_in'), method: method === 'email' ? 'email_code' : method, code, client: clientOf(request) });
      if (!result.ok) {
        if (result.reason === 'throttled') throw new PublicError('too_many_requests', { retryAfterInSeconds: result.retryAfterInSeconds });
        if (result.reason === 'sign_in_expired') {
          clearCookie(request, reply, 'sign_in');
          throw new PublicError('sign_in_expired');
        }
        if (result.reason === 'method_not_enrolled') throw new PublicError('invalid_request', { message: 'That method is not enrolled for this account.' });
        throw new PublicError(result.reason === 'locked' ? 'factor_locked' : 'invalid_credentials');
      }
      if (result.state === 'awaiting_enrollment') return describePendingSignIn(ctx, result.user, result.state);
      clearCookie(request, reply, 'sign_in');
      setCookie(request, reply, 'session', result.issued.token);
      return { state: result.state, user: describeUser(result.user) };
    },
  );

  api.post(
    '/api/session/email-code',
    {
      config: { errors: ['csrf_rejected', 'sign_in_expired', 'too_many_requests', 'email_delivery_failed'] },
      schema: {
        tags: ['session'],
        summary: 'Send the sign-in code to the e-mail address of an e-mail MFA user',
        response: withErrors({ 200: Type.Object({ email_masked: Type.String(), resend_after_seconds: Type.Integer() }) }),
      },
    },
    async (request, reply) => {
      if (!isSameOriginRequest(request, publicOrigin)) throw new PublicError('csrf_rejected');
      const sent = await sendSignInEmailCode(ctx, readCookie(request, 'sign_in'), clientOf(request));
      if (!sent.ok) {
        if (sent.reason === 'throttled') throw new PublicError('too_many_requests', { retryAfterInSeconds: sent.retryAfterInSeconds });
        if (sent.reason === 'sign_in_expired') {
          clearCookie(request, reply, 'sign_in');
          throw new PublicError('sign_in_expired');
        }
        if (sent.reason === 'method_not_enrolled') throw new PublicError('invalid_request', { message: 'This account does not use e-mail codes.' });
        throw new PublicError(sent.reason);
      }
      return { email_masked: sent.emailMasked, resend_after_seconds: sent.resendAfterInSeconds };
    },
  );

  api.get(
    '/api/session',
    {
      config: { errors: ['authentication_required'] },
      schema: { tags: ['session'], summary: 'Who am I: the signed-in user, or the sign-in step in progress', response: { 200: CurrentSession } },
    },
    async (request, reply) => {
      const token = readCookie(request, 'session');
      if (token !== undefined) {
        const found = await resolveSession(ctx, token);
        if (found.ok) {
          return {
            state: 'authenticated' as const,
            user: describeUser(found.user),
            session: { id: found.session.id, mfa: found.session.aal === 2, created_at: new Date(found.session.createdAt).toISOString() },
          };
        }
      }
      const flow = await currentFlow(ctx, request);
      const user = flow && (await ctx.store.findUserById(flow.userId));
      if (flow && user) return describePendingSignIn(ctx, user, flow.state);
      return noSession(request, reply);
    },
  );

  api.delete(
    '/api/session',
    { config: { auth: 'signed_in', allowPendingPasswordChange: true }, schema: { tags: ['session'], summary: 'Sign out', response: { 204: NoContent } } },
    async (request, reply) => {
      const auth = authOf(request);
      if (auth.kind === 'session') await ctx.store.endSession(auth.user.id, auth.session.id);
      clearCookie(request, reply, 'session');
      return reply.code(204).send(null);
    },
  );
}

async function currentFlow(ctx: CoreContext, request: FastifyRequest) {
  const token = readCookie(request, 'sign_in');
  if (token === undefined) return null;
  const flow = await ctx.store.findSignInFlowByTokenHash(hashToken(token));
  return flow && flow.expiresAt > ctx.clock.now() ? flow : null;
}

function noSession(request: FastifyRequest, reply: FastifyReply): never {
  clearCookie(request, reply, 'session');
  throw new PublicError('authentication_required');
}
