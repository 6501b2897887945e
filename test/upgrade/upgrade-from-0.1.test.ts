// A database left by release 0.1 (migrations 001–004, one factor per user in users.mfa_method and
// totp_factors) upgrades in place on start (issue 12): each user keeps their authenticator, their
// remaining recovery codes and the TOTP replay guard. The rows come from a fixture in the previous
// row shapes (test/fixtures/release-0.1/rows.json), not from today's code.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { after, before, describe, test } from 'node:test';
import type { Kysely } from 'kysely';
import { openDatabase } from '../../src/storage/database.js';
import { migrateTo } from '../../src/storage/migrations/index.js';
import { Authenticator } from '../helpers/authenticator.js';
import { Browser, errorTypeOf, startTestApp, type TestApp } from '../helpers/test-app.js';
import { availableDatabaseKinds, createTestDatabase } from '../helpers/test-databases.js';
import { SmtpSink } from '../helpers/smtp-sink.js';

interface Fixture {
  totp_secret_base32: string;
  recovery_codes_plain: string[];
  rows: Record<string, Record<string, unknown>[]>;
}

const fixture = JSON.parse(readFileSync(new URL('../fixtures/release-0.1/rows.json', import.meta.url), 'utf8')) as Fixture;
const PASSWORD = 'an old release password';
const TABLE_ORDER = ['users', 'totp_factors', 'recovery_codes', 'mfa_enrollments', 'sessions', 'settings'];

/** A database exactly as release 0.1 would have it: its migrations, then its rows. */
async function releaseZeroOneDatabase(url: string): Promise<void> {
  const { db, dialect, closeReader } = await openDatabase(url);
  const raw = db as unknown as Kysely<Record<string, Record<string, unknown>>>;
  await migrateTo(raw as Kysely<unknown>, dialect, '004-email-codes');
  for (const table of TABLE_ORDER) await raw.insertInto(table).values(fixture.rows[table]!).execute();
  await closeReader?.();
  await db.destroy();
}

for (const kind of await availableDatabaseKinds()) {
  describe(`upgrading a release 0.1 database (${kind})`, () => {
    let t: TestApp;
    let smtp: SmtpSink;
    before(async () => {
      smtp = await new SmtpSink().start();
      const database = await createTestDatabase(kind);
      await releaseZeroOneDatabase(database.url);
      // Opening the store applies the later migrations, as a start of the new release does.
      t = await startTestApp(kind, { database, env: { GATEHOUSE_SMTP_URL: smtp.url } });
    });
    after(async () => {
      await t.close();
      await t.database.drop();
      await smtp.stop();
    });

    const app = new Authenticator(fixture.totp_secret_base32);

    async function passwordStep(username: string) {
      const browser = new Browser(t.app);
      const answer = await browser.signIn(username, PASSWORD);
      assert.equal(answer.statusCode, 200, answer.body);
      return { browser, answer: answer.json() as { state: string; authenticators?: Array<{ id: string; kind: string; name: string }> } };
    }

    test('the TOTP user keeps the app, named "Authenticator app", and its replay guard', async () => {
      const { browser, answer } = await passwordStep('olivia');
      assert.equal(answer.state, 'awaiting_second_factor');
      assert.deepEqual(answer.authenticators?.map(({ kind, name }) => ({ kind, name })), [{ kind: 'totp', name: 'Authenticator app' }]);
      // The last step accepted before the upgrade stays spent.
      const replayed = await browser.request('POST', '/api/session/second-factor', { method: 'totp', code: app.codeAt(t.clock.now(), -2) });
      assert.equal(errorTypeOf(replayed), 'invalid_credentials');
      const signedIn = await browser.request('POST', '/api/session/second-factor', { authenticator_id: answer.authenticators![0]!.id, code: app.codeAt(t.clock.now()) });
      assert.equal(signedIn.statusCode, 200, signedIn.body);
      assert.deepEqual(signedIn.json().user.mfa_kinds, ['totp']);
    });

    test('the remaining recovery codes work once each; the ones used before the upgrade do not', async () => {
      const used = await passwordStep('olivia');
      assert.equal(errorTypeOf(await used.browser.request('POST', '/api/session/second-factor', { method: 'recovery_code', code: fixture.recovery_codes_plain[0] })), 'invalid_credentials');
      const fresh = await passwordStep('olivia');
      const answer = await fresh.browser.request('POST', '/api/session/second-factor', { method: 'recovery_code', code: fixture.recovery_codes_plain[5] });
      assert.equal(answer.statusCode, 200, answer.body);
      assert.equal((await fresh.browser.request('GET', '/api/me/mfa')).json().recovery_codes_remaining, 6);
    });

    test('the e-mail user keeps the e-mail authenticator, named "E-mail", and signs in with a code from a real e-mail', async () => {
      const { browser, answer } = await passwordStep('edgar');
      assert.deepEqual(answer.authenticators?.map(({ kind, name }) => ({ kind, name })), [{ kind: 'email', name: 'E-mail' }]);
      assert.equal((await browser.request('POST', '/api/session/email-code')).statusCode, 200);
      const signedIn = await browser.request('POST', '/api/session/second-factor', { method: 'email', code: smtp.latestCodeFor('edgar@example.com') });
      assert.equal(signedIn.statusCode, 200, signedIn.body);
    });

    test('a user without MFA still signs in with the password; a session from before the upgrade is still good', async () => {
      const { answer } = await passwordStep('pat');
      assert.equal(answer.state, 'authenticated');
      const pat = (await t.ctx.store.findUserByUsername('pat'))!;
      const old = await t.ctx.store.findSessionByTokenHash(String(fixture.rows.sessions![0]!.token_hash));
      assert.ok(old, 'the session row survived');
      assert.equal(old.session.securityStamp, pat.securityStamp, 'and carries the stamp it was issued under');
    });

    test('an enrollment left in progress is dropped, not carried over', async () => {
      const pat = (await t.ctx.store.findUserByUsername('pat'))!;
      assert.deepEqual(await t.ctx.store.listAuthenticators(pat.id), []);
      assert.equal(await t.ctx.store.findPendingAuthenticator(pat.id, 'old-enrollment', t.clock.now()), null);
    });
  });
}
