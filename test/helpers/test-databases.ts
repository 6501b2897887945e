// Throwaway databases for tests: a fresh SQLite file, or a fresh PostgreSQL database on the server
// at GATEHOUSE_TEST_POSTGRES_URL (default postgres://postgres@127.0.0.1:5432/test). PostgreSQL
// tests are skipped with a notice when the server is down, unless REQUIRE_POSTGRES=1 (CI).
import { randomBytes } from 'node:crypto';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';

export type TestDatabaseKind = 'sqlite' | 'postgres';

export interface TestDatabase {
  name: TestDatabaseKind;
  url: string;
  drop(): Promise<void>;
}

const REACHABILITY_TIMEOUT_IN_MILLISECONDS = 3000;

function basePostgresUrl(): string {
  return process.env.GATEHOUSE_TEST_POSTGRES_URL ?? 'postgres://postgres@127.0.0.1:5432/test';
}

/** Runs `work` on a short-lived connection to the base database (the one we create others from). */
async function withAdminClient<T>(work: (client: pg.Client) => Promise<T>, connectionTimeoutMillis = 10_000): Promise<T> {
  const client = new pg.Client({ connectionString: basePostgresUrl(), connectionTimeoutMillis });
  client.on('error', () => {});
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end().catch(() => {});
  }
}

export async function createTestDatabase(kind: TestDatabaseKind): Promise<TestDatabase> {
  if (kind === 'sqlite') {
    const directory = await mkdtemp(join(tmpdir(), 'gatehouse-test-'));
    return {
      name: 'sqlite',
      url: join(directory, 'gatehouse.sqlite'),
      drop: () => rm(directory, { recursive: true, force: true }),
    };
  }
  // Hex only, so the name needs no quoting rules beyond the double quotes below.
  const databaseName = `gatehouse_test_${randomBytes(8).toString('hex')}`;
  await withAdminClient((client) => client.query(`CREATE DATABASE "${databaseName}"`));
  const url = new URL(basePostgresUrl());
  url.pathname = `/${databaseName}`;
  return {
    name: 'postgres',
    url: url.toString(),
    // FORCE ends connections a test left open, so a failed test cannot leak its database.
    drop: () => withAdminClient((client) => client.query(`DROP DATABASE IF EXISTS "${databaseName}" WITH (FORCE)`)).then(() => {}),
  };
}

let postgresReachable: Promise<boolean> | undefined;
let skipNoticePrinted = false;

function checkPostgresReachable(): Promise<boolean> {
  postgresReachable ??= withAdminClient(async (client) => {
    await client.query('select 1');
    return true;
  }, REACHABILITY_TIMEOUT_IN_MILLISECONDS).catch(() => false);
  return postgresReachable;
}

/** SQLite always; PostgreSQL when its server answers within 3 s (checked once per process). */
export async function availableDatabaseKinds(): Promise<TestDatabaseKind[]> {
  if (await checkPostgresReachable()) return ['sqlite', 'postgres'];
  if (process.env.REQUIRE_POSTGRES === '1') {
    throw new Error(`REQUIRE_POSTGRES=1 but PostgreSQL is unreachable at ${redact(basePostgresUrl())}`);
  }
  if (!skipNoticePrinted) {
    skipNoticePrinted = true;
    process.stderr.write('postgres unreachable: PostgreSQL tests skipped (set REQUIRE_POSTGRES=1 to require them)\n');
  }
  return ['sqlite'];
}


/** The URL without its password, fit for an error message. */
function redact(url: string): string {
  try {
    const parsed = new URL(url);
    if (parsed.password) parsed.password = '***';
    return parsed.toString();
  } catch {
    return '(unparseable GATEHOUSE_TEST_POSTGRES_URL)';
  }
}
