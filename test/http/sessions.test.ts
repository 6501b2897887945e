import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { MINUTE, HOUR } from '../../src/core/clock.js';
import { availableDatabaseKinds } from '../helpers/test-databases.js';
import { ADMIN_PASSWORD, addTestUser, basic, Browser, errorTypeOf, startTestApp, type TestApp } from '../helpers/test-app.js';

for (const kind of await availableDatabaseKinds()) {
  describe(`console sessions (${kind})`, () => {
    let t: TestApp;
    before(async () => {
      t = await startTestApp(kind);
    });
    after(() => t.close());

    test('signing in sets an HttpOnly, SameSite=Strict session cookie without Max-Age, and no Secure flag over plain HTTP', async () => {
      const browser = new Browser(t.app);
      const response = await browser.signIn('admin', ADMIN_PASSWORD);
      assert.equal(response.statusCode, 200);
      assert.equal(response.json().state, 'authenticated');
      const cookie = response.cookies.find((c) => c.name === 'gatehouse_session');
      assert.ok(cookie, 'a session cookie is set');
      assert.equal(cookie.httpOnly, true);
      assert.equal(cookie.sameSite, 'Strict');
      assert.equal(cookie.path, '/');
      assert.equal(cookie.maxAge, undefined);
      assert.equal(cookie.expires, undefined);
      assert.equal(cookie.secure, undefined);
      assert.ok(cookie.value.length >= 43, 'at least 256 bits of Base64url');
    });

    test('over HTTPS behind a trusted proxy the cookie is __Host- prefixed and Secure', async () => {
      const proxied = await t.sibling();
      try {
        const response = await proxied.app.inject({
          method: 'POST',
          url: '/api/session',
          headers: { 'x-forwarded-proto': 'https' },
          payload: { username: 'admin', password: ADMIN_PASSWORD },
        });
        // Without GATEHOUSE_TRUST_PROXY the forwarded protocol is ignored.
        assert.ok(response.cookies.some((c) => c.name === 'gatehouse_session'));
      } finally {
        await proxied.app.close();
      }
      const trusting = await startTestApp(kind, { database: t.database, clock: t.clock, env: { GATEHOUSE_TRUST_PROXY: 'true', GATEHOUSE_PUBLIC_URL: 'https://gatehouse.test' } });
      try {
        const response = await trusting.app.inject({
          method: 'POST',
          url: '/api/session',
          headers: { 'x-forwarded-proto': 'https' },
          payload: { username: 'admin', password: ADMIN_PASSWORD },
        });
        const cookie = response.cookies.find((c) => c.name === '__Host-gatehouse_session');
        assert.ok(cookie, 'the __Host- cookie is set');
        assert.equal(cookie.secure, true);
        assert.equal(cookie.path, '/');
      } finally {
        await trusting.app.close();
      }
    });

    test('every sign-in issues a new session id, and signing out ends it', async () => {
      const browser = new Browser(t.app);
      await browser.signIn('admin', ADMIN_PASSWORD);
      const first = browser.cookies.get('gatehouse_session');
      await browser.signIn('admin', ADMIN_PASSWORD);
      const second = browser.cookies.get('gatehouse_session');
      assert.ok(first && second);
      assert.notEqual(first, second);
      assert.equal((await browser.request('GET', '/api/session')).statusCode, 200);
      assert.equal((await browser.request('DELETE', '/api/session')).statusCode, 204);
      assert.equal(browser.cookies.has('gatehouse_session'), false, 'the cookie is cleared');
      const replayed = await t.app.inject({ method: 'GET', url: '/api/me', cookies: { gatehouse_session: second } });
      assert.equal(replayed.statusCode, 401);
    });

    test('a session ends after 30 idle minutes', async () => {
      const browser = new Browser(t.app);
      await browser.signIn('admin', ADMIN_PASSWORD);
      t.clock.advance(29 * MINUTE);
      assert.equal((await browser.request('GET', '/api/me')).statusCode, 200, 'still alive after 29 idle minutes');
      t.clock.advance(29 * MINUTE);
      assert.equal((await browser.request('GET', '/api/me')).statusCode, 200, 'activity kept it alive');
      t.clock.advance(30 * MINUTE);
      const response = await browser.request('GET', '/api/me');
      assert.equal(response.statusCode, 401);
      assert.equal(errorTypeOf(response), 'authentication_required');
    });

    test('a session ends 12 hours after sign-in however active it is', async () => {
      const browser = new Browser(t.app);
      await browser.signIn('admin', ADMIN_PASSWORD);
      for (let elapsed = 0; elapsed < 12 * HOUR - 20 * MINUTE; elapsed += 20 * MINUTE) {
        t.clock.advance(20 * MINUTE);
        assert.equal((await browser.request('GET', '/api/me')).statusCode, 200);
      }
      t.clock.advance(20 * MINUTE);
      assert.equal((await browser.request('GET', '/api/me')).statusCode, 401);
    });

    test('changing the password renews the session id but keeps its absolute end', async () => {
      await addTestUser(t, 'renewer');
      const browser = new Browser(t.app);
      await browser.signIn('renewer', 'renewer has a long password');
      for (let i = 0; i < 12; i++) {
        t.clock.advance(29 * MINUTE);
        assert.equal((await browser.request('GET', '/api/me')).statusCode, 200);
      }
      const before_ = browser.cookies.get('gatehouse_session');
      assert.equal((await browser.request('PUT', '/api/me/password', { current_password: 'renewer has a long password', new_password: 'renewer has a newer password' })).statusCode, 200);
      assert.notEqual(browser.cookies.get('gatehouse_session'), before_);
      // 12 × 29 min = 5 h 48 min before the change; 12 more steps reach 11 h 36 min.
      for (let i = 0; i < 12; i++) {
        t.clock.advance(29 * MINUTE);
        assert.equal((await browser.request('GET', '/api/me')).statusCode, 200);
      }
      t.clock.advance(29 * MINUTE);
      assert.equal((await browser.request('GET', '/api/me')).statusCode, 401, '12 h after sign-in, not 12 h after the password change');
    });

    test('users list their sessions, end one, and end all the others', async () => {
      await addTestUser(t, 'sessionista');
      const laptop = new Browser(t.app, '192.0.2.21');
      const phone = new Browser(t.app, '192.0.2.22');
      const tablet = new Browser(t.app, '192.0.2.23');
      for (const b of [laptop, phone, tablet]) assert.equal((await b.signIn('sessionista', 'sessionista has a long password')).statusCode, 200);
      const listed = (await laptop.request('GET', '/api/me/sessions')).json().sessions as { id: string; current: boolean; client_address: string }[];
      assert.equal(listed.length, 3);
      assert.equal(listed.filter((s) => s.current).length, 1);
      const phoneSession = listed.find((s) => s.client_address === '192.0.2.22');
      assert.ok(phoneSession);
      assert.equal((await laptop.request('DELETE', `/api/me/sessions/${phoneSession.id}`)).statusCode, 204);
      assert.equal((await phone.request('GET', '/api/me')).statusCode, 401);
      assert.equal((await laptop.request('DELETE', '/api/me/sessions/not-a-session')).statusCode, 404);
      const ended = await laptop.request('DELETE', '/api/me/sessions');
      assert.deepEqual(ended.json(), { ended: 1 });
      assert.equal((await tablet.request('GET', '/api/me')).statusCode, 401);
      assert.equal((await laptop.request('GET', '/api/me')).statusCode, 200);
    });

    test('another user cannot end my session by its id', async () => {
      await addTestUser(t, 'victim');
      await addTestUser(t, 'intruder');
      const victim = new Browser(t.app);
      const intruder = new Browser(t.app);
      await victim.signIn('victim', 'victim has a long password');
      await intruder.signIn('intruder', 'intruder has a long password');
      const victimSession = (await victim.request('GET', '/api/me/sessions')).json().sessions[0].id as string;
      assert.equal((await intruder.request('DELETE', `/api/me/sessions/${victimSession}`)).statusCode, 404);
      assert.equal((await victim.request('GET', '/api/me')).statusCode, 200);
    });

    test('GET /api/session tells who is signed in, and answers 401 in the envelope when nobody is', async () => {
      const browser = new Browser(t.app);
      const anonymous = await browser.request('GET', '/api/session');
      assert.equal(anonymous.statusCode, 401);
      assert.equal(errorTypeOf(anonymous), 'authentication_required');
      await browser.signIn('admin', ADMIN_PASSWORD);
      const body = (await browser.request('GET', '/api/session')).json();
      assert.equal(body.state, 'authenticated');
      assert.equal(body.user.username, 'admin');
      assert.equal(body.session.mfa, false);
      assert.equal((await t.app.inject({ method: 'GET', url: '/api/me', headers: { authorization: basic('admin', ADMIN_PASSWORD) } })).statusCode, 200);
    });
  });
}
