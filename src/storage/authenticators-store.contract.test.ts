// The storage contract for authenticators and recovery codes (issue 12), on both databases: every
// single-use verb under concurrent attempts gives exactly one success, and activation keeps the
// per-kind limits even when several activations race.
import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { after, before, describe, test } from 'node:test';
import type { NewPendingAuthenticator, Store } from '../core/ports.js';
import { availableDatabaseKinds, createTestDatabase, type TestDatabase } from '../../test/helpers/test-databases.js';
import { openStore } from './kysely-store.js';

const T0 = Date.UTC(2026, 0, 1);
const MINUTE = 60_000;

for (const kind of await availableDatabaseKinds()) {
  describe(`authenticator storage (${kind})`, () => {
    let database: TestDatabase;
    let store: Store;
    before(async () => {
      database = await createTestDatabase(kind);
      store = await openStore(database.url);
    });
    after(async () => {
      await store.close();
      await database.drop();
    });

    async function user(): Promise<string> {
      const id = randomUUID();
      const created = await store.createUser({ id, username: `u-${id.slice(0, 8)}`, email: null, role: 'standard', passwordHash: 'x', mustChangePassword: false }, T0);
      assert.ok(created.ok);
      return id;
    }

    function pending(userId: string, overrides: Partial<NewPendingAuthenticator> = {}): NewPendingAuthenticator {
      return { id: randomUUID(), userId, kind: 'totp', name: 'App', createdAt: T0, purpose: 'addition', boundTo: 'session:s1', expiresAt: T0 + 15 * MINUTE, ...overrides };
    }

    /** An active TOTP authenticator of the user; answers its id. */
    async function activeApp(userId: string): Promise<string> {
      const row = pending(userId);
      assert.ok((await store.startAddingAuthenticator(row, { totpSecretCiphertext: 'ciphertext' }, 5)).ok);
      assert.ok((await store.activateAuthenticator(row.id, T0 + 1, {}, { replaceOthers: false, maxOfKind: 5 })).ok);
      return row.id;
    }

    test('ten concurrent acceptances of one TOTP step give one success; an older step is refused', async () => {
      const id = await activeApp(await user());
      const results = await Promise.all(Array.from({ length: 10 }, () => store.acceptTotpStep(id, 1000)));
      assert.equal(results.filter(Boolean).length, 1);
      assert.equal(await store.acceptTotpStep(id, 999), false);
      assert.equal(await store.acceptTotpStep(id, 1001), true);
    });

    test("each app has its own replay guard", async () => {
      const userId = await user();
      const [a, b] = [await activeApp(userId), await activeApp(userId)];
      assert.equal(await store.acceptTotpStep(a, 50), true);
      assert.equal(await store.acceptTotpStep(b, 50), true);
    });

    test('ten concurrent redemptions of one recovery code give one success', async () => {
      const userId = await user();
      await store.replaceRecoveryCodes(userId, ['h1', 'h2'], T0);
      const results = await Promise.all(Array.from({ length: 10 }, () => store.redeemRecoveryCode(userId, 'h1', T0 + 1)));
      assert.deepEqual(results.sort(), ['ok', ...Array<string>(9).fill('used')]);
      assert.equal(await store.countRecoveryCodes(userId), 1);
      assert.equal(await store.redeemRecoveryCode(userId, 'h9', T0 + 2), 'wrong_code', 'a code the user never had');
    });

    test("ten concurrent Finishes of one verified enrollment: one activation, the user's other authenticators replaced once, its recovery codes installed", async () => {
      const userId = await user();
      const old = await activeApp(userId);
      const enrollment = pending(userId, { purpose: 'enrollment' });
      assert.ok((await store.startAddingAuthenticator(enrollment, { totpSecretCiphertext: 'new' }, 5)).ok);
      assert.equal((await store.activateAuthenticator(enrollment.id, T0 + 2, {}, { replaceOthers: true, maxOfKind: 5 })).ok, false, 'not before it is verified');
      assert.ok(await store.markAuthenticatorVerified(enrollment.id, ['r1', 'r2', 'r3'], T0 + 2));
      assert.equal(await store.markAuthenticatorVerified(enrollment.id, ['x'], T0 + 2), false, 'verified once');
      const results = await Promise.all(Array.from({ length: 10 }, () => store.activateAuthenticator(enrollment.id, T0 + 3, {}, { replaceOthers: true, maxOfKind: 5 })));
      const winners = results.filter((r) => r.ok);
      assert.equal(winners.length, 1);
      assert.deepEqual(winners[0]!.ok && winners[0]!.replaced.map((a) => a.id), [old]);
      assert.deepEqual((await store.listAuthenticators(userId)).map((a) => a.id), [enrollment.id]);
      assert.equal(await store.countRecoveryCodes(userId), 3);
      assert.equal(await store.findTotpSecret(old), null, "the replaced app's secret is gone");
    });

    test('concurrent activations never take a user past the per-kind limit', async () => {
      const userId = await user();
      for (let i = 0; i < 3; i++) await activeApp(userId);
      const rows = Array.from({ length: 6 }, () => pending(userId));
      for (const row of rows) assert.ok((await store.startAddingAuthenticator(row, { totpSecretCiphertext: 'c' }, 5)).ok);
      // All started by one session, which each activation keeps (else the first would end the others).
      const results = await Promise.all(rows.map((row) => store.activateAuthenticator(row.id, T0 + 5, { sessionId: 's1' }, { replaceOthers: false, maxOfKind: 5 })));
      assert.equal(results.filter((r) => r.ok).length, 2, JSON.stringify(results.map((r) => r.ok || r.reason)));
      assert.equal((await store.listAuthenticators(userId)).length, 5);
      assert.deepEqual((await store.startAddingAuthenticator(pending(userId), { totpSecretCiphertext: 'c' }, 5)), { ok: false, reason: 'authenticator_limit_reached' });
    });

    test('two e-mail authenticators activated at once: one wins', async () => {
      const userId = await user();
      const rows = [pending(userId, { kind: 'email' }), pending(userId, { kind: 'email' })];
      for (const row of rows) assert.ok((await store.startAddingAuthenticator(row, {}, 1)).ok);
      const results = await Promise.all(rows.map((row) => store.activateAuthenticator(row.id, T0 + 5, { sessionId: 's1' }, { replaceOthers: false, maxOfKind: 1 })));
      assert.equal(results.filter((r) => r.ok).length, 1);
      assert.deepEqual((await store.listAuthenticators(userId)).map((a) => a.kind), ['email']);
    });

    test('ten concurrent removals of one authenticator: one success; the last one takes the recovery codes with it', async () => {
      const userId = await user();
      const [a, b] = [await activeApp(userId), await activeApp(userId)];
      await store.replaceRecoveryCodes(userId, ['h1'], T0);
      const results = await Promise.all(Array.from({ length: 10 }, () => store.removeAuthenticator(userId, a, T0 + 1, {})));
      assert.equal(results.filter((r) => r.ok).length, 1);
      assert.equal(await store.countRecoveryCodes(userId), 1, 'another authenticator is left: the codes stay');
      const last = await store.removeAuthenticator(userId, b, T0 + 2, {});
      assert.ok(last.ok);
      assert.deepEqual(last.ok && last.user.mfaKinds, []);
      assert.equal(await store.countRecoveryCodes(userId), 0);
    });

    test("a user's MFA kinds are read with the user, the most recently used first", async () => {
      const userId = await user();
      const app = await activeApp(userId);
      const email = pending(userId, { kind: 'email' });
      await store.startAddingAuthenticator(email, {}, 1);
      await store.activateAuthenticator(email.id, T0 + 10, {}, { replaceOthers: false, maxOfKind: 1 });
      assert.deepEqual((await store.findUserById(userId))!.mfaKinds, ['email', 'totp']);
      await store.recordAuthenticatorUse(app, T0 + 20);
      assert.deepEqual((await store.findUserById(userId))!.mfaKinds, ['totp', 'email']);
    });

    test('an authenticator being added expires, is found only while live, and is not one of the user\'s', async () => {
      const userId = await user();
      const row = pending(userId);
      await store.startAddingAuthenticator(row, { totpSecretCiphertext: 'c' }, 5);
      assert.ok(await store.findPendingAuthenticator(userId, row.id, T0 + MINUTE));
      assert.equal(await store.findPendingAuthenticator(userId, row.id, T0 + 15 * MINUTE), null);
      assert.deepEqual(await store.listAuthenticators(userId), []);
      assert.equal((await store.activateAuthenticator(row.id, T0 + 15 * MINUTE, {}, { replaceOthers: false, maxOfKind: 5 })).ok, false);
    });
  });
}
