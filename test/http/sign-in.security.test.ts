// Sign-in security (SPEC 2.1, 2.2, 2.4, 2.6, 2.9): unknown user and wrong password cannot be told
// apart, throttling per username (across instances) and per client address, the factor lock,
// CSRF on cookie writes and on sign-in, HTTP Basic edge cases, and no secret in the logs.
import assert from 'node:assert/strict';
import { performance } from 'node:perf_hooks';
import { Writable } from 'node:stream';
import { after, before, describe, test } from 'node:test';
import type { InjectOptions, LightMyRequestResponse } from 'fastify';
import { HOUR, MINUTE, SECOND } from '../../src/core/clock.js';
import { LOCK_AFTER_FAILURES, passwordSubject, waitAfterFailures } from '../../src/core/throttling/throttling.js';
import { createLogger } from '../../src/server/gatehouse.js';
import { createApiKey } from '../helpers/api-key-steps.js';
import { availableDatabaseKinds } from '../helpers/test-databases.js';
import { ADMIN_PASSWORD, addTestUser, basic, Browser, errorTypeOf, ORIGIN, startTestApp, type TestApp } from '../helpers/test-app.js';

const DAY = 24 * HOUR;

/** Every password, cookie value and Authorization header this file sends or receives. */
const secrets = new Set<string>([ADMIN_PASSWORD]);
function secret(value: string): string {
  secrets.add(value);
  return value;
}
function remember(response: LightMyRequestResponse): LightMyRequestResponse {
  for (const c of response.cookies) if (c.value) secrets.add(c.value);
  return response;
}
function basicHeader(username: string, password: string): string {
  secret(password);
  const header = basic(username, password);
  secrets.add(header.slice('Basic '.length));
  return header;
}
function defaultPassword(username: string): string {
  return secret(`${username} has a long password`);
}

/** A browser that also remembers every cookie value it is given. */
class TrackingBrowser extends Browser {
  override async request(...args: Parameters<Browser['request']>): Promise<LightMyRequestResponse> {
    return remember(await super.request(...args));
  }
}

let addressCounter = 0;
/** A fresh client address per test, so the per-address limit never couples tests. */
function nextAddress(): string {
  addressCounter += 1;
  return `198.51.100.${addressCounter}`;
}

function signIn(t: TestApp, address: string, username: string, password: string, headers: Record<string, string> = {}) {
  secret(password);
  return t.app
    .inject({ method: 'POST', url: '/api/session', remoteAddress: address, headers: { 'user-agent': 'sign-in-test', ...headers }, payload: { username, password } })
    .then(remember);
}

function inject(t: TestApp, options: InjectOptions) {
  return t.app.inject(options).then(remember);
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
}

function headerNames(response: LightMyRequestResponse): string[] {
  return Object.keys(response.headers)
    .filter((name) => name !== 'date' && name !== 'x-request-id')
    .sort();
}

interface AuditEventView {
  id: number;
  type: string;
  outcome: string;
  actor: { id: string | null; username: string | null } | null;
  target: { id: string | null; username: string | null } | null;
  client_address: string | null;
  details: Record<string, unknown>;
}

for (const kind of await availableDatabaseKinds()) {
  describe(`sign-in security (${kind})`, () => {
    let t: TestApp;
    /** Logs of every app instance this suite starts, scanned for secrets at the end. */
    const logSources: string[][] = [];
    const asAdmin = (method: InjectOptions['method'], url: string, payload?: unknown) =>
      inject(t, { method, url, headers: { authorization: basicHeader('admin', ADMIN_PASSWORD) }, ...(payload !== undefined && { payload: payload as InjectOptions['payload'] }) });

    before(async () => {
      t = await startTestApp(kind);
      logSources.push(t.logs);
    });
    after(() => t.close());

    test('an unknown user and a wrong password get the same status, body and headers', async () => {
      await addTestUser(t, 'real-user');
      const address = nextAddress();
      const unknown = await signIn(t, address, 'no-such-user', secret('Wrong-Guess-a-xyzzy'));
      const wrong = await signIn(t, address, 'real-user', secret('Wrong-Guess-b-xyzzy'));
      assert.equal(unknown.statusCode, 401);
      assert.equal(wrong.statusCode, 401);
      assert.deepEqual(unknown.json(), wrong.json());
      assert.equal(errorTypeOf(wrong), 'invalid_credentials');
      assert.equal(unknown.body, wrong.body);
      assert.deepEqual(headerNames(unknown), headerNames(wrong));
      assert.equal(unknown.cookies.length, 0);
      assert.equal(wrong.cookies.length, 0);
    });

    test("a disabled user's correct password gets the same answer as a wrong one", async () => {
      const user = await addTestUser(t, 'disabled-signer');
      const address = nextAddress();
      assert.equal((await asAdmin('PATCH', `/api/users/${user.id}`, { disabled: true })).statusCode, 200);
      const disabled = await signIn(t, address, 'disabled-signer', defaultPassword('disabled-signer'));
      const wrong = await signIn(t, address, 'real-user', secret('Wrong-Guess-c-xyzzy'));
      assert.equal(disabled.statusCode, 401);
      assert.equal(disabled.body, wrong.body);
      assert.equal(disabled.cookies.length, 0);
    });

    test('an unknown user and a wrong password take the same time (medians within 25 %)', async () => {
      await addTestUser(t, 'timing-user');
      const subject = passwordSubject('timing-user');
      /** 13 interleaved pairs (order alternating); answers both medians. */
      const measure = async (round: number) => {
        const address = nextAddress();
        // Warm up both paths (the dummy hash is computed on first use).
        await signIn(t, address, `timing-warm-up-${round}`, secret(`Wrong-Guess-warm-${round}-xyzzy`));
        await signIn(t, address, 'timing-user', secret(`Wrong-Guess-warm-user-${round}-xyzzy`));
        const unknownTimes: number[] = [];
        const wrongTimes: number[] = [];
        const timeUnknown = async (i: number) => {
          const started = performance.now();
          const response = await signIn(t, address, `timing-nobody-${round}-${i}`, secret(`Wrong-Guess-unknown-${round}-${i}-xyzzy`));
          unknownTimes.push(performance.now() - started);
          return response;
        };
        const timeWrong = async (i: number) => {
          const started = performance.now();
          const response = await signIn(t, address, 'timing-user', secret(`Wrong-Guess-wrong-${round}-${i}-xyzzy`));
          wrongTimes.push(performance.now() - started);
          return response;
        };
        for (let i = 0; i < 13; i++) {
          await t.ctx.store.clearAllFailures(subject);
          const unknownFirst = i % 2 === 1;
          const first = unknownFirst ? await timeUnknown(i) : await timeWrong(i);
          const second = unknownFirst ? await timeWrong(i) : await timeUnknown(i);
          assert.equal(first.statusCode, 401);
          assert.equal(second.statusCode, 401);
          assert.equal(first.body, second.body);
        }
        return { unknown: median(unknownTimes), wrong: median(wrongTimes) };
      };
      // A missing dummy hash shows in every round (an unknown user would cost a few ms, not one
      // Argon2id verification); up to three rounds keep a loaded test machine from failing it.
      const rounds: { unknown: number; wrong: number }[] = [];
      for (let round = 0; round < 3; round++) {
        const measured = await measure(round);
        rounds.push(measured);
        if (Math.abs(measured.unknown - measured.wrong) < 0.25 * measured.wrong) break;
      }
      const last = rounds.at(-1)!;
      assert.ok(
        Math.abs(last.unknown - last.wrong) < 0.25 * last.wrong,
        `median unknown user vs wrong password, per round: ${rounds.map((r) => `${r.unknown.toFixed(1)} ms vs ${r.wrong.toFixed(1)} ms`).join('; ')}`,
      );
      // The dummy hash really is paid: an unknown user costs about one Argon2id verification.
      assert.ok(last.unknown > 10, `an unknown user took only ${last.unknown.toFixed(1)} ms`);
    });

    test('after 5 wrong passwords even the correct one waits 30 s, the next failure 60 s, and a success resets the count', async () => {
      await addTestUser(t, 'throttled-user');
      const address = nextAddress();
      const password = defaultPassword('throttled-user');
      for (let i = 1; i <= 5; i++) {
        const response = await signIn(t, address, 'throttled-user', secret(`Wrong-Guess-throttle-${i}-xyzzy`));
        assert.equal(response.statusCode, 401, `failure ${i} is answered 401`);
        assert.equal(errorTypeOf(response), 'invalid_credentials');
      }
      const sixth = await signIn(t, address, 'throttled-user', password);
      assert.equal(sixth.statusCode, 429);
      assert.equal(errorTypeOf(sixth), 'too_many_requests');
      assert.equal(sixth.headers['retry-after'], '30');
      assert.equal(sixth.cookies.length, 0, 'no session for a throttled attempt');

      t.clock.advance(29 * SECOND);
      const early = await signIn(t, address, 'throttled-user', password);
      assert.equal(early.statusCode, 429);
      assert.equal(early.headers['retry-after'], '1');

      t.clock.advance(1 * SECOND);
      const evaluated = await signIn(t, address, 'throttled-user', secret('Wrong-Guess-throttle-6-xyzzy'));
      assert.equal(evaluated.statusCode, 401, 'one attempt is evaluated after the wait');
      const doubled = await signIn(t, address, 'throttled-user', password);
      assert.equal(doubled.statusCode, 429);
      assert.equal(doubled.headers['retry-after'], '60');

      t.clock.advance(60 * SECOND);
      const correct = await signIn(t, address, 'throttled-user', password);
      assert.equal(correct.statusCode, 200);
      assert.equal(correct.json().state, 'authenticated');
      const afterReset = await signIn(t, address, 'throttled-user', secret('Wrong-Guess-throttle-7-xyzzy'));
      assert.equal(afterReset.statusCode, 401, 'the count was reset: a failure is 401 again, not 429');
    });

    test('throttling holds across two app instances that share one database', async () => {
      await addTestUser(t, 'shared-throttle');
      const sibling = await t.sibling();
      logSources.push(sibling.logs);
      try {
        const address = nextAddress();
        const instances = [t, sibling];
        for (let i = 0; i < 5; i++) {
          const response = await signIn(instances[i % 2]!, address, 'shared-throttle', secret(`Wrong-Guess-shared-${i}-xyzzy`));
          assert.equal(response.statusCode, 401, `failure ${i + 1} on instance ${i % 2 ? 'B' : 'A'}`);
        }
        for (const [name, instance] of [['B', sibling], ['A', t]] as const) {
          const response = await signIn(instance, address, 'shared-throttle', defaultPassword('shared-throttle'));
          assert.equal(response.statusCode, 429, `instance ${name} throttles the 6th attempt`);
          assert.equal(response.headers['retry-after'], '30');
        }
      } finally {
        await sibling.close();
      }
    });

    test('after 100 consecutive failures the password is locked, whatever the wait, until an admin unlocks it', async () => {
      const user = await addTestUser(t, 'locked-user');
      const address = nextAddress();
      const subject = passwordSubject('locked-user');
      // 99 failures on the real schedule, ending before now: a day of waits, pumped through the store.
      let at = t.clock.now() - 3 * DAY;
      for (let failures = 1; failures < LOCK_AFTER_FAILURES; failures++) {
        const state = await t.ctx.store.claimAttempt(subject, 'password', at, waitAfterFailures, LOCK_AFTER_FAILURES);
        assert.ok(state, `failure ${failures} was claimed`);
        assert.equal(state.failures, failures);
        at = state.nextAttemptAt;
      }
      assert.ok(at <= t.clock.now());
      const hundredth = await signIn(t, address, 'locked-user', secret('Wrong-Guess-lock-100-xyzzy'));
      assert.equal(hundredth.statusCode, 401);

      const locked = await signIn(t, address, 'locked-user', defaultPassword('locked-user'));
      assert.equal(locked.statusCode, 429);
      assert.equal(errorTypeOf(locked), 'factor_locked');
      t.clock.advance(2 * DAY);
      const stillLocked = await signIn(t, address, 'locked-user', defaultPassword('locked-user'));
      assert.equal(stillLocked.statusCode, 429);
      assert.equal(errorTypeOf(stillLocked), 'factor_locked');
      // Basic credentials meet the same lock.
      const basicLocked = await inject(t, { method: 'GET', url: '/api/me', headers: { authorization: basicHeader('locked-user', defaultPassword('locked-user')) } });
      assert.equal(basicLocked.statusCode, 429);
      assert.equal(errorTypeOf(basicLocked), 'factor_locked');

      assert.equal((await asAdmin('POST', `/api/users/${user.id}/unlock`)).statusCode, 204);
      const unlocked = await signIn(t, address, 'locked-user', defaultPassword('locked-user'));
      assert.equal(unlocked.statusCode, 200);
    });

    test('failed sign-ins are limited per client address (correct ones are free), and a new minute lets the address in again', async () => {
      const limited = await startTestApp(kind, { database: t.database, clock: t.clock, env: { GATEHOUSE_SIGN_IN_ATTEMPTS_PER_MINUTE: '3' } });
      logSources.push(limited.logs);
      try {
        await addTestUser(limited, 'nat-user');
        const password = defaultPassword('nat-user');
        // Start mid-minute, so Retry-After must count to the end of the window, not a full minute.
        t.clock.set(t.clock.now() - (t.clock.now() % MINUTE) + 20 * SECOND);
        const office = nextAddress();
        const elsewhere = nextAddress();
        for (let i = 1; i <= 5; i++) assert.equal((await signIn(limited, office, 'nat-user', password)).statusCode, 200, `correct sign-in ${i} is not counted`);
        for (let i = 1; i <= 3; i++) assert.equal((await signIn(limited, office, `sprayed-${i}`, secret(`Wrong-Guess-nat-${i}-xyzzy`))).statusCode, 401, `failure ${i}`);
        const fourth = await signIn(limited, office, 'nat-user', password);
        assert.equal(fourth.statusCode, 429);
        assert.equal(errorTypeOf(fourth), 'too_many_requests');
        const retryAfter = Number(fourth.headers['retry-after']);
        assert.equal(retryAfter, 40, 'Retry-After counts to the end of the minute');
        // The password was not even evaluated: no attempt counted against the user.
        assert.equal(await limited.ctx.store.findThrottle(passwordSubject('nat-user'), 'password'), null);

        assert.equal((await signIn(limited, elsewhere, 'nat-user', password)).statusCode, 200, 'another address still gets through');
        t.clock.advance(retryAfter * SECOND);
        assert.equal((await signIn(limited, office, 'nat-user', password)).statusCode, 200, 'a new minute lets the address in');
      } finally {
        await limited.close();
      }
    });

    test('failed and throttled sign-ins are audited with the client address, and never with the password', async () => {
      const address = nextAddress();
      await addTestUser(t, 'audited-user');
      await signIn(t, address, 'audited-user', secret('Wrong-Guess-audit-1-xyzzy'));
      for (let i = 2; i <= 5; i++) await signIn(t, address, 'audited-user', secret(`Wrong-Guess-audit-${i}-xyzzy`));
      const throttled = await signIn(t, address, 'audited-user', defaultPassword('audited-user'));
      assert.equal(throttled.statusCode, 429);

      const failed = (await asAdmin('GET', '/api/audit-events?type=sign_in_failed&limit=500')).json().events as AuditEventView[];
      const mine = failed.filter((e) => e.client_address === address);
      assert.equal(mine.length, 5);
      for (const event of mine) {
        assert.equal(event.type, 'sign_in_failed');
        assert.equal(event.outcome, 'failure');
        assert.equal(event.target?.username, 'audited-user');
      }
      assert.ok(failed.some((e) => e.details.username === 'no-such-user' && e.target === null), 'an unknown username is audited too');

      const throttledEvents = (await asAdmin('GET', '/api/audit-events?type=sign_in_throttled&limit=500')).json().events as AuditEventView[];
      assert.ok(throttledEvents.some((e) => e.client_address === address && e.target?.username === 'audited-user'));
      const lockEvents = (await asAdmin('GET', '/api/audit-events?type=factor_locked&limit=500')).json().events as AuditEventView[];
      assert.ok(lockEvents.some((e) => e.target?.username === 'locked-user'), 'the lockout is audited');

      const everything = (await asAdmin('GET', '/api/audit-events?limit=500')).body;
      for (const value of secrets) assert.ok(!everything.includes(value), `the audit log holds a secret: ${value.slice(0, 6)}…`);
    });

    test('a username that looks like a password (not a valid username, or over 64 characters) is kept out of the log and the audit log', async () => {
      const address = nextAddress();
      const typedPasswords = [secret('Tr0ub4dor&3 typed in the wrong field'), secret(`longer-than-any-username-${'q'.repeat(60)}`)];
      const before = t.logs.length;
      for (const typed of typedPasswords) {
        assert.equal((await signIn(t, address, typed, secret('Wrong-Guess-typed-xyzzy'))).statusCode, 401);
        assert.equal((await inject(t, { method: 'GET', url: '/api/me', remoteAddress: address, headers: { authorization: basicHeader(typed, 'Wrong-Guess-typed-xyzzy') } })).statusCode, 401);
      }
      const logged = t.logs.slice(before).join('\n');
      for (const typed of typedPasswords) assert.equal(logged.includes(typed), false, 'a typed password is in the log');
      assert.ok(logged.includes('[not a valid username: not logged]'), 'the log marks where it was');
      const events = (await asAdmin('GET', '/api/audit-events?type=sign_in_failed&limit=500')).json().events as AuditEventView[];
      const mine = events.filter((e) => e.client_address === address);
      assert.equal(mine.length, 2);
      for (const event of mine) assert.equal(event.details.username, '[not a valid username: not logged]');
      await signIn(t, address, 'valid.but-unknown@user', secret('Wrong-Guess-typed-xyzzy'));
      assert.ok(t.logs.slice(before).join('\n').includes('valid.but-unknown@user'), 'a valid username is logged as typed');
    });

    describe('cross-site request forgery', () => {
      let cookie: string;
      const write = (method: InjectOptions['method'], url: string, headers: Record<string, string>, payload?: unknown) =>
        inject(t, { method, url, remoteAddress: '192.0.2.90', cookies: { gatehouse_session: cookie }, headers, ...(payload !== undefined && { payload: payload as InjectOptions['payload'] }) });

      before(async () => {
        await addTestUser(t, 'csrf-user');
        const browser = new TrackingBrowser(t.app, nextAddress());
        assert.equal((await browser.signIn('csrf-user', defaultPassword('csrf-user'))).statusCode, 200);
        cookie = browser.cookies.get('gatehouse_session')!;
        assert.ok(cookie);
      });

      const refusals: [string, Record<string, string>][] = [
        ['without Origin', {}],
        ['from a foreign Origin', { origin: 'http://evil.example' }],
        ['from a look-alike Origin', { origin: `${ORIGIN}.evil.example` }],
        ['from an opaque Origin', { origin: 'null' }],
        ['marked Sec-Fetch-Site: cross-site', { 'sec-fetch-site': 'cross-site' }],
        ['marked Sec-Fetch-Site: same-site', { 'sec-fetch-site': 'same-site' }],
      ];
      for (const [name, headers] of refusals) {
        test(`a cookie write ${name} is refused with 403 csrf_rejected`, async () => {
          const response = await write('DELETE', '/api/me/sessions', headers);
          assert.equal(response.statusCode, 403);
          assert.equal(errorTypeOf(response), 'csrf_rejected');
        });
      }

      test('a password change without Origin is refused and changes nothing', async () => {
        const response = await write('PUT', '/api/me/password', {}, { current_password: defaultPassword('csrf-user'), new_password: secret('csrf user was never changed') });
        assert.equal(response.statusCode, 403);
        assert.equal(errorTypeOf(response), 'csrf_rejected');
        assert.equal((await write('GET', '/api/me', {})).statusCode, 200, 'the session still works');
      });

      test('a cookie write with our Origin, or Sec-Fetch-Site: same-origin, is allowed; reads need neither', async () => {
        assert.equal((await write('DELETE', '/api/me/sessions', { origin: ORIGIN })).statusCode, 200);
        assert.equal((await write('DELETE', '/api/me/sessions', { 'sec-fetch-site': 'same-origin' })).statusCode, 200);
        assert.equal((await write('GET', '/api/me/sessions', { origin: 'http://evil.example' })).statusCode, 200);
      });

      test('a write with HTTP Basic credentials needs no Origin', async () => {
        const response = await inject(t, { method: 'DELETE', url: '/api/me/sessions', headers: { authorization: basicHeader('csrf-user', defaultPassword('csrf-user')) } });
        assert.equal(response.statusCode, 200);
      });

      test('a Basic write that says it comes from another site is refused like a cookie write; one from this site passes', async () => {
        const authorization = basicHeader('csrf-user', defaultPassword('csrf-user'));
        const browser = new TrackingBrowser(t.app, nextAddress());
        await browser.signIn('csrf-user', defaultPassword('csrf-user'));
        const key = await createApiKey(browser, { name: 'csrf key' });
        const withKey = basicHeader(key.api_key, key.api_token);
        for (const [name, headers] of refusals.filter(([name]) => name !== 'without Origin')) {
          for (const credentials of [authorization, withKey]) {
            const response = await inject(t, { method: 'DELETE', url: '/api/me/sessions', headers: { authorization: credentials, ...headers } });
            assert.equal(response.statusCode, 403, name);
            assert.equal(errorTypeOf(response), 'csrf_rejected', name);
          }
        }
        for (const headers of [{ origin: ORIGIN }, { 'sec-fetch-site': 'same-origin' }, {}] as Record<string, string>[]) {
          assert.equal((await inject(t, { method: 'DELETE', url: '/api/me/sessions', headers: { authorization, ...headers } })).statusCode, 200, JSON.stringify(headers));
        }
        const read = await inject(t, { method: 'GET', url: '/api/me', headers: { authorization, origin: 'http://evil.example' } });
        assert.equal(read.statusCode, 200, 'reads need no origin');
      });

      test('signing in from a foreign origin is refused (login CSRF); a client without Origin may sign in', async () => {
        const address = nextAddress();
        for (const headers of [{ origin: 'http://evil.example' }, { 'sec-fetch-site': 'cross-site' }] as Record<string, string>[]) {
          const response = await signIn(t, address, 'csrf-user', defaultPassword('csrf-user'), headers);
          assert.equal(response.statusCode, 403);
          assert.equal(errorTypeOf(response), 'csrf_rejected');
          assert.equal(response.cookies.length, 0);
        }
        assert.equal((await signIn(t, address, 'csrf-user', defaultPassword('csrf-user'))).statusCode, 200);
        assert.equal((await signIn(t, address, 'csrf-user', defaultPassword('csrf-user'), { origin: ORIGIN })).statusCode, 200);
      });
    });

    describe('HTTP Basic credentials', () => {
      const me = (instance: TestApp, authorization: string) => inject(instance, { method: 'GET', url: '/api/me', headers: { authorization } });

      test("a disabled user's Basic credentials (cached or not, on any instance) and sessions stop working at once", async () => {
        const user = await addTestUser(t, 'soon-disabled');
        const password = defaultPassword('soon-disabled');
        const browser = new TrackingBrowser(t.app, nextAddress());
        assert.equal((await browser.signIn('soon-disabled', password)).statusCode, 200);
        const sibling = await t.sibling();
        logSources.push(sibling.logs);
        try {
          const cachedBefore = t.ctx.credentialCache.size;
          assert.equal((await me(t, basicHeader('soon-disabled', password))).statusCode, 200);
          assert.equal(t.ctx.credentialCache.size, cachedBefore + 1, 'the credentials are cached');
          assert.equal((await me(sibling, basicHeader('soon-disabled', password))).statusCode, 200);

          assert.equal((await asAdmin('PATCH', `/api/users/${user.id}`, { disabled: true })).json().disabled, true);

          const basicHere = await me(t, basicHeader('soon-disabled', password));
          assert.equal(basicHere.statusCode, 401);
          assert.equal(errorTypeOf(basicHere), 'invalid_credentials');
          assert.equal((await me(sibling, basicHeader('soon-disabled', password))).statusCode, 401, 'the other instance refuses its cached entry');
          assert.equal((await browser.request('GET', '/api/me')).statusCode, 401, 'the session ended');
        } finally {
          await sibling.close();
        }
      });

      test('the credential cache is dropped on a password change', async () => {
        await addTestUser(t, 'cache-user');
        const oldPassword = defaultPassword('cache-user');
        const newPassword = secret('cache user chose a new passphrase');
        assert.equal((await me(t, basicHeader('cache-user', oldPassword))).statusCode, 200);
        assert.equal((await me(t, basicHeader('cache-user', oldPassword))).statusCode, 200, 'answered from the cache');
        const changed = await inject(t, {
          method: 'PUT',
          url: '/api/me/password',
          headers: { authorization: basicHeader('cache-user', oldPassword) },
          payload: { current_password: oldPassword, new_password: newPassword },
        });
        assert.equal(changed.statusCode, 200);
        const refused = await me(t, basicHeader('cache-user', oldPassword));
        assert.equal(refused.statusCode, 401);
        assert.equal(errorTypeOf(refused), 'invalid_credentials');
        assert.equal((await me(t, basicHeader('cache-user', newPassword))).statusCode, 200);
      });

      test('a password change on one instance makes another refuse its cached old password', async () => {
        await addTestUser(t, 'stamp-user');
        const oldPassword = defaultPassword('stamp-user');
        const newPassword = secret('stamp user chose a new passphrase');
        const sibling = await t.sibling();
        logSources.push(sibling.logs);
        try {
          assert.equal((await me(sibling, basicHeader('stamp-user', oldPassword))).statusCode, 200, 'instance B caches the old password');
          const changed = await inject(t, {
            method: 'PUT',
            url: '/api/me/password',
            headers: { authorization: basicHeader('stamp-user', oldPassword) },
            payload: { current_password: oldPassword, new_password: newPassword },
          });
          assert.equal(changed.statusCode, 200, 'changed on instance A');
          const refused = await me(sibling, basicHeader('stamp-user', oldPassword));
          assert.equal(refused.statusCode, 401);
          assert.equal(errorTypeOf(refused), 'invalid_credentials');
          assert.equal((await me(sibling, basicHeader('stamp-user', newPassword))).statusCode, 200);
        } finally {
          await sibling.close();
        }
      });

      const malformed: [string, string][] = [
        ['bad Base64', 'Basic !!!not-base64!!!'],
        ['Base64 of invalid UTF-8', `Basic ${Buffer.from([0x61, 0x64, 0xff, 0xfe, 0x3a, 0x70, 0x77]).toString('base64')}`],
        ['no colon', `Basic ${Buffer.from('admin-without-colon').toString('base64')}`],
        ['an empty username', `Basic ${Buffer.from(':some password').toString('base64')}`],
        ['nothing after the scheme', 'Basic '],
        ['another scheme', 'Bearer x'],
        ['a huge value', `Basic ${'QUFB'.repeat(2000)}`],
      ];
      for (const [name, authorization] of malformed) {
        test(`a Basic header with ${name} is answered 401 invalid_credentials`, async () => {
          const response = await me(t, authorization);
          assert.equal(response.statusCode, 401);
          assert.equal(errorTypeOf(response), 'invalid_credentials');
        });
      }
    });

    test('a password inside a malformed body does not reach the log', async () => {
      const leaked = secret('Malformed-Body-Password-xyzzy');
      const response = await inject(t, {
        method: 'POST',
        url: '/api/session',
        headers: { 'content-type': 'application/json' },
        payload: `{"username":"admin","password":"${leaked}"`,
      });
      assert.equal(response.statusCode, 400);
      assert.ok(!response.body.includes(leaked), 'nor the answer');
    });

    test('no password, cookie value or Authorization header appears in the logs', () => {
      const logs = logSources.flat().join('');
      assert.ok(logs.includes('"event":"sign_in_failed"'), 'the logs were captured');
      assert.ok(logs.includes('"event":"basic_auth_failed"'));
      assert.ok(secrets.size > 40, `checked ${secrets.size} secrets`);
      for (const value of secrets) assert.ok(!logs.includes(value), `a log line holds a secret: ${value.slice(0, 6)}…`);
      assert.doesNotMatch(logs, /"(authorization|cookie|set-cookie)":\s*"(?!\[redacted\])/i);
      assert.doesNotMatch(logs, /gatehouse_session=/);
    });

    test('the logger redacts credential headers wherever a request or reply is logged', async () => {
      const lines: string[] = [];
      const sink = new Writable({
        write(chunk, _encoding, done) {
          lines.push(String(chunk));
          done();
        },
      });
      const logger = createLogger('info', sink);
      logger.info({ req: { headers: { authorization: 'Basic c2VjcmV0OnNlY3JldA==', cookie: 'gatehouse_session=cookie-secret' } }, res: { headers: { 'set-cookie': 'gatehouse_session=set-cookie-secret' } } }, 'request');
      logger.info({ headers: { authorization: 'Basic c2VjcmV0OnNlY3JldA==', cookie: 'gatehouse_session=cookie-secret' } }, 'headers');
      const text = lines.join('');
      assert.equal(lines.length, 2);
      assert.ok(!text.includes('c2VjcmV0OnNlY3JldA=='));
      assert.ok(!text.includes('cookie-secret'));
      assert.equal((text.match(/\[redacted\]/g) ?? []).length, 5);
    });
  });
}
