import type { Kysely } from 'kysely';

// Trusted browsers and new-browser alerts (SPEC §2.14, issue 14).
//
// `trusted_browsers`: a browser in which a user passed the second factor and asked not to be asked
// again. The cookie holds `<id>.<secret>`; only the secret's SHA-256 is kept, replaced on every use
// (rotation) while `expires_at` stays. One per user per browser: the browser is named by the SHA-256
// of its long-lived browser id cookie. `security_stamp`: the user's stamp at the grant (a credential
// change deletes the rows as well; the stamp catches a grant racing one).
//
// `known_browsers`: the browsers (again by the hash of the browser id cookie) a user has signed in
// from; a sign-in from one not yet here e-mails the user.
//
// `sessions.completed_by`: how the sign-in that issued a session passed: password, second_factor or
// trusted_browser (null for sessions from before this release and for renewed ones).
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('trusted_browsers')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('user_id', 'text', (c) => c.notNull().references('users.id').onDelete('cascade'))
    .addColumn('browser_id_hash', 'text', (c) => c.notNull())
    .addColumn('token_hash', 'text', (c) => c.notNull())
    .addColumn('created_at', 'bigint', (c) => c.notNull())
    .addColumn('expires_at', 'bigint', (c) => c.notNull())
    .addColumn('last_used_at', 'bigint')
    .addColumn('last_used_address', 'text')
    .addColumn('client_address', 'text', (c) => c.notNull())
    .addColumn('user_agent', 'text', (c) => c.notNull())
    .addColumn('security_stamp', 'integer', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('trusted_browsers_one_per_browser').on('trusted_browsers').columns(['user_id', 'browser_id_hash']).unique().execute();
  await db.schema.createIndex('trusted_browsers_expiry').on('trusted_browsers').column('expires_at').execute();

  await db.schema
    .createTable('known_browsers')
    .addColumn('user_id', 'text', (c) => c.notNull().references('users.id').onDelete('cascade'))
    .addColumn('browser_id_hash', 'text', (c) => c.notNull())
    .addColumn('first_seen_at', 'bigint', (c) => c.notNull())
    .addColumn('last_seen_at', 'bigint', (c) => c.notNull())
    .addPrimaryKeyConstraint('known_browsers_pk', ['user_id', 'browser_id_hash'])
    .execute();

  await db.schema.alterTable('sessions').addColumn('completed_by', 'text').execute();
}
