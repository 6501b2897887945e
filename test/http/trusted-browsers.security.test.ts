// Trusted browsers from the attacker's side (issue 14, SPEC §2.14, §2.11), on both databases: a
// rotated-away token presented again revokes the trusted browser (theft) and is audited; a token
// carried to another browser too; trust is never accepted by HTTP Basic, forward auth or a step-up;
// and it ends on every credential change, "sign out everywhere", a lowered N and an administrator's
// action, each audited with its reason. A grant racing a credential change is refused; over HTTPS
// the cookies are __Host- prefixed and Secure.
import assert from 'node:assert/strict';
import { after, before, beforeEach, describe, test } from 'node:test';
import { DAY, SECOND } from '../../src/core/clock.js';
import { AUTHENTICATION_POLICY_KEY, DEFAULT_AUTHENTICATION_POLICY } from '../../src/core/policy/authentication-policy.js';
import { trustBrowser } from '../../src/core/trusted-browsers/trusted-browsers.js';
import { Authenticator } from '../helpers/authenticator.js';
import { selectRows } from '../helpers/database-rows.js';
import { SmtpSink } from '../helpers/smtp-sink.js';
import { ADMIN_PASSWORD, basic, Browser, errorTypeOf, startTestApp, type TestApp } from '../helpers/test-app.js';
import { availableDatabaseKinds } from '../helpers/test-databases.js';
import { trustedBrowserCookie, TrustedBrowserSteps } from '../helpers/trusted-browser-steps.js';

for (const kind of await availableDatabaseKinds()) {
  describe(`trusted browsers, security (${kind})`, () => {
    let t: TestApp;
    let smtp: SmtpSink;
    let admin: Browser;
    let steps: TrustedBrowserSteps;
    before(async () => {
      smtp = await new SmtpSink().start();
      t = await startTestApp(kind, { env: { GATEHOUSE_SMTP_URL: smtp.url } });
      steps = new TrustedBrowserSteps(t);
    });
    after(async () => {
      await t.close();
      await smtp.stop();
    });
    beforeEach(async () => {
      await t.ctx.store.writeSetting(AUTHENTICATION_POLICY_KEY, DEFAULT_AUTHENTICATION_POLICY, t.clock.now());
      admin = new Browser(t.app, '192.0.2.1');
      assert.equal((await admin.signIn('admin', ADMIN_PASSWORD)).statusCode, 200);
    });

    /** Signs out, then in with the password: what the trusted browser gets now. */
    async function signInAgain(browser: Browser, username: string) {
      await browser.request('DELETE', '/api/session');
      return (await browser.signIn(username, steps.passwordOf(username))).json() as { state: string; completed_by?: string };
    }

    async function revocationReasons(userId: string | null): Promise<string[]> {
      const rows =
        userId === null
          ? await selectRows(t.database.url, "select details from audit_events where type = 'trusted_browser_revoked' and target_user_id is null order by sequence")
          : await selectRows(t.database.url, "select details from audit_events where type = 'trusted_browser_revoked' and target_user_id = ? order by sequence", [userId]);
      return rows.map((row) => (JSON.parse(String(row.details)) as { reason: string }).reason);
    }

    test('a rotated-away token presented again revokes that trusted browser, and the revocation is audited', async () => {
      const { user, browser } = await steps.trustedUser('rita');
      const cookie = trustedBrowserCookie(user.id);
      const stolen = browser.cookies.get(cookie)!;
      // The owner uses it: the token rotates.
      assert.equal((await signInAgain(browser, 'rita')).completed_by, 'trusted_browser');
      const current = browser.cookies.get(cookie)!;
      assert.notEqual(current, stolen);
      // The old token comes back (a copy taken before the rotation): it does not pass, and the trust ends.
      browser.cookies.set(cookie, stolen);
      const replayed = await signInAgain(browser, 'rita');
      assert.equal(replayed.state, 'awaiting_second_factor');
      assert.equal(browser.cookies.has(cookie), false, 'the cookie is cleared');
      assert.deepEqual(await t.ctx.store.listTrustedBrowsers(user.id), []);
      assert.deepEqual(await revocationReasons(user.id), ['token_replayed']);
      // The newest token died with it: the thief's replay also locked the rightful copy out.
      browser.cookies.set(cookie, current);
      assert.equal((await signInAgain(browser, 'rita')).state, 'awaiting_second_factor');
      assert.ok(t.logs.some((line) => /"event":"trusted_browser_revoked"/.test(line) && /token_replayed/.test(line)), 'a warning is logged');
      assert.ok(!t.logs.some((line) => line.includes(stolen.split('.')[1]!)), 'the secret is never logged');
    });

    test('the thief uses the stolen token first: the owner\'s next sign-in presents a rotated-away token and ends the trust', async () => {
      const { user, browser } = await steps.trustedUser('sven');
      const cookie = trustedBrowserCookie(user.id);
      // A copy of the whole cookie jar (browser id included), used from elsewhere.
      const thief = new Browser(t.app, '203.0.113.66');
      for (const [name, value] of browser.cookies) if (name !== 'gatehouse_session') thief.cookies.set(name, value);
      assert.equal((await thief.signIn('sven', steps.passwordOf('sven'))).json().completed_by, 'trusted_browser', 'with the password, the copy works once');
      assert.equal((await signInAgain(browser, 'sven')).state, 'awaiting_second_factor', 'the owner is asked for a code');
      assert.deepEqual(await revocationReasons(user.id), ['token_replayed']);
      assert.equal((await signInAgain(thief, 'sven')).state, 'awaiting_second_factor', 'and the thief is asked too');
      assert.equal(thief.cookies.has(cookie), true);
    });

    test('one token presented twice at once: exactly one sign-in passes on it, and the trust ends (the other holds a copy)', async () => {
      const { user, browser } = await steps.trustedUser('wanda');
      await browser.request('DELETE', '/api/session');
      const twin = new Browser(t.app);
      for (const [name, value] of browser.cookies) twin.cookies.set(name, value);
      const answers = await Promise.all([browser.signIn('wanda', steps.passwordOf('wanda')), twin.signIn('wanda', steps.passwordOf('wanda'))]);
      const trusted = answers.filter((a) => a.statusCode === 200 && a.json().completed_by === 'trusted_browser');
      assert.equal(trusted.length, 1, answers.map((a) => a.body).join(' | '));
      assert.deepEqual(await t.ctx.store.listTrustedBrowsers(user.id), []);
      assert.deepEqual(await revocationReasons(user.id), ['token_replayed']);
    });

    test('a token carried to another browser (another browser id) revokes the trust', async () => {
      const { user, browser } = await steps.trustedUser('tove');
      const cookie = trustedBrowserCookie(user.id);
      const elsewhere = new Browser(t.app, '203.0.113.67');
      elsewhere.cookies.set(cookie, browser.cookies.get(cookie)!);
      assert.equal((await elsewhere.signIn('tove', steps.passwordOf('tove'))).json().state, 'awaiting_second_factor');
      assert.deepEqual(await revocationReasons(user.id), ['token_from_other_browser']);
      assert.equal((await signInAgain(browser, 'tove')).state, 'awaiting_second_factor');
    });

    test('a malformed or unknown token is no token: the code is asked, nothing is revoked', async () => {
      const { user, browser } = await steps.trustedUser('uwe');
      const cookie = trustedBrowserCookie(user.id);
      const real = browser.cookies.get(cookie)!;
      for (const bogus of ['', 'x', `${'A'.repeat(16)}.${'B'.repeat(43)}`, `${real}x`, real.replace('.', '')]) {
        const other = new Browser(t.app, '203.0.113.68');
        other.cookies.set(cookie, bogus);
        const answer = await other.signIn('uwe', steps.passwordOf('uwe'));
        assert.equal(answer.json().state, 'awaiting_second_factor', JSON.stringify(bogus));
      }
      assert.deepEqual(await revocationReasons(user.id), []);
      assert.equal((await signInAgain(browser, 'uwe')).completed_by, 'trusted_browser');
    });

    test('trust is never accepted by HTTP Basic, by forward auth, or as a step-up', async () => {
      const { user, browser, app } = await steps.trustedUser('vito');
      assert.equal((await signInAgain(browser, 'vito')).completed_by, 'trusted_browser');
      const trustCookie = `${trustedBrowserCookie(user.id)}=${browser.cookies.get(trustedBrowserCookie(user.id))}; gatehouse_browser=${browser.cookies.get('gatehouse_browser')}`;

      const overBasic = await t.app.inject({ url: '/api/me', headers: { authorization: basic('vito', steps.passwordOf('vito')), cookie: trustCookie } });
      assert.equal(overBasic.statusCode, 401);
      assert.equal(errorTypeOf(overBasic), 'mfa_enabled_use_api_key', 'the password on the API stays refused for an MFA account');

      const forwardTrustOnly = await t.app.inject({ url: '/api/auth/verify', headers: { cookie: trustCookie } });
      assert.equal(forwardTrustOnly.statusCode, 401, 'a trusted-browser cookie is no session');
      const forwardBasic = await t.app.inject({ url: '/api/auth/verify', headers: { authorization: basic('vito', steps.passwordOf('vito')), cookie: trustCookie } });
      assert.equal(forwardBasic.statusCode, 401);
      assert.equal((await t.app.inject({ url: '/api/me', headers: { cookie: trustCookie } })).statusCode, 401);

      // A session from a trusted browser is a session, not a second factor: every step-up asks for a code.
      const password = steps.passwordOf('vito');
      const add = await browser.request('POST', '/api/me/authenticators', { kind: 'totp', password });
      assert.equal(add.statusCode, 403, 'a code (or a key) is part of every step-up');
      assert.equal(errorTypeOf(add), 'reauthentication_required');
      const wrongCode = await browser.request('POST', '/api/me/mfa/disable', { password, code: '000000' });
      assert.equal(errorTypeOf(wrongCode), 'invalid_credentials');
      const codes = await browser.request('POST', '/api/me/mfa/recovery-codes', { password, code: '000000' });
      assert.equal(errorTypeOf(codes), 'invalid_credentials');
      const [only] = (await browser.request('GET', '/api/me/authenticators')).json().authenticators as { id: string }[];
      const remove = await browser.request('DELETE', `/api/me/authenticators/${only!.id}`, { password });
      assert.ok(remove.statusCode === 400 || remove.statusCode === 403, `the password alone removes nothing: ${remove.body}`);
      assert.equal((await t.ctx.store.findUserById(user.id))?.mfaKinds.length, 1, 'MFA is untouched');
      // With a current code the same request passes.
      const ok = await browser.request('POST', '/api/me/mfa/recovery-codes', { password, code: app.codeAt(t.clock.now()) });
      assert.equal(ok.statusCode, 200, ok.body);
      t.clock.advance(30 * SECOND);
    });

    // Each way trust must end (SPEC §2.14): the change, then the trusted browser is asked for a code,
    // its row is gone, and the revocation is audited with the change as its reason.
    const triggers: { name: string; reason: string; act: (s: { userId: string; browser: Browser; app: Authenticator; username: string }) => Promise<void> }[] = [
      {
        name: 'the user changes their password',
        reason: 'password_changed',
        act: async ({ browser, username }) => {
          const changed = await browser.request('PUT', '/api/me/password', { current_password: steps.passwordOf(username), new_password: steps.passwordOf(username) + '!' });
          assert.equal(changed.statusCode, 200, changed.body);
          const restored = await browser.request('PUT', '/api/me/password', { current_password: steps.passwordOf(username) + '!', new_password: steps.passwordOf(username) });
          assert.equal(restored.statusCode, 200, restored.body);
        },
      },
      {
        name: 'an administrator resets the password',
        reason: 'password_reset',
        act: async ({ userId }) => {
          assert.equal((await admin.request('POST', `/api/users/${userId}/password`, { password: 'a brand new long password 1' })).statusCode, 200);
        },
      },
      {
        name: 'an authenticator is added',
        reason: 'authenticator_added',
        act: async ({ browser, app, username }) => {
          const started = await browser.request('POST', '/api/me/authenticators', { kind: 'totp', name: 'Second phone', password: steps.passwordOf(username), code: app.codeAt(t.clock.now()) });
          assert.equal(started.statusCode, 201, started.body);
          t.clock.advance(30 * SECOND);
          const second = new Authenticator((started.json() as { secret: string }).secret);
          const verified = await browser.request('POST', `/api/me/authenticators/${started.json().id}/verify`, { code: second.codeAt(t.clock.now()) });
          assert.equal(verified.statusCode, 200, verified.body);
        },
      },
      {
        name: 'an authenticator is removed',
        reason: 'authenticator_removed',
        act: async ({ userId }) => {
          const [one] = await t.ctx.store.listAuthenticators(userId);
          assert.equal((await admin.request('DELETE', `/api/users/${userId}/authenticators/${one!.id}`)).statusCode, 200);
        },
      },
      {
        name: 'the user disables MFA',
        reason: 'mfa_disabled',
        act: async ({ browser, app, username }) => {
          const disabled = await browser.request('POST', '/api/me/mfa/disable', { password: steps.passwordOf(username), code: app.codeAt(t.clock.now()) });
          assert.equal(disabled.statusCode, 200, disabled.body);
        },
      },
      {
        name: 'an administrator resets MFA',
        reason: 'mfa_reset',
        act: async ({ userId }) => {
          assert.equal((await admin.request('POST', `/api/users/${userId}/mfa/reset`)).statusCode, 200);
        },
      },
      {
        name: 'the user is disabled (and enabled again)',
        reason: 'user_disabled',
        act: async ({ userId }) => {
          assert.equal((await admin.request('PATCH', `/api/users/${userId}`, { disabled: true })).statusCode, 200);
          assert.equal((await admin.request('PATCH', `/api/users/${userId}`, { disabled: false })).statusCode, 200);
        },
      },
      {
        name: 'the user signs out everywhere',
        reason: 'signed_out_everywhere',
        act: async ({ browser }) => {
          assert.equal((await browser.request('DELETE', '/api/me/sessions')).statusCode, 200);
        },
      },
      {
        name: 'an administrator signs the user out everywhere',
        reason: 'signed_out_everywhere',
        act: async ({ userId }) => {
          assert.equal((await admin.request('DELETE', `/api/users/${userId}/sessions`)).statusCode, 200);
        },
      },
      {
        name: 'the administrator lowers N below the trust\'s age',
        reason: 'lifetime_lowered',
        act: async () => {
          t.clock.advance(2 * DAY);
          // The admin's session idled out over those two days: a new one.
          admin = new Browser(t.app, '192.0.2.1');
          await admin.signIn('admin', ADMIN_PASSWORD);
          const lowered = await admin.request('PUT', '/api/settings/authentication', { allowed_methods: ['totp', 'email'], enforce_mfa: false, trusted_browser_days: 1 });
          assert.equal(lowered.statusCode, 200, lowered.body);
        },
      },
    ];
    let n = 0;
    for (const trigger of triggers) {
      test(`trust ends when ${trigger.name}, audited as ${trigger.reason}`, async () => {
        const username = `trusting.${++n}`;
        const { user, browser, app } = await steps.trustedUser(username);
        assert.equal((await signInAgain(browser, username)).completed_by, 'trusted_browser', 'trusted before');
        await trigger.act({ userId: user.id, browser, app, username });
        assert.deepEqual(await t.ctx.store.listTrustedBrowsers(user.id), [], 'the trusted browser is gone');
        // A lowered N is one event for every user it touched (the administrator's, with no target).
        const reasons = trigger.reason === 'lifetime_lowered' ? await revocationReasons(null) : await revocationReasons(user.id);
        assert.ok(reasons.includes(trigger.reason), `revoked for ${trigger.reason}, audited: ${reasons.join(', ')}`);
        const fresh = new Browser(t.app);
        for (const [name, value] of browser.cookies) if (name !== 'gatehouse_session') fresh.cookies.set(name, value);
        const after = await fresh.signIn(username, (await t.ctx.store.findUserById(user.id))!.mustChangePassword ? 'a brand new long password 1' : steps.passwordOf(username));
        assert.notEqual(after.json().completed_by, 'trusted_browser', 'the trusted browser no longer stands in for a code');
        if ((await t.ctx.store.findUserById(user.id))!.mfaKinds.length > 0) assert.notEqual(after.json().state, 'authenticated', 'the password alone no longer signs in');
        // And if MFA is turned on again, the old trust does not come back with it (kanka#1277).
        assert.equal((await t.ctx.store.listTrustedBrowsers(user.id)).length, 0);
      });
    }

    test('lowering N ends trust older than the new N; younger trust keeps working until it is N days old', async () => {
      const { user: old, browser: oldBrowser } = await steps.trustedUser('olaf');
      t.clock.advance(8 * DAY);
      const { user: young, browser: youngBrowser } = await steps.trustedUser('yvonne');
      t.clock.advance(2 * DAY); // olaf's trust is 10 days old, yvonne's 2
      admin = new Browser(t.app, '192.0.2.1');
      await admin.signIn('admin', ADMIN_PASSWORD);
      const raised = await admin.request('PUT', '/api/settings/authentication', { allowed_methods: ['totp', 'email'], enforce_mfa: false, trusted_browser_days: 60 });
      assert.equal(raised.statusCode, 200);
      assert.equal((await t.ctx.store.listTrustedBrowsers(young.id))[0]?.expiresAt, (await t.ctx.store.listTrustedBrowsers(young.id))[0]!.createdAt + 30 * DAY, 'raising N lengthens no trust');
      assert.equal((await admin.request('PUT', '/api/settings/authentication', { allowed_methods: ['totp', 'email'], enforce_mfa: false, trusted_browser_days: 7 })).statusCode, 200);
      assert.deepEqual(await t.ctx.store.listTrustedBrowsers(old.id), []);
      assert.deepEqual(await revocationReasons(old.id), [], 'the event is the administrator\'s, about every user at once');
      const [event] = await selectRows(t.database.url, "select actor_username, details from audit_events where type = 'trusted_browser_revoked' order by sequence desc limit 1");
      assert.equal(event?.actor_username, 'admin');
      assert.match(String(event?.details), /"reason":"lifetime_lowered"/);
      const [kept] = await t.ctx.store.listTrustedBrowsers(young.id);
      assert.equal(kept?.expiresAt, kept!.createdAt + 7 * DAY, 'the rest now ends N days after its grant');
      assert.equal((await signInAgain(oldBrowser, 'olaf')).state, 'awaiting_second_factor');
      assert.equal((await signInAgain(youngBrowser, 'yvonne')).completed_by, 'trusted_browser');
      t.clock.advance(5 * DAY + SECOND);
      assert.equal((await signInAgain(youngBrowser, 'yvonne')).state, 'awaiting_second_factor', 'seven days after its grant');
    });

    test('a grant racing a credential change is refused: trust granted under an old security stamp never exists', async () => {
      const { user, browser, app } = await steps.userWithApp('quinn');
      await browser.request('DELETE', '/api/session');
      await browser.signIn('quinn', steps.passwordOf('quinn'));
      const answer = await browser.request('POST', '/api/session/second-factor', { method: 'totp', code: app.codeAt(t.clock.now()) });
      assert.equal(answer.statusCode, 200);
      const [session] = await t.ctx.store.listUserSessions(user.id);
      // The password changes (another session) between the code and the grant.
      assert.equal((await admin.request('POST', `/api/users/${user.id}/password`, { password: 'quinn has another password' })).statusCode, 200);
      const granted = await trustBrowser(t.ctx, { user, session: session!, browserId: 'B'.repeat(22), client: { address: '192.0.2.10', userAgent: 'test' } });
      assert.equal(granted, null);
      assert.deepEqual(await t.ctx.store.listTrustedBrowsers(user.id), []);
    });

    test('over HTTPS the trusted-browser and browser id cookies are __Host- prefixed and Secure', async () => {
      const secure = await startTestApp(kind, { database: t.database, clock: t.clock, env: { GATEHOUSE_TRUST_PROXY: 'true', GATEHOUSE_PUBLIC_URL: 'https://gatehouse.test', GATEHOUSE_SMTP_URL: smtp.url } });
      try {
        const { user, app } = await steps.userWithApp('hans');
        const headers = { 'x-forwarded-proto': 'https', origin: 'https://gatehouse.test' };
        const started = await secure.app.inject({ method: 'POST', url: '/api/session', headers, payload: { username: 'hans', password: steps.passwordOf('hans') } });
        const signIn = started.cookies.find((c) => c.name === '__Host-gatehouse_sign_in')!;
        const answer = await secure.app.inject({
          method: 'POST',
          url: '/api/session/second-factor',
          headers: { ...headers, cookie: `__Host-gatehouse_sign_in=${signIn.value}` },
          payload: { method: 'totp', code: app.codeAt(t.clock.now()), trust_browser: true },
        });
        assert.equal(answer.statusCode, 200, answer.body);
        t.clock.advance(30 * SECOND);
        for (const name of [`__Host-${trustedBrowserCookie(user.id)}`, '__Host-gatehouse_browser']) {
          const cookie = answer.cookies.find((c) => c.name === name);
          assert.ok(cookie, `${name} is set`);
          assert.equal(cookie.secure, true);
          assert.equal(cookie.httpOnly, true);
          assert.equal(cookie.sameSite, 'Strict');
          assert.equal(cookie.path, '/');
          assert.equal(cookie.domain, undefined);
        }
        // And the password alone then signs in, over HTTPS too.
        const jar = answer.cookies.filter((c) => c.name !== '__Host-gatehouse_session').map((c) => `${c.name}=${c.value}`).join('; ');
        const again = await secure.app.inject({ method: 'POST', url: '/api/session', headers: { ...headers, cookie: jar }, payload: { username: 'hans', password: steps.passwordOf('hans') } });
        assert.equal(again.json().completed_by, 'trusted_browser');
      } finally {
        await secure.app.close();
      }
    });

    test('a trusted-browser cookie alone is no session: without the password nothing is signed in', async () => {
      const { user, browser } = await steps.trustedUser('ines');
      await browser.request('DELETE', '/api/session');
      assert.equal((await browser.request('GET', '/api/session')).statusCode, 401);
      assert.equal((await browser.request('GET', '/api/me')).statusCode, 401);
      assert.equal(errorTypeOf(await browser.signIn('ines', '')), 'invalid_request');
      assert.equal(errorTypeOf(await browser.signIn('ines', 'ines has a wrong password')), 'invalid_credentials');
      assert.equal((await t.ctx.store.listTrustedBrowsers(user.id)).length, 1, 'failed sign-ins leave the trust alone');
    });
  });
}
