// A real nginx in front of a small upstream, asking Gatehouse through `auth_request` (SPEC 2.10,
// docs/forward-auth.md): an API key gets through with the user headers; a wrong token, a revoked
// key and an MFA user's password do not. nginx is Debian's package (installed by .ci/run); without
// it the test is skipped with its reason, or fails when REQUIRE_NGINX=1.
import assert from 'node:assert/strict';
import { type ChildProcess, spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { createServer, type IncomingHttpHeaders, type Server } from 'node:http';
import { connect, createServer as createTcpServer, type AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { createApiKey } from '../helpers/api-key-steps.js';
import { enrollTotp } from '../helpers/mfa-steps.js';
import { addTestUser, basic, Browser, startTestApp, type TestApp } from '../helpers/test-app.js';
import { availableDatabaseKinds } from '../helpers/test-databases.js';

const NGINX = process.env.GATEHOUSE_NGINX ?? '/usr/sbin/nginx';
const nginxMissing = existsSync(NGINX) ? null : `nginx not found at ${NGINX} (apt-get install nginx-light; set REQUIRE_NGINX=1 to require it)`;

/** The nginx configuration of docs/forward-auth.md, with every path inside `directory`. */
function nginxConfig(directory: string, ports: { nginx: number; gatehouse: number; upstream: number }): string {
  return `
${process.getuid?.() === 0 ? 'user root;' : ''}
worker_processes 1;
events { worker_connections 64; }
http {
  access_log off;
  client_body_temp_path ${directory}/client_body;
  proxy_temp_path ${directory}/proxy;
  fastcgi_temp_path ${directory}/fastcgi;
  uwsgi_temp_path ${directory}/uwsgi;
  scgi_temp_path ${directory}/scgi;

  server {
    listen 127.0.0.1:${ports.nginx};

    location / {
      auth_request /_gatehouse;
      auth_request_set $gatehouse_user $upstream_http_x_gatehouse_user;
      auth_request_set $gatehouse_user_id $upstream_http_x_gatehouse_user_id;
      auth_request_set $gatehouse_role $upstream_http_x_gatehouse_role;
      auth_request_set $gatehouse_auth $upstream_http_x_gatehouse_auth;
      proxy_set_header X-Gatehouse-User $gatehouse_user;
      proxy_set_header X-Gatehouse-User-Id $gatehouse_user_id;
      proxy_set_header X-Gatehouse-Role $gatehouse_role;
      proxy_set_header X-Gatehouse-Auth $gatehouse_auth;
      proxy_set_header Authorization "";
      proxy_pass http://127.0.0.1:${ports.upstream};
    }

    location = /_gatehouse {
      internal;
      proxy_pass http://127.0.0.1:${ports.gatehouse}/api/auth/verify;
      proxy_pass_request_body off;
      proxy_set_header Content-Length "";
      proxy_set_header X-Forwarded-Method $request_method;
      proxy_set_header X-Forwarded-Uri $request_uri;
      proxy_set_header X-Forwarded-Host $http_host;
      proxy_set_header X-Forwarded-For $proxy_add_x_forwarded_for;
      proxy_set_header X-Forwarded-Proto $scheme;
    }
  }
}
`;
}

async function freePort(): Promise<number> {
  const server = createTcpServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return port;
}

function accepts(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = connect(port, '127.0.0.1');
    socket.once('connect', () => {
      socket.destroy();
      resolve(true);
    });
    socket.once('error', () => resolve(false));
  });
}

interface RunningNginx {
  process: ChildProcess;
  stderr: string[];
  stop(): Promise<void>;
}

async function startNginx(directory: string, port: number, config: string): Promise<RunningNginx> {
  const configPath = join(directory, 'nginx.conf');
  await writeFile(configPath, config);
  const child = spawn(NGINX, ['-p', directory, '-c', configPath, '-e', 'stderr', '-g', `daemon off; pid ${directory}/nginx.pid; error_log stderr;`], {
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  const stderr: string[] = [];
  child.stderr?.on('data', (chunk: Buffer) => stderr.push(chunk.toString()));
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const stop = async () => {
    if (child.exitCode === null && child.signalCode === null) child.kill('SIGTERM');
    await exited;
  };
  for (let waited = 0; waited < 10_000; waited += 50) {
    if (child.exitCode !== null) throw new Error(`nginx exited (${child.exitCode}): ${stderr.join('')}`);
    if (await accepts(port)) return { process: child, stderr, stop };
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  await stop();
  throw new Error(`nginx did not listen on ${port} within 10 s: ${stderr.join('')}`);
}

const kinds = nginxMissing ? [] : await availableDatabaseKinds();

if (nginxMissing) {
  describe('nginx auth_request in front of an upstream', () => {
    if (process.env.REQUIRE_NGINX === '1') {
      test('nginx is installed', () => assert.fail(`REQUIRE_NGINX=1 but ${nginxMissing}`));
    } else {
      process.stderr.write(`${nginxMissing}: nginx forward-auth test skipped\n`);
      test('an API key gets through nginx; wrong, revoked and MFA passwords do not', { skip: nginxMissing }, () => {});
    }
  });
}

for (const kind of kinds) {
  describe(`nginx auth_request in front of an upstream (${kind})`, () => {
    let t: TestApp;
    let upstream: Server;
    let nginx: RunningNginx;
    let directory: string;
    let base: string;
    const seenByUpstream: IncomingHttpHeaders[] = [];

    before(async () => {
      t = await startTestApp(kind, { env: { GATEHOUSE_TRUST_PROXY: '127.0.0.1' } });
      await t.app.listen({ host: '127.0.0.1', port: 0 });
      upstream = createServer((request, response) => {
        seenByUpstream.push(request.headers);
        response.setHeader('content-type', 'application/json');
        response.end(
          JSON.stringify({
            user: request.headers['x-gatehouse-user'] ?? null,
            user_id: request.headers['x-gatehouse-user-id'] ?? null,
            role: request.headers['x-gatehouse-role'] ?? null,
            auth: request.headers['x-gatehouse-auth'] ?? null,
            method: request.method,
            authorization: request.headers.authorization ?? null,
          }),
        );
      });
      await new Promise<void>((resolve) => upstream.listen(0, '127.0.0.1', resolve));
      directory = await mkdtemp(join(tmpdir(), 'gatehouse-nginx-'));
      const ports = {
        nginx: await freePort(),
        gatehouse: (t.app.server.address() as AddressInfo).port,
        upstream: (upstream.address() as AddressInfo).port,
      };
      nginx = await startNginx(directory, ports.nginx, nginxConfig(directory, ports));
      base = `http://127.0.0.1:${ports.nginx}`;
    });

    after(async () => {
      await nginx?.stop();
      await new Promise<void>((resolve) => (upstream ? upstream.close(() => resolve()) : resolve()));
      await t?.close();
      if (directory) await rm(directory, { recursive: true, force: true });
    });

    async function userWithKey(username: string, options: { readOnly?: boolean; mfa?: boolean } = {}) {
      await addTestUser(t, username);
      const browser = new Browser(t.app);
      assert.equal((await browser.signIn(username, `${username} has a long password`)).statusCode, 200);
      if (options.mfa) await enrollTotp(t, browser);
      const key = await createApiKey(browser, { name: `through nginx ${username}`, read_only: options.readOnly ?? false });
      return { browser, key };
    }

    test('an API key gets through with the user headers; the credentials and spoofed headers do not reach the upstream', async () => {
      const { key } = await userWithKey('proxied');
      const proxied = (await t.ctx.store.findUserByUsername('proxied'))!;
      const hits = seenByUpstream.length;
      const response = await fetch(`${base}/reports/today`, {
        headers: {
          authorization: basic(key.api_key, key.api_token),
          'x-gatehouse-user': 'admin',
          'x-gatehouse-user-id': t.admin.id,
          'x-gatehouse-role': 'admin',
          'x-gatehouse-auth': 'session',
        },
      });
      assert.equal(response.status, 200, nginx.stderr.join(''));
      assert.deepEqual(await response.json(), { user: 'proxied', user_id: proxied.id, role: 'standard', auth: 'api_key', method: 'GET', authorization: null });
      assert.notEqual(seenByUpstream.at(-1)?.['x-gatehouse-user-id'], t.admin.id, 'the forged user id did not arrive');
      assert.equal(seenByUpstream.length, hits + 1);
      const [listed] = (await t.app.inject({ url: '/api/me/api-keys', headers: { authorization: basic('proxied', 'proxied has a long password') } })).json().api_keys;
      assert.equal(listed.last_used_address, '127.0.0.1', 'the client address nginx forwarded');
    });

    test('a wrong token is refused with a Basic challenge and never reaches the upstream', async () => {
      const { key } = await userWithKey('mistaken');
      const { key: other } = await userWithKey('someone.else');
      const hits = seenByUpstream.length;
      for (const token of [other.api_token, `${key.api_token.slice(0, 10)}${key.api_token[10] === 'a' ? 'b' : 'a'}${key.api_token.slice(11)}`]) {
        const response = await fetch(`${base}/reports/today`, { headers: { authorization: basic(key.api_key, token) } });
        assert.equal(response.status, 401);
        assert.equal(response.headers.get('www-authenticate'), 'Basic realm="Gatehouse"');
      }
      const anonymous = await fetch(`${base}/reports/today`);
      assert.equal(anonymous.status, 401);
      assert.equal(seenByUpstream.length, hits, 'the upstream saw none of them');
    });

    test('a revoked key is refused at once', async () => {
      const { browser, key } = await userWithKey('revoker');
      const authorization = basic(key.api_key, key.api_token);
      assert.equal((await fetch(`${base}/`, { headers: { authorization } })).status, 200);
      assert.equal((await browser.request('DELETE', `/api/me/api-keys/${key.api_key}`)).statusCode, 204);
      assert.equal((await fetch(`${base}/`, { headers: { authorization } })).status, 401);
    });

    test('an MFA user\'s password is refused while the same user\'s API key gets through', async () => {
      const { key } = await userWithKey('mfa.proxied', { mfa: true });
      const password = await fetch(`${base}/`, { headers: { authorization: basic('mfa.proxied', 'mfa.proxied has a long password') } });
      assert.equal(password.status, 401);
      const withKey = await fetch(`${base}/`, { headers: { authorization: basic(key.api_key, key.api_token) } });
      assert.equal(withKey.status, 200);
      assert.equal(((await withKey.json()) as { user: string }).user, 'mfa.proxied');
    });

    test('a read-only key reads through nginx and is refused (403) on a POST', async () => {
      const { key } = await userWithKey('read.only.proxied', { readOnly: true });
      const authorization = basic(key.api_key, key.api_token);
      assert.equal((await fetch(`${base}/data`, { headers: { authorization } })).status, 200);
      assert.equal((await fetch(`${base}/data`, { method: 'HEAD', headers: { authorization } })).status, 200);
      const post = await fetch(`${base}/data`, { method: 'POST', headers: { authorization, 'content-type': 'application/json' }, body: '{"x":1}' });
      assert.equal(post.status, 403);
    });

    test('a read-only key is refused for any method but exactly GET or HEAD, DELETE_ALL included', async () => {
      const { key } = await userWithKey('strictly.read.only', { readOnly: true });
      const authorization = basic(key.api_key, key.api_token);
      const hits = seenByUpstream.length;
      for (const method of ['DELETE_ALL', 'ABCDEFGHIJKLMNOPQ', 'DELETE']) {
        const response = await fetch(`${base}/data`, { method, headers: { authorization } });
        assert.equal(response.status, 403, method);
      }
      assert.equal(seenByUpstream.length, hits, 'none reached the upstream');
    });

    test('a console session on a state-changing request must come from this site (Sec-Fetch-Site or Origin), as on /api', async () => {
      await addTestUser(t, 'cookie.proxied');
      const browser = new Browser(t.app);
      await browser.signIn('cookie.proxied', 'cookie.proxied has a long password');
      const cookie = `gatehouse_session=${browser.cookies.get('gatehouse_session')}`;
      const post = (headers: Record<string, string>) => fetch(`${base}/data`, { method: 'POST', headers: { cookie, 'content-type': 'application/json', ...headers }, body: '{}' });
      const hits = seenByUpstream.length;
      for (const headers of [{}, { 'sec-fetch-site': 'cross-site' }, { origin: 'http://evil.example' }] as Record<string, string>[]) {
        assert.equal((await post(headers)).status, 403, JSON.stringify(headers));
      }
      assert.equal(seenByUpstream.length, hits, 'no cross-site write reached the upstream');
      assert.equal((await post({ 'sec-fetch-site': 'same-origin' })).status, 200);
      // The protected site's origin, from the Host nginx forwards as X-Forwarded-Host.
      assert.equal((await post({ origin: base })).status, 200);
      assert.equal((await fetch(`${base}/data`, { headers: { cookie, 'sec-fetch-site': 'cross-site' } })).status, 200, 'reads need neither');
    });

    test('a password without MFA and a console session get through too', async () => {
      await addTestUser(t, 'plain.proxied');
      const withPassword = await fetch(`${base}/`, { headers: { authorization: basic('plain.proxied', 'plain.proxied has a long password') } });
      assert.equal(withPassword.status, 200);
      const plain = (await t.ctx.store.findUserByUsername('plain.proxied'))!;
      assert.deepEqual(await withPassword.json(), { user: 'plain.proxied', user_id: plain.id, role: 'standard', auth: 'password', method: 'GET', authorization: null });
      const browser = new Browser(t.app);
      await browser.signIn('plain.proxied', 'plain.proxied has a long password');
      const cookie = `gatehouse_session=${browser.cookies.get('gatehouse_session')}`;
      const withSession = await fetch(`${base}/`, { headers: { cookie } });
      assert.equal(withSession.status, 200);
      assert.equal(((await withSession.json()) as { auth: string }).auth, 'session');
    });
  });
}
