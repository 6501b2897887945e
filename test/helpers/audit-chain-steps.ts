// Steps for the audit-chain tests: write events through the core, verify, and tamper with the
// database the way an intruder with its credentials would (plain SQL, beside the running app).
import SqliteDatabase from 'better-sqlite3';
import pg from 'pg';
import assert from 'node:assert/strict';
import { chainHash, GENESIS_HASH } from '../../src/core/audit/audit-chain.js';
import type { ExportedCheckpoint, ExportedEvent, ExportRecord } from '../../src/core/audit/audit-export.js';
import { recordAuditEvent } from '../../src/core/audit/audit-log.js';
import { type ChainVerification, verifyAuditChain } from '../../src/core/audit/chain-verification.js';
import { checkpointNote, createCheckpointVerifier } from '../../src/core/audit/checkpoints.js';
import type { CoreContext } from '../../src/core/context.js';
import { dialectOf, sqlitePathOf } from '../../src/storage/database.js';

/** Writes `count` events on their own (user_unlocked, with the number in the details). */
export async function writeAuditEvents(ctx: CoreContext, count: number, from = 1): Promise<void> {
  for (let n = from; n < from + count; n++) {
    await recordAuditEvent(ctx, { type: 'user_unlocked', outcome: 'success', actor: { id: 'tester', username: 'tester' }, client: { address: '192.0.2.99', userAgent: 'audit-test' }, details: { n } });
  }
}

export function verifyChain(ctx: CoreContext): Promise<ChainVerification> {
  return verifyAuditChain(ctx.store, createCheckpointVerifier(ctx.keys.auditSigner.publicKeyPem), { batchSize: 7 });
}

/**
 * Runs statements on a connection of their own, in one transaction. Valid in both dialects;
 * parameters are written `?` and become `$1, $2, …` on PostgreSQL.
 */
export async function tamper(databaseUrl: string, statements: [string, unknown[]?][]): Promise<void> {
  if (dialectOf(databaseUrl) === 'sqlite') {
    const database = new SqliteDatabase(sqlitePathOf(databaseUrl));
    try {
      database.transaction(() => {
        for (const [query, parameters = []] of statements) database.prepare(query).run(...parameters);
      })();
    } finally {
      database.close();
    }
    return;
  }
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    await client.query('begin');
    for (const [query, parameters = []] of statements) {
      let index = 0;
      await client.query(query.replace(/\?/g, () => `$${++index}`), parameters);
    }
    await client.query('commit');
  } finally {
    await client.end();
  }
}

/**
 * Checks a stream as its receiver could, from the records alone and the public key: every event's
 * hash over its content, every link, every checkpoint's signature and hash; repeats allowed only as
 * exact copies. Answers the distinct sequences in order of first arrival and how many repeats came.
 */
export function checkReceivedStream(records: unknown[], publicKeyPem: string): { sequences: number[]; repeats: number; checkpoints: number[] } {
  const verifier = createCheckpointVerifier(publicKeyPem);
  const events = new Map<number, ExportedEvent>();
  const checkpoints = new Map<number, ExportedCheckpoint['checkpoint']>();
  const sequences: number[] = [];
  let repeats = 0;
  for (const record of records as ExportRecord[]) {
    if ('checkpoint' in record) {
      const c = record.checkpoint;
      assert.ok(verifier.verify(checkpointNote({ ...c, at: Date.parse(c.at) }), c.signature), `checkpoint ${c.number} is signed`);
      if (checkpoints.has(c.number)) repeats++;
      checkpoints.set(c.number, c);
      continue;
    }
    assert.equal(chainHash(record.previous_hash, record.sequence, record.event), record.hash, `event ${record.sequence} hashes to its hash`);
    const seen = events.get(record.sequence);
    if (seen) {
      assert.deepEqual(record, seen, `event ${record.sequence} came again only as an exact copy`);
      repeats++;
      continue;
    }
    events.set(record.sequence, record);
    sequences.push(record.sequence);
  }
  for (const sequence of sequences) {
    const previous = events.get(sequence - 1);
    assert.equal(events.get(sequence)!.previous_hash, previous ? previous.hash : sequence === 1 ? GENESIS_HASH : events.get(sequence)!.previous_hash, `event ${sequence} links to ${sequence - 1}`);
  }
  for (const c of checkpoints.values()) if (events.has(c.sequence)) assert.equal(events.get(c.sequence)!.hash, c.hash, `checkpoint ${c.number} signs the chain`);
  return { sequences, repeats, checkpoints: [...checkpoints.keys()].sort((a, b) => a - b) };
}
