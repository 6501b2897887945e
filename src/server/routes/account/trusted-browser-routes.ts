// My trusted browsers (SPEC §2.14): the list (browser and system from the user agent, first and last
// use, address), Forget one, Forget all. Forgetting only takes access away: no step-up.
import { Type } from '@sinclair/typebox';
import type { FastifyInstance } from 'fastify';
import type { CoreContext } from '../../../core/context.js';
import { PublicError } from '../../../core/errors.js';
import { describeTrustedBrowser, parseTrustedBrowserToken } from '../../../core/trusted-browsers/trusted-browser.js';
import { revokeTrust } from '../../../core/trusted-browsers/trusted-browsers.js';
import { clearTrustedBrowserToken, readTrustedBrowserToken } from '../../auth/browser-cookies.js';
import { authOf, clientOf } from '../../auth/request-auth.js';
import { NoContent, Timestamp, withErrors } from '../../schemas.js';
import { typed } from '../../type-provider.js';

export const TrustedBrowserView = Type.Object({
  id: Type.String(),
  current: Type.Boolean({ description: 'the browser making this request' }),
  browser: Type.String({ description: 'from the user agent, e.g. "Firefox 146" (or "Unknown browser")' }),
  os: Type.String({ description: 'from the user agent, e.g. "Windows" (or "unknown system")' }),
  user_agent: Type.String(),
  created_at: Timestamp,
  created_address: Type.String({ description: 'the client address when trust was granted' }),
  last_used_at: Type.Union([Timestamp, Type.Null()]),
  last_used_address: Type.Union([Type.String(), Type.Null()]),
  expires_at: Timestamp,
});

export const TrustedBrowserList = Type.Object({ trusted_browsers: Type.Array(TrustedBrowserView) });

export async function trustedBrowserRoutes(app: FastifyInstance, { ctx }: { ctx: CoreContext }): Promise<void> {
  const api = typed(app);
  const tags = ['account'];
  const signedIn = { auth: 'signed_in' } as const;

  api.get(
    '/api/me/trusted-browsers',
    { config: signedIn, schema: { tags, summary: 'Browsers where I sign in with the password alone (SPEC 2.14)', response: withErrors({ 200: TrustedBrowserList }) } },
    async (request) => {
      const { user } = authOf(request);
      const now = ctx.clock.now();
      const currentId = parseTrustedBrowserToken(readTrustedBrowserToken(request, user.id))?.id ?? null;
      const trusted = (await ctx.store.listTrustedBrowsers(user.id)).filter((t) => t.expiresAt > now);
      return { trusted_browsers: trusted.map((t) => describeTrustedBrowser(t, currentId)) };
    },
  );

  api.delete(
    '/api/me/trusted-browsers/:id',
    {
      config: signedIn,
      schema: { tags, summary: 'Forget one of my trusted browsers: it asks for a code again', params: Type.Object({ id: Type.String({ minLength: 1, maxLength: 64 }) }), response: { 204: NoContent } },
    },
    async (request, reply) => {
      const { user } = authOf(request);
      const forgotten = await revokeTrust(ctx, { user, client: clientOf(request) }, user, { id: request.params.id }, 'forgotten');
      if (forgotten === 0) throw new PublicError('not_found', { message: 'There is no trusted browser of yours with this id.' });
      if (parseTrustedBrowserToken(readTrustedBrowserToken(request, user.id))?.id === request.params.id) clearTrustedBrowserToken(request, reply, user.id);
      return reply.code(204).send(null);
    },
  );

  api.delete(
    '/api/me/trusted-browsers',
    { config: signedIn, schema: { tags, summary: 'Forget all my trusted browsers (this one too)', response: withErrors({ 200: Type.Object({ forgotten: Type.Integer() }) }) } },
    async (request, reply) => {
      const { user } = authOf(request);
      const forgotten = await revokeTrust(ctx, { user, client: clientOf(request) }, user, {}, 'forgotten');
      if (readTrustedBrowserToken(request, user.id) !== undefined) clearTrustedBrowserToken(request, reply, user.id);
      return { forgotten };
    },
  );
}
