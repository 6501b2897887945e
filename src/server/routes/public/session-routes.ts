// Sign-in and the console session: POST/GET/DELETE /api/session.
import { Type } from '@sinclair/typebox';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { CoreContext } from '../../../core/context.js';
import { PublicError } from '../../../core/errors.js';
import { findLiveSignInFlow } from '../../../core/sign-in/live-sign-in-flow.js';
import { describePendingSignIn } from '../../../core/sign-in/pending-sign-in.js';
import { completeSecondFactor, sendSignInCode } from '../../../core/sign-in/second-factor.js';
import { startSignIn } from '../../../core/sign-in/sign-in.js';
import { resolveSession } from '../../../core/sessions/sessions.js';
import { describeUser } from '../../../core/users/user.js';
import { typed } from '../../type-provider.js';
import { clearCookie, readCookie, setCookie } from '../../auth/cookies.js';
import { isSameOriginRequest } from '../../auth/csrf.js';
import { authOf, clientOf } from '../../auth/request-auth.js';
import { AuthenticatorIdInput, AuthenticatorKind, AuthenticatorView, CodeInput, NoContent, PasswordInput, Timestamp, UserView, withErrors } from '../../schemas.js';
import { throwFor } from '../../failures.js';

const SignInState = Type.Union([Type.Literal('authenticated'), Type.Literal('awaiting_second_factor'), Type.Literal('awaiting_password_change'), Type.Literal('awaiting_enrollment')], {
  description: 'awaiting_password_change: an administrator reset the password and an enrollment is due; PUT /api/me/password with the sign-in cookie',
});
const SignInAnswer = Type.Object({
  state: SignInState,
  user: Type.Optional(UserView),
  authenticators: Type.Optional(Type.Array(AuthenticatorView, { description: 'awaiting_second_factor: the authenticators this sign-in may use, the one used last first' })),
  methods: Type.Optional(Type.Array(Type.String(), { description: 'awaiting_second_factor: their kinds, then recovery_code (kept for older clients)' })),
  email_masked: Type.Optional(Type.String({ description: 'where an e-mail code would go (e-mail users)' })),
  allowed_methods: Type.Optional(Type.Array(Type.String(), { description: 'awaiting_enrollment: the methods the user may enroll' })),
  email_available: Type.Optional(Type.Boolean({ description: 'awaiting_enrollment: whether e-mail codes are allowed and the user has an address' })),
  reason: Type.Optional(
    Type.Union([Type.Literal('enforced'), Type.Literal('method_disallowed')], {
      description: 'awaiting_enrollment: MFA is enforced and the user has none, or their authenticators are all of kinds no longer allowed',
    }),
  ),
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
      if (!result.ok) throwFor(ctx, result);
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
        summary: 'Answer the second-factor challenge with a code from one of my authenticators, or a recovery code',
        description:
          'Name the authenticator the code is from (`authenticator_id`, one of those in the sign-in answer), or `method`: `recovery_code`, ' +
          'or a kind (the most recently used authenticator of that kind, as older clients send it). The code is checked against that authenticator only.',
        body: Type.Object(
          {
            authenticator_id: Type.Optional(AuthenticatorIdInput),
            method: Type.Optional(Type.Union([AuthenticatorKind, Type.Literal('recovery_code')])),
            code: CodeInput,
          },
          { additionalProperties: false },
        ),
        response: withErrors({ 200: SignInAnswer }),
      },
    },
    async (request, reply) => {
      if (!isSameOriginRequest(request, publicOrigin)) throw new PublicError('csrf_rejected');
      const { authenticator_id, method, code } = request.body;
      const choice = authenticator_id !== undefined ? { authenticatorId: authenticator_id } : method !== undefined ? { method } : null;
      if (choice === null || (authenticator_id !== undefined && method !== undefined)) {
        throw new PublicError('invalid_request', { message: 'Say which authenticator the code is from: authenticator_id, or method (a kind, or recovery_code).' });
      }
      const result = await completeSecondFactor(ctx, { flowToken: readCookie(request, 'sign_in'), choice, code, client: clientOf(request) });
      if (!result.ok) {
        if (result.reason === 'sign_in_expired') clearCookie(request, reply, 'sign_in');
        throwFor(ctx, result);
      }
      if (result.state !== 'authenticated') return describePendingSignIn(ctx, result.user, result.state);
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
        summary: "Send a sign-in code to the user's e-mail authenticator",
        response: withErrors({ 200: Type.Object({ email_masked: Type.String(), resend_after_seconds: Type.Integer() }) }),
      },
    },
    async (request, reply) => {
      if (!isSameOriginRequest(request, publicOrigin)) throw new PublicError('csrf_rejected');
      const sent = await sendSignInCode(ctx, { flowToken: readCookie(request, 'sign_in'), client: clientOf(request) });
      if (!sent.ok) {
        if (sent.reason === 'sign_in_expired') clearCookie(request, reply, 'sign_in');
        throwFor(ctx, sent);
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
      const live = await findLiveSignInFlow(ctx, readCookie(request, 'sign_in'), ['awaiting_second_factor', 'awaiting_password_change', 'awaiting_enrollment']);
      if (live.ok) return describePendingSignIn(ctx, live.user, live.flow.state);
      if (live.reason === 'sign_in_expired') clearCookie(request, reply, 'sign_in');
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

function noSession(request: FastifyRequest, reply: FastifyReply): never {
  clearCookie(request, reply, 'session');
  throw new PublicError('authentication_required');
}
