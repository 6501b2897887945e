// Everything a test database holds, as bytes, for scans that prove a secret is not stored: the
// SQLite files (the WAL included), or every row of every PostgreSQL table as JSON.
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import pg from 'pg';
import type { TestApp } from './test-app.js';

export async function dumpDatabase(t: TestApp): Promise<Buffer> {
  if (t.database.name === 'sqlite') {
    const directory = dirname(t.database.url);
    return Buffer.concat(readdirSync(directory).map((name) => readFileSync(join(directory, name))));
  }
  const client = new pg.Client({ connectionString: t.database.url });
  await client.connect();
  try {
    const tables = await client.query<{ tablename: string }>("select tablename from pg_tables where schemaname = 'public'");
    const parts: string[] = [];
    for (const { tablename } of tables.rows) {
      const rows = await client.query<{ row: string }>(`select row_to_json(t)::text as row from "${tablename}" t`);
      parts.push(...rows.rows.map((r) => r.row));
    }
    return Buffer.from(parts.join('\n'));
  } finally {
    await client.end();
  }
}
