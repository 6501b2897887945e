import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import type { EmailCodeBinding, Store } from '../core/ports.js';
import { createTestDatabase, availableDatabaseKinds, type TestDatabase } from '../../test/helpers/test-databases.js';
import { openStore } from './kysely-store.js';

const T0 = Date.UTC(2026, 0, 1);

for (const kind of await availableDatabaseKinds()) {
  describe(`e-mail code storage (${kind})`, () => {
    let database: TestDatabase;
    let store: Store;
    let userNumber = 0;
    before(async () => {
      database = await createTestDatabase(kind);
      store = await openStore(database.url);
    });
    after(async () => {
      await store.close();
      await database.drop();
    });

    async function binding(): Promise<EmailCodeBinding> {
      const id = `user-${++userNumber}`;
      await store.createUser({ id, username: id, email: `${id}@example.com`, role: 'standard', passwordHash: 'x', mustChangePassword: false }, T0);
      return { userId: id, purpose: 'sign_in', boundTo: `flow-${id}` };
    }
    const issue = (b: EmailCodeBinding, hash: string, at = T0) => store.issueEmailCode(b, { id: `${b.userId}-${hash}-${at}`, codeHash: hash, createdAt: at, expiresAt: at + 600_000 });

    test('a code is redeemed once', async () => {
      const b = await binding();
      await issue(b, 'h1');
      assert.deepEqual(await store.redeemEmailCode(b, 'h1', T0 + 1, 5), { ok: true });
      assert.deepEqual(await store.redeemEmailCode(b, 'h1', T0 + 2, 5), { ok: false, reason: 'no_code' });
    });

    test('ten concurrent redemptions of one code give one success', async () => {
      const b = await binding();
      await issue(b, 'h1');
      const results = await Promise.all(Array.from({ length: 10 }, () => store.redeemEmailCode(b, 'h1', T0 + 1, 5)));
      assert.equal(results.filter((r) => r.ok).length, 1);
    });

    test('a code expires', async () => {
      const b = await binding();
      await issue(b, 'h1');
      assert.deepEqual(await store.redeemEmailCode(b, 'h1', T0 + 600_000, 5), { ok: false, reason: 'expired' });
    });

    test('a new code kills the old one and inherits its failed attempts', async () => {
      const b = await binding();
      await issue(b, 'old');
      for (let i = 0; i < 3; i++) assert.deepEqual(await store.redeemEmailCode(b, 'wrong', T0 + 1, 5), { ok: false, reason: 'wrong_code' });
      await issue(b, 'new', T0 + 30_000);
      assert.equal((await store.redeemEmailCode(b, 'old', T0 + 30_001, 5)).ok, false, 'the old code is dead');
      // 3 inherited + the try with the old code = 4; one more wrong try reaches the limit of 5.
      assert.deepEqual(await store.redeemEmailCode(b, 'wrong', T0 + 30_002, 5), { ok: false, reason: 'too_many_attempts' });
      assert.deepEqual(await store.redeemEmailCode(b, 'new', T0 + 30_003, 5), { ok: false, reason: 'too_many_attempts' }, 'even the right code');
    });

    test('codes are bound: another binding cannot redeem them', async () => {
      const b = await binding();
      await issue(b, 'h1');
      assert.deepEqual(await store.redeemEmailCode({ ...b, boundTo: 'another-flow' }, 'h1', T0 + 1, 5), { ok: false, reason: 'no_code' });
      assert.deepEqual(await store.redeemEmailCode({ ...b, purpose: 'confirmation' }, 'h1', T0 + 1, 5), { ok: false, reason: 'no_code' });
    });

    test('recent codes are counted per user across purposes', async () => {
      const b = await binding();
      await issue(b, 'a', T0);
      await issue({ ...b, purpose: 'confirmation', boundTo: b.userId }, 'b', T0 + 40_000);
      assert.deepEqual(await store.describeRecentEmailCodes(b.userId, T0), { latestAt: T0 + 40_000, count: 2 });
      assert.deepEqual(await store.describeRecentEmailCodes(b.userId, T0 + 1), { latestAt: T0 + 40_000, count: 1 });
    });
  });
}
