import type { Kysely } from 'kysely';

// API keys (SPEC 2.6): the public id is the primary key, so the hot path is one indexed lookup;
// only SHA-256 of the token is kept (≥ 112 bits of entropy: a fast hash suffices, NIST 800-63B
// §5.1.2.2). Deleting a user deletes their keys.
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('api_keys')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('user_id', 'text', (c) => c.notNull().references('users.id').onDelete('cascade'))
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('token_hash', 'text', (c) => c.notNull())
    .addColumn('created_at', 'bigint', (c) => c.notNull())
    .addColumn('expires_at', 'bigint')
    .addColumn('read_only', 'integer', (c) => c.notNull().defaultTo(0))
    // Written at most once a minute per key (one conditional UPDATE), never on every request.
    .addColumn('last_used_at', 'bigint')
    .addColumn('last_used_address', 'text')
    // Set once by the same UPDATE, so exactly one request can see itself as the first use.
    .addColumn('first_used_at', 'bigint')
    .execute();
  // Names are unique per user; the index also serves "this user's keys".
  await db.schema.createIndex('api_keys_user_name').on('api_keys').columns(['user_id', 'name']).unique().execute();
}
