// `gatehouse housekeeping`: the sweep the server runs every 10 minutes, run by hand on the host.
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, test } from 'node:test';
import { DAY_IN_MILLISECONDS, seedExpiredRows } from '../helpers/expired-rows.js';
import { runGatehouseCommand } from '../helpers/cli-run.js';
import { countRows } from '../helpers/database-rows.js';
import { startGatehouseProcess } from '../helpers/gatehouse-process.js';
import { availableDatabaseKinds, createTestDatabase } from '../helpers/test-databases.js';

const scratch = mkdtempSync(join(tmpdir(), 'gatehouse-housekeeping-cli-'));
after(() => rmSync(scratch, { recursive: true, force: true }));

for (const kind of await availableDatabaseKinds()) {
  test(`gatehouse housekeeping deletes expired rows now and says how many per table (${kind})`, async () => {
    const database = await createTestDatabase(kind);
    try {
      await seedExpiredRows(database.url, Date.now() - 2 * DAY_IN_MILLISECONDS);
      const swept = await runGatehouseCommand(['housekeeping'], { GATEHOUSE_DATA_DIR: mkdtempSync(join(scratch, 'data-')), GATEHOUSE_DATABASE_URL: database.url });
      assert.equal(swept.code, 0, swept.stderr);
      assert.match(swept.stdout, /^deleted expired rows:\n/);
      assert.match(swept.stdout, /\n {2}sessions {11}1\n/);
      assert.match(swept.stdout, /\n {2}sign_in_flows {6}1\n/);
      assert.match(swept.stdout, /\n {2}throttles {10}1\n/);
      assert.equal(await countRows(database.url, 'select count(*) as n from sessions'), 0);
      assert.equal(await countRows(database.url, 'select count(*) as n from sign_in_flows'), 0);
      assert.equal(await countRows(database.url, 'select count(*) as n from throttles'), 0);
    } finally {
      await database.drop();
    }
  });
}

test('gatehouse serve sweeps when it starts (then every 10 minutes) and logs how many rows went', async () => {
  const dataDir = mkdtempSync(join(scratch, 'serve-'));
  const databaseUrl = join(dataDir, 'gatehouse.db');
  await seedExpiredRows(databaseUrl, Date.now() - 2 * DAY_IN_MILLISECONDS);
  const server = await startGatehouseProcess({ GATEHOUSE_DATA_DIR: dataDir });
  try {
    await server.waitForLogLines(/"event":"housekeeping"/);
    const line = JSON.parse(server.logLines.find((l) => /"event":"housekeeping"/.test(l))!) as { deleted: Record<string, number> };
    assert.deepEqual({ sessions: line.deleted.sessions, sign_in_flows: line.deleted.sign_in_flows, throttles: line.deleted.throttles }, { sessions: 1, sign_in_flows: 1, throttles: 1 });
    assert.equal(await countRows(databaseUrl, 'select count(*) as n from sessions'), 0);
  } finally {
    await server.stop('SIGKILL');
  }
});
