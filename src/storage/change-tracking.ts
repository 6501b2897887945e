// Which tables changed, told by the database itself (triggers), so the kept reads (database.ts) drop
// only the answers that read them, whoever wrote: this process, another instance, the CLI.
//   SQLite: each insert, update or delete of a row counts one in `table_changes` (same transaction).
//   PostgreSQL: each such statement sends `pg_notify('gatehouse_changes', <table>)` in the writing
//   transaction: delivered to every listening instance when it commits, never if it rolls back.
// A table is tracked by one line in a migration: `await trackChanges(db, dialect, 'table')`.
import { type Kysely, sql } from 'kysely';

/** database.ts's Dialect (not imported: database.ts depends on this file). */
type Dialect = 'sqlite' | 'postgres';

export const CHANGES_CHANNEL = 'gatehouse_changes';
/** The name of the PostgreSQL trigger on each tracked table (the listener finds them by it). */
export const NOTIFY_TRIGGER = 'gatehouse_notify_change';

/** SQLite: the tracked tables and their change counts. */
export const TABLE_CHANGES_SQL = 'SELECT table_name, version FROM table_changes';
/** PostgreSQL: the tables that notify their changes. */
export const NOTIFYING_TABLES_SQL = `SELECT DISTINCT c.relname AS table_name FROM pg_trigger t JOIN pg_class c ON c.oid = t.tgrelid WHERE t.tgname = '${NOTIFY_TRIGGER}' AND c.relnamespace = current_schema()::regnamespace`;

/** The first migration that tracks tables calls this once, before `trackChanges`. */
export async function prepareChangeTracking(db: Kysely<unknown>, dialect: Dialect): Promise<void> {
  if (dialect === 'sqlite') {
    await sql`CREATE TABLE table_changes (table_name TEXT PRIMARY KEY, version INTEGER NOT NULL) WITHOUT ROWID`.execute(db);
    return;
  }
  await sql
    .raw(
      `CREATE OR REPLACE FUNCTION ${NOTIFY_TRIGGER}() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  PERFORM pg_notify('${CHANGES_CHANNEL}', TG_TABLE_NAME);
  RETURN NULL;
END $$`,
    )
    .execute(db);
}

/** Makes every change to `table` known to the kept reads of every instance. */
export async function trackChanges(db: Kysely<unknown>, dialect: Dialect, table: string): Promise<void> {
  if (!/^[a-z_]+$/.test(table)) throw new TypeError(`not a table name: ${table}`);
  if (dialect === 'sqlite') {
    await sql`INSERT INTO table_changes (table_name, version) VALUES (${table}, 0)`.execute(db);
    for (const event of ['insert', 'update', 'delete']) {
      await sql.raw(`CREATE TRIGGER ${table}_${event}_counted AFTER ${event.toUpperCase()} ON ${table} BEGIN UPDATE table_changes SET version = version + 1 WHERE table_name = '${table}'; END`).execute(db);
    }
    return;
  }
  // Per row, so a statement that changes nothing (an expiry sweep with nothing due) says nothing;
  // PostgreSQL sends one notification per table per transaction however many rows changed.
  await sql.raw(`CREATE TRIGGER ${NOTIFY_TRIGGER} AFTER INSERT OR UPDATE OR DELETE ON ${table} FOR EACH ROW EXECUTE FUNCTION ${NOTIFY_TRIGGER}()`).execute(db);
  await sql.raw(`CREATE TRIGGER ${NOTIFY_TRIGGER}_truncate AFTER TRUNCATE ON ${table} FOR EACH STATEMENT EXECUTE FUNCTION ${NOTIFY_TRIGGER}()`).execute(db);
}
