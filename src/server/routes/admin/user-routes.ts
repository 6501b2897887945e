// Administrators manage users (SPEC 2.1, 3.1): /api/users and its sub-resources.
import { Type } from '@sinclair/typebox';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { CoreContext } from '../../../core/context.js';
import { PublicError } from '../../../core/errors.js';
import { addUser, changeUser, deleteUser, endSessionsOfUser, resetUserPassword, unlockUserByAdmin } from '../../../core/users/user-administration.js';
import { describeUser } from '../../../core/users/user.js';
import { resetUserMfa } from '../../../core/mfa/mfa-reset.js';
import { typed } from '../../type-provider.js';
import { throwFor } from '../../failures.js';
import { describeAuthenticator } from '../../../core/authenticators/authenticator.js';
import { removeUserAuthenticator } from '../../../core/authenticators/removal.js';
import { authOf, clientOf } from '../../auth/request-auth.js';
import { AuthenticatorView, Email, IdParams, NoContent, PasswordInput, Role, UserView, Username, withErrors } from '../../schemas.js';

export async function userRoutes(app: FastifyInstance, { ctx }: { ctx: CoreContext }): Promise<void> {
  const api = typed(app);
  const admin = { auth: 'admin' } as const;
  // SPEC 2.11: API keys cannot create credentials. Adding a user (with a password that can mint
  // keys), resetting a password or MFA need a console session (or an admin's Basic password, which
  // an admin with MFA cannot use on the API anyway).
  const grantsCredentials = { auth: 'admin', refuseApiKey: true } as const;
  const tags = ['users'];
  const actorOf = (request: FastifyRequest) => ({ user: authOf(request).user, client: clientOf(request) });

  api.get(
    '/api/users',
    {
      config: admin,
      schema: {
        tags,
        summary: 'All users, or the one with a given username',
        querystring: Type.Object({ username: Type.Optional(Type.String({ minLength: 1, maxLength: 256, description: 'the user of this name (compared without regard to case), or none' })) }, { additionalProperties: false }),
        response: withErrors({ 200: Type.Object({ users: Type.Array(UserView) }) }),
      },
    },
    async (request) => {
      const { username } = request.query;
      if (username === undefined) return { users: (await ctx.store.listUsers()).map(describeUser) };
      const user = await ctx.store.findUserByUsername(username);
      return { users: user ? [describeUser(user)] : [] };
    },
  );

  api.post(
    '/api/users',
    {
      config: { ...grantsCredentials, errors: ['username_taken', 'weak_password'] },
      schema: {
        tags,
        summary: 'Add a user',
        description: 'The user must choose a new password at first sign-in unless must_change_password is false.',
        body: Type.Object(
          {
            username: Username,
            password: PasswordInput,
            role: Role,
            email: Type.Optional(Type.Union([Email, Type.Null()])),
            must_change_password: Type.Optional(Type.Boolean({ default: true, description: 'ask for a new password at first sign-in (default true)' })),
          },
          { additionalProperties: false },
        ),
        response: withErrors({ 201: UserView }),
      },
    },
    async (request, reply) => {
      const { must_change_password, ...input } = request.body;
      const result = await addUser(ctx, actorOf(request), { ...input, mustChangePassword: must_change_password ?? true });
      if (!result.ok) throwFor(ctx, result);
      return reply.code(201).send(describeUser(result.user));
    },
  );

  api.get('/api/users/:id', { config: admin, schema: { tags, summary: 'One user', params: IdParams, response: withErrors({ 200: UserView }) } }, async (request) => {
    const user = await ctx.store.findUserById(request.params.id);
    if (!user) throw new PublicError('not_found');
    return describeUser(user);
  });

  api.patch(
    '/api/users/:id',
    {
      config: { ...admin, errors: ['last_admin', 'cannot_change_self', 'api_key_not_allowed'] },
      schema: {
        tags,
        summary: 'Change role, e-mail, or disable / enable',
        params: IdParams,
        body: Type.Object({ role: Type.Optional(Role), email: Type.Optional(Type.Union([Email, Type.Null()])), disabled: Type.Optional(Type.Boolean()) }, { additionalProperties: false, minProperties: 1 }),
        response: withErrors({ 200: UserView }),
      },
    },
    async (request) => {
      // A key may take access away (disable), not grant it: a role, an e-mail address (where
      // e-mail codes go) and enabling a user need a console session.
      const { role, email, disabled } = request.body;
      if (authOf(request).kind === 'api_key' && (role !== undefined || email !== undefined || disabled === false)) {
        throw new PublicError('api_key_not_allowed', { message: 'API keys may disable users but not change a role or an e-mail address or enable a user. Sign in to do this.' });
      }
      const result = await changeUser(ctx, actorOf(request), request.params.id, request.body);
      if (!result.ok) throwFor(ctx, result);
      return describeUser(result.user);
    },
  );

  api.delete('/api/users/:id', { config: { ...admin, errors: ['last_admin', 'cannot_change_self'] }, schema: { tags, summary: 'Delete a user', params: IdParams, response: { 204: NoContent } } }, async (request, reply) => {
    const result = await deleteUser(ctx, actorOf(request), request.params.id);
    if (!result.ok) throwFor(ctx, result);
    return reply.code(204).send(null);
  });

  api.post(
    '/api/users/:id/password',
    {
      config: { ...grantsCredentials, errors: ['weak_password', 'cannot_change_self'] },
      schema: {
        tags,
        summary: 'Reset the password; the user must change it at next sign-in and their sessions end',
        params: IdParams,
        body: Type.Object({ password: PasswordInput }, { additionalProperties: false }),
        response: withErrors({ 200: UserView }),
      },
    },
    async (request) => {
      const result = await resetUserPassword(ctx, actorOf(request), request.params.id, request.body.password);
      if (!result.ok) throwFor(ctx, result);
      return describeUser(result.user);
    },
  );

  api.post(
    '/api/users/:id/mfa/reset',
    {
      config: { ...grantsCredentials, errors: ['cannot_change_self'] },
      schema: { tags, summary: "Remove a user's MFA: they enroll again when next required; their sessions end; they are e-mailed", params: IdParams, response: withErrors({ 200: UserView }) },
    },
    async (request) => {
      const result = await resetUserMfa(ctx, actorOf(request), request.params.id);
      if (!result.ok) throwFor(ctx, result);
      return describeUser(result.user);
    },
  );

  api.post('/api/users/:id/unlock', { config: admin, schema: { tags, summary: 'Clear throttling and lockout', params: IdParams, response: { 204: NoContent } } }, async (request, reply) => {
    const result = await unlockUserByAdmin(ctx, actorOf(request), request.params.id);
    if (!result.ok) throwFor(ctx, result);
    return reply.code(204).send(null);
  });

  api.delete(
    '/api/users/:id/sessions',
    {
      config: admin,
      schema: { tags, summary: "Sign a user out everywhere: end all of their sessions and forget all of their trusted browsers", params: IdParams, response: withErrors({ 200: Type.Object({ ended: Type.Integer() }) }) },
    },
    async (request) => {
      const result = await endSessionsOfUser(ctx, actorOf(request), request.params.id);
      if (!result.ok) throwFor(ctx, result);
      return { ended: result.ended };
    },
  );

  api.get(
    '/api/users/:id/authenticators',
    { config: admin, schema: { tags, summary: "A user's authenticators", params: IdParams, response: withErrors({ 200: Type.Object({ authenticators: Type.Array(AuthenticatorView) }) }) } },
    async (request) => {
      const user = await ctx.store.findUserById(request.params.id);
      if (!user) throw new PublicError('not_found');
      return { authenticators: (await ctx.store.listAuthenticators(user.id)).map(describeAuthenticator) };
    },
  );

  api.delete(
    '/api/users/:id/authenticators/:authenticator_id',
    {
      config: { ...admin, refuseApiKey: true, errors: ['cannot_change_self'] },
      schema: {
        tags,
        summary: "Remove one of a user's authenticators: their sessions end and they are e-mailed (POST …/mfa/reset removes all)",
        params: Type.Object({ id: Type.String({ minLength: 1, maxLength: 64 }), authenticator_id: Type.String({ minLength: 1, maxLength: 64 }) }),
        response: withErrors({ 200: UserView }),
      },
    },
    async (request) => {
      const result = await removeUserAuthenticator(ctx, { user: authOf(request).user, client: clientOf(request) }, request.params.id, request.params.authenticator_id);
      if (!result.ok) throwFor(ctx, result);
      return describeUser(result.user);
    },
  );
}
