// `gatehouse audit verify` and `gatehouse audit public-key` on the host (SPEC 2.15): an intact
// chain of 100,000 events verifies with progress lines and exit 0; a tampered one names the break
// and exits 1; checkpoints are checked against a public key kept elsewhere; other errors exit 2.
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { generateKeyPairSync } from 'node:crypto';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { hostname, tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { ConfigError, loadConfig } from '../../src/config/config.js';
import { createServerKeys } from '../../src/core/crypto/server-keys.js';
import { auditSinksOf } from '../../src/server/audit-stream/audit-background.js';
import { seedAuditChain } from '../helpers/audit-seed.js';
import { tamper } from '../helpers/audit-chain-steps.js';

const root = join(import.meta.dirname, '..', '..');
const KEY = Buffer.alloc(32, 5);

function runCli(args: string[], env: Record<string, string>): Promise<{ code: number | null; stdout: string; stderr: string }> {
  const clean: NodeJS.ProcessEnv = {};
  for (const [name, value] of Object.entries(process.env)) if (!name.startsWith('GATEHOUSE_')) clean[name] = value;
  const child = spawn(process.execPath, ['--import', 'tsx', 'src/cli/main.ts', ...args], { cwd: root, env: { ...clean, ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (chunk) => (stdout += String(chunk)));
  child.stderr.on('data', (chunk) => (stderr += String(chunk)));
  return new Promise((resolve) => child.on('exit', (code) => resolve({ code, stdout, stderr })));
}

describe('gatehouse audit', () => {
  let directory: string;
  let env: Record<string, string>;
  let database: string;
  before(async () => {
    directory = mkdtempSync(join(tmpdir(), 'gatehouse-audit-cli-'));
    database = join(directory, 'gatehouse.db');
    env = { GATEHOUSE_DATA_DIR: directory, GATEHOUSE_DATABASE_URL: database, GATEHOUSE_SECRET_KEY: KEY.toString('base64') };
    const keys = createServerKeys(KEY);
    await seedAuditChain(database, 100_000, { everyEvents: 1000, everyMilliseconds: 600_000, origin: 'gatehouse/audit', signer: keys.auditSigner });
  });
  after(() => rmSync(directory, { recursive: true, force: true }));

  test('verify reports an intact chain of 100,000 events with progress on the way, and exits 0', async () => {
    const { code, stdout, stderr } = await runCli(['audit', 'verify'], env);
    assert.equal(code, 0, stderr);
    assert.equal(stdout, 'intact: 100000 events, checkpoints 1..100\n');
    assert.match(stderr, /^verified 50,000 of 100,000 events…\nverified 100,000 of 100,000 events…\n$/);
  });

  test('public-key prints the PEM that verifies the checkpoints from elsewhere', async () => {
    const printed = await runCli(['audit', 'public-key'], env);
    assert.equal(printed.code, 0);
    assert.match(printed.stdout, /^-----BEGIN PUBLIC KEY-----\n[A-Za-z0-9+/=]+\n-----END PUBLIC KEY-----\n$/);
    assert.equal(printed.stdout, createServerKeys(KEY).auditSigner.publicKeyPem);
    const keyFile = join(directory, 'audit.pub');
    writeFileSync(keyFile, printed.stdout);
    assert.equal((await runCli(['audit', 'verify', '--public-key', keyFile], env)).code, 0);
  });

  test('a key that did not sign the checkpoints fails them, and exits 1', async () => {
    const other = join(directory, 'other.pub');
    writeFileSync(other, generateKeyPairSync('ed25519').publicKey.export({ format: 'pem', type: 'spki' }));
    const { code, stdout } = await runCli(['audit', 'verify', '--public-key', other], env);
    assert.equal(code, 1);
    assert.match(stdout, /^broken: checkpoint_signature_invalid at event 1000 \(checkpoint 1\)\n {2}Checkpoint 1 \(event 1000\) has no valid signature of the audit key/);
  });

  test('errors other than a broken chain exit 2 with one line', async () => {
    const missing = await runCli(['audit', 'verify', '--public-key', join(directory, 'nowhere.pub')], env);
    assert.deepEqual([missing.code, missing.stdout], [2, '']);
    assert.match(missing.stderr, /^gatehouse: --public-key .*nowhere\.pub: ENOENT.*\n$/);
    const unreachable = await runCli(['audit', 'verify'], { ...env, GATEHOUSE_DATABASE_URL: 'postgres://gatehouse@127.0.0.1:1/none' });
    assert.equal(unreachable.code, 2);
    assert.equal((await runCli(['audit', 'check'], env)).code, 2, 'an unknown action');
  });

  // Last: it tampers with the chain.
  test('verify names a changed event and exits 1', async () => {
    await tamper(database, [["update audit_events set actor_username = 'nobody' where sequence = 31337"]]);
    const { code, stdout } = await runCli(['audit', 'verify'], env);
    assert.equal(code, 1);
    assert.equal(stdout, 'broken: changed_event at event 31337\n  Event 31337 was changed after it was written: its content no longer matches its hash.\n  (31,336 events verified before it)\n');
  });
});

describe('the audit settings', () => {
  const load = (env: Record<string, string>) => loadConfig({ GATEHOUSE_DATA_DIR: tmpdir(), ...env }, '/nonexistent');

  test('bad values are refused with a line that names the setting', () => {
    const cases: [Record<string, string>, RegExp][] = [
      [{ GATEHOUSE_AUDIT_SYSLOG_URL: 'udp://loghost:514' }, /^GATEHOUSE_AUDIT_SYSLOG_URL must be a URL starting with tcp:\/\/ or tls:\/\//],
      [{ GATEHOUSE_AUDIT_SYSLOG_URL: 'tcp://loghost' }, /^GATEHOUSE_AUDIT_SYSLOG_URL must be tcp:\/\/host:port or tls:\/\/host:port/],
      [{ GATEHOUSE_AUDIT_SYSLOG_URL: 'tls://user:secret@loghost:6514' }, /^GATEHOUSE_AUDIT_SYSLOG_URL must be tcp:\/\/host:port or tls:\/\/host:port, without credentials/],
      [{ GATEHOUSE_AUDIT_RETENTION_DAYS: '0' }, /^GATEHOUSE_AUDIT_RETENTION_DAYS must be a whole number from 1 to 36500/],
      [{ GATEHOUSE_AUDIT_CHECKPOINT_EVENTS: 'many' }, /^GATEHOUSE_AUDIT_CHECKPOINT_EVENTS must be a whole number from 1 to 1000000/],
      [{ GATEHOUSE_AUDIT_CHECKPOINT_MINUTES: '0' }, /^GATEHOUSE_AUDIT_CHECKPOINT_MINUTES must be a whole number from 1 to 1440/],
      [{ GATEHOUSE_AUDIT_SYSLOG_CA: '/etc/ssl/ca.pem', GATEHOUSE_AUDIT_SYSLOG_URL: 'tcp://loghost:514' }, /^GATEHOUSE_AUDIT_SYSLOG_CA is for a tls:\/\/ GATEHOUSE_AUDIT_SYSLOG_URL/],
    ];
    for (const [env, message] of cases) assert.throws(() => load(env), (error: Error) => error instanceof ConfigError && message.test(error.message) && !error.message.includes('secret'), JSON.stringify(env));
    const good = load({ GATEHOUSE_AUDIT_SYSLOG_URL: 'tls://siem.example:6514', GATEHOUSE_AUDIT_RETENTION_DAYS: '365', GATEHOUSE_AUDIT_FILE: 'audit.jsonl' });
    assert.deepEqual([good.auditSyslogUrl, good.auditRetentionDays, good.auditCheckpointEvents, good.auditCheckpointMinutes], ['tls://siem.example:6514', 365, 1000, 10]);
  });

  test('a file in a folder that is not there, or an unreadable CA, stops start-up with a line that names it', () => {
    assert.throws(() => auditSinksOf({ auditFile: '/nonexistent/audit.jsonl', auditSyslogUrl: undefined, auditSyslogCa: undefined }), { name: 'Error', message: 'GATEHOUSE_AUDIT_FILE: the folder /nonexistent does not exist or Gatehouse cannot write to it' });
    assert.throws(() => auditSinksOf({ auditFile: undefined, auditSyslogUrl: 'tls://siem.example:6514', auditSyslogCa: '/nonexistent/ca.pem' }), { message: 'GATEHOUSE_AUDIT_SYSLOG_CA: cannot read /nonexistent/ca.pem (ENOENT)' });
    assert.deepEqual(auditSinksOf({ auditFile: join(tmpdir(), 'audit.jsonl'), auditSyslogUrl: 'tcp://[::1]:514', auditSyslogCa: undefined }).map((sink) => sink.name), [`file:${hostname()}:${join(tmpdir(), 'audit.jsonl')}`, 'syslog:tcp://[::1]:514']);
  });

  test('serve refuses to start with an audit file it cannot write, in one line', async () => {
    const { code, stdout, stderr } = await runCli(['serve'], { GATEHOUSE_DATA_DIR: mkdtempSync(join(tmpdir(), 'gatehouse-audit-serve-')), GATEHOUSE_PORT: '0', GATEHOUSE_AUDIT_FILE: '/nonexistent/audit.jsonl', GATEHOUSE_ADMIN_PASSWORD: 'a long enough admin password' });
    assert.equal(code, 2);
    assert.equal(stderr, 'gatehouse: GATEHOUSE_AUDIT_FILE: the folder /nonexistent does not exist or Gatehouse cannot write to it\n');
    assert.doesNotMatch(stdout, /Server listening/);
  });
});
