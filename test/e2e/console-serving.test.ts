// How the server hands out the console: index.html for the app's paths, files with their headers,
// JSON 404s for API paths, nothing outside web/dist, and a hint when the console is not built.
import assert from 'node:assert/strict';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import Fastify, { type FastifyInstance } from 'fastify';
import { registerErrorHandling } from '../../src/server/error-handling.js';
import { registerConsole } from '../../src/server/routes/public/console-routes.js';

async function serve(root: string): Promise<FastifyInstance> {
  const app = Fastify({ logger: false });
  registerErrorHandling(app);
  app.get('/healthz', async () => ({ status: 'ok' }));
  app.get('/api/me', async () => ({ username: 'admin' }));
  await registerConsole(app, { root });
  await app.ready();
  return app;
}

describe('serving the web console', () => {
  let folder: string;
  let app: FastifyInstance;

  before(async () => {
    folder = await mkdtemp(join(tmpdir(), 'gatehouse-console-'));
    await mkdir(join(folder, 'dist', 'assets'), { recursive: true });
    await writeFile(join(folder, 'dist', 'index.html'), '<!doctype html><title>Gatehouse</title>');
    await writeFile(join(folder, 'dist', 'assets', 'index-abc123.js'), 'console.log(1)');
    await writeFile(join(folder, 'secret.txt'), 'outside the console');
    app = await serve(join(folder, 'dist'));
  });
  after(async () => {
    await app?.close();
    await rm(folder, { recursive: true, force: true });
  });

  test('the app answers / and any path of its own with index.html, never cached', async () => {
    for (const url of ['/', '/account', '/admin/users?x=1', '/mfa/enroll']) {
      const response = await app.inject({ url });
      assert.equal(response.statusCode, 200, url);
      assert.match(response.headers['content-type'] as string, /^text\/html/);
      assert.match(response.body, /<title>Gatehouse<\/title>/);
      assert.equal(response.headers['cache-control'], 'no-cache');
      assert.match(response.headers['content-security-policy'] as string, /default-src 'self'.*frame-ancestors 'none'/);
    }
  });

  test('hashed assets are served as immutable files', async () => {
    const response = await app.inject({ url: '/assets/index-abc123.js' });
    assert.equal(response.statusCode, 200);
    assert.match(response.headers['content-type'] as string, /javascript/);
    assert.equal(response.headers['cache-control'], 'public, max-age=31536000, immutable');
  });

  test('API, health and metrics paths keep their own answers and JSON 404s', async () => {
    assert.equal((await app.inject({ url: '/api/me' })).json().username, 'admin');
    assert.equal((await app.inject({ url: '/healthz' })).json().status, 'ok');
    for (const url of ['/api/nothing-here', '/api', '/metrics', '/readyz/extra', '/assets/missing.js']) {
      const response = await app.inject({ url });
      assert.equal(response.statusCode, 404, url);
      assert.equal(response.json().error.type, 'not_found', url);
    }
    const post = await app.inject({ method: 'POST', url: '/account', payload: {} });
    assert.equal(post.statusCode, 404, 'only GET falls back to the app');
  });

  test('no path reaches a file outside web/dist', async () => {
    for (const url of ['/../secret.txt', '/%2e%2e/secret.txt', '/..%2fsecret.txt', '/assets/..%2f..%2fsecret.txt']) {
      const response = await app.inject({ url });
      assert.doesNotMatch(response.body, /outside the console/, url);
    }
    const overlong = await app.inject({ url: '/%c0%ae%c0%ae/%c0%ae%c0%ae/etc/passwd' });
    assert.notEqual(overlong.statusCode, 200, 'an undecodable path is refused, not served');
  });

  test('without a build the server still starts and / says how to build the console', async () => {
    const unbuilt = await serve(join(folder, 'nowhere'));
    try {
      const response = await unbuilt.inject({ url: '/' });
      assert.equal(response.statusCode, 503);
      assert.match(response.headers['content-type'] as string, /^text\/plain/);
      assert.match(response.body, /npm run build/);
      assert.equal((await unbuilt.inject({ url: '/api/nothing' })).json().error.type, 'not_found');
    } finally {
      await unbuilt.close();
    }
  });
});
