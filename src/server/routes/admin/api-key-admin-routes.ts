// Administrators see and revoke everyone's API keys, and cap the lifetime of new ones (SPEC 2.6).
// Revoking and the cap are key management: refused with an API key, like creating one.
import { Type } from '@sinclair/typebox';
import type { FastifyInstance } from 'fastify';
import { changeApiKeyPolicy, describeApiKey, MAX_LIFETIME_DAYS_LIMIT, readApiKeyPolicy, revokeApiKey } from '../../../core/api-keys/api-keys.js';
import type { CoreContext } from '../../../core/context.js';
import { PublicError } from '../../../core/errors.js';
import { authOf, clientOf } from '../../auth/request-auth.js';
import { ApiKeyParams, ApiKeyView, NoContent, withErrors } from '../../schemas.js';
import { typed } from '../../type-provider.js';

const OwnedApiKeyView = Type.Composite([ApiKeyView, Type.Object({ user: Type.Object({ id: Type.String(), username: Type.String() }) })]);

const ApiKeyPolicyView = Type.Object(
  {
    max_lifetime_days: Type.Union([Type.Integer({ minimum: 1, maximum: MAX_LIFETIME_DAYS_LIMIT }), Type.Null()], {
      description: 'new keys must expire within this many days; null: no cap',
    }),
  },
  { additionalProperties: false },
);

export async function apiKeyAdminRoutes(app: FastifyInstance, { ctx }: { ctx: CoreContext }): Promise<void> {
  const api = typed(app);
  const tags = ['api keys'];
  const admin = { auth: 'admin' } as const;
  const manage = { auth: 'admin', refuseApiKey: true } as const;

  api.get(
    '/api/api-keys',
    {
      config: admin,
      schema: {
        tags,
        summary: "Everyone's API keys, newest first",
        querystring: Type.Object({ user: Type.Optional(Type.String({ maxLength: 256, description: 'user id or username' })) }, { additionalProperties: false }),
        response: withErrors({ 200: Type.Object({ api_keys: Type.Array(OwnedApiKeyView) }) }),
      },
    },
    async (request) => {
      const { user } = request.query;
      let userId: string | undefined;
      if (user) {
        const owner = (await ctx.store.findUserById(user)) ?? (await ctx.store.findUserByUsername(user));
        if (!owner) return { api_keys: [] };
        userId = owner.id;
      }
      const keys = await ctx.store.listApiKeys({ userId });
      return { api_keys: keys.map(({ apiKey, owner }) => ({ ...describeApiKey(apiKey), user: { id: owner.id, username: owner.username } })) };
    },
  );

  api.delete(
    '/api/api-keys/:api_key',
    { config: manage, schema: { tags, summary: "Revoke anyone's API key, at once", params: ApiKeyParams, response: { 204: NoContent } } },
    async (request, reply) => {
      const revoked = await revokeApiKey(ctx, { actor: authOf(request).user, keyId: request.params.api_key, anyOwner: true, client: clientOf(request) });
      if (!revoked) throw new PublicError('not_found');
      return reply.code(204).send(null);
    },
  );

  api.get(
    '/api/settings/api-keys',
    { config: admin, schema: { tags, summary: 'The API key policy: a cap on the lifetime of new keys', response: withErrors({ 200: ApiKeyPolicyView }) } },
    async () => ({ max_lifetime_days: (await readApiKeyPolicy(ctx.store)).maxLifetimeDays }),
  );

  api.put(
    '/api/settings/api-keys',
    {
      config: manage,
      schema: { tags, summary: 'Set or remove the cap on the lifetime of new keys (existing keys keep theirs)', body: ApiKeyPolicyView, response: withErrors({ 200: ApiKeyPolicyView }) },
    },
    async (request) => {
      const result = await changeApiKeyPolicy(ctx, authOf(request).user, { maxLifetimeDays: request.body.max_lifetime_days }, clientOf(request));
      if (!result.ok) throw new PublicError('invalid_request', { message: `max_lifetime_days must be from 1 to ${MAX_LIFETIME_DAYS_LIMIT}, or null.` });
      return { max_lifetime_days: result.policy.maxLifetimeDays };
    },
  );
}
