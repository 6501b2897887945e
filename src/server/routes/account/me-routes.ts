// The signed-in user's own account: GET /api/me, PUT /api/me/password, sessions.
import { Type } from '@sinclair/typebox';
import type { FastifyInstance } from 'fastify';
import type { CoreContext } from '../../../core/context.js';
import { PublicError } from '../../../core/errors.js';
import { describeSession, issueSession } from '../../../core/sessions/sessions.js';
import { endOtherOwnSessions, endOwnSession } from '../../../core/sessions/own-sessions.js';
import { changeOwnEmail, codesGoToAccountEmail } from '../../../core/users/own-email.js';
import { throwFor } from '../../failures.js';
import { changeOwnPassword } from '../../../core/users/own-password.js';
import { describeUser } from '../../../core/users/user.js';
import { typed } from '../../type-provider.js';
import { clearCookie, setCookie } from '../../auth/cookies.js';
import { noteSignedInBrowser } from '../../auth/browser-cookies.js';
import { authOf, clientOf, keepAliveOf } from '../../auth/request-auth.js';
import { StepUpFields, Email, NoContent, PasswordInput, SessionView, UserView, withErrors } from '../../schemas.js';
import { requireFreshAuthentication, requireStepUpToBind } from '../../auth/fresh-authentication.js';
import { optionalStepUpOf } from '../../auth/step-up-input.js';
import { continueSignInAfterPasswordChange } from '../../../core/sign-in/password-change-step.js';

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
        summary: 'Change my e-mail address; my other sessions end and the old address is told',
        description:
          'Needs a sign-in within 10 minutes, or `password`. When my one-time passwords go to this address, `password` and a current `code` ' +
          '(ask for one with POST /api/me/mfa/email-code, or a recovery code, or a security key\'s `webauthn_response`), always.',
        body: Type.Object(
          { email: Type.Union([Email, Type.Null()]), ...StepUpFields, password: Type.Optional(PasswordInput) },
          { additionalProperties: false },
        ),
        response: withErrors({ 200: UserView }),
      },
    },
    async (request) => {
      const auth = authOf(request);
      const client = clientOf(request);
      // Where one-time passwords go is a way past the second factor: re-binding it needs the step-up.
      const { email, password } = request.body;
      if (codesGoToAccountEmail(auth.user)) await requireStepUpToBind(ctx, auth, optionalStepUpOf(auth, request.body), client);
      else await requireFreshAuthentication(ctx, auth, password);
      const result = await changeOwnEmail(ctx, auth.user, email, keepAliveOf(auth), client);
      if (!result.ok) throwFor(ctx, result);
      return describeUser(result.user);
    },
  );

  api.put(
    '/api/me/password',
    {
      config: { ...signedIn, signInFlowStates: ['awaiting_password_change'], allowPendingPasswordChange: true, refuseApiKey: true, errors: ['weak_password'] },
      schema: {
        tags: ['account'],
        summary: 'Change my password; my other sessions and sign-ins in progress end',
        description:
          'With a session, or inside a sign-in that must change a reset password (state awaiting_password_change, with the sign-in cookie): ' +
          'then `state` says what comes next, awaiting_enrollment or authenticated (the session cookie is set).',
        body: Type.Object({ current_password: PasswordInput, new_password: PasswordInput }, { additionalProperties: false }),
        response: withErrors({ 200: Type.Object({ user: UserView, ended_sessions: Type.Integer(), state: Type.Optional(Type.Union([Type.Literal('awaiting_enrollment'), Type.Literal('authenticated')])) }) }),
      },
    },
    async (request, reply) => {
      const auth = authOf(request);
      const client = clientOf(request);
      const result = await changeOwnPassword(ctx, {
        user: auth.user,
        keep: keepAliveOf(auth),
        currentPassword: request.body.current_password,
        newPassword: request.body.new_password,
        client,
      });
      if (!result.ok) throwFor(ctx, result);
      const ended = result.endedSessions;
      if (auth.kind === 'session') {
        // A credential change is a privilege change: the session gets a new id (ASVS V7.2.4).
        const renewed = await issueSession(ctx, result.user, { aal: auth.session.aal, authenticatedAt: ctx.clock.now(), client, expiresAt: auth.session.expiresAt });
        await ctx.store.endSession(auth.user.id, auth.session.id);
        setCookie(request, reply, 'session', renewed.token);
      }
      if (auth.kind === 'sign_in_flow') {
        const next = await continueSignInAfterPasswordChange(ctx, auth.flow, result.user, client);
        if (!next.ok) throwFor(ctx, next);
        if (next.state === 'authenticated') {
          clearCookie(request, reply, 'sign_in');
          setCookie(request, reply, 'session', next.issued.token);
          await noteSignedInBrowser(ctx, request, reply, result.user);
        }
        return { user: describeUser(result.user), ended_sessions: ended, state: next.state };
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
    {
      config: signedIn,
      schema: { tags: ['account'], summary: 'Sign out everywhere else: end all my other sessions and forget all my trusted browsers (this one too)', response: withErrors({ 200: Type.Object({ ended: Type.Integer() }) }) },
    },
    async (request) => {
      const auth = authOf(request);
      return { ended: await endOtherOwnSessions(ctx, auth.user, auth.kind === 'session' ? auth.session.id : null, clientOf(request)) };
    },
  );
}
