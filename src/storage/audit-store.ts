// The audit log's verbs: append (audit-chain-writer.ts), read in pages or in chain order, the chain
// head and checkpoints, checkpoint sealing and retention.
import { type ExpressionBuilder, type Kysely, type Selectable, type SelectQueryBuilder } from 'kysely';
import { signCheckpoint } from '../core/audit/checkpoint-sealing.js';
import type { Checkpoint } from '../core/audit/checkpoints.js';
import type { AuditEventRecord, AuditFilter, AuditStore } from '../core/ports.js';
import { appendToAuditChain, sealCheckpoint, toChainHead, withAuditChain } from './audit-chain-writer.js';
import { createAuditSinkStore } from './audit-sinks-store.js';
import type { Dialect } from './database.js';
import type { AuditCheckpointsTable, AuditEventsTable, Database } from './schema.js';

export function toAuditEventRecord(row: Selectable<AuditEventsTable>): AuditEventRecord {
  return {
    id: Number(row.id),
    sequence: Number(row.sequence),
    previousHash: row.previous_hash,
    hash: row.hash,
    at: Number(row.at),
    type: row.type,
    outcome: row.outcome as AuditEventRecord['outcome'],
    actorUserId: row.actor_user_id,
    actorUsername: row.actor_username,
    targetUserId: row.target_user_id,
    targetUsername: row.target_username,
    clientAddress: row.client_address,
    userAgent: row.user_agent,
    details: JSON.parse(row.details) as Record<string, unknown>,
  };
}

function toCheckpoint(row: Selectable<AuditCheckpointsTable>): Checkpoint {
  return { number: Number(row.number), origin: row.origin, sequence: Number(row.sequence), hash: row.hash, at: Number(row.at), keyId: row.key_id, signature: row.signature };
}

function filtered<O>(query: SelectQueryBuilder<Database, 'audit_events', O>, { type, userId, username, fromAt, toAt }: AuditFilter) {
  if (type !== undefined) query = query.where('type', '=', type);
  if (userId !== undefined || username !== undefined) {
    query = query.where((eb: ExpressionBuilder<Database, 'audit_events'>) =>
      eb.or([
        ...(userId !== undefined ? [eb('actor_user_id', '=', userId), eb('target_user_id', '=', userId)] : []),
        ...(username !== undefined ? [eb('actor_username', '=', username), eb('target_username', '=', username)] : []),
      ]),
    );
  }
  if (fromAt !== undefined) query = query.where('at', '>=', fromAt);
  if (toAt !== undefined) query = query.where('at', '<', toAt);
  return query;
}

export function createAuditStore(db: Kysely<Database>, dialect: Dialect): AuditStore {
  return {
    appendAuditEvent: (entry) => db.transaction().execute((trx) => appendToAuditChain(trx, dialect, entry)),

    async listAuditEvents({ before, limit, ...filter }) {
      let query = filtered(db.selectFrom('audit_events').selectAll(), filter).orderBy('id', 'desc').limit(limit);
      if (before !== undefined) query = query.where('id', '<', before);
      return (await query.execute()).map(toAuditEventRecord);
    },

    async readAuditChain({ afterSequence, limit, filter }) {
      const query = filtered(db.selectFrom('audit_events').selectAll(), filter ?? {}).where('sequence', '>', afterSequence).orderBy('sequence').limit(limit);
      return (await query.execute()).map(toAuditEventRecord);
    },

    async readAuditChainHead() {
      return toChainHead(await db.selectFrom('audit_chain_head').selectAll().where('id', '=', 1).executeTakeFirstOrThrow());
    },

    async listAuditCheckpoints({ afterNumber, minSequence, maxSequence, limit } = {}) {
      let query = db.selectFrom('audit_checkpoints').selectAll().orderBy('number');
      if (afterNumber !== undefined) query = query.where('number', '>', afterNumber);
      if (minSequence !== undefined) query = query.where('sequence', '>=', minSequence);
      if (maxSequence !== undefined) query = query.where('sequence', '<=', maxSequence);
      if (limit !== undefined) query = query.limit(limit);
      return (await query.execute()).map(toCheckpoint);
    },

    // Only over events not yet covered: two instances sealing at once sign one checkpoint.
    sealAuditCheckpoint: (policy, at, isDue) => sealCheckpoint(db, dialect, (head) => (head.sequence > head.checkpointSequence && isDue(head) ? signCheckpoint(policy, head, at) : null)),

    pruneAuditEvents: ({ signedBefore, notPastSequence }, audit) =>
      withAuditChain(db, dialect, async (trx) => {
        const cut = await trx
          .selectFrom('audit_checkpoints')
          .selectAll()
          .where('at', '<', signedBefore)
          .where('sequence', '<=', notPastSequence)
          .orderBy('number', 'desc')
          .limit(1)
          .executeTakeFirst();
        if (!cut) return null;
        const through = Number(cut.sequence);
        const gone = await trx.deleteFrom('audit_events').where('sequence', '<=', through).executeTakeFirst();
        const deleted = Number(gone.numDeletedRows);
        if (deleted === 0) return null;
        // The cut checkpoint stays: its hash is the previous hash of the first event kept.
        await trx.deleteFrom('audit_checkpoints').where('number', '<', Number(cut.number)).execute();
        const entry = audit({ throughSequence: through, checkpointNumber: Number(cut.number), deleted });
        if (entry) await appendToAuditChain(trx, dialect, entry);
        return { throughSequence: through, deleted };
      }),

    ...createAuditSinkStore(db),
  };
}
