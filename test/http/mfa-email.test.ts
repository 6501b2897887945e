import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { MINUTE, SECOND } from '../../src/core/clock.js';
import { ADMIN_PASSWORD, addTestUser, basic, Browser, errorTypeOf, startTestApp, type TestApp } from '../helpers/test-app.js';
import { availableDatabaseKinds } from '../helpers/test-databases.js';
import { SmtpSink } from '../helpers/smtp-sink.js';

for (const kind of await availableDatabaseKinds()) {
  describe(`MFA with one-time e-mail passwords over real SMTP (${kind})`, () => {
    let t: TestApp;
    let smtp: SmtpSink;
    before(async () => {
      smtp = await new SmtpSink().start();
      t = await startTestApp(kind, { env: { GATEHOUSE_SMTP_URL: smtp.url } });
    });
    after(async () => {
      await t.close();
      await smtp.stop();
    });

    async function signedIn(username: string): Promise<{ browser: Browser; email: string }> {
      const email = `${username}@example.com`;
      await addTestUser(t, username, { email });
      const browser = new Browser(t.app);
      assert.equal((await browser.signIn(username, `${username} has a long password`)).statusCode, 200);
      return { browser, email };
    }

    /** Enrolls with e-mail codes read from the delivered messages. */
    async function enrollByEmail(browser: Browser, email: string): Promise<string[]> {
      const started = await browser.request('POST', '/api/me/mfa/enrollment', { method: 'email' });
      assert.equal(started.statusCode, 200, started.body);
      assert.equal(started.json().email_masked, `${email[0]}***@example.com`);
      const verified = await browser.request('POST', '/api/me/mfa/enrollment/verify', { code: smtp.latestCodeFor(email) });
      assert.equal(verified.statusCode, 200, verified.body);
      assert.equal((await browser.request('POST', '/api/me/mfa/enrollment/finish')).statusCode, 200);
      t.clock.advance(31 * SECOND);
      return verified.json().recovery_codes as string[];
    }

    test('an address on a single-label domain (carol@localhost) is accepted and gets its codes', async () => {
      const carol = await addTestUser(t, 'carol.local');
      const admin = new Browser(t.app);
      assert.equal((await admin.signIn('admin', ADMIN_PASSWORD)).statusCode, 200);
      const changed = await admin.request('PATCH', `/api/users/${carol.id}`, { email: 'carol@localhost' });
      assert.equal(changed.statusCode, 200, changed.body);
      const browser = new Browser(t.app);
      assert.equal((await browser.signIn('carol.local', 'carol.local has a long password')).statusCode, 200);
      assert.equal((await browser.request('POST', '/api/me/mfa/enrollment', { method: 'email' })).statusCode, 200);
      assert.match(smtp.latestCodeFor('carol@localhost'), /^\d{6}$/);
      const tested = await admin.request('POST', '/api/settings/smtp/test', { to: 'carol@localhost' });
      assert.equal(tested.statusCode, 200, tested.body);
    });

    async function passwordStep(username: string): Promise<Browser> {
      const browser = new Browser(t.app);
      const answer = await browser.signIn(username, `${username} has a long password`);
      const { authenticators, ...rest } = answer.json() as { authenticators: Array<{ kind: string; name: string }> };
      assert.deepEqual(rest, { state: 'awaiting_second_factor', methods: ['email', 'recovery_code'], email_masked: `${username[0]}***@example.com` });
      assert.deepEqual(authenticators.map(({ kind, name }) => ({ kind, name })), [{ kind: 'email', name: 'E-mail' }]);
      return browser;
    }

    test('enroll, sign in and disable with codes read out of real e-mail', async () => {
      const { browser, email } = await signedIn('emma');
      await enrollByEmail(browser, email);
      const enabledMail = smtp.to(email).find((m) => /multifactor authentication is on/.test(m.subject));
      assert.ok(enabledMail, 'the user is told MFA is on');
      assert.match(enabledMail.text, /Account: emma/);
      assert.match(enabledMail.text, /If this was not you/);
      assert.ok(enabledMail.html.includes('<p>'), 'an HTML body too');

      const signIn = await passwordStep('emma');
      const sent = await signIn.request('POST', '/api/session/email-code');
      assert.equal(sent.statusCode, 200);
      assert.equal(sent.json().resend_after_seconds, 30);
      const codeMail = smtp.to(email).at(-1)!;
      assert.match(codeMail.text, /From address: 192\.0\.2\.10/);
      assert.doesNotMatch(codeMail.subject, /\d{6}/, 'the code is not in the subject line');
      assert.match(codeMail.text, /^Gatehouse\n\nEnter this code in Gatehouse to finish signing in:\n/, 'the first sentence says what the code is for');
      const ok = await signIn.request('POST', '/api/session/second-factor', { method: 'email', code: smtp.latestCodeFor(email) });
      assert.equal(ok.statusCode, 200, ok.body);
      assert.equal((await signIn.request('GET', '/api/session')).json().session.mfa, true);

      t.clock.advance(31 * SECOND);
      assert.equal((await signIn.request('POST', '/api/me/mfa/email-code')).statusCode, 200);
      const disabled = await signIn.request('POST', '/api/me/mfa/disable', { password: 'emma has a long password', code: smtp.latestCodeFor(email) });
      assert.equal(disabled.statusCode, 200, disabled.body);
      assert.equal((await signIn.request('GET', '/api/me/mfa')).json().enabled, false);
      assert.ok(smtp.to(email).some((m) => /turned off/.test(m.subject)));
    });

    test('a code expires after 10 minutes', async () => {
      const { browser, email } = await signedIn('late.lucy');
      await enrollByEmail(browser, email);
      const signIn = await passwordStep('late.lucy');
      await signIn.request('POST', '/api/session/email-code');
      const code = smtp.latestCodeFor(email);
      t.clock.advance(10 * MINUTE);
      const late = await signIn.request('POST', '/api/session/second-factor', { method: 'email', code });
      assert.equal(late.statusCode, 401);
    });

    test('a code allows five tries, a resend waits 30 s, kills the old code, and keeps the failure count', async () => {
      const { browser, email } = await signedIn('tries.tom');
      await enrollByEmail(browser, email);
      const signIn = await passwordStep('tries.tom');
      await signIn.request('POST', '/api/session/email-code');
      const first = smtp.latestCodeFor(email);
      const wrong = first === '000000' ? '111111' : '000000';
      for (let i = 0; i < 3; i++) assert.equal(errorTypeOf(await signIn.request('POST', '/api/session/second-factor', { method: 'email', code: wrong })), 'invalid_credentials');

      const user = (await t.ctx.store.findUserByUsername('tries.tom'))!;
      assert.equal((await t.ctx.store.findThrottle(`user:${user.id}`, 'email_code'))?.failures, 3);

      const tooSoon = await signIn.request('POST', '/api/session/email-code');
      assert.equal(tooSoon.statusCode, 429);
      assert.ok(Number(tooSoon.headers['retry-after']) > 0 && Number(tooSoon.headers['retry-after']) <= 30);
      t.clock.advance(30 * SECOND);
      assert.equal((await signIn.request('POST', '/api/session/email-code')).statusCode, 200);
      assert.equal((await t.ctx.store.findThrottle(`user:${user.id}`, 'email_code'))?.failures, 3, 'the resend did not reset the failure count');
      const second = smtp.latestCodeFor(email);
      // The old code is dead (on the one-in-a-million chance both codes are equal, this is just a wrong try).
      assert.equal(errorTypeOf(await signIn.request('POST', '/api/session/second-factor', { method: 'email', code: first === second ? wrong : first })), 'invalid_credentials');
      const fifth = await signIn.request('POST', '/api/session/second-factor', { method: 'email', code: wrong });
      assert.equal(errorTypeOf(fifth), 'sign_in_expired', 'the fifth wrong code ends the challenge');
      const afterLimit = await signIn.request('POST', '/api/session/second-factor', { method: 'email', code: second });
      assert.equal(errorTypeOf(afterLimit), 'sign_in_expired', 'the right code cannot revive it');
    });

    test('at most 10 codes an hour', async () => {
      const { browser, email } = await signedIn('chatty.chris');
      await enrollByEmail(browser, email);
      let sent = 1; // the enrollment code
      const signIn = await passwordStep('chatty.chris');
      while (sent < 10) {
        const answer = await signIn.request('POST', '/api/session/email-code');
        assert.equal(answer.statusCode, 200, `code ${sent + 1}`);
        sent++;
        t.clock.advance(31 * SECOND);
      }
      const capped = await signIn.request('POST', '/api/session/email-code');
      assert.equal(capped.statusCode, 429);
      assert.equal(errorTypeOf(capped), 'too_many_requests');
    });

    test('ten concurrent submissions of one e-mail code give one success', async () => {
      const { browser, email } = await signedIn('crowd.carl');
      await enrollByEmail(browser, email);
      const signIn = await passwordStep('crowd.carl');
      const sent = await signIn.request('POST', '/api/session/email-code');
      assert.equal(sent.statusCode, 200, sent.body);
      const code = smtp.latestCodeFor(email);
      const answers = await Promise.all(Array.from({ length: 10 }, () => signIn.request('POST', '/api/session/second-factor', { method: 'email', code })));
      assert.equal(answers.filter((a) => a.statusCode === 200).length, 1, answers.map((a) => a.statusCode).join(','));
    });

    test('an e-mail code is bound to what it was sent for', async () => {
      const { browser, email } = await signedIn('bound.bea');
      await enrollByEmail(browser, email);
      const signIn = await passwordStep('bound.bea');
      await signIn.request('POST', '/api/session/email-code');
      const signInCode = smtp.latestCodeFor(email);
      const other = await passwordStep('bound.bea');
      assert.equal(errorTypeOf(await other.request('POST', '/api/session/second-factor', { method: 'email', code: signInCode })), 'invalid_credentials', 'not valid for another sign-in');
      assert.equal(errorTypeOf(await browser.request('POST', '/api/me/mfa/disable', { password: 'bound.bea has a long password', code: signInCode })), 'invalid_credentials', 'not valid for disabling');
    });

    test('an enrollment needs an address, and a Basic password is refused once e-mail MFA is on', async () => {
      await addTestUser(t, 'no.address');
      const browser = new Browser(t.app);
      await browser.signIn('no.address', 'no.address has a long password');
      const refused = await browser.request('POST', '/api/me/mfa/enrollment', { method: 'email' });
      assert.equal(errorTypeOf(refused), 'email_address_required');
      const { browser: b2, email } = await signedIn('basic.bob');
      await enrollByEmail(b2, email);
      assert.equal(errorTypeOf(await t.app.inject({ url: '/api/me', headers: { authorization: basic('basic.bob', 'basic.bob has a long password') } })), 'mfa_enabled_use_api_key');
    });

    test('users set their own address with a fresh sign-in or the password', async () => {
      const { browser } = await signedIn('mover');
      const changed = await browser.request('PATCH', '/api/me', { email: 'new@example.com' });
      assert.equal(changed.statusCode, 200);
      assert.equal(changed.json().email, 'new@example.com');
      t.clock.advance(11 * MINUTE);
      assert.equal(errorTypeOf(await browser.request('PATCH', '/api/me', { email: 'other@example.com' })), 'reauthentication_required');
      assert.equal((await browser.request('PATCH', '/api/me', { email: 'other@example.com', password: 'mover has a long password' })).statusCode, 200);
      assert.equal(errorTypeOf(await browser.request('PATCH', '/api/me', { email: 'not-an-address', password: 'mover has a long password' })), 'invalid_request');
    });
  });

  describe(`e-mail in the outbox when no SMTP is set (${kind})`, () => {
    let t: TestApp;
    before(async () => {
      t = await startTestApp(kind);
    });
    after(() => t.close());

    test('codes land in the outbox folder as .eml files and the settings say mail is not sent', async () => {
      await addTestUser(t, 'olive', { email: 'olive@example.com' });
      const browser = new Browser(t.app);
      await browser.signIn('olive', 'olive has a long password');
      assert.equal((await browser.request('POST', '/api/me/mfa/enrollment', { method: 'email' })).statusCode, 200);
      const outbox = join(t.config.dataDir, 'outbox');
      const files = readdirSync(outbox).filter((f) => f.endsWith('.eml'));
      const message = files.map((f) => readFileSync(join(outbox, f), 'utf8')).find((m) => m.includes('olive@example.com'));
      assert.ok(message, 'an .eml for olive');
      const code = message.match(/^\s{4}(\d{6})$/m)?.[1];
      assert.ok(code, 'the code is in the message');
      assert.equal((await browser.request('POST', '/api/me/mfa/enrollment/verify', { code })).statusCode, 200);
      const settings = (await t.app.inject({ url: '/api/settings/smtp', headers: { authorization: basic('admin', 'correct horse battery staple') } })).json();
      assert.equal(settings.source, 'outbox');
      assert.equal(settings.delivering, false);
      assert.match(settings.notice, /not being sent/);
    });
  });
}
