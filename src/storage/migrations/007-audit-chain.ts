import { type Kysely, sql } from 'kysely';
import { chainContentOf, chainHash, GENESIS_HASH, storableDetails, wellFormed } from '../../core/audit/audit-chain.js';
import type { NewAuditEvent } from '../../core/ports.js';

// The tamper-evident audit chain (SPEC 2.15): a sequence number and hashes on every event (the
// events already stored are chained here, oldest first), the one-row chain head that every writer
// updates under the chain lock, signed checkpoints, and the delivery cursors of the streams.
export async function up(db: Kysely<unknown>): Promise<void> {
  // One column per statement: SQLite's ALTER TABLE adds one at a time.
  await db.schema.alterTable('audit_events').addColumn('sequence', 'bigint', (c) => c.notNull().defaultTo(0)).execute();
  await db.schema.alterTable('audit_events').addColumn('previous_hash', 'text', (c) => c.notNull().defaultTo('')).execute();
  await db.schema.alterTable('audit_events').addColumn('hash', 'text', (c) => c.notNull().defaultTo('')).execute();

  const head = await chainStoredEvents(db);
  await db.schema.createIndex('audit_events_sequence').on('audit_events').column('sequence').unique().execute();
  await db.schema.createIndex('audit_events_at').on('audit_events').columns(['at', 'sequence']).execute();

  await db.schema
    .createTable('audit_chain_head')
    .addColumn('id', 'integer', (c) => c.primaryKey())
    .addColumn('sequence', 'bigint', (c) => c.notNull())
    .addColumn('hash', 'text', (c) => c.notNull())
    .addColumn('checkpoint_number', 'integer', (c) => c.notNull())
    .addColumn('checkpoint_sequence', 'bigint', (c) => c.notNull())
    .addColumn('checkpoint_at', 'bigint', (c) => c.notNull())
    .execute();
  await sql`insert into audit_chain_head (id, sequence, hash, checkpoint_number, checkpoint_sequence, checkpoint_at) values (1, ${head.sequence}, ${head.hash}, 0, 0, 0)`.execute(db);

  await db.schema
    .createTable('audit_checkpoints')
    .addColumn('number', 'integer', (c) => c.primaryKey())
    .addColumn('origin', 'text', (c) => c.notNull())
    .addColumn('sequence', 'bigint', (c) => c.notNull())
    .addColumn('hash', 'text', (c) => c.notNull())
    .addColumn('at', 'bigint', (c) => c.notNull())
    .addColumn('key_id', 'text', (c) => c.notNull())
    // Ed25519 over the checkpoint's note (src/core/audit/checkpoints.ts), Base64.
    .addColumn('signature', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('audit_checkpoints_sequence').on('audit_checkpoints').column('sequence').execute();

  await db.schema
    .createTable('audit_sinks')
    .addColumn('name', 'text', (c) => c.primaryKey())
    .addColumn('sequence', 'bigint', (c) => c.notNull())
    .addColumn('checkpoint_number', 'integer', (c) => c.notNull())
    // One shipper per sink across instances: a lease, renewed on every round.
    .addColumn('leased_by', 'text')
    .addColumn('lease_until', 'bigint', (c) => c.notNull())
    .addColumn('updated_at', 'bigint', (c) => c.notNull())
    .execute();
}

interface StoredRow {
  id: number | string;
  at: number | string;
  type: string;
  outcome: NewAuditEvent['outcome'];
  actor_user_id: string | null;
  actor_username: string | null;
  target_user_id: string | null;
  target_username: string | null;
  client_address: string | null;
  user_agent: string | null;
  details: string;
}

/** Chains the events stored before this release in the order they were written; answers the head. */
async function chainStoredEvents(db: Kysely<unknown>): Promise<{ sequence: number; hash: string }> {
  let sequence = 0;
  let hash = GENESIS_HASH;
  let afterId = 0;
  for (;;) {
    const { rows } = await sql<StoredRow>`select * from audit_events where id > ${afterId} order by id limit 1000`.execute(db);
    if (rows.length === 0) return { sequence, hash };
    for (const row of rows) {
      const details = storableDetails(JSON.parse(row.details) as Record<string, unknown>);
      const event: NewAuditEvent = {
        at: Number(row.at),
        type: row.type,
        outcome: row.outcome,
        actorUserId: row.actor_user_id,
        actorUsername: wellFormed(row.actor_username),
        targetUserId: row.target_user_id,
        targetUsername: wellFormed(row.target_username),
        clientAddress: wellFormed(row.client_address),
        userAgent: wellFormed(row.user_agent),
        details,
      };
      sequence++;
      const previous = hash;
      hash = chainHash(previous, sequence, chainContentOf(event));
      await sql`update audit_events set sequence = ${sequence}, previous_hash = ${previous}, hash = ${hash},
        actor_username = ${event.actorUsername}, target_username = ${event.targetUsername}, client_address = ${event.clientAddress},
        user_agent = ${event.userAgent}, details = ${JSON.stringify(details)} where id = ${row.id}`.execute(db);
      afterId = Number(row.id);
    }
  }
}
