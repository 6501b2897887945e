import type { Kysely } from 'kysely';

// Operations (docs/operations.md): each running `gatehouse serve` keeps a row here, refreshed every
// few seconds and deleted when it stops, so host commands that must not run beside a server (a
// key rotation) can tell whether one uses this database.
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('server_instances')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('hostname', 'text', (c) => c.notNull())
    .addColumn('pid', 'integer', (c) => c.notNull())
    // The public fingerprint of the server key the instance holds in memory (never the key).
    .addColumn('key_id', 'text', (c) => c.notNull())
    .addColumn('started_at', 'bigint', (c) => c.notNull())
    .addColumn('seen_at', 'bigint', (c) => c.notNull())
    .execute();
}
