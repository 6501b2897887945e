// Hot-path queries (a session by token, a user by name, a key by id) are compiled once and then
// run with new parameters: Kysely otherwise rebuilds and compiles the same SQL on every request.
// Their answers are also kept in memory until a table they read changes (database.ts).
import { type Compilable, type CompiledQuery, type Kysely, type QueryResult } from 'kysely';
import type { KeptReads } from './database.js';
import type { Database } from './schema.js';

/**
 * `build` is called once with placeholder values; the compiled SQL is then reused, each call
 * substituting `parameters` in the order the placeholders appear. `answer` turns the rows into
 * what the store returns. With `kept`, that answer is computed once, frozen and served until a
 * table it read changes: callers must treat it as read-only (copy to change).
 */
export function prepareQuery<Row, Answer>(
  db: Kysely<Database>,
  build: (db: Kysely<Database>) => Compilable<Row>,
  answer: (rows: readonly Row[]) => Answer,
  kept?: KeptReads,
): (...parameters: unknown[]) => Promise<Answer> {
  let compiled: CompiledQuery<Row> | undefined;
  let keptRead: ((parameters: readonly unknown[]) => Answer | Promise<Answer>) | undefined;
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

/**
 * A write compiled once and then run with new values. `build` is called once with `standIns`,
 * values that cannot occur in the query otherwise (see `standIn`); each compiled parameter equal to
 * a stand-in is replaced, at every run, by the value of the same name. `build` must not branch on
 * the values, and computes nothing from them (pass computed values as their own names).
 */
export function prepareWrite<Values extends Record<string, unknown>, Row = unknown>(
  db: Kysely<Database>,
  build: (values: Values) => Compilable<Row>,
  standIns: Values,
): (values: Values) => Promise<QueryResult<Row>> {
  let compiled: CompiledQuery<Row> | undefined;
  let slots: (keyof Values | null)[] = [];
  return async (values) => {
    if (!compiled) {
      compiled = build(standIns).compile();
      const names = Object.keys(standIns) as (keyof Values)[];
      slots = compiled.parameters.map((parameter) => names.find((name) => Object.is(standIns[name], parameter)) ?? null);
      for (const name of names) if (!slots.includes(name)) throw new TypeError(`${String(name)} is not a parameter of the prepared write`);
    }
    const parameters = compiled.parameters.map((parameter, i) => (slots[i] === null ? parameter : values[slots[i]!]));
    return db.executeQuery<Row>({ ...compiled, parameters });
  };
}

let standIns = 0;

/** A stand-in value for `prepareWrite`: a string or number that no query holds otherwise. */
export function standIn(kind: 'text'): string;
export function standIn(kind: 'number'): number;
export function standIn(kind: 'text' | 'number'): string | number {
  standIns++;
  // Numbers: negative fractions, which no count, time or limit of ours can be.
  return kind === 'text' ? `\u0000stand-in ${standIns}` : -(standIns + 0.5);
}
