// The signed-in user's own account: GET /api/me, PUT /api/me/password, sessions.
import { Type } from '@sinclair/typebox';
import type { FastifyInstance } from 'fastify';
import type { CoreContext } from '../../../core/context.js';
import { PublicError } from '../../../core/errors.js';
import { describePasswordProblem } from '../../../core/passwords/password-policy.js';
import { describeSession, issueSession } from '../../../core/sessions/sessions.js';
import { endOtherOwnSessions, endOwnSession } from '../../../core/sessions/own-sessions.js';
import { changeOwnEmail } from '../../../core/users/own-email.js';
import { changeOwnPassword } from '../../../core/users/own-password.js';
import { describeUser } from '../../../core/users/user.js';
import { typed } from '../../type-provider.js';
import { setCookie } from '../../auth/cookies.js';
import { authOf, clientOf } from '../../auth/request-auth.js';
import { Email, NoContent, PasswordInput, SessionView, UserView, withErrors } from '../../schemas.js';
import { requireFreshAuthentication } from '../../auth/fresh-authentication.js';

export async function meRoutes(app: FastifyInstance, { ctx }: { ctx: CoreContext }): Promise<void> {
  const api = typed(app);
  const signedIn = { auth: 'signed_in' } as const;

  api.get(
    '/api/me',
    { config: { ...signedIn, allowPendingPasswordChange: true }, schema: { tags: ['account'], summary: 'My account', response: withErrors({ 200: UserView }) } },
    async (request) => describeUser(authOf(request).user),
  );

  api.patch(
    '/api/me',
    {
      config: { ...signedIn, refuseApiKey: true, errors: ['reauthentication_required'] },
      schema: {
        tags: ['account'],
        summary: 'Change my e-mail address (needs a sign-in within 10 minutes, or the password)',
        body: Type.Object({ email: Type.Union([Email, Type.Null()]), password: Type.Optional(PasswordInput) }, { additionalProperties: false }),
        response: withErrors({ 200: UserView }),
      },
    },
    async (request) => {
      const auth = authOf(request);
      await requireFreshAuthentication(ctx, auth, request.body.password);
      const result = await changeOwnEmail(ctx, auth.user, request.body.email, clientOf(request));
      if (!result.ok) {
        if (result.reason === 'email_is_mfa_method') throw new PublicError('invalid_request', { message: 'Your one-time passwords go to this address: change your MFA method before removing it.' });
        throw new PublicError(result.reason === 'invalid_email' ? 'invalid_request' : 'not_found', result.reason === 'invalid_email' ? { message: 'The e-mail address is not valid.' } : {});
      }
      return describeUser(result.user);
    },
  );

  api.put(
    '/api/me/password',
    {
      config: { ...signedIn, allowPendingPasswordChange: true, refuseApiKey: true, errors: ['weak_password'] },
      schema: {
        tags: ['account'],
        summary: 'Change my password; my other sessions end',
        body: Type.Object({ current_password: PasswordInput, new_password: PasswordInput }, { additionalProperties: false }),
        response: withErrors({ 200: Type.Object({ user: UserView, ended_sessions: Type.Integer() }) }),
      },
    },
    async (request, reply) => {
      const auth = authOf(request);
      const client = clientOf(request);
      const result = await changeOwnPassword(ctx, {
        user: auth.user,
        currentSessionId: auth.kind === 'session' ? auth.session.id : null,
        currentPassword: request.body.current_password,
        newPassword: request.body.new_password,
        client,
      });
      if (!result.ok) {
        if (result.reason === 'weak_password') throw new PublicError('weak_password', { message: describePasswordProblem(result.problem, ctx.settings.passwordPolicy) });
        if (result.reason === 'same_password') throw new PublicError('weak_password', { message: 'The new password must differ from the current one.' });
        if (result.reason === 'throttled') throw new PublicError('too_many_requests', { retryAfterInSeconds: result.retryAfterInSeconds });
        throw new PublicError(result.reason === 'locked' ? 'factor_locked' : 'invalid_credentials');
      }
      const ended = result.endedSessions;
      if (auth.kind === 'session') {
        // A credential change is a privilege change: the session gets a new id (ASVS V7.2.4).
        const renewed = await issueSession(ctx, result.user, { aal: auth.session.aal, authenticatedAt: ctx.clock.now(), client, expiresAt: auth.session.expiresAt });
        await ctx.store.endSession(auth.user.id, auth.session.id);
        setCookie(request, reply, 'session', renewed.token);
      }
      return { user: describeUser(result.user), ended_sessions: ended };
    },
  );

  api.get(
    '/api/me/sessions',
    { config: signedIn, schema: { tags: ['account'], summary: 'My sessions', response: withErrors({ 200: Type.Object({ sessions: Type.Array(SessionView) }) }) } },
    async (request) => {
      const auth = authOf(request);
      const now = ctx.clock.now();
      const idle = ctx.settings.sessionIdleTimeoutInMilliseconds;
      const sessions = (await ctx.store.listUserSessions(auth.user.id)).filter((s) => s.expiresAt > now && s.lastSeenAt + idle > now);
      return { sessions: sessions.map((s) => describeSession(s, auth.kind === 'session' ? auth.session.id : null, idle)) };
    },
  );

  api.delete(
    '/api/me/sessions/:id',
    { config: signedIn, schema: { tags: ['account'], summary: 'End one of my sessions', params: Type.Object({ id: Type.String({ minLength: 1, maxLength: 64 }) }), response: { 204: NoContent } } },
    async (request, reply) => {
      const auth = authOf(request);
      if (!(await endOwnSession(ctx, auth.user, request.params.id, clientOf(request)))) throw new PublicError('not_found');
      return reply.code(204).send(null);
    },
  );

  api.delete(
    '/api/me/sessions',
    { config: signedIn, schema: { tags: ['account'], summary: 'End all my other sessions', response: withErrors({ 200: Type.Object({ ended: Type.Integer() }) }) } },
    async (request) => {
      const auth = authOf(request);
      return { ended: await endOtherOwnSessions(ctx, auth.user, auth.kind === 'session' ? auth.session.id : null, clientOf(request)) };
    },
  );
}
