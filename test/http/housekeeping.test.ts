// Housekeeping (core/housekeeping): every table that collects expired rows is filled with some, then
// swept; what can no longer be used goes, what can stays, on both databases. The rows come from
// real requests where a request makes them (sessions, sign-in flows, enrollments, throttles,
// address windows), from the store's own verbs otherwise.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { HOUR, MINUTE } from '../../src/core/clock.js';
import { SWEPT_TABLES, sweepExpiredRows, type SweptTable } from '../../src/core/housekeeping/housekeeping.js';
import { LOCK_AFTER_FAILURES, waitAfterFailures } from '../../src/core/throttling/throttling.js';
import { selectRows } from '../helpers/database-rows.js';
import { enrollTotp } from '../helpers/mfa-steps.js';
import { ADMIN_PASSWORD, addTestUser, Browser, startTestApp, type TestApp } from '../helpers/test-app.js';
import { availableDatabaseKinds } from '../helpers/test-databases.js';

const PASSWORD = (name: string) => `${name} has a long password`;

async function countAll(t: TestApp): Promise<Record<SweptTable, number>> {
  const counts = {} as Record<SweptTable, number>;
  for (const table of SWEPT_TABLES) counts[table] = Number((await selectRows(t.database.url, `select count(*) as n from ${table}`))[0]?.n);
  return counts;
}

for (const kind of await availableDatabaseKinds()) {
  describe(`housekeeping (${kind})`, () => {
    let t: TestApp;
    before(async () => {
      t = await startTestApp(kind);
    });
    after(() => t.close());

    test('a sweep deletes expired sessions, flows, enrollments, e-mail codes, throttles of no user, old address windows and silent servers, and keeps the rest', async () => {
      const startedAt = t.clock.now();
      // Day one: a session, an abandoned sign-in and enrollment, an e-mail code, throttle rows.
      await new Browser(t.app).signIn('admin', ADMIN_PASSWORD);
      await addTestUser(t, 'mona');
      const mona = new Browser(t.app);
      await mona.signIn('mona', PASSWORD('mona'));
      await enrollTotp(t, mona);
      assert.equal((await new Browser(t.app).signIn('mona', PASSWORD('mona'))).json().state, 'awaiting_second_factor');
      const dave = await addTestUser(t, 'dave');
      const daveBrowser = new Browser(t.app);
      await daveBrowser.signIn('dave', PASSWORD('dave'));
      assert.equal((await daveBrowser.request('POST', '/api/me/mfa/enrollment', { method: 'totp' })).statusCode, 200);
      await t.ctx.store.issueEmailCode({ userId: dave.id, purpose: 'confirmation', boundTo: dave.id }, { id: 'code-1', codeHash: 'h', createdAt: startedAt, expiresAt: startedAt + 10 * MINUTE }, { cooldownInMilliseconds: 0, perHour: 100 });
      await new Browser(t.app).signIn('dave', 'not the password'); // a real user's count: kept
      await new Browser(t.app).signIn('ghost', 'not the password'); // nobody's: swept a day later
      const eve = await addTestUser(t, 'eve');
      await new Browser(t.app).signIn('eve', 'not the password');
      await t.ctx.store.claimAttempt(`user:${eve.id}`, 'totp', startedAt, waitAfterFailures, LOCK_AFTER_FAILURES);
      assert.equal((await t.ctx.store.deleteUser(eve.id)).ok, true); // a deleted user's counts: swept
      await t.ctx.store.recordServerInstance({ id: 'crashed', hostname: 'h', pid: 1, keyId: 'k', startedAt, seenAt: startedAt });
      // A passkey sign-in asked for and abandoned: its challenge outlives its 5 minutes.
      assert.equal((await new Browser(t.app).request('POST', '/api/session/passkey/options')).statusCode, 200);
      // A browser mona trusted for a day, one she trusts for 30, and a browser she last used over 400 days ago.
      const monaNow = (await t.ctx.store.findUserByUsername('mona'))!;
      const trusted = (id: string, browser: string, days: number) => ({
        id, userId: monaNow.id, createdAt: startedAt, expiresAt: startedAt + days * 24 * HOUR, lastUsedAt: null, lastUsedAddress: null,
        clientAddress: '192.0.2.10', userAgent: 'test', securityStamp: monaNow.securityStamp, browserIdHash: browser, tokenHash: `token-of-${id}`,
      });
      assert.equal((await t.ctx.store.trustBrowser(trusted('tb-expiring', 'browser-1', 1))).ok, true);
      assert.equal((await t.ctx.store.trustBrowser(trusted('tb-live', 'browser-2', 30))).ok, true);
      await t.ctx.store.recordKnownBrowser(monaNow.id, 'browser-long-gone', startedAt - 401 * 24 * HOUR);
      await t.ctx.store.recordKnownBrowser(monaNow.id, 'browser-2', startedAt);

      // A day later: a live session, sign-in flow, address window, unknown name and server.
      t.clock.advance(25 * HOUR);
      await new Browser(t.app).signIn('admin', ADMIN_PASSWORD);
      assert.equal((await new Browser(t.app).signIn('mona', PASSWORD('mona'))).json().state, 'awaiting_second_factor');
      await new Browser(t.app).signIn('ghost2', 'not the password');
      await t.ctx.store.recordServerInstance({ id: 'running', hostname: 'h', pid: 2, keyId: 'k', startedAt, seenAt: t.clock.now() });
      assert.equal((await new Browser(t.app).request('POST', '/api/session/passkey/options')).statusCode, 200);
      // An old address window, so there is always one to sweep.
      await t.ctx.store.countAddressAttempt('198.51.100.7', startedAt - (startedAt % MINUTE));

      const before = await countAll(t);
      const outcome = await sweepExpiredRows(t.ctx);
      const after = await countAll(t);
      assert.equal(outcome.ran, true);
      if (!outcome.ran) return;
      for (const table of SWEPT_TABLES) {
        assert.equal(outcome.deleted[table], before[table] - after[table], `${table}: the count deleted is the count that went`);
        assert.ok(outcome.deleted[table] > 0, `${table}: some rows were expired`);
      }
      const now = t.clock.now();
      assert.deepEqual(after, { ...after, sessions: 1, sign_in_flows: 1, authenticators: 1, webauthn_challenges: 1, email_codes: 0, server_instances: 1, trusted_browsers: 1 });
      assert.deepEqual((await selectRows(t.database.url, 'select id from trusted_browsers')).map((row) => row.id), ['tb-live']);
      assert.deepEqual(await selectRows(t.database.url, "select browser_id_hash from known_browsers where browser_id_hash = 'browser-long-gone'"), [], 'a browser unseen for 400 days is forgotten');
      assert.equal((await selectRows(t.database.url, "select browser_id_hash from known_browsers where browser_id_hash = 'browser-2'")).length, 1, 'a browser seen lately is kept');
      assert.equal((await t.ctx.store.findUserByUsername('mona'))?.mfaKinds.length, 1, "an active authenticator is never swept");
      assert.ok(Number((await selectRows(t.database.url, 'select min(expires_at) as e from sign_in_flows'))[0]?.e) > now, 'the live flow stays');
      const subjects = (await selectRows(t.database.url, 'select subject from throttles order by subject')).map((row) => row.subject);
      assert.deepEqual(subjects, ['username:dave', 'username:ghost2']);
      const windows = await selectRows(t.database.url, 'select window_start from address_attempts');
      assert.ok(windows.length > 0 && windows.every((row) => Number(row.window_start) >= now - (now % MINUTE) - MINUTE), 'only recent windows stay');
      assert.deepEqual((await selectRows(t.database.url, 'select id from server_instances')).map((row) => row.id), ['running']);

      const metrics = (await t.app.inject({ url: '/metrics' })).body;
      for (const table of SWEPT_TABLES) {
        assert.match(metrics, new RegExp(`gatehouse_housekeeping_deleted_rows_total\\{table="${table}"\\} ${outcome.deleted[table]}\\n`));
      }
      const again = await sweepExpiredRows(t.ctx);
      assert.deepEqual(again.ran && Object.values(again.deleted), SWEPT_TABLES.map(() => 0), 'a second sweep finds nothing');
    });

    test(kind === 'postgres' ? 'one instance sweeps at a time: another skips while the first holds the advisory lock' : 'on SQLite (one writer per file) every sweep runs', async () => {
      const other = await t.sibling();
      try {
        let entered!: () => void;
        let release!: () => void;
        const inside = new Promise<void>((resolve) => (entered = resolve));
        const held = new Promise<void>((resolve) => (release = resolve));
        const first = t.ctx.store.runHousekeepingAlone(async () => {
          entered();
          await held;
          return 'first';
        });
        await inside;
        const second = await sweepExpiredRows(other.ctx);
        if (kind === 'postgres') assert.deepEqual(second, { ran: false, reason: 'another_instance_is_sweeping' });
        else assert.equal(second.ran, true);
        release();
        assert.deepEqual(await first, { ran: true, result: 'first' });
        assert.equal((await sweepExpiredRows(other.ctx)).ran, true, 'the lock is released after the sweep');
      } finally {
        await other.close();
      }
    });
  });
}
