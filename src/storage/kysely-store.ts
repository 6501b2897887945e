// The one Store implementation: each concept's verbs in its own file, joined here.
import { type Kysely, sql } from 'kysely';
import type { Store } from '../core/ports.js';
import { createApiKeyStore } from './api-keys-store.js';
import { createAuditStore } from './audit-store.js';
import { type KeptReads, openDatabase } from './database.js';
import { createEmailCodeStore } from './email-codes-store.js';
import { createAuthenticatorStore } from './authenticators-store.js';
import { createHousekeepingStore } from './housekeeping-store.js';
import { migrateToLatest } from './migrations/index.js';
import { createServerInstanceStore } from './server-instances-store.js';
import { createSessionStore } from './sessions-store.js';
import { createSettingsStore } from './settings-store.js';
import { createSignInFlowStore } from './sign-in-flows-store.js';
import { createThrottleStore } from './throttles-store.js';
import { createTrustedBrowserStore } from './trusted-browsers-store.js';
import { createUserStore } from './users-store.js';
import { createWebAuthnStore } from './webauthn-store.js';

/** The Store; `keptReads` for tests and benchmarks to look at the kept reads. */
export async function openStore(databaseUrl: string, options: { migrate?: boolean } = {}): Promise<Store & { keptReads?: KeptReads }> {
  const { db, dialect, kept, closeReader } = await openDatabase(databaseUrl);
  if (options.migrate ?? true) await migrateToLatest(db as unknown as Kysely<unknown>, dialect);
  return {
    dialect,
    keptReads: kept,
    ...createUserStore(db, dialect, kept),
    ...createSessionStore(db, kept),
    ...createSignInFlowStore(db),
    ...createThrottleStore(db),
    ...createAuditStore(db, dialect),
    ...createSettingsStore(db, dialect, kept),
    ...createAuthenticatorStore(db, dialect),
    ...createWebAuthnStore(db),
    ...createApiKeyStore(db, dialect, kept),
    ...createEmailCodeStore(db, dialect),
    ...createHousekeepingStore(db, dialect),
    ...createServerInstanceStore(db),
    ...createTrustedBrowserStore(db, dialect),
    async ping() {
      await sql`select 1`.execute(db);
    },
    async close() {
      await closeReader?.();
      await db.destroy();
    },
  };
}
