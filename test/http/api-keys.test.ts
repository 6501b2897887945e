// API keys over HTTP (SPEC 2.6, issue 5): create, use with curl-style Basic, list with last use,
// revoke; expiry, read-only, disabled owners, MFA owners, names, the admin's view and lifetime cap,
// and the rule that an API key cannot manage keys or credentials.
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { MINUTE, SECOND } from '../../src/core/clock.js';
import type { AuditEventRecord } from '../../src/core/ports.js';
import { createApiKey, requestWithApiKey } from '../helpers/api-key-steps.js';
import { enrollTotp } from '../helpers/mfa-steps.js';
import { ADMIN_PASSWORD, addTestUser, basic, Browser, errorTypeOf, startTestApp, type TestApp } from '../helpers/test-app.js';
import { availableDatabaseKinds } from '../helpers/test-databases.js';

const DAY = 24 * 60 * MINUTE;

for (const kind of await availableDatabaseKinds()) {
  describe(`API keys (${kind})`, () => {
    let t: TestApp;
    before(async () => {
      t = await startTestApp(kind);
    });
    after(() => t.close());

    async function signedIn(username: string, role: 'admin' | 'standard' = 'standard'): Promise<Browser> {
      await addTestUser(t, username, { role });
      const browser = new Browser(t.app);
      assert.equal((await browser.signIn(username, `${username} has a long password`)).statusCode, 200);
      return browser;
    }

    /** A fresh admin console session (tests move the clock past the idle timeout). */
    async function signedInAdmin(): Promise<Browser> {
      const browser = new Browser(t.app, '192.0.2.1');
      assert.equal((await browser.signIn('admin', ADMIN_PASSWORD)).statusCode, 200);
      return browser;
    }

    async function auditOf(type: string, userId: string): Promise<AuditEventRecord[]> {
      return t.ctx.store.listAuditEvents({ type, userId, limit: 50 });
    }

    const isoIn = (milliseconds: number) => new Date(t.clock.now() + milliseconds).toISOString();

    test('create → use with curl-style Basic → the list shows the last use → revoke → refused', async () => {
      const browser = await signedIn('keeper');
      const created = await browser.request('POST', '/api/me/api-keys', { name: '  DPX backup  ' });
      assert.equal(created.statusCode, 201, created.body);
      const key = created.json();
      assert.deepEqual(Object.keys(key).sort(), ['api_key', 'api_token', 'created_at', 'expires_at', 'name', 'read_only']);
      assert.match(key.api_key, /^gk_[0-9A-Za-z]{16}$/);
      assert.match(key.api_token, /^gt_[0-9A-Za-z]{38}$/);
      assert.equal(key.name, 'DPX backup', 'the name is trimmed');
      assert.equal(key.created_at, new Date(t.clock.now()).toISOString());
      assert.equal(key.expires_at, null);
      assert.equal(key.read_only, false);

      const listedBefore = (await browser.request('GET', '/api/me/api-keys')).json().api_keys;
      assert.deepEqual(listedBefore, [
        { api_key: key.api_key, name: 'DPX backup', created_at: key.created_at, expires_at: null, read_only: false, last_used_at: null, last_used_address: null },
      ]);

      t.clock.advance(5 * SECOND);
      const usedAt = new Date(t.clock.now()).toISOString();
      const me = await requestWithApiKey(t, key, { address: '198.51.100.7' });
      assert.equal(me.statusCode, 200, me.body);
      assert.equal(me.json().username, 'keeper');
      assert.equal(me.headers['set-cookie'], undefined, 'an API key gets no session');

      const [listed] = (await browser.request('GET', '/api/me/api-keys')).json().api_keys;
      assert.equal(listed.last_used_at, usedAt);
      assert.equal(listed.last_used_address, '198.51.100.7');

      const revoked = await browser.request('DELETE', `/api/me/api-keys/${key.api_key}`);
      assert.equal(revoked.statusCode, 204);
      const refused = await requestWithApiKey(t, key);
      assert.equal(refused.statusCode, 401);
      assert.equal(errorTypeOf(refused), 'invalid_credentials');
      assert.deepEqual((await browser.request('GET', '/api/me/api-keys')).json().api_keys, []);
      assert.equal((await browser.request('DELETE', `/api/me/api-keys/${key.api_key}`)).statusCode, 404, 'revoking twice finds nothing');

      const user = (await t.ctx.store.findUserByUsername('keeper'))!;
      const [createdEvent] = await auditOf('api_key_created', user.id);
      assert.deepEqual(createdEvent?.details, { api_key: key.api_key, name: 'DPX backup', expires_at: null, read_only: false });
      const [firstUse] = await auditOf('api_key_first_used', user.id);
      assert.equal(firstUse?.clientAddress, '198.51.100.7');
      const [revokedEvent] = await auditOf('api_key_revoked', user.id);
      assert.equal(revokedEvent?.actorUsername, 'keeper');
      assert.deepEqual(revokedEvent?.details, { api_key: key.api_key, name: 'DPX backup', revoked_by: 'owner' });
      const [refusal] = await auditOf('api_key_refused', user.id);
      assert.equal(refusal, undefined, 'a revoked key has no owner any more: the refusal is audited without one');
      const refusals = await t.ctx.store.listAuditEvents({ type: 'api_key_refused', limit: 100 });
      assert.ok(refusals.some((e) => e.details.api_key === key.api_key && e.details.reason === 'not_found'));
      assert.ok(t.logs.some((line) => line.includes('"reason":"not_found"') && line.includes(key.api_key)), 'the log line says why');
    });

    test('the last use is written at most once a minute, and the first use is audited once', async () => {
      const browser = await signedIn('frequent');
      const key = await createApiKey(browser, { name: 'cron' });
      const user = (await t.ctx.store.findUserByUsername('frequent'))!;
      const firstAt = new Date(t.clock.now()).toISOString();
      assert.equal((await requestWithApiKey(t, key, { address: '198.51.100.1' })).statusCode, 200);
      t.clock.advance(30 * SECOND);
      assert.equal((await requestWithApiKey(t, key, { address: '198.51.100.2' })).statusCode, 200);
      t.clock.advance(30 * SECOND);
      assert.equal((await requestWithApiKey(t, key, { address: '198.51.100.3' })).statusCode, 200);
      let [listed] = (await browser.request('GET', '/api/me/api-keys')).json().api_keys;
      assert.equal(listed.last_used_at, firstAt, 'not rewritten within the minute');
      assert.equal(listed.last_used_address, '198.51.100.1');
      t.clock.advance(1);
      const laterAt = new Date(t.clock.now()).toISOString();
      assert.equal((await requestWithApiKey(t, key, { address: '198.51.100.4' })).statusCode, 200);
      [listed] = (await browser.request('GET', '/api/me/api-keys')).json().api_keys;
      assert.equal(listed.last_used_at, laterAt);
      assert.equal(listed.last_used_address, '198.51.100.4');
      assert.equal((await auditOf('api_key_first_used', user.id)).length, 1);
    });

    test('an expired key is refused from its expiry instant on', async () => {
      const browser = await signedIn('mayfly');
      const key = await createApiKey(browser, { name: 'short-lived', expires_at: isoIn(60 * MINUTE) });
      assert.equal(key.expires_at, isoIn(60 * MINUTE));
      t.clock.advance(60 * MINUTE - 1);
      assert.equal((await requestWithApiKey(t, key)).statusCode, 200);
      t.clock.advance(1);
      const refused = await requestWithApiKey(t, key);
      assert.equal(refused.statusCode, 401);
      assert.equal(errorTypeOf(refused), 'invalid_credentials');
      const user = (await t.ctx.store.findUserByUsername('mayfly'))!;
      assert.equal((await auditOf('api_key_refused', user.id))[0]?.details.reason, 'expired');
      assert.ok(t.logs.some((line) => line.includes('"reason":"expired"') && line.includes(key.api_key)));
    });

    test('an expiry in the past or an unreadable one is refused at creation', async () => {
      const browser = await signedIn('timetraveller');
      const past = await browser.request('POST', '/api/me/api-keys', { name: 'past', expires_at: isoIn(-SECOND) });
      assert.equal(past.statusCode, 400);
      assert.equal(errorTypeOf(past), 'invalid_request');
      const garbage = await browser.request('POST', '/api/me/api-keys', { name: 'garbage', expires_at: 'next tuesday' });
      assert.equal(garbage.statusCode, 400);
      assert.equal(errorTypeOf(garbage), 'invalid_request');
    });

    test('a read-only key reads (GET, HEAD) and is refused on anything else with api_key_read_only', async () => {
      const reader = await signedIn('reader.admin', 'admin');
      const readOnly = await createApiKey(reader, { name: 'monitoring', read_only: true });
      const readWrite = await createApiKey(reader, { name: 'automation' });
      assert.equal(readOnly.read_only, true);
      assert.equal((await requestWithApiKey(t, readOnly, { url: '/api/users' })).statusCode, 200);
      assert.equal((await requestWithApiKey(t, readOnly, { method: 'HEAD', url: '/api/users' })).statusCode, 200);
      const target = await addTestUser(t, 'disabled.by.key');
      const refused = await requestWithApiKey(t, readOnly, { method: 'PATCH', url: `/api/users/${target.id}`, payload: { disabled: true } });
      assert.equal(refused.statusCode, 403);
      assert.equal(errorTypeOf(refused), 'api_key_read_only');
      assert.equal((await t.ctx.store.findUserById(target.id))?.disabledAt, null, 'nothing was changed');
      const deleted = await requestWithApiKey(t, readOnly, { method: 'DELETE', url: '/api/me/sessions' });
      assert.equal(errorTypeOf(deleted), 'api_key_read_only');
      const allowed = await requestWithApiKey(t, readWrite, { method: 'PATCH', url: `/api/users/${target.id}`, payload: { disabled: true } });
      assert.equal(allowed.statusCode, 200, 'a key acts with its owner\'s role, without CSRF checks');
      const listed = (await reader.request('GET', '/api/me/api-keys')).json().api_keys;
      assert.equal(listed.find((k: { name: string }) => k.name === 'monitoring').read_only, true);
    });

    test('a key acts with its owner\'s role: a standard user\'s key gets 403 on admin routes', async () => {
      const browser = await signedIn('plain');
      const key = await createApiKey(browser, { name: 'plain key' });
      const response = await requestWithApiKey(t, key, { url: '/api/users' });
      assert.equal(response.statusCode, 403);
      assert.equal(errorTypeOf(response), 'forbidden');
    });

    test('a disabled owner\'s keys are refused at once, and a deleted owner\'s are gone', async () => {
      const admin = await signedInAdmin();
      const browser = await signedIn('leaver');
      const key = await createApiKey(browser, { name: 'laptop' });
      const user = (await t.ctx.store.findUserByUsername('leaver'))!;
      assert.equal((await requestWithApiKey(t, key)).statusCode, 200);
      assert.equal((await admin.request('PATCH', `/api/users/${user.id}`, { disabled: true })).statusCode, 200);
      const refused = await requestWithApiKey(t, key);
      assert.equal(refused.statusCode, 401);
      assert.equal(errorTypeOf(refused), 'invalid_credentials');
      assert.equal((await auditOf('api_key_refused', user.id))[0]?.details.reason, 'user_disabled');
      assert.equal((await admin.request('DELETE', `/api/users/${user.id}`)).statusCode, 204);
      assert.equal((await requestWithApiKey(t, key)).statusCode, 401);
      assert.equal(await t.ctx.store.findApiKeyWithOwner(key.api_key), null, 'the key went with its owner');
    });

    test('a wrong token for a real key is refused with the same answer as any other refusal', async () => {
      const browser = await signedIn('guessed');
      const key = await createApiKey(browser, { name: 'target' });
      const other = await createApiKey(browser, { name: 'other' });
      const wrong = await requestWithApiKey(t, { api_key: key.api_key, api_token: other.api_token });
      const unknown = await requestWithApiKey(t, { api_key: 'gk_0000000000000000', api_token: key.api_token });
      for (const response of [wrong, unknown]) {
        assert.equal(response.statusCode, 401);
        assert.deepEqual(response.json(), { error: { type: 'invalid_credentials', message: 'The credentials are not correct.' } });
      }
      const user = (await t.ctx.store.findUserByUsername('guessed'))!;
      assert.equal((await auditOf('api_key_refused', user.id))[0]?.details.reason, 'wrong_token');
    });

    test('key names are unique per user (409 api_key_name_taken), and must have 1 to 64 characters', async () => {
      const ada = await signedIn('ada.names');
      const bob = await signedIn('bob.names');
      await createApiKey(ada, { name: 'backup' });
      const taken = await ada.request('POST', '/api/me/api-keys', { name: ' backup ' });
      assert.equal(taken.statusCode, 409);
      assert.equal(errorTypeOf(taken), 'api_key_name_taken');
      await createApiKey(bob, { name: 'backup' });
      for (const name of ['   ', 'x'.repeat(65), 'tab\there']) {
        const bad = await ada.request('POST', '/api/me/api-keys', { name });
        assert.equal(bad.statusCode, 400, JSON.stringify(name));
        assert.equal(errorTypeOf(bad), 'invalid_request');
      }
      await createApiKey(ada, { name: 'x'.repeat(64) });
    });

    test('an API key can neither create nor revoke keys, nor change the password or MFA (403 api_key_not_allowed)', async () => {
      const browser = await signedIn('stolen');
      const key = await createApiKey(browser, { name: 'leaked' });
      const attempts = [
        { method: 'POST', url: '/api/me/api-keys', payload: { name: 'minted' } },
        { method: 'DELETE', url: `/api/me/api-keys/${key.api_key}` },
        { method: 'PUT', url: '/api/me/password', payload: { current_password: 'x', new_password: 'a brand new long password' } },
        { method: 'POST', url: '/api/me/mfa/enrollment', payload: { method: 'totp' } },
        { method: 'POST', url: '/api/me/mfa/enrollment/verify', payload: { code: '123456' } },
        { method: 'POST', url: '/api/me/mfa/enrollment/finish' },
        { method: 'POST', url: '/api/me/mfa/disable', payload: { password: 'x', code: '123456' } },
        { method: 'POST', url: '/api/me/mfa/recovery-codes', payload: { password: 'x', code: '123456' } },
      ] as const;
      const said = new Map<string, string>();
      for (const attempt of attempts) {
        const response = await requestWithApiKey(t, key, attempt);
        assert.equal(response.statusCode, 403, `${attempt.method} ${attempt.url}`);
        assert.equal(errorTypeOf(response), 'api_key_not_allowed', `${attempt.method} ${attempt.url}`);
        said.set(attempt.url, (response.json() as { error: { message: string } }).error.message);
      }
      // The message says what keys cannot do on this route, and what the owner may use instead.
      assert.equal(said.get('/api/me/api-keys'), 'An API key cannot create or revoke API keys, nor change their policy. Sign in to the console, or send your username and password instead of the API key.');
      assert.equal(said.get('/api/me/password'), 'An API key cannot change the password. Sign in to the console, or send your username and password instead of the API key.');
      assert.match(said.get('/api/me/mfa/disable')!, /^An API key cannot set up, change or turn off multifactor authentication\. /);
      const listed = (await browser.request('GET', '/api/me/api-keys')).json().api_keys;
      assert.deepEqual(listed.map((k: { name: string }) => k.name), ['leaked'], 'nothing minted, nothing revoked');
      assert.equal((await requestWithApiKey(t, key, { url: '/api/me/api-keys' })).statusCode, 200, 'listing is reading: allowed');
    });

    test('Basic username:password manages keys too, as curl would', async () => {
      await addTestUser(t, 'scripter');
      const credentials = basic('scripter', 'scripter has a long password');
      const created = await t.app.inject({ method: 'POST', url: '/api/me/api-keys', headers: { authorization: credentials }, payload: { name: 'from curl' } });
      assert.equal(created.statusCode, 201, created.body);
      const key = created.json();
      assert.equal((await requestWithApiKey(t, key)).json().username, 'scripter');
      const revoked = await t.app.inject({ method: 'DELETE', url: `/api/me/api-keys/${key.api_key}`, headers: { authorization: credentials } });
      assert.equal(revoked.statusCode, 204);
    });

    test('creating a key needs a recent sign-in or the password', async () => {
      const browser = await signedIn('stale');
      t.clock.advance(11 * MINUTE);
      const stale = await browser.request('POST', '/api/me/api-keys', { name: 'stale' });
      assert.equal(stale.statusCode, 403);
      assert.equal(errorTypeOf(stale), 'reauthentication_required');
      const wrong = await browser.request('POST', '/api/me/api-keys', { name: 'stale', password: 'not the password at all' });
      assert.equal(wrong.statusCode, 401);
      assert.equal(errorTypeOf(wrong), 'invalid_credentials');
      await createApiKey(browser, { name: 'stale', password: 'stale has a long password' });
      const revokeNeedsNothing = (await browser.request('GET', '/api/me/api-keys')).json().api_keys[0].api_key;
      assert.equal((await browser.request('DELETE', `/api/me/api-keys/${revokeNeedsNothing}`)).statusCode, 204, 'revoking only takes access away');
    });

    test('keys work for a user with MFA on, while that user\'s password is refused on the API', async () => {
      const browser = await signedIn('mfa.keys');
      const before = await createApiKey(browser, { name: 'made before MFA' });
      await enrollTotp(t, browser);
      const after = await createApiKey(browser, { name: 'made after MFA' });
      const password = await t.app.inject({ url: '/api/me', headers: { authorization: basic('mfa.keys', 'mfa.keys has a long password') } });
      assert.equal(password.statusCode, 401);
      assert.equal(errorTypeOf(password), 'mfa_enabled_use_api_key');
      for (const key of [before, after]) {
        const me = await requestWithApiKey(t, key);
        assert.equal(me.statusCode, 200, me.body);
        assert.equal(me.json().mfa_enabled, true);
      }
    });

    test('admins list everyone\'s keys (filtered by user) and revoke anyone\'s; standard users get 403 there', async () => {
      const admin = await signedInAdmin();
      const owner = await signedIn('owned');
      const other = await signedIn('bystander');
      const key = await createApiKey(owner, { name: 'owned key' });
      await createApiKey(other, { name: 'bystander key' });

      const everyone = (await admin.request('GET', '/api/api-keys')).json().api_keys as { api_key: string; user: { username: string } }[];
      assert.ok(everyone.some((k) => k.api_key === key.api_key && k.user.username === 'owned'));
      assert.ok(everyone.some((k) => k.user.username === 'bystander'));
      const filtered = (await admin.request('GET', '/api/api-keys?user=owned')).json().api_keys;
      assert.deepEqual(filtered.map((k: { name: string }) => k.name), ['owned key']);
      const ownerId = (await t.ctx.store.findUserByUsername('owned'))!.id;
      assert.equal((await admin.request('GET', `/api/api-keys?user=${ownerId}`)).json().api_keys.length, 1);
      assert.deepEqual((await admin.request('GET', '/api/api-keys?user=nobody-at-all')).json().api_keys, []);

      for (const [method, url] of [['GET', '/api/api-keys'], ['DELETE', `/api/api-keys/${key.api_key}`], ['GET', '/api/settings/api-keys']] as const) {
        const forbidden = await other.request(method, url);
        assert.equal(forbidden.statusCode, 403, `${method} ${url}`);
        assert.equal(errorTypeOf(forbidden), 'forbidden');
      }
      assert.equal((await other.request('DELETE', `/api/me/api-keys/${key.api_key}`)).statusCode, 404, 'another user\'s key is not theirs to revoke');
      assert.equal((await requestWithApiKey(t, key)).statusCode, 200);

      assert.equal((await admin.request('DELETE', `/api/api-keys/${key.api_key}`)).statusCode, 204);
      assert.equal((await requestWithApiKey(t, key)).statusCode, 401);
      assert.equal((await admin.request('DELETE', `/api/api-keys/${key.api_key}`)).statusCode, 404);
      const [revoked] = await auditOf('api_key_revoked', ownerId);
      assert.equal(revoked?.actorUsername, 'admin');
      assert.equal(revoked?.targetUsername, 'owned');
      assert.equal(revoked?.details.revoked_by, 'admin');
    });

    test('a key whose owner has MFA is told to sign in to the console, since the password is refused too', async () => {
      const browser = await signedIn(`guarded-${kind}`);
      await enrollTotp(t, browser);
      const key = await createApiKey(browser, { name: 'guarded key' });
      const refused = await requestWithApiKey(t, key, { method: 'POST', url: '/api/me/api-keys', payload: { name: 'more' } });
      assert.equal(errorTypeOf(refused), 'api_key_not_allowed');
      assert.equal((refused.json() as { error: { message: string } }).error.message, 'An API key cannot create or revoke API keys, nor change their policy. Sign in to the console to do this.');
    });

    test('an admin\'s API key cannot revoke other keys or change the key policy', async () => {
      const admin = await signedInAdmin();
      const adminKey = await createApiKey(admin, { name: `admin automation ${kind}` });
      const victim = await createApiKey(await signedIn('victim'), { name: 'victim key' });
      assert.equal((await requestWithApiKey(t, adminKey, { url: '/api/api-keys' })).statusCode, 200, 'listing is allowed');
      const revoke = await requestWithApiKey(t, adminKey, { method: 'DELETE', url: `/api/api-keys/${victim.api_key}` });
      assert.equal(errorTypeOf(revoke), 'api_key_not_allowed');
      const policy = await requestWithApiKey(t, adminKey, { method: 'PUT', url: '/api/settings/api-keys', payload: { max_lifetime_days: null } });
      assert.equal(errorTypeOf(policy), 'api_key_not_allowed');
      assert.equal((await requestWithApiKey(t, victim)).statusCode, 200);
    });

    test('the administrator\'s lifetime cap applies to new keys: an expiry is required and bounded', async () => {
      const admin = await signedInAdmin();
      const browser = await signedIn('capped');
      const uncapped = await createApiKey(browser, { name: 'before the cap' });
      assert.deepEqual((await admin.request('GET', '/api/settings/api-keys')).json(), { max_lifetime_days: null });
      const set = await admin.request('PUT', '/api/settings/api-keys', { max_lifetime_days: 30 });
      assert.equal(set.statusCode, 200, set.body);
      assert.deepEqual(set.json(), { max_lifetime_days: 30 });
      try {
        for (const body of [{ name: 'forever' }, { name: 'null expiry', expires_at: null }, { name: 'too long', expires_at: isoIn(30 * DAY + 1) }]) {
          const refused = await browser.request('POST', '/api/me/api-keys', body);
          assert.equal(refused.statusCode, 400, body.name);
          assert.equal(errorTypeOf(refused), 'api_key_lifetime_exceeded', body.name);
          assert.match(refused.json().error.message, /30 days/);
        }
        await createApiKey(browser, { name: 'within the cap', expires_at: isoIn(30 * DAY) });
        assert.equal((await requestWithApiKey(t, uncapped)).statusCode, 200, 'existing keys keep their lifetime');
        for (const bad of [0, 36_501, 1.5, 'thirty']) {
          const invalid = await admin.request('PUT', '/api/settings/api-keys', { max_lifetime_days: bad });
          assert.equal(invalid.statusCode, 400, String(bad));
        }
        const events = await t.ctx.store.listAuditEvents({ type: 'api_key_policy_changed', limit: 1 });
        assert.deepEqual(events[0]?.details, { max_lifetime_days: 30, previous_max_lifetime_days: null });
      } finally {
        assert.equal((await admin.request('PUT', '/api/settings/api-keys', { max_lifetime_days: null })).statusCode, 200);
      }
      await createApiKey(browser, { name: 'forever again' });
    });

    test('revocation racing use: requests in flight may finish, but once the revocation has answered every use fails', async () => {
      const browser = await signedIn('racing');
      const key = await createApiKey(browser, { name: 'raced' });
      const inFlight = Array.from({ length: 20 }, (_, i) => requestWithApiKey(t, key, { address: `198.51.100.${i + 1}` }));
      const revoked = await browser.request('DELETE', `/api/me/api-keys/${key.api_key}`);
      assert.equal(revoked.statusCode, 204);
      const answers = await Promise.all(inFlight);
      assert.ok(answers.every((r) => r.statusCode === 200 || r.statusCode === 401), 'each in-flight request either made it or was refused');
      const afterwards = await Promise.all(Array.from({ length: 10 }, () => requestWithApiKey(t, key)));
      assert.deepEqual(afterwards.map((r) => r.statusCode), Array(10).fill(401));
      assert.equal(await t.ctx.store.findApiKeyWithOwner(key.api_key), null, 'no late "last used" write brought the key back');
    });

    test('creating a key e-mails the owner, naming the key but never the token', async () => {
      await addTestUser(t, 'notified', { email: 'notified@example.com' });
      const browser = new Browser(t.app);
      await browser.signIn('notified', 'notified has a long password');
      const key = await createApiKey(browser, { name: 'mailed' });
      const outbox = join(t.config.dataDir, 'outbox');
      const mails = readdirSync(outbox).filter((f) => f.endsWith('.eml')).map((f) => readFileSync(join(outbox, f), 'utf8'));
      const mail = mails.find((m) => m.includes('notified@example.com') && m.includes(key.api_key));
      assert.ok(mail, 'a message names the new key');
      for (const mailText of mails) assert.equal(mailText.includes(key.api_token.slice(3, 35)), false, 'no message carries the token');
    });

    test('the API key routes are in the OpenAPI document', async () => {
      const paths = (await t.app.inject({ url: '/api/openapi.json' })).json().paths;
      for (const path of ['/api/me/api-keys', '/api/me/api-keys/{api_key}', '/api/api-keys', '/api/api-keys/{api_key}', '/api/settings/api-keys', '/api/auth/verify']) {
        assert.ok(paths[path], path);
      }
    });
  });
}
