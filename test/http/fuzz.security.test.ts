// Hostile input (issue 7 §4; SPEC 3): every operation of the OpenAPI document gets malformed and
// hostile requests — wrong types, missing and extra fields, huge and deeply nested bodies, bad
// JSON, prototype keys, other media types, bad Basic headers, header injection, path traversal,
// odd methods and querystrings — from anonymous callers, the admin's session and the admin's
// Basic credentials. Every answer must be below 500 and, when it is an error, the envelope with a
// type of the catalogue; the process must stay up and the admin's session must keep working.
//
// Deterministic: the cases come from a seeded PRNG. GATEHOUSE_FUZZ_SEED replays a seed,
// GATEHOUSE_FUZZ_REQUESTS changes the count (default 10,000 on each database).
import assert from 'node:assert/strict';
import { Readable } from 'node:stream';
import { after, before, describe, test } from 'node:test';
import type { InjectOptions, LightMyRequestResponse } from 'fastify';
import { errorTypes } from '../../src/core/errors.js';
import { hashPassword, verifyPassword } from '../../src/core/passwords/password-hashing.js';
import { unlockUser } from '../../src/core/throttling/throttling.js';
import { errorStatus } from '../../src/server/error-status.js';
import { BODY_LIMIT_IN_BYTES, CANARY, type FuzzCase, generateCases, SECRET_MARK } from '../helpers/hostile-requests.js';
import { operationsOf, type Operation } from '../helpers/openapi-operations.js';
import { SeededRandom } from '../helpers/seeded-random.js';
import { SmtpSink } from '../helpers/smtp-sink.js';
import { ADMIN_PASSWORD, addTestUser, basic, cookieFrom, ORIGIN, startTestApp, type TestApp } from '../helpers/test-app.js';
import { availableDatabaseKinds } from '../helpers/test-databases.js';

const SEED = Number(process.env.GATEHOUSE_FUZZ_SEED ?? 0x6a7e_2026);
const REQUESTS = Number(process.env.GATEHOUSE_FUZZ_REQUESTS ?? 10_000);
const CONCURRENCY = 8;
const BATCH_SIZE = 500;
const KNOWN_TYPES = new Set<string>(errorTypes);

/** What is wrong with an answer, or an empty list. */
function problemsWith(c: FuzzCase, response: LightMyRequestResponse): string[] {
  const problems: string[] = [];
  const status = response.statusCode;
  if (status >= 500) problems.push(`status ${status}`);
  if (c.expect && status !== c.expect.status) problems.push(`expected ${c.expect.status} ${c.expect.type}`);
  // The URL the app saw: light-my-request resolves dot segments (also %2e%2e) as a browser does.
  const isApi = (response.raw.req.url ?? c.url).startsWith('/api');
  if (status >= 400 && c.method !== 'HEAD') {
    let body: { error?: { type?: unknown; message?: unknown } } | undefined;
    try {
      body = JSON.parse(response.body) as typeof body;
    } catch {
      problems.push('error body is not JSON');
    }
    const type = body?.error?.type;
    if (body && (Object.keys(body).join() !== 'error' || typeof type !== 'string' || typeof body.error?.message !== 'string')) problems.push('not the error envelope');
    else if (body && !KNOWN_TYPES.has(type as string)) problems.push(`type ${String(type)} is not in the catalogue`);
    else if (body && errorStatus[type as keyof typeof errorStatus] !== status) problems.push(`type ${String(type)} with status ${status}`);
    if (c.expect && type !== c.expect.type) problems.push(`expected type ${c.expect.type}, got ${String(type)}`);
    if (String(body?.error?.message ?? '').includes(CANARY) || String(body?.error?.message ?? '').includes(SECRET_MARK)) problems.push('the error message repeats the input');
    if (!/^application\/json/.test(String(response.headers['content-type']))) problems.push(`error content type ${String(response.headers['content-type'])}`);
  }
  if (isApi && status < 300 && response.body.length > 0 && c.method !== 'HEAD') {
    try {
      JSON.parse(response.body);
    } catch {
      problems.push('a 2xx /api body that is not JSON');
    }
  }
  const headerNames = Object.keys(response.headers).map((h) => h.toLowerCase());
  if (headerNames.includes('x-injected') || String(response.headers['set-cookie'] ?? '').includes('injected')) problems.push('an injected response header');
  // Nothing outside the console's own files is ever served.
  if (/root:.*:0:0:|"name":\s*"gatehouse"|\[core\]|SQLite format 3/.test(response.body)) problems.push('served a file from outside the console');
  return problems;
}

/** Runs `work` over `items` with at most `limit` in flight. */
async function inPool<T>(items: readonly T[], limit: number, work: (item: T) => Promise<void>): Promise<void> {
  let next = 0;
  const worker = async () => {
    while (next < items.length) await work(items[next++]!);
  };
  await Promise.all(Array.from({ length: limit }, worker));
}

function isSessionEnding(c: FuzzCase, response: LightMyRequestResponse): boolean {
  // Any successful state change may end the admin's sessions (sign-out, end sessions, a new
  // password, MFA finished...): the fuzzer then signs in again.
  return response.statusCode < 300 && !['GET', 'HEAD', 'OPTIONS'].includes(c.method);
}

const kinds = process.env.GATEHOUSE_FUZZ_SQLITE_ONLY === '1' ? (['sqlite'] as const) : await availableDatabaseKinds();

for (const kind of kinds) {
  describe(`hostile input on every route (${kind})`, () => {
    let t: TestApp;
    let smtp: SmtpSink;
    let operations: Operation[];
    let sessionToken: string;
    const addresses = Array.from({ length: 64 }, (_, i) => (i % 8 === 7 ? `2001:db8::${i.toString(16)}` : `198.18.${i >> 4}.${(i * 37) % 250}`));

    async function signInAdmin(): Promise<string> {
      const response = await t.app.inject({ method: 'POST', url: '/api/session', remoteAddress: '192.0.2.200', headers: { origin: ORIGIN }, payload: { username: 'admin', password: ADMIN_PASSWORD } });
      assert.equal(response.statusCode, 200, response.body);
      return cookieFrom(response, 'gatehouse_session')!;
    }

    /**
     * Upkeep between batches, outside the fuzz: wrong passwords sent as the admin throttle the
     * admin's own password, and a valid POST /api/users/{own id}/password resets it (which an admin
     * may do to themself); either would turn the rest of the run into 401, 403 and 429 answers.
     */
    async function restoreAdmin(): Promise<void> {
      const admin = (await t.ctx.store.findUserById(t.admin.id))!;
      await unlockUser(t.ctx, admin);
      if (admin.mustChangePassword || admin.disabledAt !== null || admin.mfaMethod !== null || !(await verifyPassword(admin.passwordHash, ADMIN_PASSWORD))) {
        await t.ctx.store.updateUser(admin.id, { passwordHash: await hashPassword(ADMIN_PASSWORD), mustChangePassword: false, disabled: false }, t.clock.now());
        t.ctx.credentialCache.forgetUser(admin.id);
      }
    }

    before(async () => {
      smtp = await new SmtpSink().start();
      t = await startTestApp(kind);
      const document = (await t.app.inject({ method: 'GET', url: '/api/openapi.json' })).json();
      operations = operationsOf(document);
      sessionToken = await signInAdmin();
    });
    after(async () => {
      await t.close();
      await smtp.stop();
    });

    test(`at least ${REQUESTS} malformed requests: no 5xx, every error in the envelope, the process and the admin's session alive`, { timeout: 600_000 }, async (tc) => {
      const started = performance.now();
      const victim = await addTestUser(t, 'fuzz.target', { email: 'fuzz.target@example.com' });
      const adminKey = await t.app.inject({ method: 'POST', url: '/api/me/api-keys', headers: { authorization: basic('admin', ADMIN_PASSWORD) }, payload: { name: 'fuzz key' } });
      assert.equal(adminKey.statusCode, 201, adminKey.body);
      const sessions = await t.app.inject({ method: 'GET', url: '/api/me/sessions', cookies: { gatehouse_session: sessionToken } });
      const random = new SeededRandom(SEED);
      const cases = generateCases(
        {
          operations,
          random,
          pathValues: {
            id: [t.admin.id, victim.id, ...(sessions.json() as { sessions: { id: string }[] }).sessions.map((s) => s.id)],
            api_key: [(adminKey.json() as { api_key: string }).api_key, 'gk_0000000000000000'],
          },
          hints: {
            username: 'fuzz.target',
            password: `${SECRET_MARK}-password-1`,
            current_password: `${SECRET_MARK}-password-2`,
            new_password: `${SECRET_MARK}-password-3`,
            code: '123456',
            email: 'fuzz.target@example.com',
            to: 'fuzz.target@example.com',
            name: 'fuzzed key',
            host: '127.0.0.1',
            port: smtp.port,
            security: 'none',
            sender: 'Gatehouse <gatehouse@appliance.test>',
            max_lifetime_days: 3650,
            role: 'standard',
            enforce_mfa: false,
            limit: '50',
            before: '1000',
            type: 'sign_in_failed',
            user: 'admin',
            preview: '1',
          },
        },
        REQUESTS,
      );
      tc.diagnostic(`seed ${SEED} (0x${SEED.toString(16)}), ${cases.length} requests over ${operations.length} operations, concurrency ${CONCURRENCY}`);

      const failures: string[] = [];
      const statuses = new Map<string, number>();
      const byCategory = new Map<string, number>();
      let endedInBatch = false;

      const send = async (c: FuzzCase) => {
        const headers: Record<string, string | string[]> = { ...c.headers };
        if (c.identity === 'session') {
          headers.cookie = [`gatehouse_session=${sessionToken}`, headers.cookie].filter(Boolean).join('; ');
          if (!('origin' in headers)) headers.origin = ORIGIN;
        }
        if (c.identity === 'basic' && !('authorization' in headers)) headers.authorization = basic('admin', ADMIN_PASSWORD);
        const options: InjectOptions = { method: c.method as InjectOptions['method'], url: c.url, headers, remoteAddress: addresses[c.id % addresses.length]! };
        if (c.payload !== undefined) options.payload = c.payload;
        let response: LightMyRequestResponse;
        try {
          response = await t.app.inject(options);
        } catch (error) {
          failures.push(`#${c.id} ${c.category} ${c.identity} ${c.method} ${c.url.slice(0, 120)}: inject threw ${(error as Error).message}`);
          return;
        }
        const key = `${response.statusCode}`;
        statuses.set(key, (statuses.get(key) ?? 0) + 1);
        byCategory.set(c.category, (byCategory.get(c.category) ?? 0) + 1);
        if (c.identity !== 'anonymous' && isSessionEnding(c, response)) endedInBatch = true;
        if (c.identity === 'session') {
          const renewed = cookieFrom(response, 'gatehouse_session');
          if (renewed) sessionToken = renewed;
        }
        const problems = problemsWith(c, response);
        if (problems.length > 0) {
          failures.push(`#${c.id} ${c.category} ${c.identity} ${c.method} ${JSON.stringify(c.url.slice(0, 160))} (from ${c.operation}) → ${response.statusCode} ${response.body.slice(0, 200)}: ${problems.join('; ')}`);
        }
      };

      for (let start = 0; start < cases.length; start += BATCH_SIZE) {
        endedInBatch = false;
        await inPool(cases.slice(start, start + BATCH_SIZE), CONCURRENCY, send);
        await restoreAdmin();
        const me = await t.app.inject({ method: 'GET', url: '/api/me', cookies: { gatehouse_session: sessionToken } });
        if (me.statusCode !== 200) {
          if (!endedInBatch) failures.push(`batch from #${start}: the admin's session stopped working (${me.statusCode} ${me.body}) with no successful state change in the batch`);
          sessionToken = await signInAdmin();
        }
      }

      const health = await t.app.inject({ method: 'GET', url: '/healthz' });
      assert.equal(health.statusCode, 200, 'the process answers');
      const me = await t.app.inject({ method: 'GET', url: '/api/me', cookies: { gatehouse_session: sessionToken } });
      assert.equal(me.statusCode, 200, `the admin's session still works: ${me.body}`);
      assert.equal((await t.app.inject({ method: 'GET', url: '/api/me', headers: { authorization: basic('admin', ADMIN_PASSWORD) } })).statusCode, 200, 'Basic admin still works');

      const logged = t.logs.join('');
      const unexpected = t.logs.filter((line) => /"level":(50|60)/.test(line));
      const seconds = ((performance.now() - started) / 1000).toFixed(1);
      tc.diagnostic(`${cases.length} requests in ${seconds} s; statuses ${JSON.stringify(Object.fromEntries([...statuses].sort()))}`);
      tc.diagnostic(`by category ${JSON.stringify(Object.fromEntries([...byCategory].sort()))}`);
      for (const line of unexpected.slice(0, 5)) tc.diagnostic(`error log line: ${line.slice(0, 1500)}`);
      assert.deepEqual(failures.slice(0, 40), [], `${failures.length} bad answers (seed ${SEED}); the first 40 above`);
      assert.deepEqual(unexpected.slice(0, 10), [], 'no error-level log line');
      assert.equal(logged.includes(SECRET_MARK), false, 'no password or token the fuzzer sent reached a log line');
    });

    test('a body of 64 KiB + 1 byte answers 413 on every route that takes one; 64 KiB does not', async () => {
      const admin = { authorization: basic('admin', ADMIN_PASSWORD) };
      const routes: [InjectOptions['method'], string, Record<string, string>][] = [
        ['POST', '/api/session', {}],
        ['PUT', '/api/me/password', admin],
        ['POST', '/api/users', admin],
        ['PATCH', `/api/users/${t.admin.id}`, admin],
        ['PUT', '/api/settings/smtp', admin],
        ['POST', '/api/me/api-keys', admin],
        ['POST', `/api/users/${t.admin.id}/unlock`, admin],
        ['DELETE', '/api/me/sessions', admin],
      ];
      /** A JSON object of exactly `bytes` bytes. */
      const bodyOf = (bytes: number) => {
        const frame = JSON.stringify({ pad: '' }).length;
        return JSON.stringify({ pad: 'p'.repeat(bytes - frame) });
      };
      assert.equal(Buffer.byteLength(bodyOf(BODY_LIMIT_IN_BYTES + 1)), 65_537);
      for (const [method, url, headers] of routes) {
        const what = `${method} ${url}`;
        const tooLarge = await t.app.inject({ method, url, headers: { ...headers, 'content-type': 'application/json' }, payload: bodyOf(BODY_LIMIT_IN_BYTES + 1) });
        assert.equal(tooLarge.statusCode, 413, `${what}: ${tooLarge.body}`);
        assert.equal(tooLarge.json().error.type, 'payload_too_large', what);
        // Streamed without a Content-Length, the limit is counted as the bytes arrive.
        const streamed = await t.app.inject({ method, url, headers: { ...headers, 'content-type': 'application/json' }, payload: Readable.from([Buffer.from(bodyOf(BODY_LIMIT_IN_BYTES + 1))]) });
        assert.equal(streamed.statusCode, 413, `${what} streamed: ${streamed.body}`);
        for (const size of [BODY_LIMIT_IN_BYTES, BODY_LIMIT_IN_BYTES - 1]) {
          const fits = await t.app.inject({ method, url, headers: { ...headers, 'content-type': 'application/json' }, payload: bodyOf(size) });
          assert.notEqual(fits.statusCode, 413, `${what} with ${size} bytes`);
          assert.ok(fits.statusCode < 500, `${what} with ${size} bytes: ${fits.statusCode} ${fits.body}`);
        }
      }
    });
  });
}
