// PostgreSQL's kept reads: answers kept in memory until PostgreSQL notifies a change to a table they
// read. A change made by this process is seen by its very next read; one committed by another
// instance as soon as its notification arrives here (docs/operations.md, "Several instances").
import type pg from 'pg';
import { CHANGES_CHANNEL, NOTIFYING_TABLES_SQL } from './change-tracking.js';
import { deepFreeze, KeptAnswers, type KeptReads, keyOf } from './kept-answers.js';

const FIRST_RETRY_IN_MILLISECONDS = 100;
const LAST_RETRY_IN_MILLISECONDS = 5000;
/** How often the listening connection is checked; a silently dead one stops the keeping. */
const HEARTBEAT_IN_MILLISECONDS = 5000;

export interface ListeningState {
  /** True while changes are heard: only then are answers kept. */
  readonly listening: boolean;
  /** The PostgreSQL backend of the listening connection (for operators and tests). */
  readonly listenerProcessId: number | null;
}

/**
 * Writes finished by this process, through any of its pools: every store opened here (two app
 * instances in one test process, say) hears them before its next kept read.
 */
let writes = 0;

/** Called when a pool connection that ran anything but a SELECT goes back to its pool (database.ts). */
export function noteWriteFinished(): void {
  writes++;
}

/**
 * Each tracked table notifies its changes in the writing transaction (change-tracking.ts), so the
 * notification leaves PostgreSQL when the change commits, before the writer even hears that its
 * COMMIT succeeded. One connection of this instance LISTENs; a notification drops the answers that
 * read the table. Answers are kept only while that connection listens: at start-up, while it is
 * down and until it listens again (retried with backoff up to 5 s), every read goes to the
 * database, and everything kept before is dropped (a change may have gone unheard).
 *
 * A read that was under way when a change to its tables was heard (or when the connection went
 * down) answers its caller but is not kept: its rows may be from before the change. The listener
 * starts with the first kept read, so a process that never reads this way (the CLI) never listens.
 */
export function keptUntilNotified(pool: pg.Pool, connect: () => pg.Client): KeptReads & ListeningState & { close(): Promise<void> } {
  const kept = new KeptAnswers();
  let listener: pg.Client | null = null;
  let listening = false;
  let started = false;
  let closed = false;
  let retryInMilliseconds = FIRST_RETRY_IN_MILLISECONDS;
  let retry: NodeJS.Timeout | undefined;
  let heartbeat: NodeJS.Timeout | undefined;
  /** How many of this process's finished writes the listener is known to have caught up with. */
  let caughtUpWith = 0;
  let catchingUp: { writes: number; done: Promise<void> } | null = null;

  /**
   * A round trip on the listening connection: PostgreSQL delivers every notification of a
   * transaction committed before the query arrived ahead of its answer, so once it answers, every
   * change this process finished has been heard.
   */
  const catchUp = (): Promise<void> => {
    if (catchingUp && catchingUp.writes >= writes) return catchingUp.done;
    const client = listener!;
    const target = writes;
    const done = client.query('SELECT 1').then(
      () => {
        caughtUpWith = Math.max(caughtUpWith, target);
      },
      () => lose(client),
    );
    const attempt = { writes: target, done };
    catchingUp = attempt;
    void done.finally(() => {
      if (catchingUp === attempt) catchingUp = null;
    });
    return done;
  };

  const lose = (client: pg.Client) => {
    if (client !== listener) return;
    listener = null;
    listening = false;
    kept.forgetAll();
    clearInterval(heartbeat);
    client.end().catch(() => {});
    if (closed) return;
    retry = setTimeout(() => void listen(), retryInMilliseconds);
    retry.unref();
    retryInMilliseconds = Math.min(retryInMilliseconds * 2, LAST_RETRY_IN_MILLISECONDS);
  };

  async function listen(): Promise<void> {
    const client = connect();
    listener = client;
    client.on('error', () => lose(client));
    client.on('end', () => lose(client));
    client.on('notification', (message) => {
      if (message.channel === CHANGES_CHANNEL && message.payload) kept.forgetChanged(new Set([message.payload]));
    });
    try {
      await client.connect();
      await client.query(`LISTEN ${CHANGES_CHANNEL}`);
      const { rows } = await client.query<{ table_name: string }>(NOTIFYING_TABLES_SQL);
      if (client !== listener) return;
      kept.setTracked(new Set(rows.map((row) => row.table_name)));
      // Anything kept before went unheard for a while; from here on every change is heard.
      kept.forgetAll();
      listening = true;
      retryInMilliseconds = FIRST_RETRY_IN_MILLISECONDS;
      heartbeat = setInterval(() => {
        client.query('SELECT 1').catch(() => lose(client));
      }, HEARTBEAT_IN_MILLISECONDS);
      heartbeat.unref();
    } catch {
      lose(client);
    }
  }

  return {
    statistics: kept.statistics,
    get listening() {
      return listening;
    },
    get listenerProcessId() {
      return listening ? ((listener as unknown as { processID?: number } | null)?.processID ?? null) : null;
    },
    prepare<Answer>(sql: string, answer: (rows: readonly unknown[]) => Answer) {
      const read = kept.register(sql);
      if (!started && !closed) {
        started = true;
        void listen();
      }
      const query = async (parameters: readonly unknown[]) => (await pool.query(sql, parameters as unknown[])).rows as unknown[];
      /** `writtenBefore`: this process's writes finished before the read arrived. */
      const keptRead = (parameters: readonly unknown[], writtenBefore = writes): Answer | Promise<Answer> => {
        kept.statistics.readsThrough++;
        if (!listening || !read.tracked) {
          return query(parameters).then(answer);
        }
        // This process wrote since the listener last caught up: hear that first, so a change made
        // here is seen by the very next read, as on SQLite. (Writes finished after the read
        // arrived are not waited for: under a stream of writes a read would wait for ever.)
        if (caughtUpWith < writtenBefore) {
          kept.statistics.readsThrough--;
          return catchUp().then(() => keptRead(parameters, Math.min(writtenBefore, caughtUpWith)));
        }
        const key = keyOf(parameters);
        const found = read.answers.get(key);
        if (found !== undefined || read.answers.has(key)) {
          kept.statistics.readsThrough--;
          kept.statistics.hits++;
          return found as Answer;
        }
        const generation = read.generation;
        return query(parameters).then((rows) => {
          const value = deepFreeze(answer(rows));
          // Kept only if no change to its tables was heard, and none could have been missed, meanwhile.
          if (listening && read.generation === generation) kept.keep(read, key, value);
          return value;
        });
      };
      return (parameters: readonly unknown[]) => keptRead(parameters);
    },
    async close() {
      closed = true;
      clearTimeout(retry);
      clearInterval(heartbeat);
      const client = listener;
      listener = null;
      listening = false;
      await client?.end().catch(() => {});
    },
  };
}
