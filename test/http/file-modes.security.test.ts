// Files at rest are private (SPEC 2.11, issue 11 point 14): the data folder is created 0700, the
// SQLite database with its -wal and -shm and the key file 0600, and files an earlier release left
// open to others are narrowed at start, with a warning in the log.
import assert from 'node:assert/strict';
import { chmod, mkdtemp, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Writable } from 'node:stream';
import { after, before, describe, test } from 'node:test';
import { loadConfig } from '../../src/config/config.js';
import { addUser } from '../../src/core/users/user-administration.js';
import { createGatehouse, createLogger } from '../../src/server/gatehouse.js';
import { availableDatabaseKinds, createTestDatabase, type TestDatabase } from '../helpers/test-databases.js';

// A usual umask, so that files created without an explicit mode would be readable by others.
process.umask(0o022);

async function modeOf(path: string): Promise<string> {
  return `0${((await stat(path)).mode & 0o777).toString(8)}`;
}

async function start(dataDir: string, databaseUrl: string) {
  const logs: string[] = [];
  const sink = new Writable({
    write(chunk, _encoding, done) {
      logs.push(String(chunk));
      done();
    },
  });
  const config = loadConfig({ GATEHOUSE_DATA_DIR: dataDir, GATEHOUSE_DATABASE_URL: databaseUrl }, '/nonexistent');
  const gatehouse = await createGatehouse(config, { logger: createLogger('info', sink) });
  await gatehouse.app.ready();
  return { ...gatehouse, logs };
}

for (const kind of await availableDatabaseKinds()) {
  describe(`files at rest (${kind})`, () => {
    let root: string;
    let dataDir: string;
    let database: TestDatabase | null = null;
    let databaseUrl: string;
    before(async () => {
      root = await mkdtemp(join(tmpdir(), 'gatehouse-modes-'));
      dataDir = join(root, 'data');
      if (kind === 'postgres') database = await createTestDatabase('postgres');
      databaseUrl = database?.url ?? join(dataDir, 'gatehouse.db');
    });
    after(async () => {
      await database?.drop();
      await rm(root, { recursive: true, force: true });
    });

    const files = () => (kind === 'sqlite' ? ['secret.key', 'gatehouse.db', 'gatehouse.db-wal', 'gatehouse.db-shm'] : ['secret.key']);

    test('a first start creates the data folder 0700, and the key file, the database, its -wal and -shm 0600', async () => {
      const gatehouse = await start(dataDir, databaseUrl);
      try {
        const added = await addUser(gatehouse.ctx, { user: null, client: null }, { username: 'modes', password: 'modes has a long password', role: 'standard' });
        assert.ok(added.ok);
        assert.equal(await modeOf(dataDir), '0700');
        for (const file of files()) assert.equal(await modeOf(join(dataDir, file)), '0600', file);
      } finally {
        await gatehouse.app.close();
      }
    });

    test('files open to others are narrowed at the next start, and the log says which', async () => {
      const running = await start(dataDir, databaseUrl);
      try {
        await addUser(running.ctx, { user: null, client: null }, { username: 'modes.again', password: 'modes has a long password', role: 'standard' });
        // As an earlier release (or a careless restore) left them.
        await chmod(dataDir, 0o755);
        for (const file of files()) await chmod(join(dataDir, file), 0o644);
        const next = await start(dataDir, databaseUrl);
        try {
          assert.equal(await modeOf(dataDir), '0700');
          for (const file of files()) assert.equal(await modeOf(join(dataDir, file)), '0600', file);
          const warnings = next.logs.map((line) => JSON.parse(line) as { level: number; msg: string; path?: string; from?: string }).filter((line) => line.level === 40);
          assert.deepEqual(
            warnings.map((line) => [line.path, line.from]).sort(),
            [[dataDir, '0755'], ...files().map((file) => [join(dataDir, file), '0644'])].sort(),
          );
          assert.ok(warnings.every((line) => /readable by others/.test(line.msg)));
          assert.ok(await next.ctx.store.findUserByUsername('modes.again'), 'the database works as before');
        } finally {
          await next.app.close();
        }
      } finally {
        await running.app.close();
      }
    });
  });
}
