// SQLite keeps the answers of the hot reads (a session by token, a user by name, a key by id, a
// setting) in memory until the database changes. These tests hold it to that: a change made here is
// seen by the very next read, a change made by another connection (another process, the CLI) by
// the next turn of the event loop, and a kept answer cannot be changed by whoever receives it.
import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { after, before, test } from 'node:test';
import { setImmediate as nextTurn } from 'node:timers/promises';
import SqliteDatabase from 'better-sqlite3';
import { createTestDatabase, type TestDatabase } from '../../test/helpers/test-databases.js';
import type { Session, Store } from '../core/ports.js';
import { openStore } from './kysely-store.js';

const T0 = Date.UTC(2026, 0, 1);
let database: TestDatabase;
let store: Store & { close(): Promise<void> };

before(async () => {
  database = await createTestDatabase('sqlite');
  store = await openStore(database.url);
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

test('a change made through the store is seen by the very next read', async () => {
  const { user, tokenHash } = await userWithSession('kept-here');
  assert.equal((await store.findSessionByTokenHash(tokenHash))?.user.mustChangePassword, false);
  assert.equal((await store.findUserByUsername('kept-here'))?.mustChangePassword, false);
  // Not a credential change: the session stays, and its user is read anew.
  await store.updateUser(user.id, { mustChangePassword: true }, T0 + 1);
  assert.equal((await store.findSessionByTokenHash(tokenHash))?.user.mustChangePassword, true, 'no turn of the loop in between');
  assert.equal((await store.findUserByUsername('kept-here'))?.mustChangePassword, true);
  await store.endUserSessions(user.id);
  assert.equal(await store.findSessionByTokenHash(tokenHash), null);
});

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

test('an unknown token, then the same token created, is found (a kept miss is dropped too)', async () => {
  assert.equal(await store.findSessionByTokenHash('hash-not-yet'), null);
  const { session } = await userWithSession('kept-miss');
  await store.createSession({ ...session, id: randomUUID() }, 'hash-not-yet');
  assert.notEqual(await store.findSessionByTokenHash('hash-not-yet'), null);
});

test('a kept answer is frozen: whoever receives it cannot change what the next caller gets', async () => {
  const { tokenHash } = await userWithSession('kept-frozen');
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
