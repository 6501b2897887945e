// My API keys (SPEC 2.6): list, create (the token is shown once), revoke. Keys are managed with a
// console session or Basic username:password, never with an API key, so a stolen key cannot mint
// more; creating one binds a new credential and needs a recent sign-in or the password (KEY-4).
import { Type } from '@sinclair/typebox';
import type { FastifyInstance } from 'fastify';
import { createApiKey, describeApiKey, revokeApiKey } from '../../../core/api-keys/api-keys.js';
import type { CoreContext } from '../../../core/context.js';
import { FRESH_SIGN_IN_WINDOW } from '../../../core/enrollment/enrollment.js';
import { PublicError } from '../../../core/errors.js';
import { verifyUserPassword } from '../../../core/sign-in/password-verification.js';
import { authOf, clientOf, type RequestAuth } from '../../auth/request-auth.js';
import { ApiKeyParams, ApiKeyView, NoContent, PasswordInput, Timestamp, withErrors } from '../../schemas.js';
import { typed } from '../../type-provider.js';
import { throwFor } from '../../failures.js';

const CreateApiKeyBody = Type.Object(
  {
    name: Type.String({ minLength: 1, maxLength: 256, description: '1 to 64 characters after trimming; unique among my keys' }),
    expires_at: Type.Optional(Type.Union([Timestamp, Type.Null()], { description: 'in the future; required when the administrator caps key lifetime' })),
    read_only: Type.Optional(Type.Boolean({ description: 'GET and HEAD only' })),
    password: Type.Optional(PasswordInput),
  },
  { additionalProperties: false },
);

const CreatedApiKey = Type.Object({
  api_key: Type.String(),
  api_token: Type.String({ description: 'the secret: shown this once, never again' }),
  name: Type.String(),
  created_at: Timestamp,
  expires_at: Type.Union([Timestamp, Type.Null()]),
  read_only: Type.Boolean(),
});

/** A session older than the fresh sign-in window must confirm the password (ASVS 5.0 V7.5.1). */
async function requireFreshAuthentication(ctx: CoreContext, auth: RequestAuth, password: string | undefined): Promise<void> {
  if (auth.kind === 'password') return; // the password came with this very request
  if (auth.kind === 'session' && ctx.clock.now() - auth.session.authenticatedAt <= FRESH_SIGN_IN_WINDOW) return;
  if (auth.kind !== 'session') throw new PublicError('api_key_not_allowed');
  if (password === undefined) throw new PublicError('reauthentication_required');
  const checked = await verifyUserPassword(ctx, auth.user.username, password);
  if (checked.ok) return;
  if (checked.reason === 'throttled') throw new PublicError('too_many_requests', { retryAfterInSeconds: checked.retryAfterInSeconds });
  throw new PublicError(checked.reason === 'locked' ? 'factor_locked' : 'invalid_credentials');
}

export async function apiKeyRoutes(app: FastifyInstance, { ctx }: { ctx: CoreContext }): Promise<void> {
  const api = typed(app);
  const tags = ['api keys'];
  const manage = { auth: 'signed_in', refuseApiKey: true } as const;

  api.get(
    '/api/me/api-keys',
    { config: { auth: 'signed_in' }, schema: { tags, summary: 'My API keys', response: withErrors({ 200: Type.Object({ api_keys: Type.Array(ApiKeyView) }) }) } },
    async (request) => ({
      api_keys: (await ctx.store.listApiKeys({ userId: authOf(request).user.id })).map(({ apiKey }) => describeApiKey(apiKey)),
    }),
  );

  api.post(
    '/api/me/api-keys',
    {
      config: { ...manage, errors: ['api_key_name_taken', 'api_key_lifetime_exceeded', 'reauthentication_required'] },
      schema: {
        tags,
        summary: 'Create an API key: the API token is in this answer only',
        description: 'A session that signed in more than 10 minutes ago must send `password` (else 403 reauthentication_required).',
        body: CreateApiKeyBody,
        response: withErrors({ 201: CreatedApiKey }),
      },
    },
    async (request, reply) => {
      const auth = authOf(request);
      const { name, expires_at, read_only, password } = request.body;
      const expiresAt = expires_at == null ? null : Date.parse(expires_at);
      if (expiresAt !== null && !Number.isFinite(expiresAt)) throw new PublicError('invalid_request', { message: 'expires_at must be an RFC 3339 date-time.' });
      await requireFreshAuthentication(ctx, auth, password);
      const result = await createApiKey(ctx, { user: auth.user, name, expiresAt, readOnly: read_only ?? false, client: clientOf(request) });
      if (!result.ok) throwFor(ctx, result);
      const { api_key, name: storedName, created_at, expires_at: expiry, read_only: readOnly } = describeApiKey(result.apiKey);
      return reply.code(201).send({ api_key, api_token: result.token, name: storedName, created_at, expires_at: expiry, read_only: readOnly });
    },
  );

  api.delete(
    '/api/me/api-keys/:api_key',
    { config: manage, schema: { tags, summary: 'Revoke one of my API keys, at once', params: ApiKeyParams, response: { 204: NoContent } } },
    async (request, reply) => {
      const auth = authOf(request);
      const revoked = await revokeApiKey(ctx, { actor: auth.user, keyId: request.params.api_key, anyOwner: false, client: clientOf(request) });
      if (!revoked) throw new PublicError('not_found');
      return reply.code(204).send(null);
    },
  );
}
