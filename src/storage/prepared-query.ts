// Hot-path queries (a session by token, a user by name, a key by id) are compiled once and then
// run with new parameters: Kysely otherwise rebuilds and compiles the same SQL on every request.
// On SQLite their answers are also kept in memory until the database changes (database.ts).
import { type Compilable, type CompiledQuery, type Kysely } from 'kysely';
import type { KeptReads } from './database.js';
import type { Database } from './schema.js';

/**
 * `build` is called once with placeholder values; the compiled SQL is then reused, each call
 * substituting `parameters` in the order the placeholders appear. `answer` turns the rows into
 * what the store returns. With `kept` (SQLite), that answer is computed once, frozen and served
 * until the database changes: callers must treat it as read-only (copy to change).
 */
export function prepareQuery<Row, Answer>(
  db: Kysely<Database>,
  build: (db: Kysely<Database>) => Compilable<Row>,
  answer: (rows: readonly Row[]) => Answer,
  kept?: KeptReads,
): (...parameters: unknown[]) => Promise<Answer> {
  let compiled: CompiledQuery<Row> | undefined;
  let keptRead: ((parameters: readonly unknown[]) => Answer) | undefined;
  return async (...parameters) => {
    compiled ??= build(db).compile();
    if (parameters.length !== compiled.parameters.length) throw new TypeError(`expected ${compiled.parameters.length} parameters`);
    if (kept) {
      keptRead ??= kept.prepare(compiled.sql, answer as (rows: readonly unknown[]) => Answer);
      return keptRead(parameters);
    }
    const result = await db.executeQuery<Row>({ ...compiled, parameters });
    return answer(result.rows);
  };
}
