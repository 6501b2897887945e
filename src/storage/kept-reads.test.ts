// The hot reads (a session by token, a user by name, a key by id, a setting) are kept in memory
// until a table they read changes, on both databases. These tests hold it to that: a change made
// here is seen by the very next read; a change made elsewhere (another connection to the SQLite
// file, another PostgreSQL client) drops the answer too; only the answers that read the changed
// table are dropped (an API key's last-use write keeps every session); a kept answer cannot be
// changed by whoever receives it; and on PostgreSQL, while the listening connection is down, reads
// go to the database rather than answer from memory, until it listens again.
import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { after, before, describe, test } from 'node:test';
import { setImmediate as nextTurn, setTimeout as sleep } from 'node:timers/promises';
import SqliteDatabase from 'better-sqlite3';
import pg from 'pg';
import { availableDatabaseKinds, createTestDatabase, type TestDatabase } from '../../test/helpers/test-databases.js';
import { generateApiKeyId } from '../core/api-keys/api-key-format.js';
import type { Session, Store } from '../core/ports.js';
import type { KeptReads } from './database.js';
import { openStore } from './kysely-store.js';

const T0 = Date.UTC(2026, 0, 1);
const MINUTE = 60_000;

type KeptStore = Store & { keptReads?: KeptReads; close(): Promise<void> };

/** Waits, up to 10 s, for `condition`. */
async function eventually(condition: () => boolean, what: string): Promise<void> {
  for (let waited = 0; !condition(); waited += 20) {
    if (waited > 10_000) throw new Error(`still not ${what} after 10 s`);
    await sleep(20);
  }
}

for (const kind of await availableDatabaseKinds()) {
  describe(`kept reads (${kind})`, () => {
    let database: TestDatabase;
    let store: KeptStore;
    let kept: KeptReads;

    before(async () => {
      database = await createTestDatabase(kind);
      store = (await openStore(database.url)) as KeptStore;
      kept = store.keptReads!;
      assert.ok(kept, 'the store keeps its hot reads');
      // PostgreSQL keeps answers only once its connection listens (started by the first kept read).
      await store.findUserByUsername('nobody');
      if (kind === 'postgres') await eventually(() => kept.listening === true, 'listening');
    });
    after(async () => {
      await store.close();
      await database.drop();
    });

    async function userWithSession(username: string) {
      const created = await store.createUser({ id: randomUUID(), username, email: null, role: 'standard', passwordHash: 'x', mustChangePassword: false }, T0);
      assert.ok(created.ok);
      const session: Session = {
        id: randomUUID(), userId: created.user.id, createdAt: T0, lastSeenAt: T0, expiresAt: T0 + 3_600_000,
        authenticatedAt: T0, aal: 1, clientAddress: '127.0.0.1', userAgent: 'test', securityStamp: created.user.securityStamp,
      };
      const tokenHash = `hash-${randomUUID()}`;
      await store.createSession(session, tokenHash);
      return { user: created.user, session, tokenHash };
    }

    /** How many reads went to the database during `work`. */
    async function readsThrough(work: () => Promise<unknown>): Promise<number> {
      const before = kept.statistics.readsThrough;
      await work();
      return kept.statistics.readsThrough - before;
    }

    test('a change made through the store is seen by the very next read', async () => {
      const { user, tokenHash } = await userWithSession(`kept-here-${kind}`);
      assert.equal((await store.findSessionByTokenHash(tokenHash))?.user.mustChangePassword, false);
      assert.equal((await store.findUserByUsername(`kept-here-${kind}`))?.mustChangePassword, false);
      // Not a credential change: the session stays, and its user is read anew.
      await store.updateUser(user.id, { mustChangePassword: true }, T0 + 1);
      assert.equal((await store.findSessionByTokenHash(tokenHash))?.user.mustChangePassword, true, 'no turn of the loop in between');
      assert.equal((await store.findUserByUsername(`kept-here-${kind}`))?.mustChangePassword, true);
      await store.endUserSessions(user.id);
      assert.equal(await store.findSessionByTokenHash(tokenHash), null);
    });

    test('a second reading is answered from memory', async () => {
      const { tokenHash } = await userWithSession(`kept-twice-${kind}`);
      assert.equal(await readsThrough(() => store.findSessionByTokenHash(tokenHash)), 1);
      assert.equal(await readsThrough(() => store.findSessionByTokenHash(tokenHash)), 0);
    });

    test("an API key's last-use write keeps the sessions and users read; a change to a user drops them", async () => {
      const { user, tokenHash } = await userWithSession(`kept-last-use-${kind}`);
      const key = await store.createApiKey({ id: generateApiKeyId(), userId: user.id, name: 'k', tokenHash: 'token-hash', createdAt: T0, expiresAt: null, readOnly: false });
      assert.ok(key.ok);
      const readAll = () => Promise.all([store.findSessionByTokenHash(tokenHash), store.findUserByUsername(`kept-last-use-${kind}`), store.findApiKeyWithOwner(key.apiKey.id)]);
      await readAll();
      assert.equal(await readsThrough(readAll), 0, 'all three kept');

      assert.deepEqual(await store.recordApiKeyUse(key.apiKey.id, T0 + 2 * MINUTE, '192.0.2.1', MINUTE), { written: true, firstUse: true });
      assert.equal(await readsThrough(() => store.findSessionByTokenHash(tokenHash)), 0, 'the session answer stays');
      assert.equal(await readsThrough(() => store.findUserByUsername(`kept-last-use-${kind}`)), 0, 'the user answer stays');
      let found: Awaited<ReturnType<Store['findApiKeyWithOwner']>> = null;
      assert.equal(await readsThrough(async () => (found = await store.findApiKeyWithOwner(key.apiKey.id))), 1, 'the key is read anew');
      assert.equal(found!.apiKey.lastUsedAt, T0 + 2 * MINUTE);

      await store.updateUser(user.id, { mustChangePassword: true }, T0 + 3);
      assert.equal(await readsThrough(readAll), 3, 'every answer that read the user is dropped');
      const [session, byName, withOwner] = await readAll();
      for (const answer of [session?.user, byName, withOwner?.user]) assert.equal(answer?.mustChangePassword, true);
    });

    test('an unknown token, then the same token created, is found (a kept miss is dropped too)', async () => {
      assert.equal(await store.findSessionByTokenHash(`hash-not-yet-${kind}`), null);
      const { session } = await userWithSession(`kept-miss-${kind}`);
      await store.createSession({ ...session, id: randomUUID() }, `hash-not-yet-${kind}`);
      assert.notEqual(await store.findSessionByTokenHash(`hash-not-yet-${kind}`), null);
    });

    test('a kept answer is frozen: whoever receives it cannot change what the next caller gets', async () => {
      const { tokenHash } = await userWithSession(`kept-frozen-${kind}`);
      await store.findSessionByTokenHash(tokenHash);
      const found = await store.findSessionByTokenHash(tokenHash);
      assert.ok(found);
      assert.throws(() => {
        (found.session as { lastSeenAt: number }).lastSeenAt = 0;
      }, TypeError);
      assert.throws(() => {
        (found.user as { role: string }).role = 'admin';
      }, TypeError);
      assert.equal((await store.findSessionByTokenHash(tokenHash))?.user.role, 'standard');
    });

    if (kind === 'sqlite') {
      test('a change committed by another connection to the file is seen from the next turn of the loop', async () => {
        const { user, tokenHash } = await userWithSession('kept-elsewhere');
        assert.equal((await store.findSessionByTokenHash(tokenHash))?.user.disabledAt, null);
        // Another process as SQLite sees it: a connection of its own, committing to the same file.
        const other = new SqliteDatabase(database.url);
        try {
          other.prepare('UPDATE users SET disabled_at = ? WHERE id = ?').run(T0 + 2, user.id);
          await nextTurn();
          assert.equal((await store.findSessionByTokenHash(tokenHash))?.user.disabledAt, T0 + 2);
          other.prepare('DELETE FROM sessions WHERE user_id = ?').run(user.id);
          await nextTurn();
          assert.equal(await store.findSessionByTokenHash(tokenHash), null);
        } finally {
          other.close();
        }
      });
    }

    if (kind === 'postgres') {
      test('a change committed by another client is heard, and drops the answer', async () => {
        const { user, tokenHash } = await userWithSession('kept-notified');
        await store.findSessionByTokenHash(tokenHash);
        const heardBefore = kept.statistics.readsThrough;
        const other = new pg.Client({ connectionString: database.url });
        await other.connect();
        try {
          // Not through this process's pools: only the notification can tell the store.
          await other.query('UPDATE users SET disabled_at = $1 WHERE id = $2', [T0 + 2, user.id]);
        } finally {
          await other.end();
        }
        let seen: number | null | undefined;
        for (let waited = 0; seen !== T0 + 2 && waited < 10_000; waited += 20) {
          seen = (await store.findSessionByTokenHash(tokenHash))?.user.disabledAt;
          if (seen !== T0 + 2) await sleep(20);
        }
        assert.equal(seen, T0 + 2);
        assert.ok(kept.statistics.readsThrough > heardBefore);
      });

      test('while the listening connection is down reads go to the database (no stale answer), and are kept again once it listens', async () => {
        const { user, tokenHash } = await userWithSession('kept-unheard');
        await store.findSessionByTokenHash(tokenHash);
        assert.equal(await readsThrough(() => store.findSessionByTokenHash(tokenHash)), 0, 'kept while listening');

        const listener = kept.listenerProcessId;
        assert.ok(listener);
        const admin = new pg.Client({ connectionString: database.url });
        await admin.connect();
        try {
          assert.equal((await admin.query('SELECT pg_terminate_backend($1) AS ended', [listener])).rows[0].ended, true);
          await eventually(() => kept.listening === false, 'noticed');
          // A change nobody is listening for, from another client: it must be seen all the same.
          await admin.query('UPDATE users SET disabled_at = $1 WHERE id = $2', [T0 + 5, user.id]);
          assert.equal(kept.listening, false, 'still down (the first retry waits 100 ms)');
          for (let i = 0; i < 2; i++) {
            let found: Awaited<ReturnType<Store['findSessionByTokenHash']>> = null;
            assert.equal(await readsThrough(async () => (found = await store.findSessionByTokenHash(tokenHash))), 1, 'read from the database');
            assert.equal(found!.user.disabledAt, T0 + 5, 'not the answer kept before');
          }

          await eventually(() => kept.listening === true, 'listening again');
          assert.notEqual(kept.listenerProcessId, listener, 'on a new connection');
          await store.findSessionByTokenHash(tokenHash);
          assert.equal(await readsThrough(() => store.findSessionByTokenHash(tokenHash)), 0, 'kept again');
          await admin.query('UPDATE users SET disabled_at = NULL WHERE id = $1', [user.id]);
          let after: number | null | undefined = T0 + 5;
          for (let waited = 0; after !== null && waited < 10_000; waited += 20) {
            after = (await store.findSessionByTokenHash(tokenHash))?.user.disabledAt;
            if (after !== null) await sleep(20);
          }
          assert.equal(after, null, 'changes are heard again');
        } finally {
          await admin.end();
        }
      });
    }
  });
}
