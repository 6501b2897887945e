// The answers of kept reads (database.ts), grouped by the tables each read depends on, so a change
// to one table drops only the answers that read it: the once-a-minute last-use write of an API key
// drops the keys' answers, not every session's.

/**
 * Reads whose answers are kept in memory until a table they read changes (SQLite:
 * kept-until-change.ts; PostgreSQL: kept-until-notified.ts; opened in database.ts).
 */
export interface KeptReads {
  /** A read of `sql`; `answer` turns its rows into the value kept (frozen) and returned. */
  prepare<Answer>(sql: string, answer: (rows: readonly unknown[]) => Answer): (parameters: readonly unknown[]) => Answer | Promise<Answer>;
  /** Counts of reads answered from memory and of reads that ran a query (tests, benchmarks). */
  readonly statistics: KeptReadStatistics;
  /** PostgreSQL: whether changes are heard (only then are answers kept). */
  readonly listening?: boolean;
  /** PostgreSQL: the backend process of the listening connection, while it listens. */
  readonly listenerProcessId?: number | null;
}

/** Answers kept at most: past this, all are dropped (a spray of unknown tokens cannot grow memory). */
export const KEPT_ANSWERS = 4096;

/** One prepared read's answers, by parameters. */
export interface KeptRead {
  /** The tables its SQL reads, or null when they could not be told (then any change drops it). */
  readonly tables: readonly string[] | null;
  readonly answers: Map<string, unknown>;
  /** Whether every table it reads reports its changes; if not, any change drops it. */
  tracked: boolean;
  /** Moves whenever its answers are dropped: a read that saw it move must not keep its answer. */
  generation: number;
}

export interface KeptReadStatistics {
  /** Reads answered from memory. */
  hits: number;
  /** Reads that ran a query (not kept yet, not keepable, or dropped meanwhile). */
  readsThrough: number;
}

/**
 * The tables a query reads: every name after FROM or JOIN (quoted or not, subqueries included).
 * A FROM list with a comma is not parsed: null, and such a read is dropped on any change.
 */
export function tablesReadBy(sql: string): string[] | null {
  if (/\bfrom\s+"?\w+"?(?:\s+(?:as\s+)?"?\w+"?)?\s*,/i.test(sql)) return null;
  const tables = new Set<string>();
  for (const match of sql.matchAll(/\b(?:from|join)\s+"?(\w+)"?/gi)) tables.add(match[1]!);
  return tables.size > 0 ? [...tables] : null;
}

export class KeptAnswers {
  readonly statistics: KeptReadStatistics = { hits: 0, readsThrough: 0 };
  private readonly reads: KeptRead[] = [];
  private tracked: ReadonlySet<string> = new Set();
  private count = 0;

  register(sql: string): KeptRead {
    const read: KeptRead = { tables: tablesReadBy(sql), answers: new Map(), tracked: false, generation: 0 };
    read.tracked = this.isTracked(read);
    this.reads.push(read);
    return read;
  }

  /** The tables whose every change is reported (the others' reads drop on any change). */
  setTracked(tables: ReadonlySet<string>): void {
    this.tracked = tables;
    for (const read of this.reads) read.tracked = this.isTracked(read);
  }

  keep(read: KeptRead, key: string, answer: unknown): void {
    if (this.count >= KEPT_ANSWERS) this.forgetAll();
    read.answers.set(key, answer);
    this.count++;
  }

  forgetAll(): void {
    for (const read of this.reads) this.forget(read);
    this.count = 0;
  }

  /** Drops the answers that read any of `tables`, and those whose tables are not all tracked. */
  forgetChanged(tables: ReadonlySet<string>): void {
    for (const read of this.reads) {
      if (!read.tracked || read.tables!.some((table) => tables.has(table))) {
        this.count -= read.answers.size;
        this.forget(read);
      }
    }
  }

  private forget(read: KeptRead): void {
    read.answers.clear();
    read.generation++;
  }

  private isTracked(read: KeptRead): boolean {
    return read.tables !== null && read.tables.every((table) => this.tracked.has(table));
  }
}

/** The key of an answer: the parameter itself when it is one string (the hot reads), else JSON. */
export function keyOf(parameters: readonly unknown[]): string {
  return parameters.length === 1 && typeof parameters[0] === 'string' ? parameters[0] : `\u0000${JSON.stringify(parameters)}`;
}

/** Freezes an answer and every object in it: a kept answer is shared by every caller. */
export function deepFreeze<T>(value: T): T {
  if (typeof value === 'object' && value !== null && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const inner of Object.values(value)) deepFreeze(inner);
  }
  return value;
}
