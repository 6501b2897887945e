// Opens the database named by GATEHOUSE_DATABASE_URL: SQLite (a file path or sqlite:…) through
// better-sqlite3, or PostgreSQL (postgres://…) through pg. Both go through Kysely.
import { closeSync, mkdirSync, openSync } from 'node:fs';
import { dirname } from 'node:path';
import SqliteDatabase from 'better-sqlite3';
import { Kysely, PostgresDialect, SqliteDialect } from 'kysely';
import type { Database } from './schema.js';

export type Dialect = 'sqlite' | 'postgres';

/** Reads on their own connection, synchronously, whose answers are kept until the database changes. */
export interface KeptReads {
  /** A read of `sql`; `answer` turns its rows into the value kept (frozen) and returned. */
  prepare<Answer>(sql: string, answer: (rows: readonly unknown[]) => Answer): (parameters: readonly unknown[]) => Answer;
}

export interface OpenDatabase {
  db: Kysely<Database>;
  dialect: Dialect;
  /**
   * SQLite files only: a second, read-only connection for the hot-path reads (a session by token,
   * a user by name, a key by id). WAL lets it read beside the writer, and it sees only committed
   * data, never a transaction of the writer's in progress. Its answers are kept until the database
   * changes (see `keptUntilChange`).
   */
  kept?: KeptReads;
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
  return { db, dialect: 'sqlite', kept: keptUntilChange(readOnly, () => writer.statements), closeReader: () => readOnly.close() };
}

/** Answers kept at most: past this, all are dropped (a spray of unknown tokens cannot grow memory). */
const KEPT_ANSWERS = 4096;

/**
 * Reads on the read-only connection whose answers are kept until the database changes, so a
 * signed-in request costs no query: the session and its user, a key and its owner, a user by name
 * come from memory while nothing was written.
 *
 * Whether anything was written: SQLite's `PRAGMA data_version` on a connection changes whenever any
 * other connection commits — this process's writer, or another process on the same file (the CLI,
 * a second instance). Reading it starts a read transaction (a few µs of file locks), so it is read
 * once per turn of the event loop's I/O phase, and again as soon as this process's writer has run a
 * statement. Writes made here are therefore seen by the very next read (a disabled user, an ended
 * session or a revoked key stops at once); a commit by another process is seen by every request
 * that arrives after it, at the latest from the next turn of the loop.
 */
function keptUntilChange(readOnly: SqliteDatabase.Database, writerStatements: () => number): KeptReads {
  const reads = withStatementCache(readOnly);
  const dataVersion = readOnly.prepare('PRAGMA data_version').pluck();
  let keptAt: unknown = null;
  /** writerStatements() when data_version was last read in this turn, or -1 before any. */
  let checkedAfter = -1;
  const forgetCheck = () => {
    checkedAfter = -1;
  };
  /** One map of answers per prepared read; all are emptied together. */
  const answerMaps: Map<string, unknown>[] = [];
  let count = 0;
  const forgetAll = () => {
    for (const answers of answerMaps) answers.clear();
    count = 0;
  };
  const checkForChanges = () => {
    if (checkedAfter === writerStatements()) return;
    // Read before the query: a commit landing after this check changes the version, so the answer
    // kept below is dropped at the next check rather than served on.
    const version = dataVersion.get();
    if (version !== keptAt) {
      forgetAll();
      keptAt = version;
    }
    if (checkedAfter === -1) setImmediate(forgetCheck);
    checkedAfter = writerStatements();
  };
  return {
    prepare<Answer>(sql: string, answer: (rows: readonly unknown[]) => Answer) {
      const answers = new Map<string, Answer>();
      answerMaps.push(answers);
      return (parameters: readonly unknown[]): Answer => {
        checkForChanges();
        if (count >= KEPT_ANSWERS) forgetAll();
        const key = parameters.length === 1 && typeof parameters[0] === 'string' ? parameters[0] : `\u0000${JSON.stringify(parameters)}`;
        let found = answers.get(key);
        if (found === undefined && !answers.has(key)) {
          found = deepFreeze(answer(reads.prepare(sql).all(parameters)));
          answers.set(key, found);
          count++;
        }
        return found as Answer;
      };
    },
  };
}

/** Freezes an answer and every object in it: a kept answer is shared by every caller. */
function deepFreeze<T>(value: T): T {
  if (typeof value === 'object' && value !== null && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const inner of Object.values(value)) deepFreeze(inner);
  }
  return value;
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
