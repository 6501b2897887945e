// Opens the database named by GATEHOUSE_DATABASE_URL: SQLite (a file path or sqlite:…) through
// better-sqlite3, or PostgreSQL (postgres://…) through pg. Both go through Kysely.
import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import SqliteDatabase from 'better-sqlite3';
import { Kysely, PostgresDialect, SqliteDialect } from 'kysely';
import type { Database } from './schema.js';

export type Dialect = 'sqlite' | 'postgres';

/** Runs a read on its own connection, synchronously, and answers its rows. */
export type FastReader = (sql: string, parameters: readonly unknown[]) => unknown[];

export interface OpenDatabase {
  db: Kysely<Database>;
  dialect: Dialect;
  /**
   * SQLite files only: a second, read-only connection for the hot-path reads (a session by token,
   * a user by name, a key by id). WAL lets it read beside the writer, and it sees only committed
   * data, never a transaction of the writer's in progress.
   */
  reader?: FastReader;
  closeReader?: () => void;
}

export function dialectOf(url: string): Dialect {
  return /^postgres(ql)?:\/\//.test(url) ? 'postgres' : 'sqlite';
}

export function sqlitePathOf(url: string): string {
  return url.replace(/^sqlite:(\/\/)?/, '');
}

const INT8_OID = 20;
const NUMERIC_OID = 1700;

export async function openDatabase(url: string): Promise<OpenDatabase> {
  if (dialectOf(url) === 'postgres') {
    // pg is loaded only for PostgreSQL: a SQLite appliance never pays for it.
    const { default: pg } = await import('pg');
    const pool = new pg.Pool({
      connectionString: url,
      max: 10,
      connectionTimeoutMillis: 5000,
      // A database that stops answering (a network partition: no reset, no reply) would hold a
      // request forever; after 5 s the query fails and the request is answered 503.
      query_timeout: 5000,
      types: {
        // BIGINT times and counts come back as numbers (all our values fit in 2^53).
        getTypeParser: ((oid: number, format?: string) =>
          oid === INT8_OID || oid === NUMERIC_OID ? (value: string) => Number(value) : (pg.types.getTypeParser(oid, format as 'text') as (value: string) => unknown)) as typeof pg.types.getTypeParser,
      },
    });
    // An idle client losing its connection must not crash the process; the next query reconnects.
    pool.on('error', () => {});
    return { db: new Kysely<Database>({ dialect: new PostgresDialect({ pool }) }), dialect: 'postgres' };
  }
  const path = sqlitePathOf(url);
  if (path !== ':memory:') mkdirSync(dirname(path), { recursive: true });
  const database = new SqliteDatabase(path);
  database.pragma('journal_mode = WAL');
  database.pragma('busy_timeout = 5000');
  database.pragma('synchronous = NORMAL');
  database.pragma('foreign_keys = ON');
  const db = new Kysely<Database>({ dialect: new SqliteDialect({ database: withStatementCache(database) }) });
  if (path === ':memory:') return { db, dialect: 'sqlite' };
  const readOnly = new SqliteDatabase(path, { readonly: true });
  readOnly.pragma('busy_timeout = 5000');
  const reads = withStatementCache(readOnly);
  return { db, dialect: 'sqlite', reader: (sql, parameters) => reads.prepare(sql).all(parameters), closeReader: () => readOnly.close() };
}

/**
 * Kysely prepares every query anew; better-sqlite3 statements are reusable, so the same SQL text
 * (our queries are parameterized: a few dozen distinct texts) is parsed once. Bounded, to be safe.
 */
function withStatementCache(database: SqliteDatabase.Database) {
  const cache = new Map<string, SqliteDatabase.Statement>();
  return {
    close: () => database.close(),
    prepare(sql: string) {
      let statement = cache.get(sql);
      if (!statement) {
        if (cache.size >= 500) cache.clear();
        statement = database.prepare(sql);
        cache.set(sql, statement);
      }
      return statement;
    },
  };
}
