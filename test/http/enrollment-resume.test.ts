// The wizard's way back to a verified enrollment (issue 17 point 8) and what a user who must enroll
// is told (issue 17 point 2), over HTTP on both databases.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { SECOND } from '../../src/core/clock.js';
import { AUTHENTICATION_POLICY_KEY } from '../../src/core/policy/authentication-policy.js';
import { Authenticator } from '../helpers/authenticator.js';
import { addTestUser, basic, Browser, errorTypeOf, startTestApp, type TestApp } from '../helpers/test-app.js';
import { availableDatabaseKinds } from '../helpers/test-databases.js';

const passwordOf = (username: string) => `${username} has a long password`;

for (const kind of await availableDatabaseKinds()) {
  describe(`coming back to the enrollment wizard (${kind})`, () => {
    let t: TestApp;
    before(async () => {
      t = await startTestApp(kind);
    });
    after(() => t.close());

    async function verifiedEnrollment(username: string) {
      await addTestUser(t, username);
      const browser = new Browser(t.app);
      await browser.signIn(username, passwordOf(username));
      const started = (await browser.request('POST', '/api/me/mfa/enrollment', { method: 'totp' })).json() as { secret: string };
      const app = new Authenticator(started.secret);
      const verified = await browser.request('POST', '/api/me/mfa/enrollment/verify', { code: app.codeAt(t.clock.now()) });
      assert.equal(verified.statusCode, 200, verified.body);
      t.clock.advance(30 * SECOND);
      return { browser, app, firstCodes: (verified.json() as { recovery_codes: string[] }).recovery_codes };
    }

    test('a verified enrollment gives a new set of recovery codes, and Finish installs that set, not the one shown before', async () => {
      const { browser, app, firstCodes } = await verifiedEnrollment('returner');
      const status = (await browser.request('GET', '/api/me/mfa')).json();
      assert.deepEqual([status.enrollment.method, status.enrollment.verified], ['totp', true]);
      const again = await browser.request('POST', '/api/me/mfa/enrollment/recovery-codes');
      assert.equal(again.statusCode, 200, again.body);
      const codes = (again.json() as { recovery_codes: string[] }).recovery_codes;
      assert.equal(codes.length, 10);
      assert.equal(codes.filter((c) => firstCodes.includes(c)).length, 0);
      assert.equal((await browser.request('POST', '/api/me/mfa/enrollment/finish')).statusCode, 200);

      const old = new Browser(t.app);
      await old.signIn('returner', passwordOf('returner'));
      assert.equal(errorTypeOf(await old.request('POST', '/api/session/second-factor', { method: 'recovery_code', code: firstCodes[0] })), 'invalid_credentials');
      const fresh = new Browser(t.app);
      await fresh.signIn('returner', passwordOf('returner'));
      assert.equal((await fresh.request('POST', '/api/session/second-factor', { method: 'recovery_code', code: codes[0] })).statusCode, 200);
      const withApp = new Browser(t.app);
      await withApp.signIn('returner', passwordOf('returner'));
      assert.equal((await withApp.request('POST', '/api/session/second-factor', { method: 'totp', code: app.codeAt(t.clock.now()) })).statusCode, 200, 'the app verified before the reload is the one installed');
    });

    test('only the session that verified the enrollment may ask for its codes again, and only once verified', async () => {
      const { firstCodes } = await verifiedEnrollment('guarded');
      const other = new Browser(t.app);
      await other.signIn('guarded', passwordOf('guarded'));
      const foreign = await other.request('POST', '/api/me/mfa/enrollment/recovery-codes');
      assert.equal(foreign.statusCode, 404);
      assert.equal(errorTypeOf(foreign), 'enrollment_not_found');
      await other.request('POST', '/api/me/mfa/enrollment', { method: 'totp' });
      assert.equal(errorTypeOf(await other.request('POST', '/api/me/mfa/enrollment/recovery-codes')), 'enrollment_not_found', 'not before it is verified');
      assert.equal(firstCodes.length, 10);
    });

    test('a forced enrollment says why it is due, and the REST API tells such a user that the administrator requires MFA', async () => {
      await t.ctx.store.writeSetting(AUTHENTICATION_POLICY_KEY, { allowedMethods: ['totp'], enforceMfa: true }, t.clock.now());
      await addTestUser(t, 'newcomer');
      const newcomer = await new Browser(t.app).signIn('newcomer', passwordOf('newcomer'));
      assert.equal(newcomer.json().reason, 'enforced');
      const rest = await t.app.inject({ url: '/api/me', headers: { authorization: basic('newcomer', passwordOf('newcomer')) } });
      assert.equal(errorTypeOf(rest), 'mfa_enabled_use_api_key');
      assert.match(rest.json().error.message, /administrator requires multifactor authentication/);
      assert.doesNotMatch(rest.json().error.message, /is on for this account/);

      await t.ctx.store.writeSetting(AUTHENTICATION_POLICY_KEY, { allowedMethods: ['totp', 'email'], enforceMfa: false }, t.clock.now());
    });
  });
}
