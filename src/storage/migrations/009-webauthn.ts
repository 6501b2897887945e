import type { Kysely } from 'kysely';

// Security keys and passkeys (SPEC 2.13): the per-credential data of a `webauthn` authenticator, and
// the challenges of registrations and assertions. Challenges live here, not in process memory, so any
// instance may verify the response to one another instance issued; each is bound to the sign-in
// flow, session or passkey request that asked for it, lives 5 minutes, and is consumed by one DELETE.
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('webauthn_credentials')
    .addColumn('authenticator_id', 'text', (c) => c.primaryKey().references('authenticators.id').onDelete('cascade'))
    .addColumn('user_id', 'text', (c) => c.notNull())
    // base64url of the credential id: unique across users (an authenticator never reuses one).
    .addColumn('credential_id', 'text', (c) => c.notNull().unique())
    // base64url of the COSE public key.
    .addColumn('public_key', 'text', (c) => c.notNull())
    // The signature counter (uint32) last seen.
    .addColumn('counter', 'bigint', (c) => c.notNull())
    // JSON array of transports (usb, nfc, ble, hybrid, internal).
    .addColumn('transports', 'text', (c) => c.notNull())
    .addColumn('aaguid', 'text', (c) => c.notNull())
    .addColumn('attestation_format', 'text', (c) => c.notNull())
    // Fixed at registration: a backup-eligible credential is a synced passkey; else a hardware key.
    .addColumn('backup_eligible', 'integer', (c) => c.notNull())
    // Updated on each use: whether it is backed up now.
    .addColumn('backed_up', 'integer', (c) => c.notNull())
    // credProps.rk at registration, and whether the registration verified the user.
    .addColumn('discoverable', 'integer', (c) => c.notNull())
    .addColumn('user_verified', 'integer', (c) => c.notNull())
    .addColumn('rp_id', 'text', (c) => c.notNull())
    .addColumn('last_used_address', 'text')
    .execute();
  await db.schema.createIndex('webauthn_credentials_user').on('webauthn_credentials').column('user_id').execute();

  await db.schema
    .createTable('webauthn_challenges')
    // base64url of 32 random bytes: the challenge itself, so the response names its row.
    .addColumn('challenge', 'text', (c) => c.primaryKey())
    // registration, sign_in, confirmation, passwordless
    .addColumn('purpose', 'text', (c) => c.notNull())
    // flow:<id>, session:<id>, the authenticator being added, or passkey:<hash of the request's cookie>
    .addColumn('bound_to', 'text', (c) => c.notNull())
    .addColumn('user_id', 'text')
    .addColumn('created_at', 'bigint', (c) => c.notNull())
    .addColumn('expires_at', 'bigint', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('webauthn_challenges_expiry').on('webauthn_challenges').column('expires_at').execute();
}
