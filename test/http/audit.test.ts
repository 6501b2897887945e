import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { AUDIT_EVENT_TYPES } from '../../src/core/audit/audit-log.js';
import { ADMIN_PASSWORD, addTestUser, Browser, errorTypeOf, startTestApp, type TestApp } from '../helpers/test-app.js';
import { availableDatabaseKinds } from '../helpers/test-databases.js';

for (const kind of await availableDatabaseKinds()) {
  describe(`the audit log (${kind})`, () => {
    let t: TestApp;
    before(async () => {
      t = await startTestApp(kind);
    });
    after(() => t.close());

    test("a deleted user's events are still found by their username", async () => {
      const gone = await addTestUser(t, 'departed');
      const browser = new Browser(t.app);
      await browser.signIn('departed', 'departed has a long password');
      const admin = new Browser(t.app);
      await admin.signIn('admin', ADMIN_PASSWORD);
      assert.equal((await admin.request('DELETE', `/api/users/${gone.id}`)).statusCode, 204);
      const events = (await admin.request('GET', '/api/audit-events?user=departed')).json().events as { type: string }[];
      const types = events.map((e) => e.type);
      assert.ok(types.includes('sign_in_succeeded'), types.join(','));
      assert.ok(types.includes('user_deleted'));
      assert.ok(types.includes('user_added'));
      const byId = (await admin.request('GET', `/api/audit-events?user=${gone.id}`)).json().events as unknown[];
      assert.equal(byId.length, events.length);
    });

    test('an administrator reads every event type, in catalogue order', async () => {
      const admin = new Browser(t.app);
      await admin.signIn('admin', ADMIN_PASSWORD);
      const response = await admin.request('GET', '/api/audit-events/types');
      assert.equal(response.statusCode, 200);
      assert.deepEqual(response.json(), { types: [...AUDIT_EVENT_TYPES] });
    });

    test('the event types are refused to anonymous callers and to standard users', async () => {
      const anonymous = await t.app.inject({ method: 'GET', url: '/api/audit-events/types' });
      assert.equal(anonymous.statusCode, 401);
      assert.equal(errorTypeOf(anonymous), 'authentication_required');
      await addTestUser(t, 'curious');
      const standard = new Browser(t.app);
      assert.equal((await standard.signIn('curious', 'curious has a long password')).statusCode, 200);
      const refused = await standard.request('GET', '/api/audit-events/types');
      assert.equal(refused.statusCode, 403);
      assert.equal(errorTypeOf(refused), 'forbidden');
    });
  });
}

for (const kind of await availableDatabaseKinds()) {
  describe(`administrators and their own account (${kind})`, () => {
    let t: TestApp;
    before(async () => {
      t = await startTestApp(kind);
    });
    after(() => t.close());

    test("an administrator cannot reset their own password: that needs the current one", async () => {
      const admin = new Browser(t.app);
      await admin.signIn('admin', ADMIN_PASSWORD);
      const refused = await admin.request('POST', `/api/users/${t.admin.id}/password`, { password: 'a new password without the old one' });
      assert.equal(refused.statusCode, 409);
      assert.equal(refused.json().error.type, 'cannot_change_self');
      assert.equal((await admin.signIn('admin', ADMIN_PASSWORD)).statusCode, 200, 'the password did not change');
    });

    test('an e-mail address with a control character is refused', async () => {
      const admin = new Browser(t.app);
      await admin.signIn('admin', ADMIN_PASSWORD);
      const refused = await admin.request('PATCH', '/api/me', { email: 'ops\u0000@example.com' });
      assert.equal(refused.statusCode, 400);
    });
  });
}
