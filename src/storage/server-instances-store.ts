// Heartbeat rows of running servers (core/instances).
import type { Kysely } from 'kysely';
import type { ServerInstanceStore } from '../core/ports.js';
import type { Database } from './schema.js';

export function createServerInstanceStore(db: Kysely<Database>): ServerInstanceStore {
  return {
    async recordServerInstance(instance) {
      const row = {
        id: instance.id,
        hostname: instance.hostname,
        pid: instance.pid,
        key_id: instance.keyId,
        started_at: instance.startedAt,
        seen_at: instance.seenAt,
      };
      await db
        .insertInto('server_instances')
        .values(row)
        .onConflict((oc) => oc.column('id').doUpdateSet({ seen_at: instance.seenAt, key_id: instance.keyId }))
        .execute();
    },

    async removeServerInstance(id) {
      await db.deleteFrom('server_instances').where('id', '=', id).execute();
    },

    async listServerInstances(seenSince) {
      const rows = await db.selectFrom('server_instances').selectAll().where('seen_at', '>=', seenSince).orderBy('started_at').execute();
      return rows.map((row) => ({ id: row.id, hostname: row.hostname, pid: row.pid, keyId: row.key_id, startedAt: row.started_at, seenAt: row.seen_at }));
    },
  };
}
