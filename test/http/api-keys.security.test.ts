// API-key security behaviour (standards §6 KEY-1, KEY-3, KEY-6): a mistyped token is refused
// before any storage call; a token sent as the username is never logged; the token and its secret
// half are nowhere in the database, and the token, its secret half and its hash are in no log line,
// list or audit answer.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { generateApiKeyId, generateApiToken } from '../../src/core/api-keys/api-key-format.js';
import { hashToken } from '../../src/core/crypto/server-keys.js';
import type { Store } from '../../src/core/ports.js';
import { createApiKey, requestWithApiKey } from '../helpers/api-key-steps.js';
import { dumpDatabase } from '../helpers/database-dump.js';
import { ADMIN_PASSWORD, addTestUser, basic, Browser, errorTypeOf, startTestApp, type TestApp } from '../helpers/test-app.js';
import { availableDatabaseKinds } from '../helpers/test-databases.js';

const BASE62 = '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz';

/** Wraps the app's store so every verb called through it is counted, until restored. */
function countStoreCalls(t: TestApp): { calls: string[]; restore(): void } {
  const original = t.ctx.store;
  const calls: string[] = [];
  t.ctx.store = new Proxy(original, {
    get(target, property, receiver) {
      const value: unknown = Reflect.get(target, property, receiver);
      if (typeof value !== 'function') return value;
      return (...args: unknown[]) => {
        calls.push(String(property));
        return (value as (...a: unknown[]) => unknown).apply(target, args);
      };
    },
  }) as Store;
  return { calls, restore: () => void (t.ctx.store = original) };
}

/** The token with one character after the prefix replaced by another base62 character. */
function withOneCharacterChanged(token: string, position: number): string {
  const current = token[position]!;
  const replacement = BASE62[(BASE62.indexOf(current) + 1) % BASE62.length]!;
  return token.slice(0, position) + replacement + token.slice(position + 1);
}

for (const kind of await availableDatabaseKinds()) {
  describe(`API key security (${kind})`, () => {
    let t: TestApp;
    before(async () => {
      t = await startTestApp(kind);
    });
    after(() => t.close());

    async function signedIn(username: string): Promise<Browser> {
      await addTestUser(t, username);
      const browser = new Browser(t.app);
      assert.equal((await browser.signIn(username, `${username} has a long password`)).statusCode, 200);
      return browser;
    }

    test('a token with one changed character is refused without any storage call', async () => {
      const key = await createApiKey(await signedIn('typist'), { name: 'typo' });
      for (const position of [3, 20, 34, 35, 40]) {
        const counter = countStoreCalls(t);
        let response;
        try {
          response = await requestWithApiKey(t, { api_key: key.api_key, api_token: withOneCharacterChanged(key.api_token, position) });
        } finally {
          counter.restore();
        }
        assert.equal(response.statusCode, 401, `position ${position}`);
        assert.equal(errorTypeOf(response), 'invalid_credentials');
        assert.deepEqual(counter.calls, [], `position ${position}: no lookup, no audit write`);
      }
      assert.ok(t.logs.some((line) => line.includes('"reason":"malformed"') && line.includes(key.api_key)), 'the refusal is logged with its reason');
      const counter = countStoreCalls(t);
      try {
        assert.equal((await requestWithApiKey(t, key)).statusCode, 200);
      } finally {
        counter.restore();
      }
      assert.equal(counter.calls.filter((c) => c === 'findApiKeyWithOwner').length, 1, 'the right token costs exactly one lookup');
    });

    test('a well-formed token that is not the key\'s costs one lookup and is audited; a key never costs Argon2id', async () => {
      const browser = await signedIn('prober');
      const key = await createApiKey(browser, { name: 'probed' });
      const decoy = await createApiKey(browser, { name: 'decoy' });
      const counter = countStoreCalls(t);
      try {
        const response = await requestWithApiKey(t, { api_key: key.api_key, api_token: decoy.api_token });
        assert.equal(response.statusCode, 401);
      } finally {
        counter.restore();
      }
      // The refusal is audited (the first from this address this minute), summaries of earlier
      // minutes are looked for, and it counts against the address's limit of failures.
      assert.deepEqual(counter.calls, ['findApiKeyWithOwner', 'countRefusal', 'appendAuditEvent', 'takeRefusalCountsBefore', 'countAddressAttempt']);
      assert.equal(counter.calls.includes('findUserByUsername'), false, 'never the password path');
    });

    test('key and token swapped are refused before any lookup, and the token is not logged', async () => {
      const key = await createApiKey(await signedIn('swapper'), { name: 'swapped' });
      const counter = countStoreCalls(t);
      let response;
      try {
        response = await t.app.inject({ url: '/api/me', headers: { authorization: basic(key.api_token, key.api_key) } });
      } finally {
        counter.restore();
      }
      assert.equal(response.statusCode, 401);
      assert.equal(errorTypeOf(response), 'invalid_credentials');
      assert.deepEqual(counter.calls, []);
      assert.equal(t.logs.some((line) => line.includes(key.api_token.slice(3, 35))), false);
    });

    test('150 random well-formed keys from one address get 429 past the limit and add at most a few audit events, summarised with their count', async () => {
      const address = '203.0.113.150';
      const before = await t.ctx.store.listAuditEvents({ limit: 1000 });
      const statuses: number[] = [];
      for (let batch = 0; batch < 15; batch++) {
        const answers = await Promise.all(
          Array.from({ length: 10 }, () => requestWithApiKey(t, { api_key: generateApiKeyId(), api_token: generateApiToken() }, { address })),
        );
        statuses.push(...answers.map((answer) => answer.statusCode));
        for (const answer of answers.filter((a) => a.statusCode === 429)) {
          assert.equal(errorTypeOf(answer), 'too_many_requests');
          assert.ok(Number(answer.headers['retry-after']) >= 1);
        }
      }
      assert.equal(statuses.filter((status) => status === 401).length, 60, 'the default limit: 60 refusals a minute');
      assert.equal(statuses.filter((status) => status === 429).length, 90);
      const added = (await t.ctx.store.listAuditEvents({ limit: 1000 })).filter((event) => !before.some((old) => old.id === event.id));
      assert.ok(added.length <= 3, `${added.length} audit events for 150 refusals`);
      assert.deepEqual(added.map((event) => [event.type, event.clientAddress]), [['api_key_refused', address]], 'the first refusal, as itself');
      const correct = await createApiKey(await signedIn('same.address'), { name: 'still works' });
      assert.equal((await requestWithApiKey(t, correct, { address })).statusCode, 200, 'a correct key is not limited');

      // The next minute: the first refusal from anywhere writes the summary of the finished one.
      t.clock.advance(60_000);
      assert.equal((await requestWithApiKey(t, { api_key: generateApiKeyId(), api_token: generateApiToken() }, { address: '203.0.113.151' })).statusCode, 401);
      const [summary, ...others] = (await t.ctx.store.listAuditEvents({ type: 'refusals_summarised', limit: 100 })).filter((event) => event.clientAddress === address);
      assert.equal(others.length, 0);
      assert.equal(summary?.outcome, 'refused');
      assert.equal(summary?.details.refused, 'api_key_refused');
      assert.equal(summary?.details.refusals, 150);
      assert.equal((await requestWithApiKey(t, { api_key: generateApiKeyId(), api_token: generateApiToken() }, { address })).statusCode, 401, 'a new minute');
    });

    test("an admin's API key cannot create users, grant roles, reset passwords or MFA, or change the policy: 403 api_key_not_allowed", async () => {
      const admin = new Browser(t.app);
      assert.equal((await admin.signIn('admin', ADMIN_PASSWORD)).statusCode, 200);
      const key = await createApiKey(admin, { name: 'automation' });
      const target = await addTestUser(t, 'managed.by.key');
      const refused: [string, string, unknown][] = [
        ['POST', '/api/users', { username: 'made.by.key', password: 'made by a stolen key', role: 'admin' }],
        ['PATCH', `/api/users/${target.id}`, { role: 'admin' }],
        ['PATCH', `/api/users/${target.id}`, { email: 'attacker@example.com' }],
        ['PATCH', `/api/users/${target.id}`, { disabled: false }],
        ['PATCH', `/api/users/${target.id}`, { disabled: true, role: 'standard' }],
        ['POST', `/api/users/${target.id}/password`, { password: 'set by a stolen key' }],
        ['POST', `/api/users/${target.id}/mfa/reset`, undefined],
        ['PUT', '/api/settings/authentication', { allowed_methods: ['totp'], enforce_mfa: false }],
        ['PUT', '/api/settings/smtp', { host: 'mail.attacker.example', port: 25, security: 'none', sender: 'x <x@attacker.example>' }],
        ['POST', '/api/me/api-keys', { name: 'another' }],
      ];
      for (const [method, url, payload] of refused) {
        const response = await requestWithApiKey(t, key, { method: method as 'POST', url, ...(payload !== undefined && { payload: payload as object }) });
        assert.equal(response.statusCode, 403, `${method} ${url} ${JSON.stringify(payload)}`);
        assert.equal(errorTypeOf(response), 'api_key_not_allowed');
      }
      const unchanged = (await t.ctx.store.findUserById(target.id))!;
      assert.deepEqual([unchanged.role, unchanged.email, unchanged.passwordHash], [target.role, target.email, target.passwordHash]);
      assert.equal(await t.ctx.store.findUserByUsername('made.by.key'), null);

      // Reading, taking access away and housekeeping stay open to keys; the admin's password too.
      assert.equal((await requestWithApiKey(t, key, { url: '/api/users' })).statusCode, 200);
      assert.equal((await requestWithApiKey(t, key, { method: 'PATCH', url: `/api/users/${target.id}`, payload: { disabled: true } })).statusCode, 200);
      assert.equal((await requestWithApiKey(t, key, { method: 'POST', url: `/api/users/${target.id}/unlock` })).statusCode, 204);
      const withPassword = await t.app.inject({ method: 'PATCH', url: `/api/users/${target.id}`, headers: { authorization: basic('admin', ADMIN_PASSWORD) }, payload: { disabled: false, role: 'admin' } });
      assert.equal(withPassword.statusCode, 200);
      assert.equal((await admin.request('POST', `/api/users/${target.id}/password`, { password: 'set from the console' })).statusCode, 200);
    });

    test('the token and its secret half appear nowhere in the database; with its hash, in no log, list or audit answer', async () => {
      const browser = await signedIn('secretive');
      const key = await createApiKey(browser, { name: 'scanned' });
      const readOnly = await createApiKey(browser, { name: 'scanned read-only', read_only: true });
      // Use them: first use, refusals and revocation all write audit events and log lines.
      assert.equal((await requestWithApiKey(t, key)).statusCode, 200);
      assert.equal((await requestWithApiKey(t, readOnly, { method: 'POST', url: '/api/me/api-keys', payload: { name: 'x' } })).statusCode, 403);
      assert.equal((await requestWithApiKey(t, { api_key: key.api_key, api_token: readOnly.api_token })).statusCode, 401);
      assert.equal((await requestWithApiKey(t, { api_key: key.api_key, api_token: withOneCharacterChanged(key.api_token, 10) })).statusCode, 401);
      const admin = new Browser(t.app);
      await admin.signIn('admin', ADMIN_PASSWORD);
      const answers = [
        (await browser.request('GET', '/api/me/api-keys')).body,
        (await admin.request('GET', '/api/api-keys')).body,
        (await admin.request('GET', '/api/audit-events?user=secretive&limit=500')).body,
      ];
      assert.equal((await browser.request('DELETE', `/api/me/api-keys/${readOnly.api_key}`)).statusCode, 204);

      const secrets = [key, readOnly].flatMap((k) => [k.api_token, k.api_token.slice(3), k.api_token.slice(3, 35)]);
      const hashes = [key, readOnly].flatMap((k) => [hashToken(k.api_token), Buffer.from(hashToken(k.api_token), 'base64url').toString('hex')]);
      const database = (await dumpDatabase(t)).toString('latin1');
      assert.ok(database.includes(key.api_key), 'the dump is readable (the public key id is there)');
      assert.ok(database.includes(hashToken(key.api_token)), 'only the hash is stored');
      for (const secret of secrets) assert.equal(database.includes(secret), false, `a token is in the ${kind} database`);
      const logs = t.logs.join('\n');
      assert.ok(logs.includes(key.api_key), 'the logs mention the key id');
      for (const value of [...secrets, ...hashes]) {
        assert.equal(logs.includes(value), false, 'a token or its hash is in the log');
        for (const answer of answers) assert.equal(answer.includes(value), false, 'a token or its hash is in a list or audit answer');
      }
    });
  });
}
