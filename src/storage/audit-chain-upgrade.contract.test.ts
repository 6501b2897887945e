// Upgrading a database from before the audit chain (migrations 001–004): its events are chained
// in the order they were written, and the chain goes on from there. On both databases.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { type Kysely, type Migration, Migrator, sql } from 'kysely';
import { availableDatabaseKinds, createTestDatabase } from '../../test/helpers/test-databases.js';
import { verifyAuditChain } from '../core/audit/chain-verification.js';
import { createCheckpointSigner, createCheckpointVerifier } from '../core/audit/checkpoints.js';
import { openDatabase } from './database.js';
import { openStore } from './kysely-store.js';
import * as foundation from './migrations/001-foundation.js';
import * as mfa from './migrations/002-mfa.js';
import * as apiKeys from './migrations/003-api-keys.js';
import * as emailCodes from './migrations/004-email-codes.js';

const T0 = Date.UTC(2025, 0, 1);

for (const kind of await availableDatabaseKinds()) {
  describe(`a database from before the audit chain (${kind})`, () => {
    test('upgrades into one intact chain of its old events, which new events continue', async () => {
      const database = await createTestDatabase(kind);
      try {
        const { db, dialect, closeReader } = await openDatabase(database.url);
        const before: Record<string, Migration> = {
          '001-foundation': { up: (d: Kysely<unknown>) => foundation.up(d, dialect) },
          '002-mfa': mfa,
          '003-api-keys': apiKeys,
          '004-email-codes': emailCodes,
        };
        const migrator = new Migrator({
          db,
          provider: { getMigrations: async () => before },
          migrationTableName: 'gatehouse_migrations',
          migrationLockTableName: 'gatehouse_migrations_lock',
        });
        assert.equal((await migrator.migrateToLatest()).error, undefined);
        for (let n = 1; n <= 30; n++) {
          // An old event may hold a lone surrogate in its details (escaped in the JSON text).
          const details = n === 7 ? '{"name":"\\ud800"}' : JSON.stringify({ n });
          await sql`insert into audit_events (at, type, outcome, actor_user_id, actor_username, target_user_id, target_username, client_address, user_agent, details)
            values (${T0 + n}, ${'user_changed'}, ${'success'}, ${'u1'}, ${'ada'}, ${null}, ${null}, ${'192.0.2.1'}, ${'legacy'}, ${details})`.execute(db);
        }
        await closeReader?.();
        await db.destroy();

        const store = await openStore(database.url);
        try {
          const signer = createCheckpointSigner(Buffer.alloc(32, 3));
          const verifier = createCheckpointVerifier(signer.publicKeyPem);
          const upgraded = await verifyAuditChain(store, verifier);
          assert.ok(upgraded.intact && upgraded.events === 30 && upgraded.lastSequence === 30, JSON.stringify(upgraded));
          const [seventh] = await store.readAuditChain({ afterSequence: 6, limit: 1 });
          assert.deepEqual(seventh?.details, { name: '\ufffd' });
          const appended = await store.appendAuditEvent({
            event: { at: T0 + 100, type: 'user_added', outcome: 'success', actorUserId: null, actorUsername: null, targetUserId: null, targetUsername: null, clientAddress: null, userAgent: null, details: {} },
            checkpoints: { everyEvents: 1000, everyMilliseconds: 600_000, origin: 'test/audit', signer },
          });
          assert.equal(appended.sequence, 31);
          const continued = await verifyAuditChain(store, verifier);
          assert.ok(continued.intact && continued.events === 31 && continued.checkpoints?.lastSequence === 31, JSON.stringify(continued));
        } finally {
          await store.close();
        }
      } finally {
        await database.drop();
      }
    });
  });
}
