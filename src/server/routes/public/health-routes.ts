import { Type } from '@sinclair/typebox';
import type { FastifyInstance } from 'fastify';
import type { CoreContext } from '../../../core/context.js';
import { sendError } from '../../error-handling.js';

export async function healthRoutes(app: FastifyInstance, { ctx }: { ctx: CoreContext }): Promise<void> {
  app.get('/healthz', { schema: { tags: ['health'], summary: 'The process is up', response: { 200: Type.Object({ status: Type.Literal('ok') }) } } }, async () => ({ status: 'ok' }));

  app.get('/readyz', { schema: { tags: ['health'], summary: 'Storage answers', response: { 200: Type.Object({ status: Type.Literal('ready') }) } } }, async (request, reply) => {
    try {
      await ctx.store.ping();
      return { status: 'ready' };
    } catch (error) {
      request.log.warn({ err: { message: (error as Error).message } }, 'storage not reachable');
      return sendError(reply, 'service_unavailable');
    }
  });
}
