// The account-takeover paths of the security review (issue 11, SPEC §2.11), each as the attacker
// would walk it: sign-ins in progress that outlive credential changes, an enrollment finished by
// another session, and a second factor re-bound without the current one.
import assert from 'node:assert/strict';
import { after, before, beforeEach, describe, test } from 'node:test';
import { MINUTE, SECOND } from '../../src/core/clock.js';
import { AUTHENTICATION_POLICY_KEY, DEFAULT_AUTHENTICATION_POLICY } from '../../src/core/policy/authentication-policy.js';
import { Authenticator } from '../helpers/authenticator.js';
import { enrollTotp } from '../helpers/mfa-steps.js';
import { ADMIN_PASSWORD, addTestUser, Browser, errorTypeOf, startTestApp, type TestApp } from '../helpers/test-app.js';
import { availableDatabaseKinds } from '../helpers/test-databases.js';
import { SmtpSink } from '../helpers/smtp-sink.js';

const passwordOf = (username: string) => `${username} has a long password`;

for (const kind of await availableDatabaseKinds()) {
  describe(`account takeover paths are closed (${kind})`, () => {
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
      // Admin changes below must come from a session younger than 10 minutes.
      admin = new Browser(t.app, '192.0.2.1');
      await admin.signIn('admin', ADMIN_PASSWORD);
      const done = await admin.request('POST', '/api/session/second-factor', { method: 'totp', code: adminApp.codeAt(t.clock.now()) });
      assert.equal(done.statusCode, 200, done.body);
      t.clock.advance(30 * SECOND);
    });

    const enforceMfa = () => t.ctx.store.writeSetting(AUTHENTICATION_POLICY_KEY, { allowedMethods: ['totp', 'email'], enforceMfa: true }, t.clock.now());

    async function signedIn(username: string, address = '192.0.2.20'): Promise<Browser> {
      const browser = new Browser(t.app, address);
      const answer = await browser.signIn(username, passwordOf(username));
      assert.equal(answer.statusCode, 200, answer.body);
      return browser;
    }

    /** Starts, verifies and finishes an authenticator-app enrollment in `browser`. */
    async function enrollWith(browser: Browser, body: Record<string, unknown> = {}) {
      const started = await browser.request('POST', '/api/me/mfa/enrollment', { method: 'totp', ...body });
      assert.equal(started.statusCode, 200, started.body);
      const app = new Authenticator((started.json() as { secret: string }).secret);
      const verified = await browser.request('POST', '/api/me/mfa/enrollment/verify', { code: app.codeAt(t.clock.now()) });
      assert.equal(verified.statusCode, 200, verified.body);
      const finished = await browser.request('POST', '/api/me/mfa/enrollment/finish');
      assert.equal(finished.statusCode, 200, finished.body);
      t.clock.advance(30 * SECOND);
      return { app, recoveryCodes: (verified.json() as { recovery_codes: string[] }).recovery_codes };
    }

    describe('a sign-in in progress dies with the credentials it started under', () => {
      test("an attacker's forced-enrollment sign-in cannot enroll after the user enrolled himself", async () => {
        await addTestUser(t, 'dave');
        await enforceMfa();
        const attacker = new Browser(t.app, '203.0.113.66');
        assert.equal((await attacker.signIn('dave', passwordOf('dave'))).json().state, 'awaiting_enrollment');

        const dave = await signedIn('dave');
        const { app } = await enrollWith(dave);
        t.clock.advance(5 * MINUTE);

        const hijack = await attacker.request('POST', '/api/me/mfa/enrollment', { method: 'totp' });
        assert.equal(hijack.statusCode, 401, hijack.body);
        assert.equal(errorTypeOf(hijack), 'sign_in_expired');
        // Dave keeps his session and his authenticator.
        assert.equal((await dave.request('GET', '/api/me')).statusCode, 200);
        const again = new Browser(t.app);
        await again.signIn('dave', passwordOf('dave'));
        assert.equal((await again.request('POST', '/api/session/second-factor', { method: 'totp', code: app.codeAt(t.clock.now()) })).statusCode, 200);
      });

      test('an enrollment verified in a dead sign-in cannot be finished', async () => {
        await addTestUser(t, 'dora');
        await enforceMfa();
        const attacker = new Browser(t.app, '203.0.113.66');
        await attacker.signIn('dora', passwordOf('dora'));
        const started = (await attacker.request('POST', '/api/me/mfa/enrollment', { method: 'totp' })).json() as { secret: string };
        const attackerApp = new Authenticator(started.secret);
        assert.equal((await attacker.request('POST', '/api/me/mfa/enrollment/verify', { code: attackerApp.codeAt(t.clock.now()) })).statusCode, 200);

        const dora = await signedIn('dora');
        await enrollWith(dora);
        const finish = await attacker.request('POST', '/api/me/mfa/enrollment/finish');
        assert.equal(errorTypeOf(finish), 'sign_in_expired');
        assert.equal((await dora.request('GET', '/api/me')).statusCode, 200, "dora's session survives");
      });

      test('a second-factor step started with the old password cannot finish after a password change', async () => {
        await addTestUser(t, 'erin');
        const erin = await signedIn('erin');
        const { app } = await enrollWith(erin);
        const attacker = new Browser(t.app, '203.0.113.66');
        assert.equal((await attacker.signIn('erin', passwordOf('erin'))).json().state, 'awaiting_second_factor');

        const erinAgain = new Browser(t.app);
        await erinAgain.signIn('erin', passwordOf('erin'));
        await erinAgain.request('POST', '/api/session/second-factor', { method: 'totp', code: app.codeAt(t.clock.now()) });
        t.clock.advance(30 * SECOND);
        const changed = await erinAgain.request('PUT', '/api/me/password', { current_password: passwordOf('erin'), new_password: 'erin chose a new long password' });
        assert.equal(changed.statusCode, 200, changed.body);

        // A phished current code no longer helps the attacker.
        const late = await attacker.request('POST', '/api/session/second-factor', { method: 'totp', code: app.codeAt(t.clock.now()) });
        assert.equal(late.statusCode, 401);
        assert.equal(errorTypeOf(late), 'sign_in_expired');
        assert.equal((await erinAgain.request('GET', '/api/me')).statusCode, 200, 'the session that changed the password lives on');
      });

      const adminChanges: Array<[string, (userId: string) => Promise<unknown>]> = [
        ['an admin resets the password', (id) => admin.request('POST', `/api/users/${id}/password`, { password: 'a temporary long password' })],
        ['an admin resets MFA', (id) => admin.request('POST', `/api/users/${id}/mfa/reset`)],
        ['an admin changes the role', (id) => admin.request('PATCH', `/api/users/${id}`, { role: 'admin' })],
        ['an admin changes the e-mail address', (id) => admin.request('PATCH', `/api/users/${id}`, { email: 'elsewhere@example.com' })],
        ['an admin disables the user', (id) => admin.request('PATCH', `/api/users/${id}`, { disabled: true })],
      ];
      for (const [name, change] of adminChanges) {
        test(`when ${name}, the user's sign-ins in progress and sessions end`, async () => {
          const username = `victim.${name.split(' ').at(-1)}.${adminChanges.findIndex(([n]) => n === name)}`;
          const user = await addTestUser(t, username, { email: `${username}@example.com` });
          const session = await signedIn(username);
          const { app } = await enrollWith(session);
          const pending = new Browser(t.app, '203.0.113.66');
          assert.equal((await pending.signIn(username, passwordOf(username))).json().state, 'awaiting_second_factor');

          const done = (await change(user.id)) as { statusCode: number; body: string };
          assert.equal(done.statusCode, 200, done.body);

          const late = await pending.request('POST', '/api/session/second-factor', { method: 'totp', code: app.codeAt(t.clock.now()) });
          assert.equal(errorTypeOf(late), 'sign_in_expired', late.body);
          assert.equal((await session.request('GET', '/api/me')).statusCode, 401);
        });
      }

      test('a forced-enrollment sign-in ends when enforcement is turned off (nothing is due any more)', async () => {
        await addTestUser(t, 'fred');
        await enforceMfa();
        const fred = new Browser(t.app);
        assert.equal((await fred.signIn('fred', passwordOf('fred'))).json().state, 'awaiting_enrollment');
        await t.ctx.store.writeSetting(AUTHENTICATION_POLICY_KEY, DEFAULT_AUTHENTICATION_POLICY, t.clock.now());
        const start = await fred.request('POST', '/api/me/mfa/enrollment', { method: 'totp' });
        assert.equal(errorTypeOf(start), 'sign_in_expired');
        // Signing in again simply gives a session.
        assert.equal((await fred.signIn('fred', passwordOf('fred'))).json().state, 'authenticated');
      });
    });

    describe('an enrollment belongs to the session that started it', () => {
      test('another session of the same user can neither verify nor finish it, nor gets an MFA session', async () => {
        await addTestUser(t, 'gina');
        const owner = await signedIn('gina');
        const other = await signedIn('gina', '203.0.113.66');
        const started = (await owner.request('POST', '/api/me/mfa/enrollment', { method: 'totp' })).json() as { secret: string };
        const app = new Authenticator(started.secret);

        const foreignVerify = await other.request('POST', '/api/me/mfa/enrollment/verify', { code: app.codeAt(t.clock.now()) });
        assert.equal(foreignVerify.statusCode, 404, foreignVerify.body);
        assert.equal(errorTypeOf(foreignVerify), 'enrollment_not_found');
        assert.equal((await owner.request('POST', '/api/me/mfa/enrollment/verify', { code: app.codeAt(t.clock.now()) })).statusCode, 200);

        const foreignFinish = await other.request('POST', '/api/me/mfa/enrollment/finish');
        assert.equal(foreignFinish.statusCode, 404);
        assert.equal(errorTypeOf(foreignFinish), 'enrollment_not_found');
        assert.equal(((await other.request('GET', '/api/session')).json() as { session: { mfa: boolean } }).session.mfa, false);

        const finish = await owner.request('POST', '/api/me/mfa/enrollment/finish');
        assert.equal(finish.statusCode, 200);
        assert.equal(((await owner.request('GET', '/api/session')).json() as { session: { mfa: boolean } }).session.mfa, true);
        assert.equal((await other.request('GET', '/api/me')).statusCode, 401, 'the other session ended at Finish');
      });

      test("a sign-in flow cannot finish the enrollment of the user's session, nor the reverse", async () => {
        await addTestUser(t, 'hank');
        await enforceMfa();
        const flow = new Browser(t.app, '203.0.113.66');
        await flow.signIn('hank', passwordOf('hank'));
        const started = (await flow.request('POST', '/api/me/mfa/enrollment', { method: 'totp' })).json() as { secret: string };
        const app = new Authenticator(started.secret);
        assert.equal((await flow.request('POST', '/api/me/mfa/enrollment/verify', { code: app.codeAt(t.clock.now()) })).statusCode, 200);
        const second = new Browser(t.app);
        await second.signIn('hank', passwordOf('hank'));
        assert.equal(errorTypeOf(await second.request('POST', '/api/me/mfa/enrollment/finish')), 'enrollment_not_found');
        assert.equal((await flow.request('POST', '/api/me/mfa/enrollment/finish')).statusCode, 200);
      });
    });

    describe('re-binding the second factor needs the current one', () => {
      test('changing the method needs the password and a current code, not just a fresh session', async () => {
        await addTestUser(t, 'bob');
        const bob = await signedIn('bob');
        const { app, recoveryCodes } = await enrollWith(bob);
        const stolen = new Browser(t.app, '203.0.113.66');
        stolen.cookies.set(...[...bob.cookies].find(([name]) => name.includes('session'))!);

        const bare = await stolen.request('POST', '/api/me/mfa/enrollment', { method: 'totp' });
        assert.equal(bare.statusCode, 403, bare.body);
        assert.equal(errorTypeOf(bare), 'reauthentication_required');
        const passwordOnly = await stolen.request('POST', '/api/me/mfa/enrollment', { method: 'totp', password: passwordOf('bob') });
        assert.equal(errorTypeOf(passwordOnly), 'reauthentication_required');
        const wrongCode = await stolen.request('POST', '/api/me/mfa/enrollment', { method: 'totp', password: passwordOf('bob'), code: '000000' });
        assert.equal(errorTypeOf(wrongCode), 'invalid_credentials');

        const withCode = await bob.request('POST', '/api/me/mfa/enrollment', { method: 'totp', password: passwordOf('bob'), code: app.codeAt(t.clock.now()) });
        assert.equal(withCode.statusCode, 200, withCode.body);
        t.clock.advance(30 * SECOND);
        const withRecoveryCode = await bob.request('POST', '/api/me/mfa/enrollment', { method: 'totp', password: passwordOf('bob'), code: recoveryCodes[0] });
        assert.equal(withRecoveryCode.statusCode, 200, withRecoveryCode.body);
      });

      test("changing the address of an e-mail MFA user needs the password and a code, and the old address is told", async () => {
        const email = 'carol@example.com';
        await addTestUser(t, 'carol', { email });
        const carol = await signedIn('carol');
        await carol.request('POST', '/api/me/mfa/enrollment', { method: 'email' });
        await carol.request('POST', '/api/me/mfa/enrollment/verify', { code: smtp.latestCodeFor(email) });
        assert.equal((await carol.request('POST', '/api/me/mfa/enrollment/finish')).statusCode, 200);
        t.clock.advance(31 * SECOND);

        const bare = await carol.request('PATCH', '/api/me', { email: 'attacker@example.net' });
        assert.equal(bare.statusCode, 403, bare.body);
        assert.equal(errorTypeOf(bare), 'reauthentication_required');
        assert.equal(((await carol.request('GET', '/api/me')).json() as { email: string }).email, email);

        assert.equal((await carol.request('POST', '/api/me/mfa/email-code')).statusCode, 200);
        const before = smtp.to(email).length;
        const changed = await carol.request('PATCH', '/api/me', { email: 'carol@example.org', password: passwordOf('carol'), code: smtp.latestCodeFor(email) });
        assert.equal(changed.statusCode, 200, changed.body);
        const notice = smtp.to(email).slice(before).find((m) => /e-mail address/i.test(m.subject));
        assert.ok(notice, 'the old address is told of the change');
        assert.match(notice.text, /c\*\*\*@example\.org/);
      });

      test("every change of address, by the user or an admin, is told to the old address", async () => {
        const user = await addTestUser(t, 'ivan', { email: 'ivan@example.com' });
        const ivan = await signedIn('ivan');
        const own = await ivan.request('PATCH', '/api/me', { email: 'ivan@example.org' });
        assert.equal(own.statusCode, 200, own.body);
        assert.ok(smtp.to('ivan@example.com').some((m) => /e-mail address/i.test(m.subject)));
        const byAdmin = await admin.request('PATCH', `/api/users/${user.id}`, { email: 'ivan@example.net' });
        assert.equal(byAdmin.statusCode, 200, byAdmin.body);
        assert.ok(smtp.to('ivan@example.org').some((m) => /e-mail address/i.test(m.subject)));
      });
    });

    describe('a password reset under enforcement does not lock the user out', () => {
      test('after an admin resets password and MFA, the user changes the password in the sign-in and enrolls', async () => {
        const user = await addTestUser(t, 'jill');
        const jill = await signedIn('jill');
        await enrollWith(jill);
        await enforceMfa();
        assert.equal((await admin.request('POST', `/api/users/${user.id}/mfa/reset`)).statusCode, 200);
        assert.equal((await admin.request('POST', `/api/users/${user.id}/password`, { password: 'a temporary long password' })).statusCode, 200);

        const again = new Browser(t.app);
        const started = await again.signIn('jill', 'a temporary long password');
        assert.equal(started.json().state, 'awaiting_password_change', started.body);
        const blocked = await again.request('POST', '/api/me/mfa/enrollment', { method: 'totp' });
        assert.equal(errorTypeOf(blocked), 'password_change_required');
        const changed = await again.request('PUT', '/api/me/password', { current_password: 'a temporary long password', new_password: 'jill chose her own password' });
        assert.equal(changed.statusCode, 200, changed.body);
        assert.equal(changed.json().state, 'awaiting_enrollment');
        await enrollWith(again);
        assert.equal((await again.request('GET', '/api/me')).statusCode, 200);
      });

      test('with nothing else due, changing the password in the sign-in completes it', async () => {
        const user = await addTestUser(t, 'kate');
        assert.equal((await admin.request('POST', `/api/users/${user.id}/password`, { password: 'a temporary long password' })).statusCode, 200);
        const kate = new Browser(t.app);
        const started = await kate.signIn('kate', 'a temporary long password');
        // Without enforcement the user gets a session that may only change the password (as before).
        assert.equal(started.json().state, 'authenticated');
        const changed = await kate.request('PUT', '/api/me/password', { current_password: 'a temporary long password', new_password: 'kate chose her own password' });
        assert.equal(changed.statusCode, 200, changed.body);
        assert.equal((await kate.request('GET', '/api/me/api-keys')).statusCode, 200);
      });
    });
  });
}
