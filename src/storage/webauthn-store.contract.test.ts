// The storage contract for security keys and passkeys (issue 13), on both databases: a challenge is
// consumed once under concurrent attempts, only with its purpose and binding and before it expires;
// a hardware key's counter moves on once per value; a credential id is registered once.
import assert from 'node:assert/strict';
import { randomBytes, randomUUID } from 'node:crypto';
import { after, before, describe, test } from 'node:test';
import type { Store, WebAuthnChallenge } from '../core/ports.js';
import { availableDatabaseKinds, createTestDatabase, type TestDatabase } from '../../test/helpers/test-databases.js';
import { openStore } from './kysely-store.js';

const T0 = Date.UTC(2026, 0, 1);
const MINUTE = 60_000;

for (const kind of await availableDatabaseKinds()) {
  describe(`webauthn storage (${kind})`, () => {
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

    const challenge = (overrides: Partial<WebAuthnChallenge> = {}): WebAuthnChallenge => ({
      challenge: randomBytes(32).toString('base64url'),
      purpose: 'sign_in',
      boundTo: 'flow-1',
      userId: null,
      createdAt: T0,
      expiresAt: T0 + 5 * MINUTE,
      ...overrides,
    });

    /** An active security key of a new user; answers its authenticator id. */
    async function activeKey(counter: number): Promise<{ authenticatorId: string; credentialId: string }> {
      const userId = randomUUID();
      assert.ok((await store.createUser({ id: userId, username: `k-${userId.slice(0, 8)}`, email: null, role: 'standard', passwordHash: 'x', mustChangePassword: false }, T0)).ok);
      const authenticatorId = randomUUID();
      await store.startAddingAuthenticator({ id: authenticatorId, userId, kind: 'webauthn', name: 'Key', createdAt: T0, purpose: 'addition', boundTo: 'session:s', expiresAt: T0 + 15 * MINUTE }, {}, 10);
      const credentialId = randomBytes(16).toString('base64url');
      const credential = { authenticatorId, userId, credentialId, publicKey: 'pk', counter, transports: ['usb'], aaguid: '00000000-0000-0000-0000-000000000000', attestationFormat: 'none', backupEligible: false, backedUp: false, discoverable: false, userVerified: false, rpId: 'example.com' };
      assert.equal(await store.saveWebAuthnCredential(credential), true);
      assert.equal(await store.saveWebAuthnCredential({ ...credential, authenticatorId: randomUUID() }), false, 'a credential id is registered once');
      assert.ok((await store.activateAuthenticator(authenticatorId, T0, {}, { replaceOthers: false, maxOfKind: 10 })).ok);
      return { authenticatorId, credentialId };
    }

    test('ten concurrent consumptions of one challenge: exactly one gets it', async () => {
      const issued = challenge();
      await store.saveWebAuthnChallenge(issued);
      const results = await Promise.all(Array.from({ length: 10 }, () => store.consumeWebAuthnChallenge(issued.challenge, 'sign_in', 'flow-1', T0 + MINUTE)));
      assert.equal(results.filter((r) => r !== null).length, 1);
    });

    test('a challenge is consumed only with its purpose and binding, and only before it expires', async () => {
      const issued = challenge();
      await store.saveWebAuthnChallenge(issued);
      assert.equal(await store.consumeWebAuthnChallenge(issued.challenge, 'sign_in', 'flow-2', T0), null, 'another flow');
      assert.equal(await store.consumeWebAuthnChallenge(issued.challenge, 'confirmation', 'flow-1', T0), null, 'another purpose');
      assert.equal(await store.consumeWebAuthnChallenge(issued.challenge, 'sign_in', 'flow-1', T0 + 5 * MINUTE), null, 'expired');
      assert.equal(await store.deleteExpiredWebAuthnChallenges(T0 + 5 * MINUTE), 1);
    });

    test('a hardware key’s counter moves on once per value, also under concurrent uses', async () => {
      const { authenticatorId, credentialId } = await activeKey(5);
      const use = (counter: number) => store.recordWebAuthnAssertion(authenticatorId, { counter, counterMayStay: false, backedUp: false, at: T0 + MINUTE, address: '192.0.2.1' });
      assert.equal(await use(5), false, 'not above the stored counter');
      const results = await Promise.all(Array.from({ length: 8 }, () => use(6)));
      assert.equal(results.filter(Boolean).length, 1);
      const found = await store.findWebAuthnCredential(credentialId);
      assert.equal(found?.credential.counter, 6);
      assert.equal(found.credential.lastUsedAddress, '192.0.2.1');
      assert.equal(found.authenticator.lastUsedAt, T0 + MINUTE);
    });
  });
}
