// The error envelope everywhere (SPEC 3): {"error":{"type","message"}} with the status of the one
// table, for our own failures and Fastify's (404, bad JSON, media type, body size, validation),
// health endpoints, and an OpenAPI document that lists every /api route the app serves.
import assert from 'node:assert/strict';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Writable } from 'node:stream';
import { after, before, describe, test } from 'node:test';
import type { FastifyInstance, InjectOptions, LightMyRequestResponse } from 'fastify';
import { loadConfig } from '../../src/config/config.js';
import { errorMessages, type ErrorType } from '../../src/core/errors.js';
import { createGatehouse, createLogger } from '../../src/server/gatehouse.js';
import { errorStatus } from '../../src/server/error-status.js';
import { createTestDatabase, availableDatabaseKinds } from '../helpers/test-databases.js';
import { ADMIN_PASSWORD, basic, ORIGIN, startTestApp, type TestApp } from '../helpers/test-app.js';

/** Asserts the answer is exactly the envelope for `type`, with its status and a JSON content type. */
function assertEnvelope(response: LightMyRequestResponse, type: ErrorType, what = '') {
  assert.equal(response.statusCode, errorStatus[type], `${what} status`);
  assert.match(String(response.headers['content-type']), /^application\/json/, `${what} content type`);
  const body = response.json() as { error: { type: string; message: string } };
  assert.deepEqual(Object.keys(body), ['error'], `${what} only the envelope`);
  // invalid_request may name the fields at fault, for programs.
  const keys = Object.keys(body.error).filter((key) => !(key === 'fields' && type === 'invalid_request'));
  assert.deepEqual(keys.sort(), ['message', 'type'], `${what} type and message`);
  assert.equal(body.error.type, type, what);
  assert.equal(typeof body.error.message, 'string');
  assert.ok(body.error.message.length > 0);
}

/**
 * Method and path of every route in `app.printRoutes()`'s tree, paths in OpenAPI form (`{id}`).
 * Lines look like `│   └── /sessions (GET, HEAD, DELETE)`; each level indents by four columns.
 */
function routesOf(app: FastifyInstance): { method: string; path: string }[] {
  const stack: string[] = [];
  const routes: { method: string; path: string }[] = [];
  for (const line of app.printRoutes({ commonPrefix: false }).split('\n')) {
    const match = /^([│ ]*)[├└]── (\S+)(?: \(([^)]*)\))?/.exec(line);
    if (!match) continue;
    const depth = match[1]!.length / 4;
    stack.length = depth;
    stack.push(match[2]!);
    const path = stack.join('').replace(/:(\w+)/g, '{$1}');
    for (const method of (match[3] ?? '').split(',').map((m) => m.trim()).filter(Boolean)) routes.push({ method, path });
  }
  return routes;
}

for (const kind of await availableDatabaseKinds()) {
  describe(`errors and the API surface (${kind})`, () => {
    let t: TestApp;
    const send = (options: InjectOptions) => t.app.inject(options);
    const adminAuth = () => ({ authorization: basic('admin', ADMIN_PASSWORD) });

    before(async () => {
      t = await startTestApp(kind);
    });
    after(() => t.close());

    // Other GET paths belong to the web console (a single-page app), so these are the API's own.
    test('an unknown route answers 404 not_found in the envelope', async () => {
      for (const url of ['/api/nothing-here', '/api/users/x/y/z', '/api', '/api/', '/healthz/more']) {
        const response = await send({ method: 'GET', url });
        assertEnvelope(response, 'not_found', url);
        assert.equal(response.json().error.message, errorMessages.not_found);
      }
    });

    test('an unknown method on a known path answers 404 not_found in the envelope', async () => {
      for (const [method, url] of [['PATCH', '/api/session'], ['PUT', '/api/users'], ['POST', '/api/me'], ['DELETE', '/api/audit-events']] as const) {
        assertEnvelope(await send({ method, url, headers: adminAuth() }), 'not_found', `${method} ${url}`);
      }
    });

    test('a body that is not valid JSON answers 400 invalid_request', async () => {
      for (const payload of ['{"username":', '{username: "admin"}', '', 'null']) {
        const response = await send({ method: 'POST', url: '/api/session', headers: { 'content-type': 'application/json' }, payload });
        assertEnvelope(response, 'invalid_request', JSON.stringify(payload));
      }
    });

    test('a body of another content type answers 415 unsupported_media_type', async () => {
      for (const contentType of ['application/x-www-form-urlencoded', 'multipart/form-data; boundary=x', 'application/xml', 'application/octet-stream']) {
        const response = await send({ method: 'POST', url: '/api/session', headers: { 'content-type': contentType }, payload: 'username=admin&password=whatever' });
        assertEnvelope(response, 'unsupported_media_type', contentType);
      }
    });

    // text/plain is the one body type a cross-site <form enctype="text/plain"> can send without a
    // CORS preflight; Fastify parses it by default, so it must be refused like any non-JSON body.
    test('a text/plain body answers 415 unsupported_media_type too, on routes with and without a body schema', async () => {
      const signIn = await send({ method: 'POST', url: '/api/session', headers: { 'content-type': 'text/plain' }, payload: '{"username":"admin","password":"x"}' });
      assertEnvelope(signIn, 'unsupported_media_type', 'POST /api/session');
      const unlock = await send({ method: 'POST', url: `/api/users/${t.admin.id}/unlock`, headers: { ...adminAuth(), 'content-type': 'text/plain' }, payload: 'anything' });
      assertEnvelope(unlock, 'unsupported_media_type', 'POST /api/users/{id}/unlock');
    });

    test('a body over 64 KiB answers 413 payload_too_large', async () => {
      const payload = JSON.stringify({ username: 'admin', password: 'x'.repeat(65 * 1024) });
      const response = await send({ method: 'POST', url: '/api/session', headers: { 'content-type': 'application/json' }, payload });
      assertEnvelope(response, 'payload_too_large');
      // Just under the limit is parsed (and then refused by the schema, not by size).
      const fits = await send({ method: 'POST', url: '/api/session', headers: { 'content-type': 'application/json' }, payload: JSON.stringify({ username: 'admin', password: 'x'.repeat(60 * 1024) }) });
      assertEnvelope(fits, 'invalid_request');
    });

    test('schema violations answer 400 invalid_request without echoing the values sent', async () => {
      const cases: [string, InjectOptions][] = [
        ['a wrong type', { method: 'POST', url: '/api/session', payload: { username: 12345, password: 'Echo-Canary-1' } }],
        ['a missing field', { method: 'POST', url: '/api/session', payload: { username: 'admin' } }],
        ['an extra field', { method: 'POST', url: '/api/session', payload: { username: 'admin', password: 'Echo-Canary-2', extra: 'Echo-Canary-3' } }],
        ['an array for an object', { method: 'POST', url: '/api/session', payload: [{ username: 'admin' }] }],
        ['an unknown role', { method: 'POST', url: '/api/users', headers: adminAuth(), payload: { username: 'someone', password: 'Echo-Canary-4 long', role: 'root' } }],
        ['a string for a boolean', { method: 'PATCH', url: `/api/users/${t.admin.id}`, headers: adminAuth(), payload: { disabled: 'Echo-Canary-5' } }],
        ['an unknown query parameter', { method: 'GET', url: '/api/audit-events?Echo-Canary-6=1', headers: adminAuth() }],
      ];
      for (const [name, options] of cases) {
        const response = await send(options);
        assertEnvelope(response, 'invalid_request', name);
        assert.doesNotMatch(response.body, /Echo-Canary/, `${name}: the answer does not repeat the input`);
      }
    });

    test('a protected route without credentials answers 401 authentication_required', async () => {
      const routes: [InjectOptions['method'], string, unknown?][] = [
        ['GET', '/api/me'],
        ['GET', '/api/me/sessions'],
        ['DELETE', '/api/me/sessions'],
        ['DELETE', '/api/session'],
        ['PUT', '/api/me/password', { current_password: 'a long password 1', new_password: 'a long password 2' }],
        ['GET', '/api/users'],
        ['DELETE', `/api/users/${t.admin.id}`],
        ['GET', '/api/audit-events'],
      ];
      for (const [method, url, payload] of routes) {
        assertEnvelope(await send({ method, url, ...(payload !== undefined && { payload: payload as InjectOptions['payload'] }) }), 'authentication_required', `${method} ${url}`);
        const withStaleCookie = await send({ method, url, cookies: { gatehouse_session: 'A'.repeat(43) }, headers: { origin: ORIGIN }, ...(payload !== undefined && { payload: payload as InjectOptions['payload'] }) });
        assertEnvelope(withStaleCookie, 'authentication_required', `${method} ${url} with an unknown cookie`);
      }
      assert.equal((await send({ method: 'DELETE', url: `/api/users/${t.admin.id}`, headers: adminAuth() })).statusCode, 409, 'the admin still exists');
    });

    test('error answers on /api carry a request id and are not cached', async () => {
      const response = await send({ method: 'GET', url: '/api/me' });
      assert.match(String(response.headers['x-request-id']), /^[0-9a-f-]{36}$/);
      assert.equal(response.headers['cache-control'], 'no-store');
    });

    test('/healthz and /readyz answer 200', async () => {
      const health = await send({ method: 'GET', url: '/healthz' });
      assert.equal(health.statusCode, 200);
      assert.deepEqual(health.json(), { status: 'ok' });
      const ready = await send({ method: 'GET', url: '/readyz' });
      assert.equal(ready.statusCode, 200);
      assert.deepEqual(ready.json(), { status: 'ready' });
    });

    test('/readyz answers 503 service_unavailable when storage is gone, while /healthz stays 200', async () => {
      const broken = await startTestApp(kind);
      try {
        await broken.ctx.store.close();
        assertEnvelope(await broken.app.inject({ method: 'GET', url: '/readyz' }), 'service_unavailable');
        assert.equal((await broken.app.inject({ method: 'GET', url: '/healthz' })).statusCode, 200);
      } finally {
        await broken.app.close().catch(() => {});
        await broken.database.drop();
        await rm(broken.config.dataDir, { recursive: true, force: true });
      }
    });

    test('an unexpected failure answers 500 internal_error without its detail, and logs the stack', async () => {
      const database = await createTestDatabase(kind);
      const logs: string[] = [];
      const sink = new Writable({
        write(chunk, _encoding, done) {
          logs.push(String(chunk));
          done();
        },
      });
      const dataDir = await mkdtemp(join(tmpdir(), 'gatehouse-data-'));
      const config = loadConfig(
        { GATEHOUSE_DATA_DIR: dataDir, GATEHOUSE_DATABASE_URL: database.url, GATEHOUSE_SECRET_KEY: Buffer.alloc(32, 7).toString('base64') },
        '/nonexistent',
      );
      const { app } = await createGatehouse(config, { logger: createLogger('info', sink), clock: t.clock });
      try {
        app.get('/api/test-only-explodes', async () => {
          throw new Error('Internal-Detail-xyzzy');
        });
        await app.ready();
        const response = await app.inject({ method: 'GET', url: '/api/test-only-explodes' });
        assertEnvelope(response, 'internal_error');
        assert.equal(response.json().error.message, errorMessages.internal_error);
        assert.doesNotMatch(response.body, /xyzzy|stack|Error:/);
        const logged = logs.join('');
        assert.match(logged, /Internal-Detail-xyzzy/);
        assert.match(logged, /"stack":/);
        // Every line is JSON; the request's own lines carry the id its answer carries.
        const lines = logged.trim().split('\n').map((line) => JSON.parse(line) as Record<string, unknown>);
        const requestId = response.headers['x-request-id'];
        assert.equal(typeof requestId, 'string');
        assert.equal(lines.find((line) => line.msg === 'unexpected error')?.request_id, requestId, 'a line logged while serving carries the request id');
        const access = lines.find((line) => line.msg === 'request completed' && (line.req as { url?: string } | undefined)?.url === '/api/test-only-explodes');
        assert.deepEqual(
          { level: access?.level, service: access?.service, request_id: access?.request_id, method: (access?.req as { method?: string }).method, status: (access?.res as { statusCode?: number }).statusCode },
          { level: 30, service: 'gatehouse', request_id: requestId, method: 'GET', status: 500 },
        );
        assert.equal(typeof access?.time, 'number');
        assert.equal(typeof access?.responseTime, 'number');
      } finally {
        await app.close();
        await database.drop();
        await rm(dataDir, { recursive: true, force: true });
      }
    });

    describe('the OpenAPI document', () => {
      let paths: Record<string, Record<string, unknown>>;
      before(async () => {
        const response = await send({ method: 'GET', url: '/api/openapi.json' });
        assert.equal(response.statusCode, 200);
        const document = response.json() as { openapi: string; paths: Record<string, Record<string, unknown>> };
        assert.match(document.openapi, /^3\./);
        paths = document.paths;
      });

      const expected = [
        'POST /api/session',
        'GET /api/session',
        'DELETE /api/session',
        'GET /api/me',
        'PUT /api/me/password',
        'GET /api/me/sessions',
        'DELETE /api/me/sessions',
        'DELETE /api/me/sessions/{id}',
        'GET /api/users',
        'POST /api/users',
        'GET /api/users/{id}',
        'PATCH /api/users/{id}',
        'DELETE /api/users/{id}',
        'POST /api/users/{id}/password',
        'POST /api/users/{id}/unlock',
        'DELETE /api/users/{id}/sessions',
        'GET /api/audit-events',
      ];
      test('lists the core routes of SPEC 3.1 that exist now', () => {
        const missing = expected.filter((route) => {
          const [method, path] = route.split(' ') as [string, string];
          return !paths[path]?.[method.toLowerCase()];
        });
        assert.deepEqual(missing, []);
      });

      test('lists every /api route the app serves, with every method', () => {
        const served = routesOf(t.app).filter((r) => r.path.startsWith('/api/') && r.path !== '/api/openapi.json' && r.method !== 'HEAD');
        assert.ok(served.length >= expected.length, `found ${served.length} routes in printRoutes`);
        for (const route of expected) assert.ok(served.some((r) => `${r.method} ${r.path}` === route), `the route parser sees ${route}`);
        const undocumented = served.filter((r) => !paths[r.path]?.[r.method.toLowerCase()]).map((r) => `${r.method} ${r.path}`);
        assert.deepEqual(undocumented, []);
      });

      test('every /api route but the sign-in steps refuses a caller without credentials, HEAD included', async () => {
        // The routes a caller reaches before it has a session or credentials.
        const publicRoutes = new Set(['GET /api/openapi.json', 'GET /api/session', 'POST /api/session', 'POST /api/session/second-factor', 'POST /api/session/email-code', 'POST /api/session/webauthn-challenge', 'POST /api/session/passkey/options', 'POST /api/session/passkey', 'GET /api/webauthn', 'HEAD /api/webauthn', 'GET /api/auth/verify', 'HEAD /api/auth/verify', 'HEAD /api/session', 'HEAD /api/openapi.json']);
        const routes = routesOf(t.app).filter((r) => r.path.startsWith('/api/') && !publicRoutes.has(`${r.method} ${r.path}`));
        assert.ok(routes.length >= 30, `found ${routes.length} signed-in routes`);
        const answered: string[] = [];
        for (const { method, path } of routes) {
          const url = path.replace(/\{(\w+)\}/g, 'x');
          const response = await send({ method: method as InjectOptions['method'], url, headers: { origin: ORIGIN }, ...(method === 'GET' || method === 'HEAD' || method === 'DELETE' ? {} : { payload: {} }) });
          if (response.statusCode !== 401) answered.push(`${method} ${path} → ${response.statusCode}`);
          else if (method !== 'HEAD') assertEnvelope(response, 'authentication_required', `${method} ${path}`);
        }
        assert.deepEqual(answered, []);
      });

      test('documents the error envelope on the operations it describes', () => {
        const signIn = paths['/api/session']?.post as { responses?: Record<string, { content?: Record<string, { schema?: { properties?: Record<string, unknown> } }> }> };
        const unauthorized = signIn.responses?.['401']?.content?.['application/json']?.schema;
        assert.ok(unauthorized?.properties?.error, 'POST /api/session documents its 401 envelope');
      });
    });
  });
}
