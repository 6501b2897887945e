// Hostile input (issue 7 §4; SPEC 3): every operation of the OpenAPI document gets malformed and
// hostile requests — wrong types, missing and extra fields, huge and deeply nested bodies, bad
// JSON, prototype keys, other media types, bad Basic headers, header injection, path traversal,
// odd methods and querystrings — from anonymous callers, the admin's session and the admin's
// Basic credentials. Every answer must be below 500 and, when it is an error, the envelope with a
// type of the catalogue; the process must stay up and the admin's session must keep working.
//
// Deterministic: the cases come from a seeded PRNG. GATEHOUSE_FUZZ_SEED replays a seed,
// GATEHOUSE_FUZZ_REQUESTS changes the count (default 10,000 on SQLite, 4,000 on PostgreSQL).
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
import { type RawAnswer, sendRaw } from '../helpers/raw-http.js';
import { SeededRandom } from '../helpers/seeded-random.js';
import { SmtpSink } from '../helpers/smtp-sink.js';
import { ADMIN_PASSWORD, addTestUser, basic, cookieFrom, errorTypeOf, ORIGIN, startTestApp, type TestApp } from '../helpers/test-app.js';
import { availableDatabaseKinds } from '../helpers/test-databases.js';

const SEED = Number(process.env.GATEHOUSE_FUZZ_SEED ?? 0x6a7e_2026);
/** SQLite carries the 10,000; PostgreSQL repeats a shorter run to keep the file near 90 s on two cores. */
const REQUESTS = { sqlite: 10_000, postgres: 4_000 };
if (process.env.GATEHOUSE_FUZZ_REQUESTS) REQUESTS.sqlite = REQUESTS.postgres = Number(process.env.GATEHOUSE_FUZZ_REQUESTS);
const CONCURRENCY = 8;
const BATCH_SIZE = 500;
const KNOWN_TYPES = new Set<string>(errorTypes);
/** 403s of the auth check itself (request-auth.ts), given before any body is read. */
const CALLER_REFUSALS = new Set(['password_change_required', 'forbidden', 'csrf_rejected', 'api_key_not_allowed', 'api_key_read_only', 'mfa_enabled_use_api_key', 'factor_locked']);

/** What is wrong with an answer, or an empty list. */
function problemsWith(c: FuzzCase, response: LightMyRequestResponse): string[] {
  const problems: string[] = [];
  const status = response.statusCode;
  // The one route whose job is to reach another server answers 502 when that server refuses.
  if (status >= 500 && !(status === 502 && c.url.startsWith('/api/settings/smtp/test') && errorTypeOf(response) === 'email_delivery_failed')) problems.push(`status ${status}`);
  // Who is calling is settled before the body is read (the auth check runs on request), so a
  // refusal of the caller comes first and stands in for the body error the case expects.
  const refusedFirst = status === 401 || (status === 403 && CALLER_REFUSALS.has(errorTypeOf(response) ?? ''));
  if (c.expect && status !== c.expect.status && !refusedFirst) problems.push(`expected ${c.expect.status} ${c.expect.type}`);
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
    if (c.expect && type !== c.expect.type && !refusedFirst) problems.push(`expected type ${c.expect.type}, got ${String(type)}`);
    const message = typeof body?.error?.message === 'string' ? body.error.message : '';
    if (message.includes(CANARY) || message.includes(SECRET_MARK)) problems.push('the error message repeats the input');
    if (!/^application\/json/.test(String(response.headers['content-type']))) problems.push(`error content type ${String(response.headers['content-type'])}`);
  }
  // Downloads (the audit export: JSON lines or CSV, as an attachment) are the one non-JSON success.
  const isDownload = /^(application\/x-ndjson|text\/csv);/.test(String(response.headers['content-type'])) && /^attachment;/.test(String(response.headers['content-disposition']));
  if (isApi && status < 300 && response.body.length > 0 && c.method !== 'HEAD' && !isDownload) {
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
      if (admin.mfaKinds.length > 0) await t.ctx.store.removeMfa(admin.id, t.clock.now(), {});
      if (admin.mustChangePassword || admin.disabledAt !== null || !(await verifyPassword(admin.passwordHash, ADMIN_PASSWORD))) {
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

    test(`at least ${REQUESTS[kind]} malformed requests: no 5xx, every error in the envelope, the process and the admin's session alive`, { timeout: 600_000 }, async (tc) => {
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
        REQUESTS[kind],
      );
      tc.diagnostic(`seed ${SEED} (0x${SEED.toString(16)}), ${cases.length} requests over ${operations.length} operations, concurrency ${CONCURRENCY}`);

      /** Bad answers grouped by what was wrong, with the first example of each. */
      const failures = new Map<string, { count: number; example: string }>();
      const fail = (signature: string, example: string) => {
        const group = failures.get(signature) ?? { count: 0, example };
        group.count++;
        failures.set(signature, group);
      };
      const perOperation = new Map<string, number>(operations.map((o) => [`${o.method} ${o.path}`, 0]));
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
          fail(`inject threw: ${(error as Error).message}`, `#${c.id} ${c.category} ${c.identity} ${c.method} ${c.url.slice(0, 120)}`);
          return;
        }
        const key = `${response.statusCode}`;
        statuses.set(key, (statuses.get(key) ?? 0) + 1);
        byCategory.set(c.category, (byCategory.get(c.category) ?? 0) + 1);
        perOperation.set(c.operation, (perOperation.get(c.operation) ?? 0) + 1);
        if (c.identity !== 'anonymous' && isSessionEnding(c, response)) endedInBatch = true;
        if (c.identity === 'session') {
          const renewed = cookieFrom(response, 'gatehouse_session');
          if (renewed) sessionToken = renewed;
        }
        const problems = problemsWith(c, response);
        if (problems.length > 0) {
          const code = /"code":"(FST_\w+)"/.exec(response.body)?.[1] ?? errorTypeOf(response) ?? '';
          fail(`${response.statusCode} ${code}: ${problems.join('; ')}`, `#${c.id} ${c.category} ${c.identity} ${c.method} ${JSON.stringify(c.url.slice(0, 160))} (from ${c.operation}) → ${response.body.slice(0, 240)}`);
        }
      };

      for (let start = 0; start < cases.length; start += BATCH_SIZE) {
        endedInBatch = false;
        await inPool(cases.slice(start, start + BATCH_SIZE), CONCURRENCY, send);
        await restoreAdmin();
        const me = await t.app.inject({ method: 'GET', url: '/api/me', cookies: { gatehouse_session: sessionToken } });
        if (me.statusCode !== 200) {
          if (!endedInBatch) fail("the admin's session stopped working with no successful state change in its batch", `batch from #${start}: ${me.statusCode} ${me.body}`);
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
      const leastExercised = Math.min(...perOperation.values());
      tc.diagnostic(`every one of ${perOperation.size} operations drawn at least ${leastExercised} times`);
      assert.ok(leastExercised >= 30, 'every operation of the document was fuzzed');
      const summary = [...failures].map(([signature, { count, example }]) => `${count}× ${signature} — e.g. ${example}`);
      assert.deepEqual(summary, [], `bad answers (seed ${SEED})`);
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

    // PostgreSQL cannot store U+0000 in text: an encoded NUL in an id, a query value, a JSON string
    // or a header that reaches a query is input to refuse or to find nothing with, never a 500.
    test('a NUL character in ids, query values, bodies and headers never answers 5xx', async () => {
      const admin = { authorization: basic('admin', ADMIN_PASSWORD) };
      const cases: [InjectOptions['method'], string, unknown?, Record<string, string>?][] = [
        ['GET', '/api/users/%00'],
        ['PATCH', '/api/users/a%00b', { role: 'standard' }],
        ['DELETE', '/api/users/%00'],
        ['POST', '/api/users/%00/password', { password: 'a new long password 123' }],
        ['POST', '/api/users/%00/mfa/reset'],
        ['POST', '/api/users/%00/unlock'],
        ['DELETE', '/api/users/%00/sessions'],
        ['DELETE', '/api/me/sessions/%00'],
        ['DELETE', '/api/me/api-keys/a%00b'],
        ['DELETE', '/api/api-keys/%00'],
        ['GET', '/api/api-keys?user=%00'],
        ['GET', '/api/audit-events?user=a%00b'],
        ['GET', '/api/audit-events?type=%00'],
        ['PATCH', '/api/me', { email: 'nul\u0000@example.com' }],
        ['POST', '/api/users', { username: 'nul\u0000user', password: 'a long password 123', role: 'standard', email: null }],
        ['POST', '/api/me/api-keys', { name: 'key\u0000name' }],
        ['POST', '/api/settings/smtp/test', { to: 'ops\u0000@example.com' }],
        ['GET', '/api/me', undefined, { 'user-agent': 'agent\u0000x' }],
      ];
      const anonymous: [string, unknown, Record<string, string>?][] = [
        ['/api/session', { username: 'nul\u0000user', password: 'a wrong password' }],
        ['/api/session', { username: 'fuzz.target', password: 'a wrong\u0000password' }],
        ['/api/session', { username: 'fuzz.target', password: 'a wrong password' }, { 'user-agent': 'agent\u0000x' }],
        ['/api/session/second-factor', { method: 'totp', code: '\u0000' }],
      ];
      const answers: string[] = [];
      for (const [method, url, payload, headers] of cases) {
        const response = await t.app.inject({ method, url, headers: { ...admin, ...headers }, ...(payload !== undefined && { payload: payload as InjectOptions['payload'] }) });
        if (response.statusCode >= 500 || (response.statusCode >= 400 && !errorTypeOf(response))) answers.push(`${method} ${url} ${JSON.stringify(payload ?? '')}: ${response.statusCode} ${response.body.slice(0, 120)}`);
      }
      for (const [url, payload, headers] of anonymous) {
        const response = await t.app.inject({ method: 'POST', url, headers: { origin: ORIGIN, ...headers }, remoteAddress: '203.0.113.77', payload: payload as InjectOptions['payload'] });
        if (response.statusCode >= 500 || (response.statusCode >= 400 && !errorTypeOf(response))) answers.push(`POST ${url} ${JSON.stringify(payload)} ${JSON.stringify(headers ?? {})}: ${response.statusCode} ${response.body.slice(0, 120)}`);
      }
      assert.deepEqual(answers, [], 'no NUL leads to a 5xx or an error outside the envelope');
    });

    // What inject cannot send: it resolves dot segments and refuses what Node's client would. Node's
    // own parser refuses some of these before the app (Fastify's default client-error answer, not
    // the envelope); those are listed in a diagnostic, the rest must be the app's envelope.
    test('raw HTTP: dot segments, NUL and CR bytes, unknown methods and smuggling shapes reach no 5xx', async (tc) => {
      await t.app.listen({ host: '127.0.0.1', port: 0 });
      const port = (t.app.server.address() as { port: number }).port;
      const auth = basic('admin', ADMIN_PASSWORD);
      const get = (target: string, extra = '') => `GET ${target} HTTP/1.1\r\nHost: gatehouse.test\r\nAuthorization: ${auth}\r\n${extra}Connection: close\r\n\r\n`;
      const post = (target: string, headers: string, body: string) => `POST ${target} HTTP/1.1\r\nHost: gatehouse.test\r\n${headers}Connection: close\r\n\r\n${body}`;
      const json = '{"username":"nobody","password":"a wrong password"}';
      const requests: [string, string | Buffer][] = [
        ['dot segments into /etc', get('/api/../etc/passwd')],
        ['dot segments out of /api', get('/api/../../../../etc/passwd')],
        ['encoded dot segments', get('/api/%2e%2e/%2e%2e/etc/passwd')],
        ['dot segments out of the console', get('/assets/../../package.json')],
        ['encoded slashes out of the console', get('/assets/..%2f..%2f..%2fpackage.json')],
        ['encoded dots out of the console', get('/assets/%2e%2e/%2e%2e/package.json')],
        ['backslashes', get('/..\\..\\etc\\passwd')],
        ['overlong UTF-8 dots', get('/%c0%ae%c0%ae/%c0%ae%c0%ae/etc/passwd')],
        ['an encoded NUL in an id', get('/api/users/%00')],
        ['an encoded NUL in a key id', `DELETE /api/me/api-keys/a%00b HTTP/1.1\r\nHost: x\r\nAuthorization: ${auth}\r\nConnection: close\r\n\r\n`],
        ['an encoded NUL in the console', get('/index.html%00.png')],
        ['the data folder', get('/data/gatehouse.sqlite')],
        ['a raw NUL in the path', Buffer.from(get('/api/me\u0000x'), 'latin1')],
        ['a raw NUL in a header', Buffer.from(get('/api/me', 'User-Agent: a\u0000b\r\n'), 'latin1')],
        ['a bare CR in a header', get('/api/me', 'X-Test: a\rb\r\n')],
        ['a folded header line', get('/api/me', 'X-Test: a\r\n folded\r\n')],
        ['Latin-1 bytes in Basic', Buffer.from(get('/api/me', '').replace(auth, 'Basic \u00e9\u00ff=='), 'latin1')],
        ['raw UTF-8 bytes in Basic', Buffer.concat([Buffer.from('GET /api/me HTTP/1.1\r\nHost: x\r\nAuthorization: Basic '), Buffer.from('\u00e9t\u00e9:mot de passe', 'utf8'), Buffer.from('\r\nConnection: close\r\n\r\n')])],
        ['raw UTF-8 in the path', Buffer.concat([Buffer.from('GET /api/users/'), Buffer.from('\u00e9\u{1f512}', 'utf8'), Buffer.from(' HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n')])],
        ['an unknown method', `FOO /api/me HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n`],
        ['a lower-case method', `get /api/me HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n`],
        ['TRACE', `TRACE /api/me HTTP/1.1\r\nHost: x\r\nAuthorization: ${auth}\r\nConnection: close\r\n\r\n`],
        ['OPTIONS *', 'OPTIONS * HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n'],
        ['GET *', 'GET * HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n'],
        ['CONNECT', 'CONNECT 127.0.0.1:22 HTTP/1.1\r\nHost: 127.0.0.1:22\r\n\r\n'],
        ['an absolute-form target', get('http://evil.test/api/me')],
        ['HTTP/1.0 without Host', 'GET /api/me HTTP/1.0\r\n\r\n'],
        ['HTTP/9.9', 'GET /api/me HTTP/9.9\r\nHost: x\r\n\r\n'],
        ['two Host headers', get('/api/me', 'Host: evil.test\r\n')],
        ['a space in the target', 'GET /api/me x HTTP/1.1\r\nHost: x\r\n\r\n'],
        ['Content-Length with Transfer-Encoding', post('/api/session', 'Content-Type: application/json\r\nContent-Length: 4\r\nTransfer-Encoding: chunked\r\n', `${json.length.toString(16)}\r\n${json}\r\n0\r\n\r\n`)],
        ['two Content-Length values', post('/api/session', `Content-Type: application/json\r\nContent-Length: ${json.length}\r\nContent-Length: 5\r\n`, json)],
        ['a negative Content-Length', post('/api/session', 'Content-Type: application/json\r\nContent-Length: -1\r\n', json)],
        ['a bad chunk size', post('/api/session', 'Content-Type: application/json\r\nTransfer-Encoding: chunked\r\n', 'zz\r\n{}\r\n0\r\n\r\n')],
        ['chunks over 64 KiB', post('/api/session', 'Content-Type: application/json\r\nTransfer-Encoding: chunked\r\n', `${(70 * 1024).toString(16)}\r\n{"a":"${'x'.repeat(70 * 1024 - 8)}"}\r\n0\r\n\r\n`)],
        ['headers over 16 KiB', get('/api/me', `X-Big: ${'b'.repeat(20 * 1024)}\r\n`)],
        ['500 headers', get('/api/me', Array.from({ length: 500 }, (_, i) => `X-H${i}: ${i}\r\n`).join(''))],
        ['a CRLF-injected Origin', post('/api/session', 'Content-Type: application/json\r\nOrigin: http://gatehouse.test\r\nX-Injected: 1\r\n', json).replace('Connection: close', `Content-Length: ${json.length}\r\nConnection: close`)],
        ['a pipelined bad request', `GET /healthz HTTP/1.1\r\nHost: x\r\n\r\nGET /api/me\u0000 HTTP/1.1\r\nHost: x\r\n\r\n`],
      ];
      const refusedByNode: string[] = [];
      const failures: string[] = [];
      for (const [what, request] of requests) {
        let answer: RawAnswer | 'closed';
        try {
          answer = await sendRaw(port, request);
        } catch (error) {
          failures.push(`${what}: ${(error as Error).message}`);
          continue;
        }
        if (answer === 'closed') {
          refusedByNode.push(`${what}: connection closed without an answer`);
          continue;
        }
        if (answer.status >= 500) failures.push(`${what}: ${answer.status} ${answer.body.slice(0, 200)}`);
        if (/^\{"error":"[^"]+","message":"(Client Error|Client Timeout|Exceeded maximum allowed HTTP header size)","statusCode":4\d\d\}$/.test(answer.body)) {
          refusedByNode.push(`${what}: ${answer.status} by Node's parser (${answer.body.slice(0, 80)})`);
          continue;
        }
        if (/root:.*:0:0:|"name":\s*"gatehouse"|SQLite format 3/.test(answer.body)) failures.push(`${what}: served a file from outside the console`);
        if (answer.status >= 400) {
          let type: unknown;
          try {
            type = (JSON.parse(answer.body) as { error?: { type?: unknown } }).error?.type;
          } catch {
            type = undefined;
          }
          if (typeof type !== 'string' || !KNOWN_TYPES.has(type)) failures.push(`${what}: ${answer.status} not the envelope: ${answer.body.slice(0, 200)}`);
        }
      }
      tc.diagnostic(`${requests.length} raw requests; refused by Node before the app: ${refusedByNode.length}`);
      for (const line of refusedByNode) tc.diagnostic(`  ${line}`);
      assert.deepEqual(failures, []);
      assert.equal((await t.app.inject({ method: 'GET', url: '/healthz' })).statusCode, 200);
    });
  });
}
