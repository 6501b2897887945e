// Secrets (issue 7 §5; SPEC 2.9): every flow a user can run — password sign-in and change, TOTP
// enrollment, sign-in with TOTP and with a recovery code, new recovery codes, disable; e-mail
// enrollment and sign-in with codes read from real SMTP; an admin adding a user, resetting a
// password and MFA; API keys created, used, listed and revoked; SMTP settings with a password;
// forward auth — and then none of the secrets seen may be found in the database files (SQLite
// with its WAL, or every PostgreSQL table), the data folder, the logs, the audit log, or any
// answer other than the one that issued it.
import assert from 'node:assert/strict';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { MINUTE, SECOND } from '../../src/core/clock.js';
import { Authenticator } from '../helpers/authenticator.js';
import { dumpDatabase } from '../helpers/database-dump.js';
import { type Finding, findSecretsIn, findSecretsInAnswers, recordTraffic, SecretLedger } from '../helpers/secret-ledger.js';
import { SmtpSink } from '../helpers/smtp-sink.js';
import { ADMIN_PASSWORD, basic, Browser, startTestApp, type TestApp } from '../helpers/test-app.js';
import { availableDatabaseKinds } from '../helpers/test-databases.js';

const ALICE = { username: 'alice', email: 'alice@example.com' };
const PASSWORDS = {
  first: 'Alice-First-Password-7qkz',
  typo: 'Alice-First-Passwrod-7qkz',
  second: 'Alice-Second-Password-m3vx',
  reset: 'Alice-Reset-By-Admin-9wtd',
  third: 'Alice-Third-Password-c8hn',
  bob: 'Bob-Only-Password-4rjp',
};
const SMTP_PASSWORD = 'Smtp-Settings-Password-x2fb';
const ENV_SMTP_PASSWORD = 'Smtp-Environment-Password-k5yd';

/** Every file under `folder`, by relative path (the data folder: outbox, key file, anything else). */
function filesUnder(folder: string, prefix = ''): Record<string, Buffer> {
  const files: Record<string, Buffer> = {};
  for (const name of readdirSync(folder)) {
    const path = join(folder, name);
    if (statSync(path).isDirectory()) Object.assign(files, filesUnder(path, `${prefix}${name}/`));
    else files[`${prefix}${name}`] = readFileSync(path);
  }
  return files;
}

/** The audit log as the API pages it, newest first, every page. */
async function readAuditLog(admin: Browser): Promise<string> {
  const pages: string[] = [];
  let url = '/api/audit-events?limit=500';
  for (;;) {
    const page = await admin.request('GET', url);
    assert.equal(page.statusCode, 200, page.body);
    pages.push(page.body);
    const next = (page.json() as { next_before: number | null }).next_before;
    if (next === null) return pages.join('\n');
    url = `/api/audit-events?limit=500&before=${next}`;
  }
}

function describeFindings(findings: Finding[]): string {
  return findings.map((f) => `${f.kind} (issued by ${f.issuedBy}) in ${f.where}: …${f.excerpt}…`).join('\n');
}

/**
 * Controls, so that a clean scan means something: each source holds a value it should (`controls`:
 * source → a value stored there in the clear), every issued secret is found in the answer that
 * issued it, a planted copy in a later answer is caught, and a code is matched as a whole number.
 */
function assertScansCanSee(ledger: SecretLedger, sources: Record<string, string>, controls: Record<string, string>): void {
  for (const [source, value] of Object.entries(controls)) {
    const control = new SecretLedger();
    control.add('password', value, 'client', 'control');
    assert.ok(findSecretsIn(control, { [source]: sources[source] ?? '' }).length === 1, `the scan of ${source} finds ${value}`);
  }
  for (const secret of ledger.secrets) {
    if (typeof secret.issuedBy !== 'number') continue;
    const answer = ledger.answers[secret.issuedBy]!;
    assert.ok(answer.text.includes(secret.forms[0]!), `the ${secret.kind} is in the answer that issued it (${secret.seenAt})`);
  }
  const planted = new SecretLedger();
  for (const secret of ledger.secrets.filter((s) => typeof s.issuedBy === 'number')) planted.add(secret.kind, secret.forms[0]!, secret.issuedBy, secret.seenAt);
  planted.answers.push(...ledger.answers, { index: ledger.answers.length, label: 'planted', status: 200, text: planted.secrets.map((s) => s.forms[0]).join(' ') });
  assert.equal(findSecretsInAnswers(planted).length, planted.secrets.length, 'a copy of each issued secret in a later answer is caught');
  const code = new SecretLedger();
  code.add('one-time code', '123456', 'code', 'control');
  assert.deepEqual(findSecretsIn(code, { whole: 'code 123456.', inside: 'at 1781234567890' }).map((f) => f.where), ['whole']);
}

/** Storage, data folder, logs, audit log and answers of `t`, scanned for every secret in `ledger`. */
async function scan(t: TestApp, ledger: SecretLedger, admin: Browser, controls: Record<string, string>): Promise<{ findings: Finding[]; sizes: Record<string, number> }> {
  const auditLog = await readAuditLog(admin);
  const dump = await dumpDatabase(t);
  const dataFiles = filesUnder(t.config.dataDir);
  const logs = t.logs.join('');
  const sources: Record<string, string> = { [`${t.database.name} database`]: dump.toString('latin1'), logs, 'audit log': auditLog };
  for (const [name, bytes] of Object.entries(dataFiles)) sources[`data folder ${name}`] = bytes.toString('latin1');
  const raw: Record<string, Buffer> = { [`${t.database.name} database`]: dump, ...dataFiles };
  assertScansCanSee(ledger, sources, controls);
  return {
    findings: [...findSecretsIn(ledger, sources, raw), ...findSecretsInAnswers(ledger)],
    sizes: { database: dump.length, logs: logs.length, audit: auditLog.length, dataFiles: Object.keys(dataFiles).length },
  };
}

for (const kind of await availableDatabaseKinds()) {
  describe(`no secret outside the answer that issues it (${kind})`, () => {
    let smtp: SmtpSink;
    before(async () => {
      smtp = await new SmtpSink().start();
    });
    after(() => smtp.stop());

    test('every user flow, then the database, data folder, logs, audit log and later answers hold no secret', async (tc) => {
      const t = await startTestApp(kind);
      const ledger = new SecretLedger();
      recordTraffic(t, ledger);
      try {
        const admin = new Browser(t.app, '192.0.2.1');
        assert.equal((await admin.signIn('admin', ADMIN_PASSWORD)).statusCode, 200);

        // E-mail delivery through SMTP settings with a password (the sink accepts any login).
        const smtpSettings = { host: '127.0.0.1', port: smtp.port, security: 'none', username: 'mailer', password: SMTP_PASSWORD, sender: 'Gatehouse <gatehouse@appliance.test>' };
        assert.equal((await admin.request('PUT', '/api/settings/smtp', smtpSettings)).statusCode, 200);
        assert.equal((await admin.request('GET', '/api/settings/smtp')).json().password_set, true);
        assert.equal((await admin.request('POST', '/api/settings/smtp/test', { to: 'ops@example.com' })).statusCode, 200);
        const { password: _kept, ...withoutPassword } = smtpSettings;
        assert.equal((await admin.request('PUT', '/api/settings/smtp', withoutPassword)).json().password_set, true);

        // The admin adds Alice; Alice signs in (after one typo) and changes her password.
        const added = await admin.request('POST', '/api/users', { username: ALICE.username, password: PASSWORDS.first, role: 'standard', email: ALICE.email });
        assert.equal(added.statusCode, 201, added.body);
        const aliceId = (added.json() as { id: string }).id;
        const alice = new Browser(t.app, '198.51.100.5');
        assert.equal((await alice.signIn(ALICE.username, PASSWORDS.typo)).statusCode, 401);
        assert.equal((await alice.signIn(ALICE.username, PASSWORDS.first)).json().state, 'authenticated');
        const changed = await alice.request('PUT', '/api/me/password', { current_password: PASSWORDS.first, new_password: PASSWORDS.second });
        assert.equal(changed.statusCode, 200, changed.body);

        // TOTP: enroll, sign in with a code, sign in with a recovery code, new codes, disable.
        const started = await alice.request('POST', '/api/me/mfa/enrollment', { method: 'totp' });
        assert.equal(started.statusCode, 200, started.body);
        const authenticator = new Authenticator((started.json() as { secret: string }).secret);
        const verified = await alice.request('POST', '/api/me/mfa/enrollment/verify', { code: authenticator.codeAt(t.clock.now()) });
        assert.equal(verified.statusCode, 200, verified.body);
        const firstCodes = (verified.json() as { recovery_codes: string[] }).recovery_codes;
        assert.equal((await alice.request('POST', '/api/me/mfa/enrollment/finish')).statusCode, 200);
        assert.equal((await alice.request('GET', '/api/me/mfa')).json().enabled, true);
        t.clock.advance(30 * SECOND);

        const withTotp = new Browser(t.app, '198.51.100.6');
        assert.equal((await withTotp.signIn(ALICE.username, PASSWORDS.second)).json().state, 'awaiting_second_factor');
        assert.equal((await withTotp.request('GET', '/api/session')).statusCode, 200);
        const totpAnswer = await withTotp.request('POST', '/api/session/second-factor', { method: 'totp', code: authenticator.codeAt(t.clock.now()) });
        assert.equal(totpAnswer.statusCode, 200, totpAnswer.body);
        t.clock.advance(30 * SECOND);

        const withRecovery = new Browser(t.app, '198.51.100.7');
        await withRecovery.signIn(ALICE.username, PASSWORDS.second);
        const recoveryAnswer = await withRecovery.request('POST', '/api/session/second-factor', { method: 'recovery_code', code: firstCodes[0]!.replaceAll('-', '').toLowerCase() });
        assert.equal(recoveryAnswer.statusCode, 200, recoveryAnswer.body);
        assert.equal((await withRecovery.request('GET', '/api/me/mfa')).json().recovery_codes_remaining, 9);

        // A password on the REST API of an MFA account is refused (and audited).
        const refused = await t.app.inject({ method: 'GET', url: '/api/me', headers: { authorization: basic(ALICE.username, PASSWORDS.second) } });
        assert.equal(refused.statusCode, 401);

        const regenerated = await withTotp.request('POST', '/api/me/mfa/recovery-codes', { password: PASSWORDS.second, code: authenticator.codeAt(t.clock.now()) });
        assert.equal(regenerated.statusCode, 200, regenerated.body);
        t.clock.advance(30 * SECOND);
        const disabled = await withTotp.request('POST', '/api/me/mfa/disable', { password: PASSWORDS.second, code: authenticator.codeAt(t.clock.now()) });
        assert.equal(disabled.statusCode, 200, disabled.body);
        t.clock.advance(30 * SECOND);

        // E-mail codes: enroll with a code read from the delivered message, then sign in with one.
        assert.equal((await withTotp.request('POST', '/api/me/mfa/enrollment', { method: 'email' })).statusCode, 200);
        const emailVerified = await withTotp.request('POST', '/api/me/mfa/enrollment/verify', { code: smtp.latestCodeFor(ALICE.email) });
        assert.equal(emailVerified.statusCode, 200, emailVerified.body);
        assert.equal((await withTotp.request('POST', '/api/me/mfa/enrollment/finish')).statusCode, 200);
        t.clock.advance(31 * SECOND);

        const withEmail = new Browser(t.app, '198.51.100.8');
        assert.equal((await withEmail.signIn(ALICE.username, PASSWORDS.second)).json().state, 'awaiting_second_factor');
        assert.equal((await withEmail.request('POST', '/api/session/email-code')).statusCode, 200);
        const emailAnswer = await withEmail.request('POST', '/api/session/second-factor', { method: 'email', code: smtp.latestCodeFor(ALICE.email) });
        assert.equal(emailAnswer.statusCode, 200, emailAnswer.body);
        t.clock.advance(31 * SECOND);

        // The admin resets Alice's password: she signs in with it (and an e-mail code) and must change it.
        assert.equal((await admin.request('POST', `/api/users/${aliceId}/password`, { password: PASSWORDS.reset })).statusCode, 200);
        const afterReset = new Browser(t.app, '198.51.100.9');
        assert.equal((await afterReset.signIn(ALICE.username, PASSWORDS.reset)).json().state, 'awaiting_second_factor');
        assert.equal((await afterReset.request('POST', '/api/session/email-code')).statusCode, 200);
        assert.equal((await afterReset.request('POST', '/api/session/second-factor', { method: 'email', code: smtp.latestCodeFor(ALICE.email) })).statusCode, 200);
        assert.equal((await afterReset.request('GET', '/api/me')).json().must_change_password, true);
        const mustChange = await afterReset.request('PUT', '/api/me/password', { current_password: PASSWORDS.reset, new_password: PASSWORDS.third });
        assert.equal(mustChange.statusCode, 200, mustChange.body);

        // The admin resets Alice's MFA; she signs in with her password alone.
        assert.equal((await admin.request('POST', `/api/users/${aliceId}/mfa/reset`)).statusCode, 200);
        const plain = new Browser(t.app, '198.51.100.10');
        assert.equal((await plain.signIn(ALICE.username, PASSWORDS.third)).json().state, 'authenticated');

        // API keys: create, use with Basic, list (hers and the admin's view), forward auth, revoke.
        const created = await plain.request('POST', '/api/me/api-keys', { name: 'backup' });
        assert.equal(created.statusCode, 201, created.body);
        const key = created.json() as { api_key: string; api_token: string };
        const keyAuth = { authorization: basic(key.api_key, key.api_token) };
        assert.equal((await t.app.inject({ method: 'GET', url: '/api/me', headers: keyAuth, remoteAddress: '203.0.113.4' })).statusCode, 200);
        assert.equal((await plain.request('GET', '/api/me/api-keys')).json().api_keys.length, 1);
        assert.equal((await admin.request('GET', '/api/api-keys')).statusCode, 200);
        assert.equal((await t.app.inject({ method: 'GET', url: '/api/auth/verify', headers: keyAuth })).statusCode, 204);
        assert.equal((await t.app.inject({ method: 'GET', url: '/api/auth/verify', headers: { authorization: basic(ALICE.username, PASSWORDS.third) } })).statusCode, 204);
        assert.equal((await plain.request('GET', '/api/auth/verify')).statusCode, 204);
        assert.equal((await t.app.inject({ method: 'GET', url: '/api/auth/verify', headers: { authorization: basic(key.api_key, `${key.api_token}x`) } })).statusCode, 401);
        assert.equal((await plain.request('DELETE', `/api/me/api-keys/${key.api_key}`)).statusCode, 204);
        assert.equal((await t.app.inject({ method: 'GET', url: '/api/me', headers: keyAuth })).statusCode, 401);

        // A second user, added and signed in with Basic; sessions listed and ended; sign-out.
        assert.equal((await admin.request('POST', '/api/users', { username: 'bob', password: PASSWORDS.bob, role: 'standard' })).statusCode, 201);
        assert.equal((await t.app.inject({ method: 'GET', url: '/api/me', headers: { authorization: basic('bob', PASSWORDS.bob) } })).statusCode, 200);
        assert.equal((await plain.request('GET', '/api/me/sessions')).statusCode, 200);
        assert.equal((await plain.request('DELETE', '/api/me/sessions')).statusCode, 200);
        assert.equal((await plain.request('DELETE', '/api/session')).statusCode, 204);
        assert.equal((await admin.request('GET', `/api/users/${aliceId}`)).statusCode, 200);

        t.clock.advance(MINUTE);
        const { findings, sizes } = await scan(t, ledger, admin, {
          [`${kind} database`]: ALICE.email,
          logs: '/api/me/api-keys',
          'audit log': 'password_on_api_refused',
        });
        const counts = ['password', 'smtp password', 'session cookie', 'sign-in cookie', 'api token', 'totp secret', 'recovery code', 'one-time code'].map((k) => `${k}: ${ledger.count(k as never)}`);
        tc.diagnostic(`${ledger.answers.length} answers, ${ledger.secrets.length} secrets (${counts.join(', ')}); scanned ${JSON.stringify(sizes)}`);
        assert.ok(ledger.count('one-time code') >= 6 && ledger.count('recovery code') >= 20 && ledger.count('session cookie') >= 8 && ledger.count('sign-in cookie') >= 4);
        assert.equal(findings.length, 0, describeFindings(findings));
      } finally {
        await t.close();
      }
    });

    test('an SMTP password in GATEHOUSE_SMTP_URL appears in no answer, log, audit event or table', async (tc) => {
      const url = new URL(smtp.url);
      url.username = 'mailer';
      url.password = encodeURIComponent(ENV_SMTP_PASSWORD);
      const t = await startTestApp(kind, { env: { GATEHOUSE_SMTP_URL: url.toString() } });
      const ledger = new SecretLedger();
      ledger.add('smtp password', ENV_SMTP_PASSWORD, 'client', 'GATEHOUSE_SMTP_URL', [encodeURIComponent(ENV_SMTP_PASSWORD), url.toString()]);
      recordTraffic(t, ledger);
      try {
        const admin = new Browser(t.app, '192.0.2.1');
        assert.equal((await admin.signIn('admin', ADMIN_PASSWORD)).statusCode, 200);
        const view = (await admin.request('GET', '/api/settings/smtp')).json();
        assert.deepEqual([view.source, view.password_set], ['environment', true]);
        assert.equal((await admin.request('POST', '/api/settings/smtp/test', { to: 'ops@example.com' })).statusCode, 200);
        assert.equal((await admin.request('PUT', '/api/settings/smtp', { host: '127.0.0.1', port: 25, security: 'none', sender: 'x <x@example.com>' })).statusCode, 400);
        assert.equal((await admin.request('PATCH', '/api/me', { email: 'admin@example.com' })).statusCode, 200);
        assert.equal((await admin.request('POST', '/api/me/mfa/enrollment', { method: 'email' })).statusCode, 200);
        assert.equal((await admin.request('POST', '/api/me/mfa/enrollment/verify', { code: smtp.latestCodeFor('admin@example.com') })).statusCode, 200);
        const { findings } = await scan(t, ledger, admin, { [`${kind} database`]: 'admin@example.com', logs: '/api/settings/smtp', 'audit log': 'sign_in_succeeded' });
        tc.diagnostic(`${ledger.answers.length} answers, ${ledger.secrets.length} secrets`);
        assert.equal(findings.length, 0, describeFindings(findings));
      } finally {
        await t.close();
      }
    });
  });
}
