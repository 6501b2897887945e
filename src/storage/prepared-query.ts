// Hot-path queries (a session by token, a user by name, a key by id) are compiled once and then
// run with new parameters: Kysely otherwise rebuilds and compiles the same SQL on every request.
import { type Compilable, type CompiledQuery, type Kysely } from 'kysely';
import type { FastReader } from './database.js';
import type { Database } from './schema.js';

/**
 * `build` is called once with placeholder values; the compiled SQL is then reused, each call
 * substituting `parameters` in the order the placeholders appear.
 */
export function prepareQuery<Row>(db: Kysely<Database>, build: (db: Kysely<Database>) => Compilable<Row>, reader?: FastReader) {
  let compiled: CompiledQuery<Row> | undefined;
  return async (...parameters: unknown[]): Promise<Row[]> => {
    compiled ??= build(db).compile();
    if (parameters.length !== compiled.parameters.length) throw new TypeError(`expected ${compiled.parameters.length} parameters`);
    if (reader) return reader(compiled.sql, parameters) as Row[];
    const result = await db.executeQuery<Row>({ ...compiled, parameters });
    return result.rows;
  };
}
