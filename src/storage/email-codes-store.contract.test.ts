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
    const limits = { cooldownInMilliseconds: 30_000, perHour: 10 };
    const issue = (b: EmailCodeBinding, hash: string, at = T0) => store.issueEmailCode(b, { id: `${b.userId}-${hash}-${at}-${Math.random()}`, codeHash: hash, createdAt: at, expiresAt: at + 600_000 }, limits);

    test('a code is redeemed once', async () => {
      const b = await binding();
      await issue(b, 'h1');
      assert.deepEqual(await store.redeemEmailCode(b, 'h1', T0 + 1, 5), { ok: true });
      assert.deepEqual(await store.redeemEmailCode(b, 'h1', T0 + 2, 5), { ok: false, reason: 'used' }, 'the right code again: used, not a guess');
      assert.deepEqual(await store.redeemEmailCode(b, 'h2', T0 + 3, 5), { ok: false, reason: 'no_code' }, 'another code: there is no live code');
    });

    test('ten concurrent redemptions of one code give one success', async () => {
      const b = await binding();
      await issue(b, 'h1');
      const results = await Promise.all(Array.from({ length: 10 }, () => store.redeemEmailCode(b, 'h1', T0 + 1, 5)));
      assert.equal(results.filter((r) => r.ok).length, 1);
      assert.deepEqual(results.filter((r) => !r.ok), Array.from({ length: 9 }, () => ({ ok: false, reason: 'used' })), 'the others lost a race: not guesses');
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

    test('a second code for the same purpose within 30 s is refused and says how long to wait; the first stays live', async () => {
      const b = await binding();
      assert.deepEqual(await issue(b, 'first', T0), { ok: true });
      assert.deepEqual(await issue(b, 'second', T0 + 10_000), { ok: false, reason: 'cooldown', retryAfterInMilliseconds: 20_000 });
      assert.deepEqual(await store.redeemEmailCode(b, 'first', T0 + 10_001, 5), { ok: true }, 'the refused resend did not kill the first code');
      assert.deepEqual(await issue(b, 'third', T0 + 30_000), { ok: true });
    });

    test('the cooldown does not span purposes', async () => {
      const b = await binding();
      assert.deepEqual(await issue({ ...b, purpose: 'enrollment', boundTo: 'enrollment-1' }, 'enrol', T0), { ok: true });
      assert.deepEqual(await issue(b, 'sign-in', T0 + 1_000), { ok: true });
    });

    test('at most 10 codes an hour per user, across purposes; the refusal says when the oldest leaves the hour', async () => {
      const b = await binding();
      for (let i = 0; i < 10; i++) {
        const purpose = i % 2 === 0 ? 'sign_in' : 'confirmation';
        assert.deepEqual(await issue({ ...b, purpose, boundTo: `b-${i}` }, `h${i}`, T0 + i * 31_000), { ok: true }, `code ${i + 1}`);
      }
      const at = T0 + 10 * 31_000;
      assert.deepEqual(await issue(b, 'eleventh', at), { ok: false, reason: 'hourly_cap', retryAfterInMilliseconds: T0 + 3_600_000 - at });
      assert.deepEqual(await issue(b, 'later', T0 + 3_600_001), { ok: true });
    });

    test('sixteen simultaneous requests for a code give one code', async () => {
      const b = await binding();
      const results = await Promise.all(Array.from({ length: 16 }, (_, i) => issue({ ...b, boundTo: `flow-${i}` }, `h${i}`, T0)));
      assert.equal(results.filter((r) => r.ok).length, 1);
    });
  });
}
