// Reads rows straight out of a Gatehouse database with plain SQL, beside the server (which may be
// dead): for tests that check what a crash left behind. The SQL must be valid in both dialects;
// parameters are written `?` and become `$1, $2, …` on PostgreSQL.
import SqliteDatabase from 'better-sqlite3';
import pg from 'pg';
import { dialectOf, sqlitePathOf } from '../../src/storage/database.js';

export type Row = Record<string, unknown>;

export async function selectRows(databaseUrl: string, query: string, parameters: unknown[] = []): Promise<Row[]> {
  if (dialectOf(databaseUrl) === 'sqlite') {
    // A connection of our own: opening it also replays the WAL a killed process left behind.
    const database = new SqliteDatabase(sqlitePathOf(databaseUrl));
    try {
      return database.prepare(query).all(...parameters) as Row[];
    } finally {
      database.close();
    }
  }
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    let index = 0;
    const numbered = query.replace(/\?/g, () => `$${++index}`);
    return (await client.query(numbered, parameters)).rows as Row[];
  } finally {
    await client.end();
  }
}

/** The single number a `select count(*) as n …` answers. */
export async function countRows(databaseUrl: string, query: string, parameters: unknown[] = []): Promise<number> {
  const [row] = await selectRows(databaseUrl, query, parameters);
  return Number(row?.n ?? Number.NaN);
}
