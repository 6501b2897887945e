// Rotating the server key while a server runs (docs/operations.md): the server holds its keyring in
// memory, so the host commands refuse while a server that could not read their result uses the same
// data (its heartbeat row), and a server that meets a secret it cannot decrypt answers 503 and logs
// it, charging the user nothing. Real `gatehouse serve` processes and real commands, on both databases.
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, test } from 'node:test';
import { runRotateSecretKey } from '../../src/cli/key-commands.js';
import { keyFilePath } from '../../src/config/secret-key.js';
import { SECOND } from '../../src/core/clock.js';
import { createServerKeys } from '../../src/core/crypto/server-keys.js';
import { findRunningServers } from '../../src/core/instances/server-instances.js';
import { runGatehouseCommand } from '../helpers/cli-run.js';
import { countRows } from '../helpers/database-rows.js';
import { startGatehouseProcess } from '../helpers/gatehouse-process.js';
import { enrollTotp } from '../helpers/mfa-steps.js';
import { ADMIN_PASSWORD, Browser, errorTypeOf, startTestApp } from '../helpers/test-app.js';
import { availableDatabaseKinds, createTestDatabase } from '../helpers/test-databases.js';

const scratch = mkdtempSync(join(tmpdir(), 'gatehouse-rotation-running-'));
after(() => rmSync(scratch, { recursive: true, force: true }));

const keyFile = (dataDir: string) => readFileSync(keyFilePath(dataDir), 'utf8');

for (const kind of await availableDatabaseKinds()) {
  describe(`key rotation while a server runs (${kind})`, () => {
    test('rotate-secret-key refuses while a server uses the same data, says what to do, and goes through once the server stopped', async () => {
      const database = await createTestDatabase(kind);
      const settings = { GATEHOUSE_DATA_DIR: mkdtempSync(join(scratch, 'data-')), GATEHOUSE_DATABASE_URL: database.url };
      const server = await startGatehouseProcess(settings);
      try {
        const keyBefore = keyFile(settings.GATEHOUSE_DATA_DIR);
        const refused = await runGatehouseCommand(['rotate-secret-key'], settings);
        assert.equal(refused.code, 1, refused.stdout);
        assert.match(refused.stderr, /^gatehouse: refusing to rotate the server key: a Gatehouse server uses this data right now:/);
        assert.match(refused.stderr, new RegExp(`pid ${server.child.pid} on \\S+ \\(key [0-9a-f]{8}\\), heard \\d+ s ago`));
        assert.match(refused.stderr, /Stop every server first .*, run this again, then start them\./);
        assert.match(refused.stderr, /add --force and restart every server right after/);
        assert.equal(keyFile(settings.GATEHOUSE_DATA_DIR), keyBefore, 'the key file is untouched');

        assert.deepEqual(await server.stop('SIGTERM'), { code: 0, signal: null });
        assert.equal(await countRows(database.url, 'select count(*) as n from server_instances'), 0, 'a graceful stop deletes the heartbeat row');
        const rotated = await runGatehouseCommand(['rotate-secret-key'], settings);
        assert.equal(rotated.code, 0, rotated.stderr);
        assert.notEqual(keyFile(settings.GATEHOUSE_DATA_DIR), keyBefore, 'a new key');
      } finally {
        await server.stop('SIGKILL');
        await database.drop();
      }
    });

    test('a server not heard from for 30 seconds no longer counts as running', async () => {
      const t = await startTestApp(kind);
      try {
        const now = t.clock.now();
        await t.ctx.store.recordServerInstance({ id: 'quiet', hostname: 'elsewhere', pid: 7, keyId: 'k', startedAt: now, seenAt: now - 31 * SECOND });
        await t.ctx.store.recordServerInstance({ id: 'heard', hostname: 'elsewhere', pid: 8, keyId: 'k', startedAt: now, seenAt: now - 29 * SECOND });
        assert.deepEqual((await findRunningServers(t.ctx)).map((s) => s.id), ['heard']);
      } finally {
        await t.close();
      }
    });

    test('after a key rotation under a running server, authenticator codes answer 503 and charge nothing; a recovery code works; a restart reads the new key', async () => {
      const env = { GATEHOUSE_SECRET_KEY: '' }; // the key file in the data folder
      const t = await startTestApp(kind, { env });
      try {
        const enrolling = new Browser(t.app);
        await enrolling.signIn('admin', ADMIN_PASSWORD);
        const { authenticator, recoveryCodes } = await enrollTotp(t, enrolling);
        // As `--force` would, beside this running app (which holds the old key in memory).
        assert.equal(await runRotateSecretKey(t.config), 0);

        const signingIn = new Browser(t.app);
        await signingIn.signIn('admin', ADMIN_PASSWORD);
        for (let i = 0; i < 7; i++) {
          const refused = await signingIn.request('POST', '/api/session/second-factor', { method: 'totp', code: authenticator.codeAt(t.clock.now()) });
          assert.equal(refused.statusCode, 503, refused.body);
          assert.equal(errorTypeOf(refused), 'service_unavailable');
          assert.match(refused.json().error.message, /fault on the server\. Use a recovery code/);
          assert.equal(refused.headers['retry-after'], '60');
        }
        assert.equal(await t.ctx.store.findThrottle(`user:${t.admin.id}`, 'totp'), null, 'no failure was counted against the user');
        const events = await t.ctx.store.listAuditEvents({ type: 'second_factor_failed', limit: 10 });
        assert.equal(events.length, 0, 'no failed second factor in the audit log');
        assert.ok(t.logs.some((line) => /"event":"secret_unreadable"/.test(line) && /"level":50/.test(line)), 'logged as an error');
        const recovered = await signingIn.request('POST', '/api/session/second-factor', { method: 'recovery_code', code: recoveryCodes[0]! });
        assert.equal(recovered.statusCode, 200, 'seven refusals later the same sign-in goes on with a recovery code');

        const restarted = await t.sibling();
        try {
          const afterRestart = new Browser(restarted.app);
          await afterRestart.signIn('admin', ADMIN_PASSWORD);
          t.clock.advance(30 * SECOND);
          const accepted = await afterRestart.request('POST', '/api/session/second-factor', { method: 'totp', code: authenticator.codeAt(t.clock.now()) });
          assert.equal(accepted.statusCode, 200, accepted.body);
        } finally {
          await restarted.close();
        }
      } finally {
        await t.close();
      }
    });
  });
}

describe('servers that cannot read the result (SQLite)', () => {
  test('a server killed without a chance to stop is seen as gone at once on its own host', async () => {
    const settings = { GATEHOUSE_DATA_DIR: mkdtempSync(join(scratch, 'killed-')) };
    const server = await startGatehouseProcess(settings);
    await server.stop('SIGKILL');
    const databaseUrl = join(settings.GATEHOUSE_DATA_DIR, 'gatehouse.db');
    assert.equal(await countRows(databaseUrl, 'select count(*) as n from server_instances'), 1, 'its heartbeat row is left behind');
    const rotated = await runGatehouseCommand(['rotate-secret-key'], settings);
    assert.equal(rotated.code, 0, rotated.stderr);
  });

  test('reencrypt-secrets refuses while a server holds another key than the current one, and goes on with --force after a warning', async () => {
    const [oldKey, newKey] = [Buffer.alloc(32, 1), Buffer.alloc(32, 2)].map((key) => key.toString('base64')) as [string, string];
    const settings = { GATEHOUSE_DATA_DIR: mkdtempSync(join(scratch, 'reencrypt-')) };
    const server = await startGatehouseProcess({ ...settings, GATEHOUSE_SECRET_KEY: oldKey });
    try {
      const rotated = { ...settings, GATEHOUSE_SECRET_KEY: newKey, GATEHOUSE_SECRET_KEY_PREVIOUS: oldKey, GATEHOUSE_SECRET_MAC_KEY: oldKey };
      const refused = await runGatehouseCommand(['reencrypt-secrets'], rotated);
      assert.equal(refused.code, 1, refused.stdout);
      const oldKeyId = createServerKeys(Buffer.from(oldKey, 'base64')).keyId;
      const newKeyId = createServerKeys(Buffer.from(newKey, 'base64')).keyId;
      assert.match(refused.stderr, new RegExp(`refusing to re-encrypt the stored secrets: a Gatehouse server uses this data right now:\\n  pid ${server.child.pid} on \\S+ \\(key ${oldKeyId}\\)`));
      assert.match(refused.stderr, new RegExp(`Restart each of them with the current key \\(key ${newKeyId};`));

      const sameKey = await runGatehouseCommand(['reencrypt-secrets'], { ...settings, GATEHOUSE_SECRET_KEY: oldKey });
      assert.equal(sameKey.code, 0, `a server holding the current key is no obstacle: ${sameKey.stderr}`);

      const forced = await runGatehouseCommand(['reencrypt-secrets', '--force'], rotated);
      assert.equal(forced.code, 0, forced.stderr);
      assert.match(forced.stderr, /^gatehouse: warning: going on with --force while a server runs:/);
      assert.match(forced.stderr, /Restart it now\./);
    } finally {
      await server.stop('SIGKILL');
    }
  });
});
