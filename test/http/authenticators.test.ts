// Several authenticators per user (issue 12, SPEC §2.12), over HTTP on both databases: adding a
// second app, signing in with either, codes checked against the chosen one only, throttling shared
// per kind, rename, removal (the last one is disabling), the limits, and the administrator's view.
import assert from 'node:assert/strict';
import { after, before, beforeEach, describe, test } from 'node:test';
import { SECOND } from '../../src/core/clock.js';
import { AUTHENTICATION_POLICY_KEY, DEFAULT_AUTHENTICATION_POLICY } from '../../src/core/policy/authentication-policy.js';
import { Authenticator } from '../helpers/authenticator.js';
import { enrollTotp } from '../helpers/mfa-steps.js';
import { ADMIN_PASSWORD, addTestUser, basic, Browser, errorTypeOf, startTestApp, type TestApp } from '../helpers/test-app.js';
import { availableDatabaseKinds } from '../helpers/test-databases.js';
import { SmtpSink } from '../helpers/smtp-sink.js';

const passwordOf = (username: string) => `${username} has a long password`;

interface AuthenticatorView {
  id: string;
  kind: string;
  name: string;
  last_used_at: string | null;
}

for (const kind of await availableDatabaseKinds()) {
  describe(`several authenticators per user (${kind})`, () => {
    let t: TestApp;
    let smtp: SmtpSink;
    let admin: Browser;
    let adminApp: Authenticator;
    before(async () => {
      smtp = await new SmtpSink().start();
      t = await startTestApp(kind, { env: { GATEHOUSE_SMTP_URL: smtp.url } });
      admin = new Browser(t.app, '192.0.2.1');
      await admin.signIn('admin', ADMIN_PASSWORD);
      adminApp = (await enrollTotp(t, admin)).authenticator;
    });
    after(async () => {
      await t.close();
      await smtp.stop();
    });
    beforeEach(async () => {
      await t.ctx.store.writeSetting(AUTHENTICATION_POLICY_KEY, DEFAULT_AUTHENTICATION_POLICY, t.clock.now());
      admin = new Browser(t.app, '192.0.2.1');
      await admin.signIn('admin', ADMIN_PASSWORD);
      assert.equal((await admin.request('POST', '/api/session/second-factor', { method: 'totp', code: adminApp.codeAt(t.clock.now()) })).statusCode, 200);
      t.clock.advance(30 * SECOND);
    });

    /** A user with one authenticator app, signed in at AAL 2 in the returned browser. */
    async function userWithApp(username: string, options: { email?: string } = {}) {
      await addTestUser(t, username, options);
      const browser = new Browser(t.app);
      await browser.signIn(username, passwordOf(username));
      const { authenticator, recoveryCodes } = await enrollTotp(t, browser);
      return { browser, first: authenticator, recoveryCodes };
    }

    const list = async (browser: Browser) => ((await browser.request('GET', '/api/me/authenticators')).json() as { authenticators: AuthenticatorView[] }).authenticators;

    /** Adds an app with the step-up (a code of `proofApp`), verifies it; answers its id and codes. */
    async function addApp(browser: Browser, username: string, proofApp: Authenticator, name?: string) {
      const started = await browser.request('POST', '/api/me/authenticators', { kind: 'totp', ...(name && { name }), password: passwordOf(username), code: proofApp.codeAt(t.clock.now()) });
      assert.equal(started.statusCode, 201, started.body);
      t.clock.advance(30 * SECOND);
      const { id, secret } = started.json() as { id: string; secret: string };
      const app = new Authenticator(secret);
      const verified = await browser.request('POST', `/api/me/authenticators/${id}/verify`, { code: app.codeAt(t.clock.now()) });
      assert.equal(verified.statusCode, 200, verified.body);
      t.clock.advance(30 * SECOND);
      return { id, app };
    }

    async function signInWith(username: string, body: Record<string, unknown>) {
      const browser = new Browser(t.app, '192.0.2.77');
      const started = await browser.signIn(username, passwordOf(username));
      assert.equal(started.json().state, 'awaiting_second_factor', started.body);
      const answer = await browser.request('POST', '/api/session/second-factor', body);
      return { browser, started: started.json() as { authenticators: AuthenticatorView[] }, answer };
    }

    test('a second app is added with the step-up, named, listed, and signs in as well as the first', async () => {
      const { browser, first } = await userWithApp('two.apps');
      const refused = await browser.request('POST', '/api/me/authenticators', { kind: 'totp', password: passwordOf('two.apps'), code: '000000' });
      assert.equal(errorTypeOf(refused), 'invalid_credentials');
      const { id: secondId, app: second } = await addApp(browser, 'two.apps', first, 'Backup phone');
      const names = (await list(browser)).map((a) => a.name).sort();
      assert.deepEqual(names, ['Authenticator app', 'Backup phone']);
      assert.equal((await browser.request('GET', '/api/me/mfa')).json().recovery_codes_remaining, 10, 'no new recovery codes');

      // The sign-in step opens on the one used last (the new one verified just now).
      const withSecond = await signInWith('two.apps', { authenticator_id: secondId, code: second.codeAt(t.clock.now()) });
      assert.equal(withSecond.answer.statusCode, 200, withSecond.answer.body);
      const firstId = (await list(browser)).find((a) => a.name === 'Authenticator app')!.id;
      const withFirst = await signInWith('two.apps', { authenticator_id: firstId, code: first.codeAt(t.clock.now()) });
      assert.equal(withFirst.answer.statusCode, 200, withFirst.answer.body);
      assert.equal(withFirst.started.authenticators[0]!.id, secondId, 'the authenticator used last comes first');
    });

    test("a code from app A is refused when app B was chosen (each code is checked against the chosen app only)", async () => {
      const { browser, first } = await userWithApp('chooser');
      const { id: secondId } = await addApp(browser, 'chooser', first);
      const wrongApp = await signInWith('chooser', { authenticator_id: secondId, code: first.codeAt(t.clock.now()) });
      assert.equal(wrongApp.answer.statusCode, 401);
      assert.equal(errorTypeOf(wrongApp.answer), 'invalid_credentials');
      const foreign = await signInWith('chooser', { authenticator_id: 'not-one-of-yours', code: first.codeAt(t.clock.now()) });
      assert.equal(foreign.answer.statusCode, 400);
    });

    test('the compatibility form {method, code} uses the most recently used app of that kind', async () => {
      const { browser, first } = await userWithApp('compat');
      const { app: second } = await addApp(browser, 'compat', first);
      const bySecond = await signInWith('compat', { method: 'totp', code: second.codeAt(t.clock.now()) });
      assert.equal(bySecond.answer.statusCode, 200, bySecond.answer.body);
      t.clock.advance(30 * SECOND);
      const byFirst = await signInWith('compat', { method: 'totp', code: first.codeAt(t.clock.now()) });
      assert.equal(errorTypeOf(byFirst.answer), 'invalid_credentials', 'the first app is not the one used last');
      const both = await new Browser(t.app).request('POST', '/api/session/second-factor', { method: 'totp', authenticator_id: 'x', code: '123456' });
      assert.equal(both.statusCode, 400);
    });

    test('throttling is per user per kind: a second app gives no extra guesses', async () => {
      const { browser, first } = await userWithApp('guesser');
      const { id: secondId } = await addApp(browser, 'guesser', first);
      const firstId = (await list(browser)).find((a) => a.id !== secondId)!.id;
      // Five wrong codes spread over both apps, then the next try with either must wait.
      for (let i = 0; i < 5; i++) {
        const { answer } = await signInWith('guesser', { authenticator_id: i % 2 === 0 ? firstId : secondId, code: '000000' });
        assert.equal(errorTypeOf(answer), 'invalid_credentials');
      }
      const { answer } = await signInWith('guesser', { authenticator_id: secondId, code: first.codeAt(t.clock.now()) });
      assert.equal(answer.statusCode, 429, answer.body);
      assert.ok(Number(answer.headers['retry-after']) > 0);
      await admin.request('POST', `/api/users/${(await t.ctx.store.findUserByUsername('guesser'))!.id}/unlock`);
    });

    test('renaming changes the name only; a duplicate or empty name is refused', async () => {
      const { browser, first } = await userWithApp('renamer');
      const { id: secondId } = await addApp(browser, 'renamer', first);
      const renamed = await browser.request('PATCH', `/api/me/authenticators/${secondId}`, { name: '  Work   phone ' });
      assert.equal(renamed.statusCode, 200, renamed.body);
      assert.equal(renamed.json().name, 'Work phone');
      assert.equal(errorTypeOf(await browser.request('PATCH', `/api/me/authenticators/${secondId}`, { name: 'authenticator APP' })), 'authenticator_name_taken');
      assert.equal((await browser.request('PATCH', `/api/me/authenticators/${secondId}`, { name: '   ' })).statusCode, 400);
      assert.equal((await browser.request('GET', '/api/me')).statusCode, 200, 'a rename ends no session');
    });

    test('removing one app needs the step-up, leaves the other working and ends the other sessions', async () => {
      const { browser, first } = await userWithApp('remover');
      const { id: secondId, app: second } = await addApp(browser, 'remover', first);
      const other = (await signInWith('remover', { authenticator_id: secondId, code: second.codeAt(t.clock.now()) })).browser;
      t.clock.advance(30 * SECOND);
      const firstId = (await list(browser)).find((a) => a.id !== secondId)!.id;
      assert.equal(errorTypeOf(await browser.request('DELETE', `/api/me/authenticators/${firstId}`, { password: passwordOf('remover'), code: '000000' })), 'invalid_credentials');
      const removed = await browser.request('DELETE', `/api/me/authenticators/${firstId}`, { password: passwordOf('remover'), code: second.codeAt(t.clock.now()) });
      assert.equal(removed.statusCode, 200, removed.body);
      assert.deepEqual(removed.json(), { mfa_enabled: true, ended_sessions: 1 });
      t.clock.advance(30 * SECOND);
      assert.equal((await other.request('GET', '/api/me')).statusCode, 401, 'the other session ended');
      assert.equal((await browser.request('GET', '/api/me')).statusCode, 200, 'the session that removed it lives on');
      assert.deepEqual((await list(browser)).map((a) => a.id), [secondId]);
      const withRemoved = await signInWith('remover', { method: 'totp', code: first.codeAt(t.clock.now()) });
      assert.equal(errorTypeOf(withRemoved.answer), 'invalid_credentials');
      const withKept = await signInWith('remover', { authenticator_id: secondId, code: second.codeAt(t.clock.now()) });
      assert.equal(withKept.answer.statusCode, 200);
    });

    test('removing the last one is disabling MFA: refused under enforcement, else MFA is off and the recovery codes are gone', async () => {
      const { browser, first, recoveryCodes } = await userWithApp('lastone');
      const onlyId = (await list(browser))[0]!.id;
      await t.ctx.store.writeSetting(AUTHENTICATION_POLICY_KEY, { allowedMethods: ['totp', 'email'], enforceMfa: true }, t.clock.now());
      const enforced = await browser.request('DELETE', `/api/me/authenticators/${onlyId}`, { password: passwordOf('lastone'), code: first.codeAt(t.clock.now()) });
      assert.equal(errorTypeOf(enforced), 'mfa_enforced');
      await t.ctx.store.writeSetting(AUTHENTICATION_POLICY_KEY, DEFAULT_AUTHENTICATION_POLICY, t.clock.now());
      const removed = await browser.request('DELETE', `/api/me/authenticators/${onlyId}`, { password: passwordOf('lastone'), code: recoveryCodes[0] });
      assert.equal(removed.statusCode, 200, removed.body);
      assert.equal(removed.json().mfa_enabled, false);
      const status = (await browser.request('GET', '/api/me/mfa')).json();
      assert.deepEqual([status.enabled, status.recovery_codes_remaining, status.authenticators], [false, 0, []]);
      assert.equal((await t.app.inject({ url: '/api/me', headers: { authorization: basic('lastone', passwordOf('lastone')) } })).statusCode, 200, 'the password works on the REST API again');
    });

    test('a sixth app is refused, and so is a second e-mail authenticator', async () => {
      const { browser, first } = await userWithApp('collector', { email: 'collector@example.com' });
      let proof = first;
      for (let n = 2; n <= 5; n++) proof = (await addApp(browser, 'collector', proof)).app;
      const sixth = await browser.request('POST', '/api/me/authenticators', { kind: 'totp', password: passwordOf('collector'), code: proof.codeAt(t.clock.now()) });
      assert.equal(sixth.statusCode, 409, sixth.body);
      assert.equal(errorTypeOf(sixth), 'authenticator_limit_reached');
      t.clock.advance(30 * SECOND);
      const email = await browser.request('POST', '/api/me/authenticators', { kind: 'email', password: passwordOf('collector'), code: proof.codeAt(t.clock.now()) });
      assert.equal(email.statusCode, 201, email.body);
      t.clock.advance(30 * SECOND);
      const verified = await browser.request('POST', `/api/me/authenticators/${email.json().id}/verify`, { code: smtp.latestCodeFor('collector@example.com') });
      assert.equal(verified.statusCode, 200, verified.body);
      t.clock.advance(31 * SECOND);
      // The e-mail authenticator is now the one used last: the app's code names its app.
      const proofId = (await list(browser)).find((a) => a.kind === 'totp' && a.name === 'Authenticator app 5')!.id;
      const secondEmail = await browser.request('POST', '/api/me/authenticators', { kind: 'email', password: passwordOf('collector'), code: proof.codeAt(t.clock.now()), authenticator_id: proofId });
      assert.equal(errorTypeOf(secondEmail), 'authenticator_limit_reached');
      assert.deepEqual((await list(browser)).map((a) => a.kind).sort(), ['email', 'totp', 'totp', 'totp', 'totp', 'totp']);
    });

    test('an authenticator being added is verified only by the session that started it, and is nothing until then', async () => {
      const { browser, first } = await userWithApp('binder');
      const other = (await signInWith('binder', { method: 'totp', code: first.codeAt(t.clock.now()) })).browser;
      t.clock.advance(30 * SECOND);
      const started = await browser.request('POST', '/api/me/authenticators', { kind: 'totp', password: passwordOf('binder'), code: first.codeAt(t.clock.now()) });
      const app = new Authenticator(started.json().secret);
      assert.equal((await list(browser)).length, 1, 'not listed before it is verified');
      const foreign = await other.request('POST', `/api/me/authenticators/${started.json().id}/verify`, { code: app.codeAt(t.clock.now()) });
      assert.equal(errorTypeOf(foreign), 'enrollment_not_found');
      assert.equal((await browser.request('POST', `/api/me/authenticators/${started.json().id}/verify`, { code: app.codeAt(t.clock.now()) })).statusCode, 200);
    });

    test('adding needs MFA on (the first comes with recovery codes from the wizard) and never an API key', async () => {
      await addTestUser(t, 'no.mfa.yet');
      const browser = new Browser(t.app);
      await browser.signIn('no.mfa.yet', passwordOf('no.mfa.yet'));
      const refused = await browser.request('POST', '/api/me/authenticators', { kind: 'totp', password: passwordOf('no.mfa.yet'), code: '123456' });
      assert.equal(errorTypeOf(refused), 'mfa_not_enabled');
    });

    test('an administrator sees a user\'s authenticators, removes one (the user\'s sessions end, the user is told) or resets all', async () => {
      const { browser, first } = await userWithApp('managed', { email: 'managed@example.com' });
      const { id: secondId } = await addApp(browser, 'managed', first, 'Spare');
      const user = (await t.ctx.store.findUserByUsername('managed'))!;
      const seen = (await admin.request('GET', `/api/users/${user.id}/authenticators`)).json().authenticators as AuthenticatorView[];
      assert.deepEqual(seen.map((a) => a.name).sort(), ['Authenticator app', 'Spare']);
      const removed = await admin.request('DELETE', `/api/users/${user.id}/authenticators/${secondId}`);
      assert.equal(removed.statusCode, 200, removed.body);
      assert.equal(removed.json().mfa_enabled, true);
      assert.equal((await browser.request('GET', '/api/me')).statusCode, 401);
      assert.ok(smtp.to('managed@example.com').some((m) => /"Spare"/.test(m.text) && /removed/.test(m.subject)));
      assert.equal(errorTypeOf(await admin.request('DELETE', `/api/users/${t.admin.id}/authenticators/${secondId}`)), 'cannot_change_self');
      const reset = await admin.request('POST', `/api/users/${user.id}/mfa/reset`);
      assert.equal(reset.json().mfa_enabled, false);
      assert.deepEqual((await admin.request('GET', `/api/users/${user.id}/authenticators`)).json().authenticators, []);
    });

    test('policy: a user with an allowed authenticator uses it; one with only disallowed kinds signs in one last time and must add an allowed one', async () => {
      const { browser, first } = await userWithApp('mixed', { email: 'mixed@example.com' });
      const email = await browser.request('POST', '/api/me/authenticators', { kind: 'email', password: passwordOf('mixed'), code: first.codeAt(t.clock.now()) });
      t.clock.advance(30 * SECOND);
      assert.equal((await browser.request('POST', `/api/me/authenticators/${email.json().id}/verify`, { code: smtp.latestCodeFor('mixed@example.com') })).statusCode, 200);
      await t.ctx.store.writeSetting(AUTHENTICATION_POLICY_KEY, { allowedMethods: ['totp'], enforceMfa: false }, t.clock.now());
      // The e-mail authenticator is not on offer any more: the app is.
      const signIn = await signInWith('mixed', { method: 'totp', code: first.codeAt(t.clock.now()) });
      assert.deepEqual(signIn.started.authenticators.map((a) => a.kind), ['totp']);
      assert.equal(signIn.answer.json().state, 'authenticated');
    });
  });
}
