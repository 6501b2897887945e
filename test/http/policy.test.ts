import assert from 'node:assert/strict';
import { after, before, beforeEach, describe, test } from 'node:test';
import { SECOND } from '../../src/core/clock.js';
import { AUTHENTICATION_POLICY_KEY, DEFAULT_AUTHENTICATION_POLICY } from '../../src/core/policy/authentication-policy.js';
import { Authenticator } from '../helpers/authenticator.js';
import { enrollTotp } from '../helpers/mfa-steps.js';
import { ADMIN_PASSWORD, addTestUser, basic, Browser, errorTypeOf, startTestApp, type TestApp } from '../helpers/test-app.js';
import { availableDatabaseKinds } from '../helpers/test-databases.js';
import { SmtpSink } from '../helpers/smtp-sink.js';

for (const kind of await availableDatabaseKinds()) {
  describe(`the administrator's authentication policy (${kind})`, () => {
    let t: TestApp;
    let smtp: SmtpSink;
    let admin: Browser;
    let adminApp: Authenticator;
    before(async () => {
      smtp = await new SmtpSink().start();
      t = await startTestApp(kind, { env: { GATEHOUSE_SMTP_URL: smtp.url } });
      admin = new Browser(t.app);
      await admin.signIn('admin', ADMIN_PASSWORD);
      adminApp = (await enrollTotp(t, admin)).authenticator;
      await signInAdminAgain();
    });
    after(async () => {
      await t.close();
      await smtp.stop();
    });
    beforeEach(async () => {
      await t.ctx.store.writeSetting(AUTHENTICATION_POLICY_KEY, DEFAULT_AUTHENTICATION_POLICY, t.clock.now());
    });

    async function signInAdminAgain() {
      admin = new Browser(t.app);
      await admin.signIn('admin', ADMIN_PASSWORD);
      const done = await admin.request('POST', '/api/session/second-factor', { method: 'totp', code: adminApp.codeAt(t.clock.now()) });
      assert.equal(done.statusCode, 200, done.body);
      t.clock.advance(30 * SECOND);
    }

    const putPolicy = (body: Record<string, unknown>, query = '') => admin.request('PUT', `/api/settings/authentication${query}`, body);

    async function emailUser(username: string): Promise<void> {
      const email = `${username}@example.com`;
      await addTestUser(t, username, { email });
      const browser = new Browser(t.app);
      await browser.signIn(username, `${username} has a long password`);
      await browser.request('POST', '/api/me/mfa/enrollment', { method: 'email' });
      await browser.request('POST', '/api/me/mfa/enrollment/verify', { code: smtp.latestCodeFor(email) });
      assert.equal((await browser.request('POST', '/api/me/mfa/enrollment/finish')).statusCode, 200);
      t.clock.advance(31 * SECOND);
    }

    test('the app can never be disallowed', async () => {
      const refused = await putPolicy({ allowed_methods: ['email'], enforce_mfa: false });
      assert.equal(refused.statusCode, 400);
      assert.equal(errorTypeOf(refused), 'invalid_request');
    });

    test('disallowing e-mail refuses new e-mail enrollments with mfa_method_not_allowed', async () => {
      assert.equal((await putPolicy({ allowed_methods: ['totp'], enforce_mfa: false })).statusCode, 200);
      await addTestUser(t, 'newcomer', { email: 'newcomer@example.com' });
      const browser = new Browser(t.app);
      await browser.signIn('newcomer', 'newcomer has a long password');
      const refused = await browser.request('POST', '/api/me/mfa/enrollment', { method: 'email' });
      assert.equal(refused.statusCode, 403);
      assert.equal(errorTypeOf(refused), 'mfa_method_not_allowed');
      assert.deepEqual((await browser.request('GET', '/api/me/mfa')).json().allowed_methods, ['totp']);
    });

    test('an e-mail user signs in with it one last time, lands in awaiting_enrollment, and leaves it only through a finished TOTP enrollment', async () => {
      await emailUser('ellen');
      assert.equal((await putPolicy({ allowed_methods: ['totp'], enforce_mfa: false })).statusCode, 200);
      const browser = new Browser(t.app);
      await browser.signIn('ellen', 'ellen has a long password');
      await browser.request('POST', '/api/session/email-code');
      const second = await browser.request('POST', '/api/session/second-factor', { method: 'email', code: smtp.latestCodeFor('ellen@example.com') });
      assert.deepEqual(second.json(), { state: 'awaiting_enrollment', reason: 'method_disallowed', allowed_methods: ['totp'], email_available: false });
      assert.equal(browser.cookies.has('gatehouse_session'), false, 'no session yet');
      assert.equal((await browser.request('GET', '/api/me')).statusCode, 401);
      assert.deepEqual((await browser.request('GET', '/api/session')).json(), { state: 'awaiting_enrollment', reason: 'method_disallowed', allowed_methods: ['totp'], email_available: false });
      assert.equal(errorTypeOf(await t.app.inject({ url: '/api/me', headers: { authorization: basic('ellen', 'ellen has a long password') } })), 'mfa_enabled_use_api_key');

      assert.equal(errorTypeOf(await browser.request('POST', '/api/me/mfa/enrollment', { method: 'email' })), 'mfa_method_not_allowed');
      const started = await browser.request('POST', '/api/me/mfa/enrollment', { method: 'totp' });
      assert.equal(started.statusCode, 200);
      const app = new Authenticator(started.json().secret);
      await browser.request('POST', '/api/me/mfa/enrollment/verify', { code: app.codeAt(t.clock.now()) });
      assert.equal(browser.cookies.has('gatehouse_session'), false, 'verification alone gives no session');
      const finished = await browser.request('POST', '/api/me/mfa/enrollment/finish');
      assert.equal(finished.statusCode, 200);
      assert.equal(finished.json().state, 'authenticated');
      assert.equal((await browser.request('GET', '/api/me/mfa')).json().method, 'totp');
      assert.equal((await browser.request('GET', '/api/session')).json().session.mfa, true);
    });

    test('enforcement cannot be turned on by an admin without MFA', async () => {
      await addTestUser(t, 'admin2', { role: 'admin' });
      const other = new Browser(t.app);
      await other.signIn('admin2', 'admin2 has a long password');
      const refused = await other.request('PUT', '/api/settings/authentication', { allowed_methods: ['totp', 'email'], enforce_mfa: true });
      assert.equal(refused.statusCode, 403);
      assert.equal(errorTypeOf(refused), 'admin_mfa_required');
    });

    test('enforcement forces enrollment at sign-in, refuses disabling, and cannot be turned off without password and code', async () => {
      await addTestUser(t, 'plain.paul');
      assert.equal((await putPolicy({ allowed_methods: ['totp', 'email'], enforce_mfa: true })).statusCode, 200);
      const paul = new Browser(t.app);
      assert.deepEqual((await paul.signIn('plain.paul', 'plain.paul has a long password')).json(), { state: 'awaiting_enrollment', reason: 'enforced', allowed_methods: ['totp', 'email'], email_available: false });
      assert.equal((await paul.request('GET', '/api/me')).statusCode, 401);
      assert.equal(errorTypeOf(await t.app.inject({ url: '/api/me', headers: { authorization: basic('plain.paul', 'plain.paul has a long password') } })), 'mfa_enabled_use_api_key');

      const disable = await admin.request('POST', '/api/me/mfa/disable', { password: ADMIN_PASSWORD, code: adminApp.codeAt(t.clock.now()) });
      assert.equal(disable.statusCode, 403);
      assert.equal(errorTypeOf(disable), 'mfa_enforced');

      assert.equal(errorTypeOf(await putPolicy({ allowed_methods: ['totp', 'email'], enforce_mfa: false })), 'reauthentication_required');
      assert.equal(errorTypeOf(await putPolicy({ allowed_methods: ['totp', 'email'], enforce_mfa: false, password: ADMIN_PASSWORD, code: '000000' })), 'invalid_credentials');
      assert.equal((await admin.request('GET', '/api/settings/authentication')).json().enforce_mfa, true);
      const off = await putPolicy({ allowed_methods: ['totp', 'email'], enforce_mfa: false, password: ADMIN_PASSWORD, code: adminApp.codeAt(t.clock.now()) });
      assert.equal(off.statusCode, 200, off.body);
      t.clock.advance(30 * SECOND);
      assert.equal((await admin.request('GET', '/api/me/mfa')).json().enabled, true, 'turning it off removes no enrollment');
      assert.equal((await paul.signIn('plain.paul', 'plain.paul has a long password')).json().state, 'authenticated');
    });

    test('a policy change on one instance applies on another at once', async () => {
      const sibling = await t.sibling();
      try {
        await addTestUser(t, 'sibling.sam');
        assert.equal((await putPolicy({ allowed_methods: ['totp', 'email'], enforce_mfa: true })).statusCode, 200);
        const sam = new Browser(sibling.app);
        assert.equal((await sam.signIn('sibling.sam', 'sibling.sam has a long password')).json().state, 'awaiting_enrollment');
      } finally {
        await sibling.app.close();
      }
    });

    test('the preview counts the users a change would affect, without saving it', async () => {
      const users = await t.ctx.store.listUsers();
      const enabled = users.filter((u) => u.disabledAt === null);
      await emailUser('preview.pia');
      const withoutMfa = (await t.ctx.store.listUsers()).filter((u) => u.disabledAt === null && u.mfaKinds.length === 0).length;
      const emailUsers = (await t.ctx.store.listUsers()).filter((u) => u.disabledAt === null && u.mfaKinds.length > 0 && u.mfaKinds.every((k) => k === 'email')).length;
      assert.ok(enabled.length > 0 && emailUsers >= 1);
      const preview = await putPolicy({ allowed_methods: ['totp'], enforce_mfa: true }, '?preview=1');
      assert.equal(preview.statusCode, 200);
      assert.deepEqual(preview.json().impact, { users_to_enroll: withoutMfa + emailUsers, users_with_disallowed_method: emailUsers, includes_you: false });
      assert.equal(preview.json().saved, false);
      assert.deepEqual((await admin.request('GET', '/api/settings/authentication')).json().allowed_methods, ['totp', 'email'], 'nothing saved');
      const dryRun = await putPolicy({ allowed_methods: ['totp', 'email'], enforce_mfa: true, preview: true });
      assert.deepEqual(dryRun.json().impact, { users_to_enroll: withoutMfa, users_with_disallowed_method: 0, includes_you: false });
    });

    test('an admin resets a user\'s MFA: sessions end, the user is e-mailed and enrolls again if required', async () => {
      await emailUser('reset.rita');
      const rita = new Browser(t.app);
      await rita.signIn('reset.rita', 'reset.rita has a long password');
      await rita.request('POST', '/api/session/email-code');
      await rita.request('POST', '/api/session/second-factor', { method: 'email', code: smtp.latestCodeFor('reset.rita@example.com') });
      assert.equal((await rita.request('GET', '/api/me')).statusCode, 200);
      const id = (await t.ctx.store.findUserByUsername('reset.rita'))!.id;
      const reset = await admin.request('POST', `/api/users/${id}/mfa/reset`);
      assert.equal(reset.statusCode, 200);
      assert.equal(reset.json().mfa_enabled, false);
      assert.equal((await rita.request('GET', '/api/me')).statusCode, 401);
      assert.ok(smtp.to('reset.rita@example.com').some((m) => /reset your multifactor/.test(m.subject) && /administrator admin/.test(m.text)));
      const self = await admin.request('POST', `/api/users/${t.admin.id}/mfa/reset`);
      assert.equal(errorTypeOf(self), 'cannot_change_self');
      const events = (await admin.request('GET', '/api/audit-events?type=mfa_reset')).json().events;
      assert.equal(events[0].target.username, 'reset.rita');
    });
  });
}
