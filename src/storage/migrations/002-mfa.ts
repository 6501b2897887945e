import type { Kysely } from 'kysely';

// MFA: the enrolled authenticator-app factor, recovery codes, and enrollments in progress.
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('totp_factors')
    .addColumn('user_id', 'text', (c) => c.primaryKey().references('users.id').onDelete('cascade'))
    // AES-256-GCM under the server key, bound to the user id: never the secret in the clear.
    .addColumn('secret_ciphertext', 'text', (c) => c.notNull())
    // RFC 6238 §5.2: the last accepted step; a code is accepted only for a later step.
    .addColumn('last_used_step', 'bigint', (c) => c.notNull())
    .addColumn('created_at', 'bigint', (c) => c.notNull())
    .execute();

  await db.schema
    .createTable('recovery_codes')
    .addColumn('user_id', 'text', (c) => c.notNull().references('users.id').onDelete('cascade'))
    // HMAC-SHA-256 of the normalized code under a key derived from the server key.
    .addColumn('code_hash', 'text', (c) => c.notNull())
    .addColumn('created_at', 'bigint', (c) => c.notNull())
    .addColumn('used_at', 'bigint')
    .addPrimaryKeyConstraint('recovery_codes_pk', ['user_id', 'code_hash'])
    .execute();

  await db.schema
    .createTable('mfa_enrollments')
    .addColumn('id', 'text', (c) => c.primaryKey())
    // One enrollment in progress per user: starting again replaces it.
    .addColumn('user_id', 'text', (c) => c.notNull().unique().references('users.id').onDelete('cascade'))
    .addColumn('method', 'text', (c) => c.notNull())
    .addColumn('secret_ciphertext', 'text')
    .addColumn('recovery_code_hashes', 'text')
    .addColumn('accepted_step', 'bigint')
    .addColumn('verified_at', 'bigint')
    .addColumn('created_at', 'bigint', (c) => c.notNull())
    .addColumn('expires_at', 'bigint', (c) => c.notNull())
    .execute();
}
