import { randomBytes } from 'node:crypto';
import { type Kysely, sql } from 'kysely';

// Several authenticators per user (SPEC §2.12): one row each in `authenticators`, per-kind data in
// per-kind tables keyed by the authenticator id. An authenticator being added is a row not yet
// activated, bound to the session or sign-in flow that started it (it replaces mfa_enrollments).
//
// Upgrade in place: each user keeps their authenticator ("Authenticator app" or "E-mail"), their
// remaining recovery codes (the table is unchanged) and the TOTP replay guard (last_used_step).
// Enrollments in progress are dropped: an unfinished wizard is started again.
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('authenticators')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('user_id', 'text', (c) => c.notNull().references('users.id').onDelete('cascade'))
    // totp, email (webauthn next): the one list in src/core/authenticators/authenticator.ts.
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('created_at', 'bigint', (c) => c.notNull())
    .addColumn('last_used_at', 'bigint')
    // Null while being added; then the authenticator counts as one of the user's.
    .addColumn('activated_at', 'bigint')
    // Being added: what for (`enrollment`: the first-enrollment wizard, with recovery codes and Finish;
    // `addition`: another authenticator, active once verified), who may continue it, until when.
    .addColumn('purpose', 'text')
    .addColumn('bound_to', 'text')
    .addColumn('expires_at', 'bigint')
    .addColumn('verified_at', 'bigint')
    // The wizard's recovery codes between verify and Finish (HMACs, never the codes).
    .addColumn('pending_recovery_code_hashes', 'text')
    .execute();
  await db.schema.createIndex('authenticators_user').on('authenticators').columns(['user_id', 'kind']).execute();
  // At most one e-mail authenticator per user (it uses the account's address).
  await db.schema
    .createIndex('authenticators_one_email')
    .on('authenticators')
    .column('user_id')
    .unique()
    .where(sql.ref('kind'), '=', 'email')
    .where(sql.ref('activated_at'), 'is not', null)
    .execute();

  await db.schema
    .createTable('totp_authenticators')
    .addColumn('authenticator_id', 'text', (c) => c.primaryKey().references('authenticators.id').onDelete('cascade'))
    // The AES-256-GCM ciphertext stays bound to the user id (its AAD), as it was in totp_factors.
    .addColumn('user_id', 'text', (c) => c.notNull())
    .addColumn('secret_ciphertext', 'text', (c) => c.notNull())
    // RFC 6238 §5.2: the last accepted step of this authenticator.
    .addColumn('last_used_step', 'bigint', (c) => c.notNull())
    .execute();

  const users = await sql<{ id: string; mfa_method: string; secret_ciphertext: string | null; last_used_step: number | string | null; created_at: number | string | null; updated_at: number | string }>`
    SELECT u.id, u.mfa_method, t.secret_ciphertext, t.last_used_step, t.created_at, u.updated_at
    FROM users u LEFT JOIN totp_factors t ON t.user_id = u.id
    WHERE u.mfa_method IS NOT NULL`.execute(db);
  for (const user of users.rows) {
    const id = randomBytes(12).toString('base64url');
    const at = Number(user.created_at ?? user.updated_at);
    if (user.mfa_method === 'totp') {
      if (user.secret_ciphertext === null) continue; // no factor row: nothing to carry over
      await sql`INSERT INTO authenticators (id, user_id, kind, name, created_at, activated_at) VALUES (${id}, ${user.id}, 'totp', 'Authenticator app', ${at}, ${at})`.execute(db);
      await sql`INSERT INTO totp_authenticators (authenticator_id, user_id, secret_ciphertext, last_used_step) VALUES (${id}, ${user.id}, ${user.secret_ciphertext}, ${Number(user.last_used_step ?? -1)})`.execute(db);
    } else if (user.mfa_method === 'email') {
      await sql`INSERT INTO authenticators (id, user_id, kind, name, created_at, activated_at) VALUES (${id}, ${user.id}, 'email', 'E-mail', ${at}, ${at})`.execute(db);
    }
  }

  await db.schema.dropTable('totp_factors').execute();
  await db.schema.dropTable('mfa_enrollments').execute();
  await db.schema.alterTable('users').dropColumn('mfa_method').execute();
}
