import type { Insertable, Kysely } from 'kysely';
import type { AuditEventRecord, AuditStore } from '../core/ports.js';
import { prepareWrite, standIn } from './prepared-query.js';
import type { AuditEventsTable, Database } from './schema.js';

export function createAuditStore(db: Kysely<Database>): AuditStore {
  // Most requests that change something append one: compiled once.
  const insertEvent = prepareWrite<Insertable<AuditEventsTable>>(db, (row) => db.insertInto('audit_events').values(row), {
    at: standIn('number'),
    type: standIn('text'),
    outcome: standIn('text'),
    actor_user_id: standIn('text'),
    actor_username: standIn('text'),
    target_user_id: standIn('text'),
    target_username: standIn('text'),
    client_address: standIn('text'),
    user_agent: standIn('text'),
    details: standIn('text'),
  });
  return {
    async appendAuditEvent(event) {
      await insertEvent({
        at: event.at,
        type: event.type,
        outcome: event.outcome,
        actor_user_id: event.actorUserId,
        actor_username: event.actorUsername,
        target_user_id: event.targetUserId,
        target_username: event.targetUsername,
        client_address: event.clientAddress,
        user_agent: event.userAgent,
        details: JSON.stringify(event.details),
      });
    },

    async listAuditEvents({ type, userId, username, before, limit }) {
      let query = db.selectFrom('audit_events').selectAll().orderBy('id', 'desc').limit(limit);
      if (type !== undefined) query = query.where('type', '=', type);
      if (userId !== undefined || username !== undefined) {
        query = query.where((eb) =>
          eb.or([
            ...(userId !== undefined ? [eb('actor_user_id', '=', userId), eb('target_user_id', '=', userId)] : []),
            ...(username !== undefined ? [eb('actor_username', '=', username), eb('target_username', '=', username)] : []),
          ]),
        );
      }
      if (before !== undefined) query = query.where('id', '<', before);
      const rows = await query.execute();
      return rows.map(
        (row): AuditEventRecord => ({
          id: Number(row.id),
          at: row.at,
          type: row.type,
          outcome: row.outcome as AuditEventRecord['outcome'],
          actorUserId: row.actor_user_id,
          actorUsername: row.actor_username,
          targetUserId: row.target_user_id,
          targetUsername: row.target_username,
          clientAddress: row.client_address,
          userAgent: row.user_agent,
          details: JSON.parse(row.details) as Record<string, unknown>,
        }),
      );
    },
  };
}
