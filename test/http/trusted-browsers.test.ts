// Trusted browsers and new-browser alerts (issue 14, SPEC §2.14), over HTTP on both databases: the
// grant at the second factor and its cookie, the password alone in the same browser for the same
// user, rotation with a fixed expiry (fixed clock), the administrator's N, the lists, Forget and
// Forget all, and the e-mail for a browser the user has not signed in from before. The attacker's side
// (replays, other browsers, Basic, forward auth, step-up, every revocation trigger) is in
// trusted-browsers.security.test.ts.
import assert from 'node:assert/strict';
import { after, before, beforeEach, describe, test } from 'node:test';
import { DAY, HOUR, SECOND } from '../../src/core/clock.js';
import { hashToken } from '../../src/core/crypto/server-keys.js';
import { AUTHENTICATION_POLICY_KEY, DEFAULT_AUTHENTICATION_POLICY } from '../../src/core/policy/authentication-policy.js';
import { selectRows } from '../helpers/database-rows.js';
import { SmtpSink } from '../helpers/smtp-sink.js';
import { ADMIN_PASSWORD, addTestUser, Browser, errorTypeOf, startTestApp, type TestApp } from '../helpers/test-app.js';
import { availableDatabaseKinds } from '../helpers/test-databases.js';
import { signInTrusting, trustedBrowserCookie, TrustedBrowserSteps } from '../helpers/trusted-browser-steps.js';

const FIREFOX = 'Mozilla/5.0 (X11; Linux x86_64; rv:146.0) Gecko/20100101 Firefox/146.0';
const CHROME_WINDOWS = 'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/142.0.0.0 Safari/537.36';

interface TrustedBrowserView {
  id: string;
  current: boolean;
  browser: string;
  os: string;
  created_at: string;
  created_address: string;
  last_used_at: string | null;
  last_used_address: string | null;
  expires_at: string;
}

for (const kind of await availableDatabaseKinds()) {
  describe(`trusted browsers (${kind})`, () => {
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

    const list = async (browser: Browser) => ((await browser.request('GET', '/api/me/trusted-browsers')).json() as { trusted_browsers: TrustedBrowserView[] }).trusted_browsers;

    test('the second-factor step offers N days; trusting sets an opaque HttpOnly, SameSite=Strict cookie whose secret is stored only as its SHA-256', async () => {
      const { user, browser, app } = await steps.userWithApp('tina');
      await browser.request('DELETE', '/api/session');
      const started = await browser.signIn('tina', steps.passwordOf('tina'));
      assert.equal(started.json().state, 'awaiting_second_factor');
      assert.equal(started.json().trusted_browser_days, 30, 'the default N');
      const answer = await browser.request('POST', '/api/session/second-factor', { method: 'totp', code: app.codeAt(t.clock.now()), trust_browser: true });
      assert.equal(answer.statusCode, 200, answer.body);
      assert.equal(answer.json().completed_by, 'second_factor');
      assert.equal(answer.json().trusted_until, new Date(t.clock.now() + 30 * DAY).toISOString());

      const cookie = answer.cookies.find((c) => c.name === trustedBrowserCookie(user.id));
      assert.ok(cookie, 'the trusted-browser cookie is set');
      assert.equal(cookie.httpOnly, true);
      assert.equal(cookie.sameSite, 'Strict');
      assert.equal(cookie.path, '/');
      assert.equal(cookie.secure, undefined, 'not Secure over plain HTTP (a Secure cookie would never be stored)');
      assert.equal(cookie.maxAge, 30 * 24 * 3600, 'it lasts as long as the trust');
      const [id, secret] = cookie.value.split('.');
      assert.ok(id && secret && Buffer.from(secret, 'base64url').length >= 16, 'at least 128 random bits');

      const rows = await selectRows(t.database.url, 'select id, token_hash from trusted_browsers where user_id = ?', [user.id]);
      assert.deepEqual(rows, [{ id, token_hash: hashToken(secret) }]);
      const everything = JSON.stringify(await selectRows(t.database.url, 'select * from trusted_browsers'));
      assert.ok(!everything.includes(secret), 'the secret itself is stored nowhere');
      assert.ok(answer.cookies.some((c) => c.name === 'gatehouse_browser' && c.maxAge === 400 * 24 * 3600 && c.httpOnly), 'the browser id cookie lasts 400 days');
    });

    test('later, the same user in that browser signs in with the password alone; each use rotates the token and keeps the expiry', async () => {
      const { user, browser } = await steps.trustedUser('ulla');
      const grantedAt = t.clock.now() - 30 * SECOND; // signInTrusting moved past the code's step
      const first = browser.cookies.get(trustedBrowserCookie(user.id))!;
      await browser.request('DELETE', '/api/session');

      t.clock.advance(3 * DAY);
      const again = await browser.signIn('ulla', steps.passwordOf('ulla'));
      assert.equal(again.statusCode, 200, again.body);
      assert.equal(again.json().state, 'authenticated', 'no code was asked');
      assert.equal(again.json().completed_by, 'trusted_browser');
      assert.equal(again.json().trusted_until, new Date(grantedAt + 30 * DAY).toISOString(), 'the absolute expiry stays');
      const second = browser.cookies.get(trustedBrowserCookie(user.id))!;
      assert.notEqual(second, first, 'the token was rotated');
      assert.equal(second.split('.')[0], first.split('.')[0], 'the same trusted browser');
      const rotated = again.cookies.find((c) => c.name === trustedBrowserCookie(user.id))!;
      assert.equal(rotated.maxAge, Math.floor((grantedAt + 30 * DAY - t.clock.now()) / 1000), 'the cookie ends when the trust does');

      const session = (await browser.request('GET', '/api/session')).json();
      assert.equal(session.state, 'authenticated');
      assert.equal(session.session.mfa, true);
      const sessions = (await browser.request('GET', '/api/me/sessions')).json().sessions as { current: boolean; completed_by: string | null }[];
      assert.equal(sessions.find((s) => s.current)?.completed_by, 'trusted_browser', 'the session list says it was a trusted browser, not a code');

      const [listed] = await list(browser);
      assert.equal(listed?.current, true);
      assert.equal(listed?.last_used_at, new Date(t.clock.now()).toISOString());
      assert.equal(listed?.expires_at, new Date(grantedAt + 30 * DAY).toISOString());

      const events = await steps.auditTypes(user.id);
      for (const type of ['trusted_browser_granted', 'trusted_browser_used']) assert.ok(events.includes(type), `${type} is audited`);
      const signIn = await selectRows(t.database.url, "select details from audit_events where type = 'sign_in_succeeded' and target_user_id = ? order by sequence desc limit 1", [user.id]);
      assert.match(String(signIn[0]?.details), /"factor":"trusted_browser"/);

      // A third use, with the second token: it works, and rotates again.
      await browser.request('DELETE', '/api/session');
      t.clock.advance(DAY);
      assert.equal((await browser.signIn('ulla', steps.passwordOf('ulla'))).json().completed_by, 'trusted_browser');
      assert.notEqual(browser.cookies.get(trustedBrowserCookie(user.id)), second);
    });

    test('the password is still checked: a wrong one fails as ever and does not touch the trust', async () => {
      const { user, browser } = await steps.trustedUser('walt');
      const token = browser.cookies.get(trustedBrowserCookie(user.id));
      await browser.request('DELETE', '/api/session');
      const wrong = await browser.signIn('walt', 'not the password at all');
      assert.equal(errorTypeOf(wrong), 'invalid_credentials');
      assert.equal(browser.cookies.get(trustedBrowserCookie(user.id)), token, 'the token is neither used nor rotated');
      assert.equal((await browser.signIn('walt', steps.passwordOf('walt'))).json().completed_by, 'trusted_browser');
    });

    test('trust ends at its absolute expiry, however often it was used (fixed clock)', async () => {
      const { user, browser, app } = await steps.trustedUser('xena');
      for (let day = 0; day < 3; day++) {
        await browser.request('DELETE', '/api/session');
        t.clock.advance(9 * DAY);
        assert.equal((await browser.signIn('xena', steps.passwordOf('xena'))).json().completed_by, 'trusted_browser', `day ${(day + 1) * 9}`);
      }
      await browser.request('DELETE', '/api/session');
      t.clock.advance(3 * DAY + HOUR); // day 30 and an hour
      const late = await browser.signIn('xena', steps.passwordOf('xena'));
      assert.equal(late.json().state, 'awaiting_second_factor', 'thirty days after the grant a code is asked again');
      const done = await browser.request('POST', '/api/session/second-factor', { method: 'totp', code: app.codeAt(t.clock.now()) });
      assert.equal(done.json().state, 'authenticated');
      t.clock.advance(30 * SECOND);
      assert.deepEqual(await list(browser), [], 'an expired trusted browser is not listed');
      assert.equal((await t.ctx.store.listTrustedBrowsers(user.id)).length, 1, 'until housekeeping sweeps it');
    });

    test('trust is for one user in one browser: another browser, or another user in the same browser, is asked for the code', async () => {
      const { browser } = await steps.trustedUser('yuri');
      await steps.userWithApp('zoe', { browser });
      await browser.request('DELETE', '/api/session');
      assert.equal((await browser.signIn('zoe', steps.passwordOf('zoe'))).json().state, 'awaiting_second_factor', "yuri's trust does nothing for zoe");
      const elsewhere = new Browser(t.app, '198.51.100.9');
      assert.equal((await elsewhere.signIn('yuri', steps.passwordOf('yuri'))).json().state, 'awaiting_second_factor', 'another browser is asked');
      assert.equal((await new Browser(t.app).signIn('yuri', steps.passwordOf('yuri'))).json().state, 'awaiting_second_factor');
      assert.equal((await browser.signIn('yuri', steps.passwordOf('yuri'))).json().completed_by, 'trusted_browser', 'yuri in his browser still is not');
    });

    test('two users may each trust the same browser; trusting again replaces that user\'s trust in it (one per user per browser)', async () => {
      const { user: ann, browser } = await steps.trustedUser('ann');
      await browser.request('DELETE', '/api/session');
      const { app: bobApp, user: bob } = await steps.userWithApp('bob', { browser });
      await browser.request('DELETE', '/api/session');
      await signInTrusting(t, browser, 'bob', steps.passwordOf('bob'), bobApp);
      await browser.request('DELETE', '/api/session');
      assert.equal((await browser.signIn('ann', steps.passwordOf('ann'))).json().completed_by, 'trusted_browser');
      await browser.request('DELETE', '/api/session');
      assert.equal((await browser.signIn('bob', steps.passwordOf('bob'))).json().completed_by, 'trusted_browser');
      // Bob trusts the browser again (say, after his cookie was lost): still one row for him here.
      browser.cookies.delete(trustedBrowserCookie(bob.id));
      await browser.request('DELETE', '/api/session');
      t.clock.advance(30 * SECOND);
      await signInTrusting(t, browser, 'bob', steps.passwordOf('bob'), bobApp);
      assert.equal((await t.ctx.store.listTrustedBrowsers(bob.id)).length, 1);
      assert.equal((await t.ctx.store.listTrustedBrowsers(ann.id)).length, 1);
    });

    test('without the checkbox nothing is trusted; with N = 0 the step does not offer it and trust_browser is ignored', async () => {
      const { user, browser, app } = await steps.userWithApp('vera');
      await browser.request('DELETE', '/api/session');
      await browser.signIn('vera', steps.passwordOf('vera'));
      const plain = await browser.request('POST', '/api/session/second-factor', { method: 'totp', code: app.codeAt(t.clock.now()) });
      assert.equal(plain.json().trusted_until, undefined);
      assert.equal(browser.cookies.has(trustedBrowserCookie(user.id)), false);
      t.clock.advance(30 * SECOND);

      assert.equal((await admin.request('PUT', '/api/settings/authentication', { allowed_methods: ['totp', 'email'], enforce_mfa: false, trusted_browser_days: 0 })).json().trusted_browser_days, 0);
      await browser.request('DELETE', '/api/session');
      const started = await browser.signIn('vera', steps.passwordOf('vera'));
      assert.equal(started.json().trusted_browser_days, 0, 'the console hides the checkbox');
      const answer = await browser.request('POST', '/api/session/second-factor', { method: 'totp', code: app.codeAt(t.clock.now()), trust_browser: true });
      assert.equal(answer.json().state, 'authenticated');
      assert.equal(answer.json().trusted_until, undefined);
      assert.equal(browser.cookies.has(trustedBrowserCookie(user.id)), false);
      assert.deepEqual(await list(browser), []);
    });

    test('the administrator sets N from 0 to 90; anything else is refused with a sentence', async () => {
      const put = (days: unknown) => admin.request('PUT', '/api/settings/authentication', { allowed_methods: ['totp', 'email'], enforce_mfa: false, trusted_browser_days: days });
      assert.equal((await put(90)).json().trusted_browser_days, 90);
      assert.equal((await admin.request('GET', '/api/settings/authentication')).json().trusted_browser_days, 90);
      for (const bad of [91, -1, 1.5, '30']) {
        const refused = await put(bad);
        assert.equal(refused.statusCode, 400, String(bad));
        assert.equal(errorTypeOf(refused), 'invalid_request');
        assert.deepEqual(refused.json().error.fields, ['trusted_browser_days']);
      }
      const kept = await admin.request('PUT', '/api/settings/authentication', { allowed_methods: ['totp', 'email'], enforce_mfa: false });
      assert.equal(kept.json().trusted_browser_days, 90, 'a change that does not name N keeps it');
    });

    test('the account page lists trusted browsers (browser, system, first and last use, address); Forget and Forget all', async () => {
      const { user, browser, app } = await steps.userWithApp('abe', { userAgent: FIREFOX });
      await browser.request('DELETE', '/api/session');
      await signInTrusting(t, browser, 'abe', steps.passwordOf('abe'), app, { 'user-agent': FIREFOX });
      const other = new Browser(t.app, '203.0.113.5');
      t.clock.advance(HOUR);
      await signInTrusting(t, other, 'abe', steps.passwordOf('abe'), app, { 'user-agent': CHROME_WINDOWS });

      const listed = await list(other);
      assert.equal(listed.length, 2);
      const [newest, oldest] = listed;
      assert.deepEqual(
        { browser: newest?.browser, os: newest?.os, address: newest?.created_address, current: newest?.current, last: newest?.last_used_at },
        { browser: 'Chrome 142', os: 'Windows', address: '203.0.113.5', current: true, last: null },
      );
      assert.deepEqual({ browser: oldest?.browser, os: oldest?.os, address: oldest?.created_address, current: oldest?.current }, { browser: 'Firefox 146', os: 'Linux', address: '192.0.2.10', current: false });

      // Forget the first browser from the second one.
      const forgotten = await other.request('DELETE', `/api/me/trusted-browsers/${oldest!.id}`);
      assert.equal(forgotten.statusCode, 204);
      assert.equal((await other.request('DELETE', `/api/me/trusted-browsers/${oldest!.id}`)).statusCode, 404, 'forgotten once');
      const asked = await browser.request('POST', '/api/session', { username: 'abe', password: steps.passwordOf('abe') }, { 'user-agent': FIREFOX });
      assert.equal(asked.json().state, 'awaiting_second_factor', 'the forgotten browser is asked for a code');

      // Forget all, this browser too: its cookie is cleared at once.
      const all = await other.request('DELETE', '/api/me/trusted-browsers');
      assert.deepEqual(all.json(), { forgotten: 1 });
      assert.equal(other.cookies.has(trustedBrowserCookie(user.id)), false);
      assert.deepEqual(await list(other), []);
      const reasons = await selectRows(t.database.url, "select details from audit_events where type = 'trusted_browser_revoked' and target_user_id = ?", [user.id]);
      assert.equal(reasons.length, 2);
      assert.ok(reasons.every((r) => /"reason":"forgotten"/.test(String(r.details))));
      // Someone else's trusted browser cannot be forgotten by id.
      const { browser: stranger } = await steps.trustedUser('abe.neighbour');
      const strangers = await stranger.request('GET', '/api/me/trusted-browsers');
      assert.equal(strangers.statusCode, 200, strangers.body);
      const theirs = (await list(stranger))[0]!.id;
      assert.equal((await other.request('DELETE', `/api/me/trusted-browsers/${theirs}`)).statusCode, 404);
      assert.equal((await list(stranger)).length, 1);
    });

    test('an administrator sees a user\'s trusted browsers and forgets them all', async () => {
      const { user, browser } = await steps.trustedUser('cara');
      const seen = await admin.request('GET', `/api/users/${user.id}/trusted-browsers`);
      assert.equal(seen.json().trusted_browsers.length, 1);
      const standard = (await steps.userWithApp('cara.colleague')).browser;
      assert.equal(errorTypeOf(await standard.request('DELETE', `/api/users/${user.id}/trusted-browsers`)), 'forbidden');
      assert.deepEqual((await admin.request('DELETE', `/api/users/${user.id}/trusted-browsers`)).json(), { forgotten: 1 });
      assert.equal((await admin.request('DELETE', '/api/users/nobody/trusted-browsers')).statusCode, 404);
      await browser.request('DELETE', '/api/session');
      assert.equal((await browser.signIn('cara', steps.passwordOf('cara'))).json().state, 'awaiting_second_factor');
      const event = await selectRows(t.database.url, "select actor_username, details from audit_events where type = 'trusted_browser_revoked' and target_user_id = ?", [user.id]);
      assert.equal(event[0]?.actor_username, 'admin');
      assert.match(String(event[0]?.details), /"reason":"forgotten_by_admin"/);
    });

    test('a sign-in from a browser the user has not used before e-mails them: time, address, browser, and what to do', async () => {
      const address = 'dina@example.com';
      await addTestUser(t, 'dina', { email: address });
      const home = new Browser(t.app, '192.0.2.44');
      assert.equal((await home.request('POST', '/api/session', { username: 'dina', password: steps.passwordOf('dina') }, { 'user-agent': FIREFOX })).json().state, 'authenticated');
      assert.equal(smtp.to(address).length, 0, 'the first browser ever is nothing to compare with: no alert');
      await home.request('DELETE', '/api/session');
      await home.request('POST', '/api/session', { username: 'dina', password: steps.passwordOf('dina') }, { 'user-agent': FIREFOX });
      assert.equal(smtp.to(address).length, 0, 'the same browser again: no alert');

      const away = new Browser(t.app, '203.0.113.77');
      await away.request('POST', '/api/session', { username: 'dina', password: steps.passwordOf('dina') }, { 'user-agent': CHROME_WINDOWS });
      const [mail] = smtp.to(address);
      assert.ok(mail, 'an alert was sent');
      assert.match(mail.subject, /new browser/);
      assert.match(mail.text, /Chrome 142 on Windows/);
      assert.match(mail.text, /From address: 203\.0\.113\.77/);
      assert.match(mail.text, new RegExp(`Time: ${new Date(t.clock.now()).toISOString().slice(0, 10)}`));
      assert.match(mail.text, /If this was not you, sign in and change your password now/);
      assert.ok((await steps.auditTypes((await t.ctx.store.findUserByUsername('dina'))!.id)).includes('new_browser_signed_in'));
      const failed = new Browser(t.app, '203.0.113.78');
      await failed.request('POST', '/api/session', { username: 'dina', password: 'a wrong password for dina' }, { 'user-agent': CHROME_WINDOWS });
      assert.equal(smtp.to(address).length, 1, 'a failed sign-in is no sign-in: no alert');
    });
  });
}
