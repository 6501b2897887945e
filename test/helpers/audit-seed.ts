// A long audit chain, fast: events written a thousand per statement with their hashes computed
// here, a checkpoint every `everyEvents` signed as Gatehouse signs them, and the head moved on. For
// the tests and the benchmark that need 100,000 events (appending them one by one takes minutes).
import type { Insertable, Kysely } from 'kysely';
import { chainContentOf, chainHash } from '../../src/core/audit/audit-chain.js';
import { signCheckpoint } from '../../src/core/audit/checkpoint-sealing.js';
import type { CheckpointPolicy, NewAuditEvent } from '../../src/core/ports.js';
import { toChainHead } from '../../src/storage/audit-chain-writer.js';
import { openDatabase } from '../../src/storage/database.js';
import { migrateToLatest } from '../../src/storage/migrations/index.js';
import type { AuditCheckpointsTable, AuditEventsTable } from '../../src/storage/schema.js';

export async function seedAuditChain(databaseUrl: string, count: number, policy: CheckpointPolicy, at = Date.UTC(2026, 5, 1)): Promise<void> {
  const { db, dialect, closeReader } = await openDatabase(databaseUrl);
  try {
    await migrateToLatest(db as unknown as Kysely<unknown>, dialect);
    let head = toChainHead(await db.selectFrom('audit_chain_head').selectAll().where('id', '=', 1).executeTakeFirstOrThrow());
    for (let written = 0; written < count; ) {
      const rows: Insertable<AuditEventsTable>[] = [];
      const checkpoints: Insertable<AuditCheckpointsTable>[] = [];
      for (const end = Math.min(count, written + 1000); written < end; written++) {
        const sequence = head.sequence + 1;
        const event: NewAuditEvent = {
          at: at + sequence,
          type: sequence % 3 === 0 ? 'sign_in_failed' : 'sign_in_succeeded',
          outcome: sequence % 3 === 0 ? 'failure' : 'success',
          actorUserId: `user-${sequence % 97}`,
          actorUsername: `user${sequence % 97}`,
          targetUserId: null,
          targetUsername: null,
          clientAddress: `192.0.2.${sequence % 250}`,
          userAgent: 'Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/140.0 Safari/537.36',
          details: { factor: 'password', attempt: sequence % 5 },
        };
        const hash = chainHash(head.hash, sequence, chainContentOf(event));
        rows.push({
          sequence,
          previous_hash: head.hash,
          hash,
          at: event.at,
          type: event.type,
          outcome: event.outcome,
          actor_user_id: event.actorUserId,
          actor_username: event.actorUsername,
          target_user_id: null,
          target_username: null,
          client_address: event.clientAddress,
          user_agent: event.userAgent,
          details: JSON.stringify(event.details),
        });
        head = { ...head, sequence, hash };
        if (sequence - head.checkpointSequence >= policy.everyEvents) {
          const checkpoint = signCheckpoint(policy, head, event.at);
          checkpoints.push({ number: checkpoint.number, origin: checkpoint.origin, sequence, hash, at: checkpoint.at, key_id: checkpoint.keyId, signature: checkpoint.signature });
          head = { ...head, checkpointNumber: checkpoint.number, checkpointSequence: sequence, checkpointAt: checkpoint.at };
        }
      }
      await db.transaction().execute(async (trx) => {
        await trx.insertInto('audit_events').values(rows).execute();
        if (checkpoints.length > 0) await trx.insertInto('audit_checkpoints').values(checkpoints).execute();
        await trx
          .updateTable('audit_chain_head')
          .set({ sequence: head.sequence, hash: head.hash, checkpoint_number: head.checkpointNumber, checkpoint_sequence: head.checkpointSequence, checkpoint_at: head.checkpointAt })
          .where('id', '=', 1)
          .execute();
      });
    }
  } finally {
    await closeReader?.();
    await db.destroy();
  }
}
