import type { Kysely } from 'kysely';

// One-time e-mail codes (SPEC 2.4): stored as keyed hashes, bound to what they were sent for.
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('email_codes')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('user_id', 'text', (c) => c.notNull().references('users.id').onDelete('cascade'))
    // sign_in (bound to the flow), enrollment (bound to the enrollment), confirmation (bound to the user).
    .addColumn('purpose', 'text', (c) => c.notNull())
    .addColumn('bound_to', 'text', (c) => c.notNull())
    .addColumn('code_hash', 'text', (c) => c.notNull())
    .addColumn('created_at', 'bigint', (c) => c.notNull())
    .addColumn('expires_at', 'bigint', (c) => c.notNull())
    .addColumn('attempts', 'integer', (c) => c.notNull())
    .addColumn('used_at', 'bigint')
    .addColumn('superseded', 'integer', (c) => c.notNull().defaultTo(0))
    .execute();
  await db.schema.createIndex('email_codes_user_created').on('email_codes').columns(['user_id', 'created_at']).execute();
  await db.schema.createIndex('email_codes_binding').on('email_codes').columns(['user_id', 'purpose', 'bound_to']).execute();
}
