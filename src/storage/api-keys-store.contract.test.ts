// The API-key verbs of the Store, against every available database (SQLite always, PostgreSQL when
// its server answers): names unique per user, the one-join lookup, revocation, and last use written
// at most once a minute per key even when instances race, with exactly one "first use".
import assert from 'node:assert/strict';
import { randomBytes, randomUUID } from 'node:crypto';
import { after, before, describe, test } from 'node:test';
import { availableDatabaseKinds, createTestDatabase, type TestDatabase } from '../../test/helpers/test-databases.js';
import { generateApiKeyId } from '../core/api-keys/api-key-format.js';
import type { NewApiKey, Store } from '../core/ports.js';
import type { User } from '../core/users/user.js';
import { openStore } from './kysely-store.js';

const T0 = Date.UTC(2026, 0, 1);
const MINUTE = 60_000;
const DAY = 24 * 60 * MINUTE;

const tag = () => randomUUID().slice(0, 8);

async function createUser(store: Store): Promise<User> {
  const result = await store.createUser(
    { id: randomUUID(), username: `keyholder-${tag()}`, email: null, role: 'standard', passwordHash: '$argon2id$v=19$m=19456,t=2,p=1$c2FsdA$aGFzaA', mustChangePassword: false },
    T0,
  );
  assert.ok(result.ok);
  return result.user;
}

function newKey(userId: string, overrides: Partial<NewApiKey> = {}): NewApiKey {
  return { id: generateApiKeyId(), userId, name: `key ${tag()}`, tokenHash: randomBytes(32).toString('base64url'), createdAt: T0, expiresAt: null, readOnly: false, ...overrides };
}

async function createKey(store: Store, userId: string, overrides: Partial<NewApiKey> = {}) {
  const input = newKey(userId, overrides);
  const result = await store.createApiKey(input);
  assert.ok(result.ok, 'createApiKey failed');
  return { input, apiKey: result.apiKey };
}

for (const kind of await availableDatabaseKinds()) {
  describe(`API key store (${kind})`, () => {
    let database: TestDatabase;
    let store: Store;
    before(async () => {
      database = await createTestDatabase(kind);
      store = await openStore(database.url);
    });
    after(async () => {
      await store?.close();
      await database?.drop();
    });

    test('a created key is found with its token hash and its owner', async () => {
      const user = await createUser(store);
      const { input, apiKey } = await createKey(store, user.id, { expiresAt: T0 + DAY, readOnly: true });
      const expected = { id: input.id, userId: user.id, name: input.name, createdAt: T0, expiresAt: T0 + DAY, readOnly: true, lastUsedAt: null, lastUsedAddress: null };
      assert.deepEqual(apiKey, expected);
      const found = await store.findApiKeyWithOwner(input.id);
      assert.ok(found);
      assert.deepEqual(found.apiKey, expected);
      assert.equal(found.tokenHash, input.tokenHash);
      assert.deepEqual(found.user, user);
    });

    test('an unknown key finds nothing', async () => {
      assert.equal(await store.findApiKeyWithOwner(generateApiKeyId()), null);
    });

    test('names are unique per user, not across users', async () => {
      const ada = await createUser(store);
      const bob = await createUser(store);
      await createKey(store, ada.id, { name: 'backup' });
      assert.deepEqual(await store.createApiKey(newKey(ada.id, { name: 'backup' })), { ok: false, reason: 'name_taken' });
      await createKey(store, bob.id, { name: 'backup' });
    });

    test('two concurrent creations with one name give exactly one key', async () => {
      const user = await createUser(store);
      const results = await Promise.all(Array.from({ length: 8 }, () => store.createApiKey(newKey(user.id, { name: 'racer' }))));
      assert.equal(results.filter((r) => r.ok).length, 1);
      assert.equal((await store.listApiKeys({ userId: user.id })).length, 1);
    });

    test('listing shows one user\'s keys newest first, or everyone\'s with the owner; never a hash', async () => {
      const ada = await createUser(store);
      const bob = await createUser(store);
      const older = await createKey(store, ada.id, { createdAt: T0 });
      const newer = await createKey(store, ada.id, { createdAt: T0 + MINUTE });
      const bobs = await createKey(store, bob.id);
      const adas = await store.listApiKeys({ userId: ada.id });
      assert.deepEqual(adas.map((k) => k.apiKey.id), [newer.input.id, older.input.id]);
      assert.deepEqual(adas[0]?.owner, { id: ada.id, username: ada.username });
      const everyone = await store.listApiKeys({});
      const ids = everyone.map((k) => k.apiKey.id);
      for (const id of [older.input.id, newer.input.id, bobs.input.id]) assert.ok(ids.includes(id));
      assert.equal(everyone.find((k) => k.apiKey.id === bobs.input.id)?.owner.username, bob.username);
      assert.equal(JSON.stringify(everyone).includes(older.input.tokenHash), false, 'the list carries no token hash');
    });

    test('revoking deletes the key and answers it; only the owner\'s own when a user is given', async () => {
      const ada = await createUser(store);
      const bob = await createUser(store);
      const { input } = await createKey(store, ada.id);
      assert.equal(await store.revokeApiKey(input.id, bob.id), null, 'not bob\'s');
      assert.ok(await store.findApiKeyWithOwner(input.id), 'still there');
      const revoked = await store.revokeApiKey(input.id, ada.id);
      assert.equal(revoked?.id, input.id);
      assert.equal(revoked?.name, input.name);
      assert.equal(await store.findApiKeyWithOwner(input.id), null);
      assert.equal(await store.revokeApiKey(input.id), null, 'a second revocation finds nothing');
      const other = await createKey(store, bob.id);
      assert.equal((await store.revokeApiKey(other.input.id))?.userId, bob.id, 'without a user, anyone\'s key');
    });

    test('deleting the owner deletes their keys', async () => {
      const user = await createUser(store);
      const { input } = await createKey(store, user.id);
      assert.ok((await store.deleteUser(user.id)).ok);
      assert.equal(await store.findApiKeyWithOwner(input.id), null);
    });

    test('the first use is recorded and reported once; later uses at most once a minute', async () => {
      const user = await createUser(store);
      const { input } = await createKey(store, user.id);
      assert.deepEqual(await store.recordApiKeyUse(input.id, T0 + 1000, '192.0.2.1', MINUTE), { written: true, firstUse: true });
      assert.deepEqual(await store.recordApiKeyUse(input.id, T0 + 30_000, '192.0.2.2', MINUTE), { written: false, firstUse: false });
      assert.deepEqual(await store.recordApiKeyUse(input.id, T0 + 1000 + MINUTE, '192.0.2.3', MINUTE), { written: false, firstUse: false }, 'exactly a minute is not older than a minute');
      let found = await store.findApiKeyWithOwner(input.id);
      assert.equal(found?.apiKey.lastUsedAt, T0 + 1000);
      assert.equal(found?.apiKey.lastUsedAddress, '192.0.2.1');
      assert.deepEqual(await store.recordApiKeyUse(input.id, T0 + 1001 + MINUTE, '192.0.2.4', MINUTE), { written: true, firstUse: false });
      found = await store.findApiKeyWithOwner(input.id);
      assert.equal(found?.apiKey.lastUsedAt, T0 + 1001 + MINUTE);
      assert.equal(found?.apiKey.lastUsedAddress, '192.0.2.4');
    });

    test('twenty concurrent uses of a fresh key write once and report one first use', async () => {
      const user = await createUser(store);
      const { input } = await createKey(store, user.id);
      const results = await Promise.all(Array.from({ length: 20 }, (_, i) => store.recordApiKeyUse(input.id, T0 + i, `192.0.2.${i + 1}`, MINUTE)));
      assert.equal(results.filter((r) => r.written).length, 1);
      assert.equal(results.filter((r) => r.firstUse).length, 1);
      const later = await Promise.all(Array.from({ length: 20 }, () => store.recordApiKeyUse(input.id, T0 + 5 * MINUTE, '192.0.2.99', MINUTE)));
      assert.equal(later.filter((r) => r.written).length, 1, 'a minute later, again exactly one write');
      assert.equal(later.filter((r) => r.firstUse).length, 0);
    });

    test('recording a use of a revoked key writes nothing and does not bring it back', async () => {
      const user = await createUser(store);
      const { input } = await createKey(store, user.id);
      await store.revokeApiKey(input.id);
      assert.deepEqual(await store.recordApiKeyUse(input.id, T0, '192.0.2.1', MINUTE), { written: false, firstUse: false });
      assert.equal(await store.findApiKeyWithOwner(input.id), null);
    });

    test('revocation racing lookups and uses: once revoke has answered, the key is gone everywhere', async () => {
      const user = await createUser(store);
      for (let round = 0; round < 5; round++) {
        const { input } = await createKey(store, user.id);
        const racers = Array.from({ length: 10 }, (_, i) =>
          i % 2 === 0 ? store.findApiKeyWithOwner(input.id) : store.recordApiKeyUse(input.id, T0 + round * 10 * MINUTE + i, '192.0.2.7', MINUTE),
        );
        const revoked = await store.revokeApiKey(input.id, user.id);
        await Promise.all(racers);
        assert.equal(revoked?.id, input.id);
        const afterwards = await Promise.all(Array.from({ length: 5 }, () => store.findApiKeyWithOwner(input.id)));
        assert.ok(afterwards.every((found) => found === null), 'no lookup after revocation finds the key');
      }
    });
  });
}
