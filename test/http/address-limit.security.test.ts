// The per-address limit (SPEC 2.11, issue 11 point 4): every password check (console sign-in, HTTP
// Basic, forward auth) counts its failures against one limit per client address, 60 a minute by
// default, then 429 with Retry-After before any hashing; correct cached credentials cost nothing;
// the queue of password hashes is bounded and answers 503 server_busy when full.
import assert from 'node:assert/strict';
import { randomBytes } from 'node:crypto';
import { after, before, describe, test } from 'node:test';
import type { LightMyRequestResponse } from 'fastify';
import { MINUTE, SECOND } from '../../src/core/clock.js';
import { HASH_QUEUE_CAPACITY, reservePasswordCheck } from '../../src/core/passwords/password-hashing.js';
import { passwordSubject } from '../../src/core/throttling/throttling.js';
import { ADMIN_PASSWORD, addTestUser, basic, errorTypeOf, startTestApp, type TestApp } from '../helpers/test-app.js';
import { availableDatabaseKinds } from '../helpers/test-databases.js';

const LIMIT = 60;

let addresses = 0;
function nextAddress(): string {
  addresses += 1;
  return `203.0.113.${addresses}`;
}

function randomUsername(): string {
  return `spray-${randomBytes(6).toString('hex')}`;
}

function basicRequest(t: TestApp, address: string, username: string, password: string, url = '/api/me'): Promise<LightMyRequestResponse> {
  return t.app.inject({ method: 'GET', url, remoteAddress: address, headers: { authorization: basic(username, password) } });
}

function consoleSignIn(t: TestApp, address: string, username: string, password: string): Promise<LightMyRequestResponse> {
  return t.app.inject({ method: 'POST', url: '/api/session', remoteAddress: address, payload: { username, password } });
}

/** Runs `count` requests, `batch` at a time, and answers their status codes in order. */
async function inBatches(count: number, batch: number, send: (i: number) => Promise<LightMyRequestResponse>): Promise<number[]> {
  const statuses: number[] = [];
  for (let start = 0; start < count; start += batch) {
    const answers = await Promise.all(Array.from({ length: Math.min(batch, count - start) }, (_, i) => send(start + i)));
    statuses.push(...answers.map((answer) => answer.statusCode));
  }
  return statuses;
}

for (const kind of await availableDatabaseKinds()) {
  describe(`per-address limit on password checks (${kind})`, () => {
    let t: TestApp;
    before(async () => {
      t = await startTestApp(kind);
      // Mid-minute, so every test's failures fall in one window and Retry-After is known.
      t.clock.set(t.clock.now() - (t.clock.now() % MINUTE) + 15 * SECOND);
    });
    after(() => t.close());

    test('a spray of Basic guesses with random usernames from one address gets 429 after the limit, before any hashing', async () => {
      const address = nextAddress();
      const statuses = await inBatches(LIMIT, 10, () => basicRequest(t, address, randomUsername(), 'a guessed password'));
      assert.deepEqual(new Set(statuses), new Set([401]), 'the first 60 failures are answered as failures');

      const username = randomUsername();
      const refused = await basicRequest(t, address, username, 'a guessed password');
      assert.equal(refused.statusCode, 429);
      assert.equal(errorTypeOf(refused), 'too_many_requests');
      assert.equal(refused.headers['retry-after'], '45', 'until the end of the minute');
      // Refused before the password was looked at: not even the username's throttle was touched.
      assert.equal(await t.ctx.store.findThrottle(passwordSubject(username), 'password'), null);
      assert.equal((await basicRequest(t, nextAddress(), randomUsername(), 'a guessed password')).statusCode, 401, 'another address is not limited');
    });

    test('console sign-in, Basic and /api/auth/verify share the one limit, and parallel guesses cannot slip past it', async () => {
      const address = nextAddress();
      const third = LIMIT / 3;
      const statuses = [
        ...(await inBatches(third, third, () => consoleSignIn(t, address, randomUsername(), 'a guessed password'))),
        ...(await inBatches(third, third, () => basicRequest(t, address, randomUsername(), 'a guessed password', '/api/auth/verify'))),
        // Ten more than the limit at once: exactly ten are refused.
        ...(await inBatches(third + 10, third + 10, () => basicRequest(t, address, randomUsername(), 'a guessed password'))),
      ];
      assert.equal(statuses.filter((status) => status === 401).length, LIMIT);
      assert.equal(statuses.filter((status) => status === 429).length, 10);
      for (const send of [consoleSignIn, (...args: Parameters<typeof consoleSignIn>) => basicRequest(...args, '/api/auth/verify')]) {
        assert.equal((await send(t, address, randomUsername(), 'a guessed password')).statusCode, 429);
      }
    });

    test('correct credentials are not counted, and cached ones still pass from an address over its limit', async () => {
      await addTestUser(t, 'behind.nat');
      const password = 'behind.nat has a long password';
      const address = nextAddress();
      const signIns = await inBatches(LIMIT + 5, 13, () => consoleSignIn(t, address, 'behind.nat', password));
      assert.deepEqual(new Set(signIns), new Set([200]), 'more correct sign-ins than the limit all pass');
      assert.equal((await basicRequest(t, address, 'behind.nat', password)).statusCode, 200);
      await inBatches(LIMIT, 10, () => basicRequest(t, address, randomUsername(), 'a guessed password'));
      assert.equal((await consoleSignIn(t, address, 'behind.nat', password)).statusCode, 429, 'an uncached password waits with everyone at this address');
      const cached = await basicRequest(t, address, 'behind.nat', password);
      assert.equal(cached.statusCode, 200, 'the cached REST client goes on working');
      assert.equal((await basicRequest(t, address, 'behind.nat', password, '/api/auth/verify')).statusCode, 204, 'and so does forward auth, from the same cache');
    });

    test('the limit holds across two instances sharing the database', async () => {
      const sibling = await t.sibling();
      try {
        const address = nextAddress();
        await inBatches(LIMIT / 2, 10, () => basicRequest(t, address, randomUsername(), 'a guessed password'));
        await inBatches(LIMIT / 2, 10, () => basicRequest(sibling, address, randomUsername(), 'a guessed password'));
        assert.equal((await basicRequest(t, address, randomUsername(), 'a guessed password')).statusCode, 429);
        assert.equal((await basicRequest(sibling, address, randomUsername(), 'a guessed password')).statusCode, 429);
      } finally {
        await sibling.close();
      }
    });

    test('a full queue of password hashes answers 503 server_busy with Retry-After at once, counts nothing, and drains', async () => {
      // The queue is the process's own (the app runs in this process): take every place in it.
      const held = Array.from({ length: HASH_QUEUE_CAPACITY }, () => reservePasswordCheck());
      const address = nextAddress();
      const username = randomUsername();
      const answers = await Promise.all([
        basicRequest(t, address, username, 'a guessed password'),
        basicRequest(t, address, randomUsername(), 'a guessed password', '/api/auth/verify'),
        consoleSignIn(t, address, 'admin', ADMIN_PASSWORD),
      ]);
      for (const answer of answers) {
        assert.equal(answer.statusCode, 503, answer.body);
        assert.equal(errorTypeOf(answer), 'server_busy');
        assert.equal(answer.headers['retry-after'], '1');
      }
      for (const place of held) place.release();
      // Nothing was counted: not against the address, not against the username.
      assert.equal(await t.ctx.store.findThrottle(passwordSubject(username), 'password'), null);
      const now = t.clock.now();
      assert.equal(await t.ctx.store.countAddressAttempt(address, now - (now % MINUTE)), 1, 'the address had no failure counted');
      assert.equal((await consoleSignIn(t, nextAddress(), 'admin', ADMIN_PASSWORD)).statusCode, 200, 'sign-in works again');
    });

    test('a flood of guesses from many addresses gets 401 or 503 answers only, never a failure', async () => {
      const answers = await Promise.all(Array.from({ length: 2 * HASH_QUEUE_CAPACITY }, () => basicRequest(t, nextAddress(), randomUsername(), 'a guessed password')));
      const statuses = [...new Set(answers.map((answer) => answer.statusCode))];
      assert.ok(statuses.every((status) => status === 401 || status === 503), JSON.stringify(statuses));
    });
  });
}
