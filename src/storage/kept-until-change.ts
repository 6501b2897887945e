// SQLite's kept reads: answers kept in memory until a table they read changes.
import type SqliteDatabase from 'better-sqlite3';
import { TABLE_CHANGES_SQL } from './change-tracking.js';
import { deepFreeze, KeptAnswers, type KeptReads, keyOf } from './kept-answers.js';

interface SqliteReads {
  prepare(sql: string): SqliteDatabase.Statement;
}

/**
 * Reads on the read-only connection whose answers are kept until a table they read changes, so a
 * signed-in request costs no query: the session and its user, a key and its owner, a user by name
 * come from memory while nothing they read was written.
 *
 * Whether anything was written: SQLite's `PRAGMA data_version` on a connection changes whenever any
 * other connection commits — this process's writer, or another process on the same file (the CLI,
 * a second instance). Reading it starts a read transaction (a few µs of file locks), so it is read
 * once per turn of the event loop's I/O phase, and again as soon as this process's writer has run a
 * statement. Writes made here are therefore seen by the very next read (a disabled user, an ended
 * session or a revoked key stops at once); a commit by another process is seen by every request
 * that arrives after it, at the latest from the next turn of the loop.
 *
 * What was written: only when the version moved, the per-table counts of `table_changes` (kept by
 * triggers in the writing transaction, change-tracking.ts) say which tables changed, and only the
 * answers that read them are dropped. Reads of a table not counted there drop on any change.
 */
export function keptUntilChange(readOnly: SqliteDatabase.Database, reads: SqliteReads, writerStatements: () => number): KeptReads {
  const dataVersion = readOnly.prepare('PRAGMA data_version').pluck();
  const kept = new KeptAnswers();
  let keptAt: unknown = null;
  let versions = new Map<string, number>();
  /** writerStatements() when data_version was last read in this turn, or -1 before any. */
  let checkedAfter = -1;
  const forgetCheck = () => {
    checkedAfter = -1;
  };
  const changedTables = (): Set<string> | null => {
    let rows: { table_name: string; version: number }[];
    try {
      rows = reads.prepare(TABLE_CHANGES_SQL).all() as typeof rows;
    } catch {
      return null; // No such table yet (a database not migrated so far): nothing is tracked.
    }
    const now = new Map(rows.map((row) => [row.table_name, row.version]));
    if (now.size !== versions.size) kept.setTracked(new Set(now.keys()));
    const changed = new Set<string>();
    for (const [table, version] of now) if (versions.get(table) !== version) changed.add(table);
    versions = now;
    return changed;
  };
  const checkForChanges = () => {
    if (checkedAfter === writerStatements()) return;
    // Read before the query: a commit landing after this check changes the version, so the answer
    // kept below is dropped at the next check rather than served on.
    const version = dataVersion.get();
    if (version !== keptAt) {
      keptAt = version;
      const changed = changedTables();
      if (changed === null) kept.forgetAll();
      else kept.forgetChanged(changed);
    }
    if (checkedAfter === -1) setImmediate(forgetCheck);
    checkedAfter = writerStatements();
  };
  return {
    statistics: kept.statistics,
    prepare<Answer>(sql: string, answer: (rows: readonly unknown[]) => Answer) {
      const read = kept.register(sql);
      return (parameters: readonly unknown[]): Answer => {
        checkForChanges();
        const key = keyOf(parameters);
        let found = read.answers.get(key);
        if (found === undefined && !read.answers.has(key)) {
          kept.statistics.readsThrough++;
          found = deepFreeze(answer(reads.prepare(sql).all(parameters)));
          kept.keep(read, key, found);
        } else {
          kept.statistics.hits++;
        }
        return found as Answer;
      };
    },
  };
}
