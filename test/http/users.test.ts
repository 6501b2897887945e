// User administration (SPEC 2.1, 3.1): /api/users and its sub-resources, the last-admin guard,
// forced password change after a reset, PUT /api/me/password, and the audit log they write.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import type { InjectOptions, LightMyRequestResponse } from 'fastify';
import { availableDatabaseKinds } from '../helpers/test-databases.js';
import { ADMIN_PASSWORD, addTestUser, basic, Browser, errorTypeOf, startTestApp, type TestApp } from '../helpers/test-app.js';

interface UserView {
  id: string;
  username: string;
  email: string | null;
  role: string;
  disabled: boolean;
  must_change_password: boolean;
  mfa_enabled: boolean;
  mfa_method: string | null;
  mfa_kinds: string[];
  created_at: string;
}

interface AuditEventView {
  id: number;
  at: string;
  type: string;
  outcome: string;
  actor: { id: string | null; username: string | null } | null;
  target: { id: string | null; username: string | null } | null;
  client_address: string | null;
  details: Record<string, unknown>;
}

const passwordOf = (username: string) => `${username} has a long password`;

for (const kind of await availableDatabaseKinds()) {
  describe(`user administration (${kind})`, () => {
    let t: TestApp;
    const call = (authorization: string, method: InjectOptions['method'], url: string, payload?: unknown): Promise<LightMyRequestResponse> =>
      t.app.inject({ method, url, remoteAddress: '192.0.2.50', headers: { authorization, 'user-agent': 'users-test' }, ...(payload !== undefined && { payload: payload as InjectOptions['payload'] }) });
    const asAdmin = (method: InjectOptions['method'], url: string, payload?: unknown) => call(basic('admin', ADMIN_PASSWORD), method, url, payload);
    const auditEvents = async (query: string) => (await asAdmin('GET', `/api/audit-events?${query}`)).json().events as AuditEventView[];

    before(async () => {
      t = await startTestApp(kind);
    });
    after(() => t.close());

    describe('the last-admin guard', () => {
      test('the only admin cannot be demoted, even when a disabled admin exists', async () => {
        const dormant = await addTestUser(t, 'dormant-admin', { role: 'admin' });
        assert.equal((await asAdmin('PATCH', `/api/users/${dormant.id}`, { disabled: true })).statusCode, 200);
        const response = await asAdmin('PATCH', `/api/users/${t.admin.id}`, { role: 'standard' });
        assert.equal(response.statusCode, 409);
        assert.equal(errorTypeOf(response), 'last_admin');
        assert.equal((await asAdmin('GET', '/api/me')).json().role, 'admin');
      });

      test('an admin can neither disable nor delete their own account', async () => {
        const disabled = await asAdmin('PATCH', `/api/users/${t.admin.id}`, { disabled: true });
        assert.equal(disabled.statusCode, 409);
        assert.equal(errorTypeOf(disabled), 'cannot_change_self');
        const deleted = await asAdmin('DELETE', `/api/users/${t.admin.id}`);
        assert.equal(deleted.statusCode, 409);
        assert.equal(errorTypeOf(deleted), 'cannot_change_self');
        const me = (await asAdmin('GET', '/api/me')).json() as UserView;
        assert.equal(me.disabled, false);
      });

      test('with two admins one can demote the other, and then not be demoted', async () => {
        const second = (await asAdmin('POST', '/api/users', { username: 'second-admin', password: passwordOf('second-admin'), role: 'admin', must_change_password: false })).json() as UserView;
        const asSecond = (method: InjectOptions['method'], url: string, payload?: unknown) => call(basic('second-admin', passwordOf('second-admin')), method, url, payload);
        const demoted = await asSecond('PATCH', `/api/users/${t.admin.id}`, { role: 'standard' });
        assert.equal(demoted.statusCode, 200);
        assert.equal((demoted.json() as UserView).role, 'standard');
        assert.equal(errorTypeOf(await asAdmin('GET', '/api/users')), 'forbidden', 'the demoted admin lost the role at once');
        const self = await asSecond('PATCH', `/api/users/${second.id}`, { role: 'standard' });
        assert.equal(self.statusCode, 409);
        assert.equal(errorTypeOf(self), 'last_admin');
        // Put things back for the tests that follow.
        assert.equal((await asSecond('PATCH', `/api/users/${t.admin.id}`, { role: 'admin' })).statusCode, 200);
        assert.equal((await asAdmin('PATCH', `/api/users/${second.id}`, { role: 'standard' })).statusCode, 200);
      });
    });

    test('an admin adds a user: 201 with its fields, and never a password or its hash', async () => {
      const password = passwordOf('Carol');
      const response = await asAdmin('POST', '/api/users', { username: 'Carol', password, role: 'standard', email: 'carol@example.com' });
      assert.equal(response.statusCode, 201);
      const user = response.json() as UserView;
      assert.match(user.id, /^[0-9a-f-]{36}$/);
      assert.deepEqual(
        { ...user, id: '' },
        { id: '', username: 'Carol', email: 'carol@example.com', role: 'standard', disabled: false, must_change_password: true, mfa_enabled: false, mfa_method: null, mfa_kinds: [], created_at: new Date(t.clock.now()).toISOString() },
      );
      const listed = await asAdmin('GET', '/api/users');
      for (const body of [response.body, listed.body, (await asAdmin('GET', `/api/users/${user.id}`)).body]) {
        assert.ok(!body.includes('$argon2'), 'no hash');
        assert.ok(!body.includes(password), 'no password');
        assert.ok(!/password_hash|passwordHash/.test(body));
      }
      assert.ok((listed.json().users as UserView[]).some((u) => u.username === 'Carol'));
      assert.equal((await t.app.inject({ method: 'POST', url: '/api/session', payload: { username: 'carol', password } })).statusCode, 200, 'Carol signs in, in any letter case');
    });

    test('a username taken in another letter case is refused with 409 username_taken', async () => {
      const response = await asAdmin('POST', '/api/users', { username: 'CAROL', password: 'a different long password', role: 'standard' });
      assert.equal(response.statusCode, 409);
      assert.equal(errorTypeOf(response), 'username_taken');
    });

    test('a user an admin adds must choose a new password at first sign-in, unless the admin said not to', async () => {
      const asked = (await asAdmin('POST', '/api/users', { username: 'first-timer', password: passwordOf('first-timer'), role: 'standard' })).json() as UserView;
      assert.equal(asked.must_change_password, true, 'the default');
      const refused = await call(basic('first-timer', passwordOf('first-timer')), 'GET', '/api/me/api-keys');
      assert.equal(errorTypeOf(refused), 'password_change_required', 'nothing but a new password until then');
      const trusted = (await asAdmin('POST', '/api/users', { username: 'trusted', password: passwordOf('trusted'), role: 'standard', must_change_password: false })).json() as UserView;
      assert.equal(trusted.must_change_password, false);
      assert.equal((await call(basic('trusted', passwordOf('trusted')), 'GET', '/api/me/api-keys')).statusCode, 200);
    });

    test('GET /api/users?username= finds one user by name, in any letter case, or none', async () => {
      await asAdmin('POST', '/api/users', { username: 'Findable', password: passwordOf('Findable'), role: 'standard' });
      const found = (await asAdmin('GET', '/api/users?username=findable')).json() as { users: UserView[] };
      assert.deepEqual(found.users.map((u) => u.username), ['Findable']);
      assert.deepEqual((await asAdmin('GET', '/api/users?username=nobody-of-this-name')).json(), { users: [] });
      assert.ok(((await asAdmin('GET', '/api/users')).json() as { users: UserView[] }).users.length > 1, 'without it, every user');
    });

    const weakPasswords: [string, string, string][] = [
      ['too short', 'weak-one', 'short pw 1'],
      ['a common password', 'weak-two', 'password1234'],
      ['a common password in another case', 'weak-three', 'PASSWORD1234'],
      ['the username', 'averylongusername', 'AVeryLongUsername'],
      ['129 characters', 'weak-four', 'x'.repeat(129)],
    ];
    for (const [name, username, password] of weakPasswords) {
      test(`a password that is ${name} is refused with 400 weak_password`, async () => {
        const response = await asAdmin('POST', '/api/users', { username, password, role: 'standard' });
        assert.equal(response.statusCode, 400);
        assert.equal(errorTypeOf(response), 'weak_password');
        assert.ok(!response.body.includes(password), 'the answer does not repeat the password');
        assert.equal((await asAdmin('GET', '/api/users')).json().users.some((u: UserView) => u.username === username), false);
      });
    }

    test('a password of exactly 128 characters is accepted, and never truncated', async () => {
      const password = `${'long passphrase '.repeat(8)}`;
      assert.equal([...password].length, 128);
      assert.equal((await asAdmin('POST', '/api/users', { username: 'long-pass', password, role: 'standard' })).statusCode, 201);
      const truncated = await t.app.inject({ method: 'POST', url: '/api/session', remoteAddress: '192.0.2.51', payload: { username: 'long-pass', password: password.slice(0, 72) } });
      assert.equal(truncated.statusCode, 401);
    });

    for (const username of ['has:colon', 'has space', '', 'x'.repeat(65), '-leading-dash']) {
      test(`the username ${JSON.stringify(username.length > 20 ? `${username.slice(0, 8)}…` : username)} is refused with 400 invalid_request`, async () => {
        const response = await asAdmin('POST', '/api/users', { username, password: 'a perfectly long password', role: 'standard' });
        assert.equal(response.statusCode, 400);
        assert.equal(errorTypeOf(response), 'invalid_request');
      });
    }

    test('an admin reads, changes role and e-mail, disables, enables and deletes a user', async () => {
      const added = (await asAdmin('POST', '/api/users', { username: 'dora', password: passwordOf('dora'), role: 'standard' })).json() as UserView;
      assert.equal(added.email, null);
      const path = `/api/users/${added.id}`;
      assert.deepEqual((await asAdmin('GET', path)).json(), added);

      const promoted = await asAdmin('PATCH', path, { role: 'admin', email: 'dora@example.com' });
      assert.equal(promoted.statusCode, 200);
      assert.equal(promoted.json().role, 'admin');
      assert.equal(promoted.json().email, 'dora@example.com');
      assert.equal((await asAdmin('PATCH', path, { email: null })).json().email, null);
      assert.equal((await asAdmin('PATCH', path, { role: 'standard' })).json().role, 'standard');

      const badEmail = await asAdmin('PATCH', path, { email: 'not an address' });
      assert.equal(badEmail.statusCode, 400);
      assert.equal(errorTypeOf(badEmail), 'invalid_request');
      const empty = await asAdmin('PATCH', path, {});
      assert.equal(empty.statusCode, 400);
      assert.equal(errorTypeOf(empty), 'invalid_request');
      const unknownRole = await asAdmin('PATCH', path, { role: 'root' });
      assert.equal(unknownRole.statusCode, 400);

      assert.equal((await asAdmin('PATCH', path, { disabled: true })).json().disabled, true);
      assert.equal((await asAdmin('GET', path)).json().disabled, true);
      assert.equal((await asAdmin('PATCH', path, { disabled: false })).json().disabled, false);
      assert.equal((await call(basic('dora', passwordOf('dora')), 'GET', '/api/me')).statusCode, 200, 'enabled again, dora signs in');

      assert.equal((await asAdmin('DELETE', path)).statusCode, 204);
      for (const response of [await asAdmin('GET', path), await asAdmin('DELETE', path), await asAdmin('PATCH', path, { role: 'admin' })]) {
        assert.equal(response.statusCode, 404);
        assert.equal(errorTypeOf(response), 'not_found');
      }
      const gone = await call(basic('dora', passwordOf('dora')), 'GET', '/api/me');
      assert.equal(gone.statusCode, 401, "a deleted user's credentials stop working at once, cache included");
    });

    test("a deleted user's sessions end", async () => {
      const user = await addTestUser(t, 'ephemeral');
      const browser = new Browser(t.app, '192.0.2.52');
      assert.equal((await browser.signIn('ephemeral', passwordOf('ephemeral'))).statusCode, 200);
      assert.equal((await asAdmin('DELETE', `/api/users/${user.id}`)).statusCode, 204);
      assert.equal((await browser.request('GET', '/api/me')).statusCode, 401);
    });

    test('standard users get 403 forbidden on every admin route, and nothing changes', async () => {
      const standard = await addTestUser(t, 'plain-user');
      const asStandard = (method: InjectOptions['method'], url: string, payload?: unknown) => call(basic('plain-user', passwordOf('plain-user')), method, url, payload);
      const adminId = t.admin.id;
      const routes: [InjectOptions['method'], string, unknown?][] = [
        ['GET', '/api/users'],
        ['POST', '/api/users', { username: 'sneaky', password: passwordOf('sneaky'), role: 'admin' }],
        ['GET', `/api/users/${adminId}`],
        ['PATCH', `/api/users/${standard.id}`, { role: 'admin' }],
        ['PATCH', `/api/users/${adminId}`, { disabled: true }],
        ['DELETE', `/api/users/${adminId}`],
        ['POST', `/api/users/${adminId}/password`, { password: 'taken over by plain user' }],
        ['POST', `/api/users/${standard.id}/unlock`],
        ['DELETE', `/api/users/${adminId}/sessions`],
        ['GET', '/api/audit-events'],
      ];
      for (const [method, url, payload] of routes) {
        const response = await asStandard(method, url, payload);
        assert.equal(response.statusCode, 403, `${method} ${url}`);
        assert.equal(errorTypeOf(response), 'forbidden', `${method} ${url}`);
      }
      // A session is refused the same way.
      const browser = new Browser(t.app, '192.0.2.53');
      await browser.signIn('plain-user', passwordOf('plain-user'));
      assert.equal(errorTypeOf(await browser.request('PATCH', `/api/users/${standard.id}`, { role: 'admin' })), 'forbidden');

      assert.equal((await asStandard('GET', '/api/me')).json().role, 'standard');
      assert.equal((await asAdmin('GET', '/api/users')).json().users.some((u: UserView) => u.username === 'sneaky'), false);
      const admin = (await asAdmin('GET', '/api/me')).json() as UserView;
      assert.equal(admin.disabled, false);
      assert.equal(admin.must_change_password, false);
    });

    test('after a password reset the user must change it: their sessions end and only four routes answer', async () => {
      const user = await addTestUser(t, 'dave');
      const temporary = 'temporary password for dave';
      const newPassword = 'dave chose his own password';
      const before = new Browser(t.app, '192.0.2.54');
      assert.equal((await before.signIn('dave', passwordOf('dave'))).statusCode, 200);

      const weak = await asAdmin('POST', `/api/users/${user.id}/password`, { password: 'dave' });
      assert.equal(errorTypeOf(weak), 'weak_password');
      assert.equal((await asAdmin('POST', '/api/users/no-such-id/password', { password: temporary })).statusCode, 404);

      const reset = await asAdmin('POST', `/api/users/${user.id}/password`, { password: temporary });
      assert.equal(reset.statusCode, 200);
      assert.equal((reset.json() as UserView).must_change_password, true);
      assert.equal((await before.request('GET', '/api/me')).statusCode, 401, 'the sessions ended');
      assert.equal((await call(basic('dave', passwordOf('dave')), 'GET', '/api/me')).statusCode, 401, 'the old password is refused');

      const browser = new Browser(t.app, '192.0.2.54');
      const signedIn = await browser.signIn('dave', temporary);
      assert.equal(signedIn.statusCode, 200);
      assert.equal(signedIn.json().user.must_change_password, true);
      assert.equal((await browser.request('GET', '/api/me')).json().must_change_password, true);
      assert.equal((await browser.request('GET', '/api/session')).statusCode, 200);
      const refused: [InjectOptions['method'], string][] = [
        ['GET', '/api/me/sessions'],
        ['DELETE', '/api/me/sessions'],
        ['DELETE', '/api/me/sessions/some-id'],
      ];
      for (const [method, url] of refused) {
        const response = await browser.request(method, url);
        assert.equal(response.statusCode, 403, `${method} ${url}`);
        assert.equal(errorTypeOf(response), 'password_change_required', `${method} ${url}`);
      }
      const viaBasic = await call(basic('dave', temporary), 'GET', '/api/me/sessions');
      assert.equal(errorTypeOf(viaBasic), 'password_change_required', 'Basic credentials too');

      const other = new Browser(t.app, '192.0.2.55');
      assert.equal((await other.signIn('dave', temporary)).statusCode, 200);
      assert.equal((await other.request('DELETE', '/api/session')).statusCode, 204, 'signing out is allowed');

      const changed = await browser.request('PUT', '/api/me/password', { current_password: temporary, new_password: newPassword });
      assert.equal(changed.statusCode, 200);
      assert.equal(changed.json().user.must_change_password, false);
      assert.equal((await browser.request('GET', '/api/me/sessions')).statusCode, 200);
    });

    test('an admin whose password was reset reaches no admin route before changing it', async () => {
      const other = await addTestUser(t, 'reset-admin', { role: 'admin' });
      await asAdmin('POST', `/api/users/${other.id}/password`, { password: 'temporary admin password' });
      const response = await call(basic('reset-admin', 'temporary admin password'), 'GET', '/api/users');
      assert.equal(response.statusCode, 403);
      assert.equal(errorTypeOf(response), 'password_change_required');
    });

    test("an admin ends all of a user's sessions", async () => {
      const user = await addTestUser(t, 'erin');
      const laptop = new Browser(t.app, '192.0.2.56');
      const phone = new Browser(t.app, '192.0.2.57');
      for (const b of [laptop, phone]) assert.equal((await b.signIn('erin', passwordOf('erin'))).statusCode, 200);
      const response = await asAdmin('DELETE', `/api/users/${user.id}/sessions`);
      assert.equal(response.statusCode, 200);
      assert.deepEqual(response.json(), { ended: 2 });
      for (const b of [laptop, phone]) assert.equal((await b.request('GET', '/api/me')).statusCode, 401);
      assert.equal((await asAdmin('DELETE', '/api/users/no-such-id/sessions')).statusCode, 404);
    });

    test('user administration writes audit events with actor, target and client address', async () => {
      const added = (await asAdmin('POST', '/api/users', { username: 'frank', password: passwordOf('frank'), role: 'standard' })).json() as UserView;
      const path = `/api/users/${added.id}`;
      await asAdmin('PATCH', path, { email: 'frank@example.com' });
      await asAdmin('PATCH', path, { disabled: true });
      await asAdmin('PATCH', path, { disabled: false });
      await asAdmin('POST', `${path}/password`, { password: 'temporary password for frank' });
      const changed = await call(basic('frank', 'temporary password for frank'), 'PUT', '/api/me/password', {
        current_password: 'temporary password for frank',
        new_password: 'frank picked a password',
      });
      assert.equal(changed.statusCode, 200);
      await asAdmin('DELETE', `${path}/sessions`);
      const byUsername = await auditEvents('user=FRANK&limit=500');
      await asAdmin('DELETE', path);

      const events = await auditEvents(`user=${added.id}&limit=500`);
      const expected: [string, string][] = [
        ['user_added', 'admin'],
        ['user_changed', 'admin'],
        ['user_disabled', 'admin'],
        ['user_enabled', 'admin'],
        ['password_reset', 'admin'],
        ['password_changed', 'frank'],
        ['sessions_ended', 'admin'],
        ['user_deleted', 'admin'],
      ];
      assert.deepEqual(
        events.map((e) => [e.type, e.actor?.username]).reverse(),
        expected,
        'newest first, one event per change',
      );
      for (const event of events) {
        assert.equal(event.target?.id, added.id, event.type);
        assert.equal(event.target?.username, 'frank', event.type);
        assert.equal(event.outcome, 'success');
        assert.equal(event.client_address, '192.0.2.50', event.type);
        assert.equal(event.at, new Date(t.clock.now()).toISOString());
      }
      assert.equal(events.find((e) => e.type === 'user_added')?.actor?.id, t.admin.id);
      assert.deepEqual(
        byUsername.map((e) => e.id),
        events.filter((e) => e.type !== 'user_deleted').map((e) => e.id),
        'filtering by username (any case) finds the same events as by id',
      );
      const text = JSON.stringify(events);
      for (const password of [passwordOf('frank'), 'temporary password for frank', 'frank picked a password']) assert.ok(!text.includes(password));
    });

    test('the audit log pages newest first with before / next_before and filters by type', async () => {
      const all = await auditEvents('limit=500');
      assert.ok(all.length >= 6);
      assert.deepEqual(all.map((e) => e.id), [...all.map((e) => e.id)].sort((a, b) => b - a), 'newest first');

      const paged: number[] = [];
      let before: number | null = null;
      for (let pages = 0; pages < 1000; pages++) {
        const body = (await asAdmin('GET', `/api/audit-events?limit=4${before === null ? '' : `&before=${before}`}`)).json() as { events: AuditEventView[]; next_before: number | null };
        assert.ok(body.events.length <= 4);
        paged.push(...body.events.map((e) => e.id));
        if (body.next_before === null) break;
        assert.equal(body.next_before, body.events.at(-1)!.id);
        before = body.next_before;
      }
      assert.deepEqual(paged, all.map((e) => e.id), 'the pages together are the whole log, each event once');

      const added = await auditEvents('type=user_added&limit=500');
      assert.ok(added.length >= 3);
      assert.ok(added.every((e) => e.type === 'user_added'));
      assert.deepEqual(added.map((e) => e.id), all.filter((e) => e.type === 'user_added').map((e) => e.id));
      assert.deepEqual(await auditEvents('type=no_such_type'), []);
    });

    for (const query of ['limit=0', 'limit=abc', 'limit=501', 'limit=-1', 'before=abc', 'unknown=1']) {
      test(`the audit log refuses ${query} with 400 in the envelope`, async () => {
        const response = await asAdmin('GET', `/api/audit-events?${query}`);
        assert.equal(response.statusCode, 400);
        assert.equal(errorTypeOf(response), 'invalid_request');
        assert.equal(typeof response.json().error.message, 'string');
      });
    }

    describe('PUT /api/me/password', () => {
      test('a wrong current password is refused with 401 invalid_credentials', async () => {
        await addTestUser(t, 'henry');
        const response = await call(basic('henry', passwordOf('henry')), 'PUT', '/api/me/password', { current_password: 'not the current password', new_password: 'henry picked a new one' });
        assert.equal(response.statusCode, 401);
        assert.equal(errorTypeOf(response), 'invalid_credentials');
        assert.equal((await call(basic('henry', passwordOf('henry')), 'GET', '/api/me')).statusCode, 200, 'the password is unchanged');
      });

      for (const [name, weak] of [['too short', 'short one'], ['common', 'password1234'], ['the same as the current one', passwordOf('henry')]]) {
        test(`a new password that is ${name} is refused with 400 weak_password`, async () => {
          const response = await call(basic('henry', passwordOf('henry')), 'PUT', '/api/me/password', { current_password: passwordOf('henry'), new_password: weak });
          assert.equal(response.statusCode, 400);
          assert.equal(errorTypeOf(response), 'weak_password');
        });
      }

      test("success ends the user's other sessions, gives this one a new id, and retires the old password", async () => {
        await addTestUser(t, 'grace');
        const newPassword = 'grace picked a better one';
        const laptop = new Browser(t.app, '192.0.2.58');
        const phone = new Browser(t.app, '192.0.2.59');
        for (const b of [laptop, phone]) assert.equal((await b.signIn('grace', passwordOf('grace'))).statusCode, 200);
        const oldCookie = laptop.cookies.get('gatehouse_session')!;

        const response = await laptop.request('PUT', '/api/me/password', { current_password: passwordOf('grace'), new_password: newPassword });
        assert.equal(response.statusCode, 200);
        assert.equal(response.json().ended_sessions, 1);
        const newCookie = laptop.cookies.get('gatehouse_session');
        assert.ok(newCookie);
        assert.notEqual(newCookie, oldCookie, 'the session id was rotated');

        const replayed = await t.app.inject({ method: 'GET', url: '/api/me', cookies: { gatehouse_session: oldCookie } });
        assert.equal(replayed.statusCode, 401, 'the old cookie is refused');
        assert.equal((await laptop.request('GET', '/api/me')).statusCode, 200, 'the new cookie works');
        assert.equal((await phone.request('GET', '/api/me')).statusCode, 401, 'the other session ended');
        const sessions = (await laptop.request('GET', '/api/me/sessions')).json().sessions as { current: boolean }[];
        assert.equal(sessions.length, 1);
        assert.equal(sessions[0]!.current, true);

        const signIn = (password: string) => t.app.inject({ method: 'POST', url: '/api/session', remoteAddress: '192.0.2.60', payload: { username: 'grace', password } });
        assert.equal((await signIn(passwordOf('grace'))).statusCode, 401, 'the old password is refused');
        assert.equal((await signIn(newPassword)).statusCode, 200);
      });
    });
  });
}
