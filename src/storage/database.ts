// Opens the database named by GATEHOUSE_DATABASE_URL: SQLite (a file path or sqlite:…) through
// better-sqlite3, or PostgreSQL (postgres://…) through pg. Both go through Kysely.
import { closeSync, mkdirSync, openSync } from 'node:fs';
import { dirname } from 'node:path';
import SqliteDatabase from 'better-sqlite3';
import { Kysely, PostgresDialect, SqliteDialect } from 'kysely';
import type { PoolClient } from 'pg';
import type { Database } from './schema.js';
import type { KeptReads } from './kept-answers.js';
import { keptUntilChange } from './kept-until-change.js';
import { keptUntilNotified, noteWriteFinished } from './kept-until-notified.js';

export type Dialect = 'sqlite' | 'postgres';

export type { KeptReads } from './kept-answers.js';

export interface OpenDatabase {
  db: Kysely<Database>;
  dialect: Dialect;
  /**
   * The hot-path reads (a session by token, a user by name, a key by id, a setting), kept until a
   * table they read changes. SQLite files: on a second, read-only connection (WAL lets it read
   * beside the writer, and it sees only committed data, never a transaction of the writer's in
   * progress). PostgreSQL: on the pool, kept while a connection of its own LISTENs for changes.
   */
  kept?: KeptReads;
  /** Closes the reading connection (SQLite) or the listening one (PostgreSQL). */
  closeReader?: () => void | Promise<void>;
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
    const options = {
      connectionString: url,
      connectionTimeoutMillis: 5000,
      // A database that stops answering (a network partition: no reset, no reply) would hold a
      // request forever; after 5 s the query fails and the request is answered 503.
      query_timeout: 5000,
      types: {
        // BIGINT times and counts come back as numbers (all our values fit in 2^53).
        getTypeParser: ((oid: number, format?: string) =>
          oid === INT8_OID || oid === NUMERIC_OID ? (value: string) => Number(value) : (pg.types.getTypeParser(oid, format as 'text') as (value: string) => unknown)) as typeof pg.types.getTypeParser,
      },
    };
    const pool = new pg.Pool({ ...options, max: 10 });
    // An idle client losing its connection must not crash the process; the next query reconnects.
    pool.on('error', () => {});
    const kept = keptUntilNotified(pool, () => new pg.Client({ ...options, keepAlive: true }));
    // Any statement but a SELECT marks its connection; when the connection goes back to the pool
    // (after the statement, or after COMMIT) the kept reads learn that this process wrote.
    const writing = new WeakSet<PoolClient>();
    pool.on('connect', (client) => {
      const query = client.query.bind(client) as (...args: unknown[]) => unknown;
      (client as { query: unknown }).query = (...args: unknown[]) => {
        const text = typeof args[0] === 'string' ? args[0] : (args[0] as { text?: unknown } | null)?.text;
        if (typeof text !== 'string' || !/^\s*select\b/i.test(text)) writing.add(client);
        return query(...args);
      };
    });
    pool.on('release', (_error, client) => {
      if (writing.delete(client)) noteWriteFinished();
    });
    return { db: new Kysely<Database>({ dialect: new PostgresDialect({ pool }) }), dialect: 'postgres', kept, closeReader: () => kept.close() };
  }
  const path = sqlitePathOf(url);
  if (path !== ':memory:') {
    // SPEC 2.11: private from the first byte. SQLite gives -wal and -shm the database file's mode.
    mkdirSync(dirname(path), { recursive: true, mode: 0o700 });
    closeSync(openSync(path, 'a', 0o600));
  }
  const database = new SqliteDatabase(path);
  database.pragma('journal_mode = WAL');
  database.pragma('busy_timeout = 5000');
  database.pragma('synchronous = NORMAL');
  database.pragma('foreign_keys = ON');
  // Every statement of this process's writer, counted as it runs (Kysely prepares and runs in one
  // synchronous step): the kept reads below look at the database again after any of them.
  const writer = { statements: 0 };
  const db = new Kysely<Database>({ dialect: new SqliteDialect({ database: withStatementCache(database, () => writer.statements++) }) });
  if (path === ':memory:') return { db, dialect: 'sqlite' };
  const readOnly = new SqliteDatabase(path, { readonly: true });
  readOnly.pragma('busy_timeout = 5000');
  const kept = keptUntilChange(readOnly, withStatementCache(readOnly), () => writer.statements);
  return { db, dialect: 'sqlite', kept, closeReader: () => void readOnly.close() };
}

/**
 * Kysely prepares every query anew; better-sqlite3 statements are reusable, so the same SQL text
 * (our queries are parameterized: a few dozen distinct texts) is parsed once. Bounded, to be safe.
 */
function withStatementCache(database: SqliteDatabase.Database, onPrepare?: () => void) {
  const cache = new Map<string, SqliteDatabase.Statement>();
  return {
    close: () => database.close(),
    prepare(sql: string) {
      onPrepare?.();
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
