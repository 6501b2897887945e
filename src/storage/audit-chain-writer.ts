// The one way onto the audit chain (SPEC 2.15). Every writer — a store verb recording its change,
// an event on its own, the checkpoint sealer, retention — runs inside its transaction:
//   1. on PostgreSQL, pg_advisory_xact_lock on the chain (held until commit, so chain order is
//      commit order across every instance); on SQLite the single writer serializes;
//   2. the one-row chain head is read and moved on by one UPDATE … RETURNING (with the lock, on
//      PostgreSQL) — the first write of the step, so on SQLite it takes the writer before any read;
//   3. the event is inserted with its sequence and hashes (with the head's new hash, on
//      PostgreSQL), and a checkpoint signed when one is due.
// Append last in a transaction: the chain lock is then held only for these few statements.
import { type ExpressionBuilder, type Kysely, sql, type Transaction } from 'kysely';
import { chainContentOf, chainHash } from '../core/audit/audit-chain.js';
import { isCheckpointDue, signCheckpoint } from '../core/audit/checkpoint-sealing.js';
import type { Checkpoint } from '../core/audit/checkpoints.js';
import type { AuditChainHead, AuditEntry } from '../core/ports.js';
import type { Dialect } from './database.js';
import type { Database } from './schema.js';

/** Lock ids (7040, n): 1 guards the last admin (users-store.ts), 15 the audit chain. */
const CHAIN_LOCK = sql<void>`pg_advisory_xact_lock(7040, 15)`;

const HEAD_COLUMNS = ['sequence', 'hash', 'checkpoint_number', 'checkpoint_sequence', 'checkpoint_at'] as const;

type HeadRow = { sequence: number; hash: string; checkpoint_number: number; checkpoint_sequence: number; checkpoint_at: number };

export function toChainHead(row: HeadRow): AuditChainHead {
  return {
    sequence: Number(row.sequence),
    hash: row.hash,
    checkpointNumber: Number(row.checkpoint_number),
    checkpointSequence: Number(row.checkpoint_sequence),
    checkpointAt: Number(row.checkpoint_at),
  };
}

/**
 * Takes the chain for this transaction and answers its head. `advance` moves the head's sequence
 * on by one in the same statement (an append); otherwise the head is only locked (seal, prune).
 */
async function takeChain(trx: Transaction<Database>, dialect: Dialect, advance: boolean): Promise<AuditChainHead> {
  const move = (eb: ExpressionBuilder<Database, 'audit_chain_head'>) => (advance ? { sequence: eb('sequence', '+', 1) } : { sequence: eb.ref('sequence') });
  // PostgreSQL: the lock in the same statement (one round trip); the row lock that the UPDATE then
  // takes re-reads the head as the previous holder committed it.
  const row =
    dialect === 'postgres'
      ? await trx
          .with('chain_lock', (qb) => qb.selectNoFrom(CHAIN_LOCK.as('locked')))
          .updateTable('audit_chain_head')
          .from('chain_lock')
          .set(move)
          .where('id', '=', 1)
          .returning([...HEAD_COLUMNS])
          .executeTakeFirstOrThrow()
      : await trx.updateTable('audit_chain_head').set(move).where('id', '=', 1).returning([...HEAD_COLUMNS]).executeTakeFirstOrThrow();
  return toChainHead(row);
}

/** Appends the entry's event to the chain inside `trx` (see the header). */
export async function appendToAuditChain(trx: Transaction<Database>, dialect: Dialect, entry: AuditEntry): Promise<{ sequence: number; hash: string }> {
  // The RETURNING row has the new sequence and, not yet changed, the previous event's hash.
  const head = await takeChain(trx, dialect, true);
  const { event } = entry;
  const hash = chainHash(head.hash, head.sequence, chainContentOf(event));
  const row = {
    sequence: head.sequence,
    previous_hash: head.hash,
    hash,
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
  };
  const moved = { ...head, hash };
  const checkpoint = entry.checkpoints && isCheckpointDue(entry.checkpoints, moved, event.at) ? signCheckpoint(entry.checkpoints, moved, event.at) : null;
  if (checkpoint) await insertCheckpoint(trx, checkpoint);
  const headNow = { hash, ...(checkpoint && { checkpoint_number: checkpoint.number, checkpoint_sequence: checkpoint.sequence, checkpoint_at: checkpoint.at }) };
  if (dialect === 'postgres') {
    // The insert and the head's new hash in one statement: one round trip less under the lock.
    await trx.with('appended', (qb) => qb.insertInto('audit_events').values(row)).updateTable('audit_chain_head').set(headNow).where('id', '=', 1).execute();
  } else {
    await trx.insertInto('audit_events').values(row).execute();
    await trx.updateTable('audit_chain_head').set(headNow).where('id', '=', 1).execute();
  }
  return { sequence: head.sequence, hash };
}

async function insertCheckpoint(trx: Transaction<Database>, c: Checkpoint): Promise<void> {
  await trx
    .insertInto('audit_checkpoints')
    .values({ number: c.number, origin: c.origin, sequence: c.sequence, hash: c.hash, at: c.at, key_id: c.keyId, signature: c.signature })
    .execute();
}

/** Runs `work` in a transaction that holds the chain (no event appended unless `work` appends). */
export function withAuditChain<T>(db: Kysely<Database>, dialect: Dialect, work: (trx: Transaction<Database>, head: AuditChainHead) => Promise<T>): Promise<T> {
  return db.transaction().execute(async (trx) => work(trx, await takeChain(trx, dialect, false)));
}

/** Under the chain: signs the checkpoint `sign` makes of the head, if any, and records it on the head. */
export function sealCheckpoint(db: Kysely<Database>, dialect: Dialect, sign: (head: AuditChainHead) => Checkpoint | null): Promise<Checkpoint | null> {
  return withAuditChain(db, dialect, async (trx, head) => {
    const checkpoint = sign(head);
    if (!checkpoint) return null;
    await insertCheckpoint(trx, checkpoint);
    await trx
      .updateTable('audit_chain_head')
      .set({ checkpoint_number: checkpoint.number, checkpoint_sequence: checkpoint.sequence, checkpoint_at: checkpoint.at })
      .where('id', '=', 1)
      .execute();
    return checkpoint;
  });
}
