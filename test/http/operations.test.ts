import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { request as httpsRequest } from 'node:https';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { ConfigError, loadConfig } from '../../src/config/config.js';
import { ADMIN_PASSWORD, basic, Browser, errorTypeOf, startTestApp, type TestApp } from '../helpers/test-app.js';
import { availableDatabaseKinds } from '../helpers/test-databases.js';

// Asked once, before any suite starts (as the other HTTP test files do).
const kinds = await availableDatabaseKinds();

describe('operations: metrics and security headers', () => {
  let t: TestApp;
  before(async () => {
    t = await startTestApp('sqlite');
  });
  after(() => t.close());

  test('GET /metrics counts sign-ins by outcome, throttled requests and request latency', async () => {
    const browser = new Browser(t.app);
    await browser.signIn('admin', ADMIN_PASSWORD);
    await browser.signIn('admin', 'not the admin password');
    const metrics = await t.app.inject({ url: '/metrics' });
    assert.equal(metrics.statusCode, 200);
    assert.match(metrics.headers['content-type'] as string, /text\/plain/);
    assert.match(metrics.body, /gatehouse_sign_ins_total\{outcome="success"\} 1/);
    assert.match(metrics.body, /gatehouse_sign_ins_total\{outcome="failure"\} 1/);
    assert.match(metrics.body, /gatehouse_http_request_duration_seconds_bucket\{le="0.005",method="POST",route="\/api\/session",status_code="200"\}/);
    assert.match(metrics.body, /gatehouse_process_resident_memory_bytes/);
  });

  test('API answers are not cached, sniffed or framed', async () => {
    const response = await t.app.inject({ url: '/api/me', headers: { authorization: basic('admin', ADMIN_PASSWORD) } });
    assert.equal(response.headers['cache-control'], 'no-store');
    assert.equal(response.headers['x-content-type-options'], 'nosniff');
    assert.equal(response.headers['content-security-policy'], "default-src 'none'; frame-ancestors 'none'");
    assert.ok(response.headers['x-request-id']);
    assert.equal(response.headers['strict-transport-security'], undefined, 'no HSTS over plain HTTP');
  });
});

describe('operations: HTTPS served directly', () => {
  let directory: string;
  let t: TestApp;
  let port: number;
  before(async () => {
    directory = mkdtempSync(join(tmpdir(), 'gatehouse-tls-'));
    const key = join(directory, 'key.pem');
    const cert = join(directory, 'cert.pem');
    execFileSync('openssl', ['req', '-x509', '-newkey', 'rsa:2048', '-nodes', '-keyout', key, '-out', cert, '-days', '1', '-subj', '/CN=127.0.0.1'], { stdio: 'ignore' });
    t = await startTestApp('sqlite', { env: { GATEHOUSE_TLS_CERT: cert, GATEHOUSE_TLS_KEY: key, GATEHOUSE_PUBLIC_URL: 'https://127.0.0.1' } });
    await t.app.listen({ host: '127.0.0.1', port: 0 });
    port = (t.app.server.address() as { port: number }).port;
  });
  after(async () => {
    await t.close();
    rmSync(directory, { recursive: true, force: true });
  });

  function post(path: string, body: unknown): Promise<{ status: number; headers: Record<string, string | string[] | undefined> }> {
    return new Promise((resolve, reject) => {
      const payload = JSON.stringify(body);
      const req = httpsRequest(
        { host: '127.0.0.1', port, path, method: 'POST', rejectUnauthorized: false, headers: { 'content-type': 'application/json', 'content-length': Buffer.byteLength(payload) } },
        (res) => {
          res.resume();
          res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers }));
        },
      );
      req.on('error', reject);
      req.end(payload);
    });
  }

  test('over HTTPS the session cookie is __Host- prefixed and Secure, and HSTS is sent', async () => {
    const response = await post('/api/session', { username: 'admin', password: ADMIN_PASSWORD });
    assert.equal(response.status, 200);
    const cookie = (response.headers['set-cookie'] as string[]).find((c) => c.startsWith('__Host-gatehouse_session='));
    assert.ok(cookie, 'a __Host- session cookie');
    assert.match(cookie, /; Secure/);
    assert.match(cookie, /; HttpOnly/);
    assert.match(cookie, /; SameSite=Strict/);
    assert.equal(response.headers['strict-transport-security'], 'max-age=31536000');
  });
});

for (const kind of kinds) {
  describe(`operations: behind a TLS proxy without GATEHOUSE_TRUST_PROXY (${kind})`, () => {
    const origin = 'https://storage.example';
    let t: TestApp;
    before(async () => {
      // Plain HTTP reaches Gatehouse, and X-Forwarded-Proto is not trusted: only the public URL says https.
      t = await startTestApp(kind, { env: { GATEHOUSE_PUBLIC_URL: `${origin}/console` } });
    });
    after(() => t.close());

    test('the session cookie is __Host- prefixed and Secure, and HSTS is sent, because the public URL is https://', async () => {
      const signIn = await t.app.inject({ method: 'POST', url: '/api/session', headers: { origin }, payload: { username: 'admin', password: ADMIN_PASSWORD } });
      assert.equal(signIn.statusCode, 200);
      const cookie = signIn.cookies.find((c) => c.name === '__Host-gatehouse_session');
      assert.ok(cookie, `a __Host- session cookie: ${JSON.stringify(signIn.headers['set-cookie'])}`);
      assert.equal(cookie.secure, true);
      assert.equal(cookie.path, '/');
      assert.equal(signIn.headers['strict-transport-security'], 'max-age=31536000');
      const session = cookie.value;
      for (const url of ['/api/me', '/healthz']) {
        const answer = await t.app.inject({ url, cookies: { '__Host-gatehouse_session': session } });
        assert.equal(answer.statusCode, 200, url);
        assert.equal(answer.headers['strict-transport-security'], 'max-age=31536000', url);
      }
      assert.equal((await t.app.inject({ url: '/api/me', cookies: { gatehouse_session: session } })).statusCode, 401, 'the name without the prefix is not read');
      const signOut = await t.app.inject({ method: 'DELETE', url: '/api/session', headers: { origin }, cookies: { '__Host-gatehouse_session': session } });
      assert.equal(signOut.statusCode, 204);
      assert.match(String(signOut.headers['set-cookie']), /^__Host-gatehouse_session=;.*Secure/);
    });
  });
}

for (const kind of kinds) {
  describe(`operations: /metrics behind GATEHOUSE_METRICS_TOKEN (${kind})`, () => {
    const token = 'metrics-token-5f0c2e9a41b7d3c8';
    let t: TestApp;
    before(async () => {
      t = await startTestApp(kind, { env: { GATEHOUSE_METRICS_TOKEN: token } });
    });
    after(() => t.close());

    test('without the bearer token /metrics answers 401 with a Bearer challenge; with it, the metrics', async () => {
      for (const authorization of [undefined, `Bearer ${token}x`, `Bearer ${token.slice(0, -1)}`, 'Bearer ', basic('admin', ADMIN_PASSWORD), token]) {
        const refused = await t.app.inject({ url: '/metrics', ...(authorization !== undefined && { headers: { authorization } }) });
        assert.equal(refused.statusCode, 401, String(authorization));
        assert.equal(errorTypeOf(refused), 'authentication_required');
        assert.equal(refused.headers['www-authenticate'], 'Bearer realm="metrics"');
        assert.doesNotMatch(refused.body, /gatehouse_/);
      }
      for (const scheme of ['Bearer', 'bearer']) {
        const allowed = await t.app.inject({ url: '/metrics', headers: { authorization: `${scheme} ${token}` } });
        assert.equal(allowed.statusCode, 200);
        assert.match(allowed.body, /gatehouse_sign_ins_total/);
      }
      assert.equal(t.logs.some((line) => line.includes(token)), false, 'the token is never logged');
    });

    test('a token too short to be one stops start-up with a line naming the setting, not the value', () => {
      assert.throws(() => loadConfig({ GATEHOUSE_METRICS_TOKEN: 'short secret' }, '/nonexistent'), (error: Error) => {
        assert.ok(error instanceof ConfigError);
        assert.match(error.message, /^GATEHOUSE_METRICS_TOKEN must be 16 to 256 printable characters/);
        assert.doesNotMatch(error.message, /short secret/);
        return true;
      });
    });
  });
}
