import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import { runRotateSecretKey } from '../../src/cli/key-commands.js';
import { keyFilePath } from '../../src/config/secret-key.js';
import { enrollTotp } from '../helpers/mfa-steps.js';
import { ADMIN_PASSWORD, Browser, startTestApp } from '../helpers/test-app.js';
import { createTestDatabase, type TestDatabase } from '../helpers/test-databases.js';
import { SmtpSink } from '../helpers/smtp-sink.js';

let dataDir: string;
let database: TestDatabase;
let smtp: SmtpSink;
before(async () => {
  dataDir = mkdtempSync(join(tmpdir(), 'gatehouse-rotation-'));
  database = await createTestDatabase('sqlite');
  smtp = await new SmtpSink().start();
});
after(async () => {
  await smtp.stop();
  await database.drop();
  rmSync(dataDir, { recursive: true, force: true });
});

test('rotating the server key re-encrypts TOTP secrets and the SMTP password, and recovery codes keep working', async () => {
  const env = { GATEHOUSE_SECRET_KEY: '' }; // the key file in the data folder, not the environment
  const first = await startTestApp('sqlite', { database, dataDir, env });
  const admin = new Browser(first.app);
  await admin.signIn('admin', ADMIN_PASSWORD);
  const { authenticator, recoveryCodes } = await enrollTotp(first, admin);
  const signedIn = new Browser(first.app);
  await signedIn.signIn('admin', ADMIN_PASSWORD);
  await signedIn.request('POST', '/api/session/second-factor', { method: 'totp', code: authenticator.codeAt(first.clock.now()) });
  const saved = await signedIn.request('PUT', '/api/settings/smtp', { host: '127.0.0.1', port: smtp.port, security: 'none', username: 'relay', password: 'relay-password-1', sender: 'A <a@example.com>' });
  assert.equal(saved.statusCode, 200);
  const clock = first.clock;
  await first.app.close();
  const oldKeyFile = readFileSync(keyFilePath(dataDir), 'utf8');
  const oldKey = oldKeyFile.split('\n')[0]!;

  assert.equal(await runRotateSecretKey(first.config), 0);
  const newKeyFile = readFileSync(keyFilePath(dataDir), 'utf8');
  const [newKey, ...rest] = newKeyFile.trim().split('\n');
  assert.notEqual(newKey, oldKey, 'a new key');
  assert.deepEqual(rest, [`mac ${oldKey}`], 'the old key stays only as the MAC root');
  assert.equal(statSync(keyFilePath(dataDir)).mode & 0o777, 0o600);

  clock.advance(30_000);
  const second = await startTestApp('sqlite', { database, dataDir, env, clock });
  try {
    const totpSignIn = new Browser(second.app);
    await totpSignIn.signIn('admin', ADMIN_PASSWORD);
    const ok = await totpSignIn.request('POST', '/api/session/second-factor', { method: 'totp', code: authenticator.codeAt(clock.now()) });
    assert.equal(ok.statusCode, 200, 'the TOTP secret decrypts under the new key');
    const recovery = new Browser(second.app);
    await recovery.signIn('admin', ADMIN_PASSWORD);
    assert.equal((await recovery.request('POST', '/api/session/second-factor', { method: 'recovery_code', code: recoveryCodes[0]! })).statusCode, 200, 'recovery codes still match');
    const test_ = await totpSignIn.request('POST', '/api/settings/smtp/test', { to: 'ops@example.com' });
    assert.equal(test_.statusCode, 200, 'the SMTP password decrypts and authenticates');
    const newKeyId = second.ctx.keys.keyId;
    const stored = JSON.stringify(await second.ctx.store.readSetting('smtp'));
    assert.match(stored, new RegExp(`"v1\\.${newKeyId}\\.`));
  } finally {
    await second.app.close();
  }
});
