// Delivery cursors of the audit streams (SPEC 2.15): per sink, the last event and checkpoint
// delivered, and a lease so that one instance at a time ships to a sink shared by all.
import type { Kysely, Selectable } from 'kysely';
import type { AuditSinkCursor, AuditStore } from '../core/ports.js';
import type { AuditSinksTable, Database } from './schema.js';

const toCursor = (row: Selectable<AuditSinksTable>): AuditSinkCursor => ({
  name: row.name,
  sequence: Number(row.sequence),
  checkpointNumber: Number(row.checkpoint_number),
  updatedAt: Number(row.updated_at),
});

export function createAuditSinkStore(db: Kysely<Database>): Pick<AuditStore, 'claimAuditSink' | 'advanceAuditSink' | 'listAuditSinks'> {
  return {
    async claimAuditSink(name, holder, now, leaseInMilliseconds) {
      // A new sink starts before the first event kept.
      await db
        .insertInto('audit_sinks')
        .values({ name, sequence: 0, checkpoint_number: 0, leased_by: null, lease_until: 0, updated_at: now })
        .onConflict((oc) => oc.column('name').doNothing())
        .execute();
      // One conditional statement: of instances racing for an expired lease, one gets it.
      const row = await db
        .updateTable('audit_sinks')
        .set({ leased_by: holder, lease_until: now + leaseInMilliseconds })
        .where('name', '=', name)
        .where((eb) => eb.or([eb('leased_by', '=', holder), eb('leased_by', 'is', null), eb('lease_until', '<', now)]))
        .returningAll()
        .executeTakeFirst();
      return row ? toCursor(row) : null;
    },

    async advanceAuditSink(name, holder, to, now) {
      const result = await db
        .updateTable('audit_sinks')
        .set({ sequence: to.sequence, checkpoint_number: to.checkpointNumber, updated_at: now })
        .where('name', '=', name)
        .where('leased_by', '=', holder)
        .where('sequence', '<=', to.sequence)
        .executeTakeFirst();
      return Number(result.numUpdatedRows) === 1;
    },

    async listAuditSinks() {
      return (await db.selectFrom('audit_sinks').selectAll().orderBy('name').execute()).map(toCursor);
    },
  };
}
