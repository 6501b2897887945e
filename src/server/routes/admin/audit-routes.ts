// GET /api/audit-events: the audit log, newest first, paged with `before`, filtered by type and user.
// GET /api/audit-events/types: the event types it records, so the console's filter need not copy them.
import { Type } from '@sinclair/typebox';
import type { FastifyInstance } from 'fastify';
import { AUDIT_EVENT_TYPES } from '../../../core/audit/audit-log.js';
import type { CoreContext } from '../../../core/context.js';
import { PublicError } from '../../../core/errors.js';
import { typed } from '../../type-provider.js';
import { Timestamp, withErrors } from '../../schemas.js';

const AuditEventView = Type.Object({
  id: Type.Integer(),
  sequence: Type.Integer({ description: 'its place in the hash chain' }),
  hash: Type.String({ description: 'SHA-256 chain hash, hex' }),
  at: Timestamp,
  type: Type.String(),
  outcome: Type.String(),
  actor: Type.Union([Type.Object({ id: Type.Union([Type.String(), Type.Null()]), username: Type.Union([Type.String(), Type.Null()]) }), Type.Null()]),
  target: Type.Union([Type.Object({ id: Type.Union([Type.String(), Type.Null()]), username: Type.Union([Type.String(), Type.Null()]) }), Type.Null()]),
  client_address: Type.Union([Type.String(), Type.Null()]),
  user_agent: Type.Union([Type.String(), Type.Null()]),
  details: Type.Record(Type.String(), Type.Unknown()),
});

const Digits = Type.String({ pattern: '^[0-9]{1,15}$' });

export async function auditRoutes(app: FastifyInstance, { ctx }: { ctx: CoreContext }): Promise<void> {
  typed(app).get(
    '/api/audit-events',
    {
      config: { auth: 'admin' },
      schema: {
        tags: ['audit'],
        summary: 'The audit log, newest first',
        querystring: Type.Object(
          {
            type: Type.Optional(Type.String({ maxLength: 64 })),
            user: Type.Optional(Type.String({ maxLength: 256, description: 'user id or username (actor or target)' })),
            before: Type.Optional(Digits),
            limit: Type.Optional(Digits),
          },
          { additionalProperties: false },
        ),
        response: withErrors({ 200: Type.Object({ events: Type.Array(AuditEventView), next_before: Type.Union([Type.Integer(), Type.Null()]) }) }),
      },
    },
    async (request) => {
      const { type, user, before, limit } = request.query;
      const pageSize = limit === undefined ? 50 : Number(limit);
      if (pageSize < 1 || pageSize > 500) throw new PublicError('invalid_request', { message: 'limit must be from 1 to 500.' });
      // `user` is an id or a username; a deleted user's name still finds their events.
      const found = user ? ((await ctx.store.findUserById(user)) ?? (await ctx.store.findUserByUsername(user))) : null;
      const events = await ctx.store.listAuditEvents({
        type: type || undefined,
        userId: user ? (found?.id ?? user) : undefined,
        username: user ? (found?.username ?? user) : undefined,
        before: before === undefined ? undefined : Number(before),
        limit: pageSize,
      });
      return {
        events: events.map((e) => ({
          id: e.id,
          sequence: e.sequence,
          hash: e.hash,
          at: new Date(e.at).toISOString(),
          type: e.type,
          outcome: e.outcome,
          actor: e.actorUserId || e.actorUsername ? { id: e.actorUserId, username: e.actorUsername } : null,
          target: e.targetUserId || e.targetUsername ? { id: e.targetUserId, username: e.targetUsername } : null,
          client_address: e.clientAddress,
          user_agent: e.userAgent,
          details: e.details,
        })),
        next_before: events.length === pageSize ? events[events.length - 1]!.id : null,
      };
    },
  );

  typed(app).get(
    '/api/audit-events/types',
    {
      config: { auth: 'admin' },
      schema: {
        tags: ['audit'],
        summary: 'The event types the audit log records, in catalogue order',
        response: withErrors({ 200: Type.Object({ types: Type.Array(Type.String()) }) }),
      },
    },
    async () => ({ types: [...AUDIT_EVENT_TYPES] }),
  );
}
