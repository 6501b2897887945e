import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { MINUTE, SECOND } from '../../src/core/clock.js';
import { Authenticator, readQrCode } from '../helpers/authenticator.js';
import { enrollTotp } from '../helpers/mfa-steps.js';
import { addTestUser, basic, Browser, errorTypeOf, startTestApp, type TestApp } from '../helpers/test-app.js';
import { availableDatabaseKinds } from '../helpers/test-databases.js';

for (const kind of await availableDatabaseKinds()) {
  describe(`MFA with an authenticator app (${kind})`, () => {
    let t: TestApp;
    before(async () => {
      t = await startTestApp(kind, { env: { GATEHOUSE_ISSUER: 'ACME Storage' } });
    });
    after(() => t.close());

    async function signedIn(username: string): Promise<Browser> {
      await addTestUser(t, username);
      const browser = new Browser(t.app);
      assert.equal((await browser.signIn(username, `${username} has a long password`)).statusCode, 200);
      return browser;
    }

    test('enrollment answers a Base32 secret, its otpauth URI, and a QR code that decodes to the same URI', async () => {
      const browser = await signedIn('qr.reader');
      const started = await browser.request('POST', '/api/me/mfa/enrollment', { method: 'totp' });
      assert.equal(started.statusCode, 200);
      const body = started.json();
      assert.match(body.secret, /^[A-Z2-7]{32}$/);
      assert.equal(body.otpauth_uri, `otpauth://totp/ACME%20Storage:qr.reader?secret=${body.secret}&issuer=ACME%20Storage&algorithm=SHA1&digits=6&period=30`);
      assert.match(body.qr_code_png, /^data:image\/png;base64,/);
      assert.equal(readQrCode(body.qr_code_png), body.otpauth_uri);
    });

    test('MFA turns on only at Finish; an abandoned enrollment changes nothing and expires', async () => {
      const browser = await signedIn('abandoner');
      const started = (await browser.request('POST', '/api/me/mfa/enrollment', { method: 'totp' })).json();
      const app = new Authenticator(started.secret);
      assert.equal((await browser.request('POST', '/api/me/mfa/enrollment/verify', { code: app.codeAt(t.clock.now()) })).statusCode, 200);
      let status = (await browser.request('GET', '/api/me/mfa')).json();
      assert.equal(status.enabled, false, 'verified but not finished');
      assert.equal(status.enrollment.verified, true);
      // Basic with the password still works: nothing changed for the account.
      assert.equal((await t.app.inject({ url: '/api/me', headers: { authorization: basic('abandoner', 'abandoner has a long password') } })).statusCode, 200);
      t.clock.advance(16 * MINUTE);
      await browser.signIn('abandoner', 'abandoner has a long password');
      status = (await browser.request('GET', '/api/me/mfa')).json();
      assert.equal(status.enrollment, null);
      const late = await browser.request('POST', '/api/me/mfa/enrollment/finish');
      assert.equal(late.statusCode, 404);
      assert.equal(errorTypeOf(late), 'enrollment_not_found');
      assert.equal((await browser.request('GET', '/api/me/mfa')).json().enabled, false);
    });

    test('Finish before a verified code is refused', async () => {
      const browser = await signedIn('impatient');
      await browser.request('POST', '/api/me/mfa/enrollment', { method: 'totp' });
      const response = await browser.request('POST', '/api/me/mfa/enrollment/finish');
      assert.equal(errorTypeOf(response), 'enrollment_not_verified');
    });

    test('starting an enrollment needs a sign-in within 10 minutes, or the password', async () => {
      const browser = await signedIn('stale');
      t.clock.advance(11 * MINUTE);
      const refused = await browser.request('POST', '/api/me/mfa/enrollment', { method: 'totp' });
      assert.equal(refused.statusCode, 403);
      assert.equal(errorTypeOf(refused), 'reauthentication_required');
      const wrong = await browser.request('POST', '/api/me/mfa/enrollment', { method: 'totp', password: 'not the password at all' });
      assert.equal(errorTypeOf(wrong), 'invalid_credentials');
      const allowed = await browser.request('POST', '/api/me/mfa/enrollment', { method: 'totp', password: 'stale has a long password' });
      assert.equal(allowed.statusCode, 200);
    });

    test('sign-in with MFA: password, then a code; the same code, an older step and a code two steps away are refused', async () => {
      const browser = await signedIn('alice');
      const { authenticator } = await enrollTotp(t, browser);
      const status = (await browser.request('GET', '/api/me/mfa')).json();
      assert.deepEqual([status.enabled, status.method, status.recovery_codes_remaining], [true, 'totp', 10]);

      const fresh = new Browser(t.app);
      const first = await fresh.signIn('alice', 'alice has a long password');
      const { authenticators, ...rest } = first.json() as { authenticators: Array<{ kind: string; name: string }> };
      assert.deepEqual(rest, { state: 'awaiting_second_factor', methods: ['totp', 'recovery_code'] });
      assert.deepEqual(authenticators.map(({ kind, name }) => ({ kind, name })), [{ kind: 'totp', name: 'Authenticator app' }]);
      assert.equal(fresh.cookies.has('gatehouse_session'), false, 'no session before the second factor');
      assert.equal((await fresh.request('GET', '/api/me')).statusCode, 401);

      const now = t.clock.now();
      const twoAway = await fresh.request('POST', '/api/session/second-factor', { method: 'totp', code: authenticator.codeAt(now, 2) });
      assert.equal(errorTypeOf(twoAway), 'invalid_credentials');
      const twoBack = await fresh.request('POST', '/api/session/second-factor', { method: 'totp', code: authenticator.codeAt(now, -2) });
      assert.equal(errorTypeOf(twoBack), 'invalid_credentials');
      const code = authenticator.codeAt(now);
      const accepted = await fresh.request('POST', '/api/session/second-factor', { method: 'totp', code });
      assert.equal(accepted.statusCode, 200, accepted.body);
      assert.equal(accepted.json().state, 'authenticated');
      assert.equal((await fresh.request('GET', '/api/session')).json().session.mfa, true, 'the session records AAL 2');

      const again = new Browser(t.app);
      await again.signIn('alice', 'alice has a long password');
      const replay = await again.request('POST', '/api/session/second-factor', { method: 'totp', code });
      assert.equal(replay.statusCode, 401);
      assert.equal(errorTypeOf(replay), 'invalid_credentials');
      const older = await again.request('POST', '/api/session/second-factor', { method: 'totp', code: authenticator.codeAt(now, -1) });
      assert.equal(errorTypeOf(older), 'invalid_credentials', 'a step before the last accepted one is refused');
      const events = (await t.app.inject({ url: '/api/audit-events?type=totp_code_replayed', headers: { authorization: basic('admin', 'correct horse battery staple') } })).json().events;
      assert.ok(events.length >= 1, 'replays are audited');
      t.clock.advance(30_000);
      const next = await again.request('POST', '/api/session/second-factor', { method: 'totp', code: authenticator.codeAt(t.clock.now()) });
      assert.equal(next.statusCode, 200);
    });

    test('the sixth wrong code in a challenge is refused: after five the challenge is over', async () => {
      const browser = await signedIn('fumbler');
      const { authenticator } = await enrollTotp(t, browser);
      const signIn = new Browser(t.app);
      await signIn.signIn('fumbler', 'fumbler has a long password');
      for (let i = 1; i <= 4; i++) {
        const wrong = await signIn.request('POST', '/api/session/second-factor', { method: 'totp', code: '000000' });
        assert.equal(errorTypeOf(wrong), 'invalid_credentials', `wrong code ${i}`);
      }
      const fifth = await signIn.request('POST', '/api/session/second-factor', { method: 'totp', code: '000000' });
      assert.equal(errorTypeOf(fifth), 'sign_in_expired');
      t.clock.advance(MINUTE);
      const sixth = await signIn.request('POST', '/api/session/second-factor', { method: 'totp', code: authenticator.codeAt(t.clock.now()) });
      assert.equal(sixth.statusCode, 401);
      assert.equal(errorTypeOf(sixth), 'sign_in_expired', 'even a right code cannot revive the challenge');
    });

    test('a challenge expires after 10 minutes', async () => {
      const browser = await signedIn('slowpoke');
      const { authenticator } = await enrollTotp(t, browser);
      const signIn = new Browser(t.app);
      await signIn.signIn('slowpoke', 'slowpoke has a long password');
      t.clock.advance(10 * MINUTE);
      const late = await signIn.request('POST', '/api/session/second-factor', { method: 'totp', code: authenticator.codeAt(t.clock.now()) });
      assert.equal(errorTypeOf(late), 'sign_in_expired');
    });

    test('once MFA is on, Basic username:password is refused on every /api route with mfa_enabled_use_api_key, and audited', async () => {
      const credentials = basic('basic.user', 'basic.user has a long password');
      const browser = await signedIn('basic.user');
      assert.equal((await t.app.inject({ url: '/api/me', headers: { authorization: credentials } })).statusCode, 200, 'cached before MFA');
      await enrollTotp(t, browser);
      for (const url of ['/api/me', '/api/me/mfa', '/api/me/sessions', '/api/users']) {
        const refused = await t.app.inject({ url, headers: { authorization: credentials } });
        assert.equal(refused.statusCode, 401, url);
        assert.equal(errorTypeOf(refused), 'mfa_enabled_use_api_key');
        assert.match(refused.json().error.message, /API key/);
      }
      const wrongPassword = await t.app.inject({ url: '/api/me', headers: { authorization: basic('basic.user', 'wrong password here') } });
      assert.equal(errorTypeOf(wrongPassword), 'invalid_credentials', 'a wrong password does not reveal MFA');
      const audit = (await t.app.inject({ url: '/api/audit-events?type=password_on_api_refused&user=basic.user', headers: { authorization: basic('admin', 'correct horse battery staple') } })).json();
      assert.ok(audit.events.length >= 4);
    });

    test('a recovery code signs in once, with or without dashes and in any case', async () => {
      const browser = await signedIn('recoverer');
      const { recoveryCodes } = await enrollTotp(t, browser);
      assert.equal(recoveryCodes.length, 10);
      for (const code of recoveryCodes) assert.match(code, /^[0-9A-HJKMNP-TV-Z]{4}(-[0-9A-HJKMNP-TV-Z]{4}){3}$/);
      const code = recoveryCodes[3]!;
      const signIn = new Browser(t.app);
      await signIn.signIn('recoverer', 'recoverer has a long password');
      const used = await signIn.request('POST', '/api/session/second-factor', { method: 'recovery_code', code: code.replaceAll('-', '').toLowerCase() });
      assert.equal(used.statusCode, 200);
      assert.equal((await signIn.request('GET', '/api/me/mfa')).json().recovery_codes_remaining, 9);
      const again = new Browser(t.app);
      await again.signIn('recoverer', 'recoverer has a long password');
      assert.equal(errorTypeOf(await again.request('POST', '/api/session/second-factor', { method: 'recovery_code', code })), 'invalid_credentials');
    });

    test('ten concurrent redemptions of one recovery code give exactly one session', async () => {
      const browser = await signedIn('racer');
      const { recoveryCodes } = await enrollTotp(t, browser);
      const browsers = await Promise.all(
        Array.from({ length: 10 }, async (_, i) => {
          const b = new Browser(t.app, `198.51.100.${i + 1}`);
          await b.signIn('racer', 'racer has a long password');
          return b;
        }),
      );
      const answers = await Promise.all(browsers.map((b) => b.request('POST', '/api/session/second-factor', { method: 'recovery_code', code: recoveryCodes[0]! })));
      assert.equal(answers.filter((a) => a.statusCode === 200).length, 1, answers.map((a) => a.statusCode).join(','));
      assert.equal((await browser.request('GET', '/api/me/mfa')).json().recovery_codes_remaining, 9);
    });

    test('ten concurrent submissions of one TOTP code give exactly one session', async () => {
      const browser = await signedIn('sprinter');
      const { authenticator } = await enrollTotp(t, browser);
      const browsers = await Promise.all(
        Array.from({ length: 10 }, async (_, i) => {
          const b = new Browser(t.app, `203.0.113.${i + 1}`);
          await b.signIn('sprinter', 'sprinter has a long password');
          return b;
        }),
      );
      const code = authenticator.codeAt(t.clock.now());
      const answers = await Promise.all(browsers.map((b) => b.request('POST', '/api/session/second-factor', { method: 'totp', code })));
      assert.equal(answers.filter((a) => a.statusCode === 200).length, 1, answers.map((a) => a.statusCode).join(','));
    });

    test('ten concurrent submissions of one code in one sign-in: the winner gets its session (the losers are no guesses that end the sign-in)', async () => {
      const browser = await signedIn('twins');
      const { authenticator } = await enrollTotp(t, browser);
      t.clock.advance(30 * SECOND);
      const signIn = new Browser(t.app);
      await signIn.signIn('twins', 'twins has a long password');
      const code = authenticator.codeAt(t.clock.now());
      const answers = await Promise.all(Array.from({ length: 10 }, () => signIn.request('POST', '/api/session/second-factor', { method: 'totp', code })));
      const bodies = answers.map((a) => a.body).join('\n');
      assert.equal(answers.filter((a) => a.statusCode === 200).length, 1, bodies);
      // The others are told the code was used, to wait (every attempt in flight is counted before it is
      // checked), or that this sign-in is over (the winner finished it); never that the account is locked.
      const told = new Set(answers.filter((a) => a.statusCode !== 200).map(errorTypeOf));
      assert.deepEqual([...told].filter((type) => !['invalid_credentials', 'too_many_requests', 'sign_in_expired'].includes(type ?? '')), [], bodies);
    });

    test('a used code sent again is refused as used, and does not count towards the five wrong codes that end a sign-in', async () => {
      const browser = await signedIn('repeater');
      const { authenticator, recoveryCodes } = await enrollTotp(t, browser);
      t.clock.advance(30 * SECOND);
      const first = new Browser(t.app);
      await first.signIn('repeater', 'repeater has a long password');
      const code = authenticator.codeAt(t.clock.now());
      assert.equal((await first.request('POST', '/api/session/second-factor', { method: 'totp', code })).statusCode, 200);
      assert.equal((await first.request('DELETE', '/api/session')).statusCode, 204);
      const second = new Browser(t.app);
      await second.signIn('repeater', 'repeater has a long password');
      assert.equal((await second.request('POST', '/api/session/second-factor', { method: 'recovery_code', code: recoveryCodes[0] })).statusCode, 200);
      const third = new Browser(t.app);
      await third.signIn('repeater', 'repeater has a long password');
      for (let i = 0; i < 6; i++) {
        const again = await third.request('POST', '/api/session/second-factor', i % 2 === 0 ? { method: 'totp', code } : { method: 'recovery_code', code: recoveryCodes[0] });
        assert.equal(again.statusCode, 401);
        assert.match((again.json() as { error: { message: string } }).error.message, /used already/);
      }
      t.clock.advance(30 * SECOND);
      const fresh = await third.request('POST', '/api/session/second-factor', { method: 'totp', code: authenticator.codeAt(t.clock.now()) });
      assert.equal(fresh.statusCode, 200, fresh.body);
    });

    test('disabling without a valid code fails and leaves MFA on; with one, MFA is off and other sessions end', async () => {
      const browser = await signedIn('quitter');
      const { authenticator, recoveryCodes } = await enrollTotp(t, browser);
      const phone = new Browser(t.app);
      await phone.signIn('quitter', 'quitter has a long password');
      await phone.request('POST', '/api/session/second-factor', { method: 'totp', code: authenticator.codeAt(t.clock.now()) });
      t.clock.advance(30_000);
      const console_ = new Browser(t.app);
      await console_.signIn('quitter', 'quitter has a long password');
      await console_.request('POST', '/api/session/second-factor', { method: 'totp', code: authenticator.codeAt(t.clock.now()) });
      t.clock.advance(30_000);

      const noCode = await console_.request('POST', '/api/me/mfa/disable', { password: 'quitter has a long password', code: '123456' });
      assert.equal(errorTypeOf(noCode), 'invalid_credentials');
      const noPassword = await console_.request('POST', '/api/me/mfa/disable', { password: 'wrong', code: authenticator.codeAt(t.clock.now()) });
      assert.equal(errorTypeOf(noPassword), 'invalid_credentials');
      assert.equal((await console_.request('GET', '/api/me/mfa')).json().enabled, true);

      const done = await console_.request('POST', '/api/me/mfa/disable', { password: 'quitter has a long password', code: recoveryCodes[0]! });
      assert.equal(done.statusCode, 200, done.body);
      assert.equal((await console_.request('GET', '/api/me/mfa')).json().enabled, false);
      assert.equal((await phone.request('GET', '/api/me')).statusCode, 401, 'the other session ended');
      assert.equal((await t.app.inject({ url: '/api/me', headers: { authorization: basic('quitter', 'quitter has a long password') } })).statusCode, 200, 'Basic works again');
    });

    test('changing method replaces the old factor only at Finish', async () => {
      const browser = await signedIn('changer');
      const old = await enrollTotp(t, browser);
      const console_ = new Browser(t.app);
      await console_.signIn('changer', 'changer has a long password');
      await console_.request('POST', '/api/session/second-factor', { method: 'totp', code: old.authenticator.codeAt(t.clock.now()) });
      t.clock.advance(30_000);
      // Changing the method is a step-up: the password and a current code from the old app.
      const started = (await console_.request('POST', '/api/me/mfa/enrollment', { method: 'totp', password: 'changer has a long password', code: old.authenticator.codeAt(t.clock.now()) })).json();
      t.clock.advance(30_000);
      const replacement = new Authenticator(started.secret);
      await console_.request('POST', '/api/me/mfa/enrollment/verify', { code: replacement.codeAt(t.clock.now()) });
      t.clock.advance(30_000);
      // Before Finish, the old app still signs in.
      const before_ = new Browser(t.app);
      await before_.signIn('changer', 'changer has a long password');
      assert.equal((await before_.request('POST', '/api/session/second-factor', { method: 'totp', code: old.authenticator.codeAt(t.clock.now()) })).statusCode, 200);
      t.clock.advance(30_000);
      assert.equal((await console_.request('POST', '/api/me/mfa/enrollment/finish')).statusCode, 200);
      const after_ = new Browser(t.app);
      await after_.signIn('changer', 'changer has a long password');
      assert.equal(errorTypeOf(await after_.request('POST', '/api/session/second-factor', { method: 'totp', code: old.authenticator.codeAt(t.clock.now()) })), 'invalid_credentials');
      t.clock.advance(30_000);
      assert.equal((await after_.request('POST', '/api/session/second-factor', { method: 'totp', code: replacement.codeAt(t.clock.now()) })).statusCode, 200);
      const audit = (await t.app.inject({ url: '/api/audit-events?type=mfa_method_changed&user=changer', headers: { authorization: basic('admin', 'correct horse battery staple') } })).json();
      assert.equal(audit.events.length, 1);
    });

    test('regenerating recovery codes needs the password and a code, and kills the old set', async () => {
      const browser = await signedIn('regenerator');
      const { authenticator, recoveryCodes } = await enrollTotp(t, browser);
      const console_ = new Browser(t.app);
      await console_.signIn('regenerator', 'regenerator has a long password');
      await console_.request('POST', '/api/session/second-factor', { method: 'recovery_code', code: recoveryCodes[0]! });
      assert.equal(errorTypeOf(await console_.request('POST', '/api/me/mfa/recovery-codes', { password: 'regenerator has a long password', code: '000000' })), 'invalid_credentials');
      const fresh = await console_.request('POST', '/api/me/mfa/recovery-codes', { password: 'regenerator has a long password', code: authenticator.codeAt(t.clock.now()) });
      assert.equal(fresh.statusCode, 200);
      const newCodes = fresh.json().recovery_codes as string[];
      assert.equal(newCodes.length, 10);
      assert.equal((await console_.request('GET', '/api/me/mfa')).json().recovery_codes_remaining, 10);
      const signIn = new Browser(t.app);
      await signIn.signIn('regenerator', 'regenerator has a long password');
      assert.equal(errorTypeOf(await signIn.request('POST', '/api/session/second-factor', { method: 'recovery_code', code: recoveryCodes[1]! })), 'invalid_credentials');
      assert.equal((await signIn.request('POST', '/api/session/second-factor', { method: 'recovery_code', code: newCodes[1]! })).statusCode, 200);
    });
  });
}
