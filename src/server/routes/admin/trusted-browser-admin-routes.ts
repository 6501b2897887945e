// Administrators see a user's trusted browsers and forget them all (SPEC §2.14): the user is then
// asked for a code at their next sign-in in every browser.
import { Type } from '@sinclair/typebox';
import type { FastifyInstance } from 'fastify';
import type { CoreContext } from '../../../core/context.js';
import { PublicError } from '../../../core/errors.js';
import { describeTrustedBrowser } from '../../../core/trusted-browsers/trusted-browser.js';
import { revokeTrust } from '../../../core/trusted-browsers/trusted-browsers.js';
import { authOf, clientOf } from '../../auth/request-auth.js';
import { IdParams, withErrors } from '../../schemas.js';
import { typed } from '../../type-provider.js';
import { TrustedBrowserList } from '../account/trusted-browser-routes.js';

export async function trustedBrowserAdminRoutes(app: FastifyInstance, { ctx }: { ctx: CoreContext }): Promise<void> {
  const api = typed(app);
  const tags = ['users'];

  api.get(
    '/api/users/:id/trusted-browsers',
    { config: { auth: 'admin' }, schema: { tags, summary: "A user's trusted browsers", params: IdParams, response: withErrors({ 200: TrustedBrowserList }) } },
    async (request) => {
      const user = await ctx.store.findUserById(request.params.id);
      if (!user) throw new PublicError('not_found');
      const now = ctx.clock.now();
      return { trusted_browsers: (await ctx.store.listTrustedBrowsers(user.id)).filter((t) => t.expiresAt > now).map((t) => describeTrustedBrowser(t, null)) };
    },
  );

  api.delete(
    '/api/users/:id/trusted-browsers',
    {
      config: { auth: 'admin' },
      schema: { tags, summary: "Forget all of a user's trusted browsers: they are asked for a code at their next sign-in", params: IdParams, response: withErrors({ 200: Type.Object({ forgotten: Type.Integer() }) }) },
    },
    async (request) => {
      const user = await ctx.store.findUserById(request.params.id);
      if (!user) throw new PublicError('not_found');
      return { forgotten: await revokeTrust(ctx, { user: authOf(request).user, client: clientOf(request) }, user, {}, 'forgotten_by_admin') };
    },
  );
}
