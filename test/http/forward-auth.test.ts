// Forward auth in-process (SPEC 2.10): GET/HEAD /api/auth/verify answers 204 with who it is for a
// session cookie, a password or an API key, and 401 with a Basic challenge for anything else.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import type { LightMyRequestResponse } from 'fastify';
import { createApiKey } from '../helpers/api-key-steps.js';
import { enrollTotp } from '../helpers/mfa-steps.js';
import { ADMIN_PASSWORD, addTestUser, basic, Browser, errorTypeOf, ORIGIN, startTestApp, type TestApp } from '../helpers/test-app.js';
import { availableDatabaseKinds } from '../helpers/test-databases.js';

const CHALLENGE = 'Basic realm="Gatehouse"';

function assertAllowed(response: LightMyRequestResponse, username: string, role: string, auth: string): void {
  assert.equal(response.statusCode, 204, response.body);
  assert.equal(response.headers['x-gatehouse-user'], username);
  assert.equal(response.headers['x-gatehouse-role'], role);
  assert.equal(response.headers['x-gatehouse-auth'], auth);
  assert.equal(response.headers['www-authenticate'], undefined);
  assert.equal(response.headers['cache-control'], 'no-store');
  assert.equal(response.body, '');
}

function assertChallenged(response: LightMyRequestResponse, type?: string): void {
  assert.equal(response.statusCode, 401);
  assert.equal(response.headers['www-authenticate'], CHALLENGE);
  assert.equal(response.headers['x-gatehouse-user'], undefined);
  if (type !== undefined) assert.equal(errorTypeOf(response), type);
}

for (const kind of await availableDatabaseKinds()) {
  describe(`forward auth (${kind})`, () => {
    let t: TestApp;
    before(async () => {
      t = await startTestApp(kind);
    });
    after(() => t.close());

    const verify = (headers: Record<string, string> = {}, method: 'GET' | 'HEAD' = 'GET') => t.app.inject({ method, url: '/api/auth/verify', headers });

    test('a console session passes, with the user headers, on GET and HEAD', async () => {
      await addTestUser(t, 'console.user');
      const browser = new Browser(t.app);
      await browser.signIn('console.user', 'console.user has a long password');
      assertAllowed(await browser.request('GET', '/api/auth/verify'), 'console.user', 'standard', 'session');
      assertAllowed(await browser.request('HEAD', '/api/auth/verify'), 'console.user', 'standard', 'session');
      await browser.request('DELETE', '/api/session');
      const cookie = `gatehouse_session=${'A'.repeat(43)}`;
      assertChallenged(await verify({ cookie }), 'authentication_required');
    });

    test('Basic username:password passes for a user without MFA; a wrong password does not', async () => {
      assertAllowed(await verify({ authorization: basic('admin', ADMIN_PASSWORD) }), 'admin', 'admin', 'password');
      assertAllowed(await verify({ authorization: basic('admin', ADMIN_PASSWORD) }, 'HEAD'), 'admin', 'admin', 'password');
      assertChallenged(await verify({ authorization: basic('admin', 'not the admin password') }), 'invalid_credentials');
      assertChallenged(await verify({ authorization: basic('nobody', 'not anyone at all') }), 'invalid_credentials');
    });

    test('an API key passes; wrong, revoked and malformed ones do not', async () => {
      await addTestUser(t, 'key.user');
      const browser = new Browser(t.app);
      await browser.signIn('key.user', 'key.user has a long password');
      const key = await createApiKey(browser, { name: 'proxy' });
      const decoy = await createApiKey(browser, { name: 'decoy' });
      assertAllowed(await verify({ authorization: basic(key.api_key, key.api_token) }), 'key.user', 'standard', 'api_key');
      assertAllowed(await verify({ authorization: basic(key.api_key, key.api_token) }, 'HEAD'), 'key.user', 'standard', 'api_key');
      const response = await verify({ authorization: basic(key.api_key, key.api_token) });
      assert.equal(response.headers['x-gatehouse-user-id'], (await t.ctx.store.findUserByUsername('key.user'))!.id);
      assertChallenged(await verify({ authorization: basic(key.api_key, decoy.api_token) }), 'invalid_credentials');
      const mistyped = `${key.api_token.slice(0, -1)}${key.api_token.endsWith('x') ? 'y' : 'x'}`;
      assertChallenged(await verify({ authorization: basic(key.api_key, mistyped) }), 'invalid_credentials');
      assert.equal((await browser.request('DELETE', `/api/me/api-keys/${key.api_key}`)).statusCode, 204);
      assertChallenged(await verify({ authorization: basic(key.api_key, key.api_token) }), 'invalid_credentials');
    });

    test('a read-only key passes for the reads the proxy forwards and is refused (403) for writes', async () => {
      await addTestUser(t, 'reader');
      const browser = new Browser(t.app);
      await browser.signIn('reader', 'reader has a long password');
      const key = await createApiKey(browser, { name: 'read-only proxy', read_only: true });
      const authorization = basic(key.api_key, key.api_token);
      assertAllowed(await verify({ authorization }), 'reader', 'standard', 'api_key');
      assertAllowed(await verify({ authorization, 'x-forwarded-method': 'HEAD' }), 'reader', 'standard', 'api_key');
      const write = await verify({ authorization, 'x-forwarded-method': 'POST' });
      assert.equal(write.statusCode, 403);
      assert.equal(errorTypeOf(write), 'api_key_read_only');
    });

    test('a read-only key passes only for exactly GET or HEAD; a forwarded method that is not one method answers 400', async () => {
      await addTestUser(t, 'strict.reader');
      const browser = new Browser(t.app);
      await browser.signIn('strict.reader', 'strict.reader has a long password');
      const key = await createApiKey(browser, { name: 'strict read-only proxy', read_only: true });
      const authorization = basic(key.api_key, key.api_token);
      for (const method of ['DELETE_ALL', 'ABCDEFGHIJKLMNOPQ', 'get', 'Head', 'OPTIONS']) {
        const response = await verify({ authorization, 'x-forwarded-method': method });
        assert.equal(response.statusCode, 403, method);
        assert.equal(errorTypeOf(response), 'api_key_read_only', method);
      }
      for (const method of ['GET, POST', 'GET POST', '', 'X'.repeat(65), 'GÉT']) {
        const response = await verify({ authorization, 'x-forwarded-method': method });
        assert.equal(response.statusCode, 400, JSON.stringify(method));
        assert.equal(errorTypeOf(response), 'invalid_request');
      }
      const twoHeaders = await t.app.inject({ method: 'GET', url: '/api/auth/verify', headers: { authorization, 'x-forwarded-method': ['GET', 'POST'] } });
      assert.equal(twoHeaders.statusCode, 400, 'two X-Forwarded-Method headers');
    });

    test('a session cookie on a state-changing forwarded method must come from this site, as on /api', async () => {
      await addTestUser(t, 'cookie.writer');
      const browser = new Browser(t.app);
      await browser.signIn('cookie.writer', 'cookie.writer has a long password');
      const forwarded = (method: string, headers: Record<string, string> = {}) => browser.request('GET', '/api/auth/verify', undefined, { 'x-forwarded-method': method, ...headers });
      for (const headers of [{}, { origin: 'http://evil.example' }, { 'sec-fetch-site': 'cross-site' }, { 'sec-fetch-site': 'same-site' }] as Record<string, string>[]) {
        for (const method of ['POST', 'DELETE', 'PUT', 'PATCH', 'get']) {
          const response = await forwarded(method, headers);
          assert.equal(response.statusCode, 403, `${method} ${JSON.stringify(headers)}`);
          assert.equal(errorTypeOf(response), 'csrf_rejected');
        }
      }
      assertAllowed(await forwarded('POST', { origin: ORIGIN }), 'cookie.writer', 'standard', 'session');
      assertAllowed(await forwarded('DELETE', { 'sec-fetch-site': 'same-origin' }), 'cookie.writer', 'standard', 'session');
      // The protected site's own origin, as the proxy forwards it, is this site too.
      assertAllowed(await forwarded('POST', { origin: 'http://storage.example', host: 'storage.example' }), 'cookie.writer', 'standard', 'session');
      assert.equal((await forwarded('POST', { origin: 'http://evil.example', host: 'storage.example' })).statusCode, 403);
      for (const method of ['GET', 'HEAD', 'OPTIONS']) assertAllowed(await forwarded(method, { 'sec-fetch-site': 'cross-site' }), 'cookie.writer', 'standard', 'session');
    });

    test('Basic credentials on a state-changing forwarded method follow the same rule when the request says where it comes from', async () => {
      const authorization = basic('admin', ADMIN_PASSWORD);
      for (const headers of [{ origin: 'http://evil.example' }, { 'sec-fetch-site': 'cross-site' }] as Record<string, string>[]) {
        const response = await verify({ authorization, 'x-forwarded-method': 'POST', ...headers });
        assert.equal(response.statusCode, 403);
        assert.equal(errorTypeOf(response), 'csrf_rejected');
      }
      assertAllowed(await verify({ authorization, 'x-forwarded-method': 'POST' }), 'admin', 'admin', 'password');
      assertAllowed(await verify({ authorization, 'x-forwarded-method': 'POST', 'sec-fetch-site': 'same-origin' }), 'admin', 'admin', 'password');
    });

    test('an MFA user\'s password is refused; the same user\'s session and API key pass', async () => {
      await addTestUser(t, 'mfa.user');
      const browser = new Browser(t.app);
      await browser.signIn('mfa.user', 'mfa.user has a long password');
      await enrollTotp(t, browser);
      const key = await createApiKey(browser, { name: 'mfa proxy' });
      assertChallenged(await verify({ authorization: basic('mfa.user', 'mfa.user has a long password') }), 'mfa_enabled_use_api_key');
      assertAllowed(await browser.request('GET', '/api/auth/verify'), 'mfa.user', 'standard', 'session');
      assertAllowed(await verify({ authorization: basic(key.api_key, key.api_token) }), 'mfa.user', 'standard', 'api_key');
    });

    test('no credentials, other schemes and malformed Basic get 401 with the challenge', async () => {
      assertChallenged(await verify(), 'authentication_required');
      assertChallenged(await verify({}, 'HEAD'));
      assertChallenged(await verify({ authorization: 'Bearer abc' }), 'invalid_credentials');
      assertChallenged(await verify({ authorization: 'Basic !!!' }), 'invalid_credentials');
      const response = await verify();
      assert.deepEqual(Object.keys(response.json()), ['error'], 'the body is the error envelope');
    });

    test('a disabled user is refused with every kind of credential', async () => {
      const user = await addTestUser(t, 'disabled.soon');
      const browser = new Browser(t.app);
      await browser.signIn('disabled.soon', 'disabled.soon has a long password');
      const key = await createApiKey(browser, { name: 'soon dead' });
      await t.ctx.store.updateUser(user.id, { disabled: true }, t.clock.now());
      t.ctx.credentialCache.forgetUser(user.id);
      assertChallenged(await browser.request('GET', '/api/auth/verify'));
      assertChallenged(await verify({ authorization: basic('disabled.soon', 'disabled.soon has a long password') }));
      assertChallenged(await verify({ authorization: basic(key.api_key, key.api_token) }));
    });

    test('a username outside ASCII is percent-encoded in the header', async () => {
      await addTestUser(t, 'jürgen');
      const response = await verify({ authorization: basic('jürgen', 'jürgen has a long password') });
      assert.equal(response.statusCode, 204);
      assert.equal(response.headers['x-gatehouse-user'], 'j%C3%BCrgen');
    });
  });
}
