// PostgreSQL's kept reads with the database replaced by fakes, to pin down the orderings a real
// server makes hard to hit: a read under way when a change to its table is heard answers but is
// not kept; nothing is kept before the listener listens or after it is lost; a change this process
// finished is heard (a round trip on the listening connection) before the next read is answered.
import assert from 'node:assert/strict';
import { EventEmitter } from 'node:events';
import { test } from 'node:test';
import { setImmediate as nextTurn } from 'node:timers/promises';
import type pg from 'pg';
import { CHANGES_CHANNEL } from './change-tracking.js';
import { keptUntilNotified, noteWriteFinished } from './kept-until-notified.js';

const SQL = 'select "value" from "settings" where "key" = $1';

/** A listening connection whose answers the test releases. */
class FakeListener extends EventEmitter {
  processID = 4242;
  readonly queries: string[] = [];
  readonly pending: (() => void)[] = [];
  private acceptConnection = () => {};
  private readonly accepted = new Promise<void>((resolve) => (this.acceptConnection = resolve));
  /** Lets the connection (and so the LISTEN) succeed. */
  accept() {
    this.acceptConnection();
  }
  connect = () => this.accepted;
  end = async () => {
    this.emit('end');
  };
  query = (text: string) => {
    this.queries.push(text);
    if (text.startsWith('SELECT DISTINCT c.relname')) return Promise.resolve({ rows: [{ table_name: 'settings' }] });
    if (text === 'SELECT 1') return new Promise<void>((resolve) => this.pending.push(resolve)).then(() => ({ rows: [] }));
    return Promise.resolve({ rows: [] });
  };
  notify(table: string) {
    this.emit('notification', { channel: CHANGES_CHANNEL, payload: table });
  }
}

/** A pool whose reads the test answers one by one. */
function fakePool() {
  const waiting: ((rows: unknown[]) => void)[] = [];
  let value = 'first';
  const pool = { query: () => new Promise((resolve) => waiting.push((rows) => resolve({ rows }))) } as unknown as pg.Pool;
  return {
    pool,
    set: (next: string) => (value = next),
    /** Answers the oldest read under way with the current value. */
    answer: async () => {
      while (waiting.length === 0) await nextTurn();
      waiting.shift()!([{ value }]);
      await nextTurn();
    },
    get waiting() {
      return waiting.length;
    },
  };
}

async function setUp(options: { listening: boolean } = { listening: true }) {
  const database = fakePool();
  const listener = new FakeListener();
  if (options.listening) listener.accept();
  const kept = keptUntilNotified(database.pool, () => listener as unknown as pg.Client);
  const read = kept.prepare(SQL, ([row]) => (row as { value: string } | undefined)?.value ?? null);
  return { database, listener, kept, read: (key: string) => Promise.resolve(read([key])) };
}

test('before the listener listens, reads go to the database and nothing is kept; then they are kept', async () => {
  const { database, listener, kept, read } = await setUp({ listening: false });
  for (let i = 0; i < 2; i++) {
    const reading = read('policy');
    await nextTurn();
    assert.equal(database.waiting, 1, `read ${i + 1} goes to the database`);
    await database.answer();
    assert.equal(await reading, 'first');
  }
  listener.accept();
  while (!kept.listening) await nextTurn();
  const first = read('policy');
  await database.answer();
  await first;
  assert.equal(await read('policy'), 'first');
  assert.equal(database.waiting, 0, 'kept');
  await kept.close();
});

test('a read under way when a change to its table is heard answers, but is not kept', async () => {
  const { database, listener, kept, read } = await setUp();
  while (!kept.listening) await nextTurn();
  const underWay = read('policy');
  await nextTurn();
  listener.notify('settings'); // committed while the read was under way: its rows may be older
  database.set('second');
  await database.answer();
  assert.equal(await underWay, 'second');
  const again = read('policy');
  await nextTurn();
  assert.equal(database.waiting, 1, 'not kept: read again');
  await database.answer();
  await again;
  assert.equal(await read('policy'), 'second', 'kept now');
  assert.equal(database.waiting, 0);
  await kept.close();
});

test('a change to another table keeps the answer; a change to its own drops it', async () => {
  const { database, listener, kept, read } = await setUp();
  while (!kept.listening) await nextTurn();
  const first = read('policy');
  await database.answer();
  await first;
  listener.notify('api_keys');
  assert.equal(await read('policy'), 'first');
  assert.equal(database.waiting, 0, 'kept');
  listener.notify('settings');
  database.set('second');
  const after = read('policy');
  await database.answer();
  assert.equal(await after, 'second');
  await kept.close();
});

test('the listener lost: what was kept is dropped and reads go to the database', async () => {
  const { database, listener, kept, read } = await setUp();
  while (!kept.listening) await nextTurn();
  const first = read('policy');
  await database.answer();
  await first;
  const underWay = read('other');
  await nextTurn();
  listener.emit('error', new Error('terminating connection due to administrator command'));
  assert.equal(kept.listening, false);
  database.set('second');
  const during = read('policy');
  await database.answer();
  await database.answer();
  assert.equal(await during, 'second', 'read through, not the kept answer');
  await underWay;
  await kept.close();
});

test("a write finished by this process is heard before the next read is answered from memory", async () => {
  const { database, listener, kept, read } = await setUp();
  while (!kept.listening) await nextTurn();
  const first = read('policy');
  await database.answer();
  await first;
  noteWriteFinished();
  let answered = false;
  const next = read('policy').then((value) => {
    answered = true;
    return value;
  });
  await nextTurn();
  assert.equal(answered, false, 'waits for the round trip on the listening connection');
  assert.equal(listener.queries.at(-1), 'SELECT 1');
  // PostgreSQL delivers the write's notification ahead of that answer.
  listener.notify('settings');
  database.set('second');
  listener.pending.shift()!();
  await database.answer();
  assert.equal(await next, 'second');
  await kept.close();
});
