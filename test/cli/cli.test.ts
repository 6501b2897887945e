// The `gatehouse` command (SPEC 2.1, 4): settings validated at start with one clear line, migrate,
// user add / list / set-password with the password on stdin, and a first start that prints a
// generated admin password once, serves over real HTTP, and stops cleanly on SIGTERM.
import assert from 'node:assert/strict';
import { type ChildProcess, spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { verifyPassword } from '../../src/core/passwords/password-hashing.js';
import { openStore } from '../../src/storage/kysely-store.js';
import { addActiveAuthenticator } from '../helpers/authenticator-rows.js';

const root = join(import.meta.dirname, '..', '..');

/** The environment without any GATEHOUSE_* setting of the caller, plus `extra`. */
function cleanEnv(extra: Record<string, string>): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = {};
  for (const [key, value] of Object.entries(process.env)) if (!key.startsWith('GATEHOUSE_')) env[key] = value;
  return { ...env, ...extra };
}

function startCli(args: string[], env: Record<string, string>): ChildProcess {
  return spawn(process.execPath, ['--import', 'tsx', 'src/cli/main.ts', ...args], { cwd: root, env: cleanEnv(env), stdio: ['pipe', 'pipe', 'pipe'] });
}

interface Finished {
  code: number | null;
  stdout: string;
  stderr: string;
}

/** Runs the CLI to its end, with `input` piped to stdin. Each run loads the whole app through tsx: seconds, not milliseconds. */
function runCli(args: string[], env: Record<string, string>, input = ''): Promise<Finished> {
  const child = startCli(args, env);
  let stdout = '';
  let stderr = '';
  child.stdout!.on('data', (chunk) => (stdout += String(chunk)));
  child.stderr!.on('data', (chunk) => (stderr += String(chunk)));
  child.stdin!.end(input);
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Error(`gatehouse ${args.join(' ')} did not finish in 90 s; stderr: ${stderr}`));
    }, 90_000);
    child.on('exit', (code) => {
      clearTimeout(timer);
      resolve({ code, stdout, stderr });
    });
  });
}

const lines = (text: string) => text.split('\n').filter((line) => line.trim() !== '');

/** A running `gatehouse serve`: its port once it listens, its output so far, and how it ended. */
class RunningServer {
  stdout = '';
  stderr = '';
  readonly exited: Promise<number | null>;
  private readonly child: ChildProcess;

  constructor(env: Record<string, string>) {
    this.child = startCli(['serve'], { GATEHOUSE_PORT: '0', GATEHOUSE_HOST: '127.0.0.1', ...env });
    this.child.stdout!.on('data', (chunk) => (this.stdout += String(chunk)));
    this.child.stderr!.on('data', (chunk) => (this.stderr += String(chunk)));
    this.child.stdin!.end();
    this.exited = new Promise((resolve) => this.child.on('exit', (code) => resolve(code)));
  }

  /** Waits for Fastify's "Server listening at http://127.0.0.1:PORT" log line. */
  async listening(): Promise<string> {
    const deadline = Date.now() + 90_000;
    while (Date.now() < deadline) {
      const match = /Server listening at (http:\/\/127\.0\.0\.1:\d+)/.exec(this.stdout);
      if (match) return match[1]!;
      if (this.child.exitCode !== null) break;
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
    this.child.kill('SIGKILL');
    throw new Error(`the server did not start; stdout: ${this.stdout}\nstderr: ${this.stderr}`);
  }

  stop(): Promise<number | null> {
    if (this.child.exitCode === null) this.child.kill('SIGTERM');
    return this.exited;
  }

  kill(): void {
    if (this.child.exitCode === null) this.child.kill('SIGKILL');
  }
}

describe('the gatehouse command', { concurrency: true }, () => {
  const scratch = mkdtempSync(join(tmpdir(), 'gatehouse-cli-test-'));
  after(() => rmSync(scratch, { recursive: true, force: true }));

  describe('settings and arguments', { concurrency: true }, () => {
    test('a bad setting stops start-up with exactly one line that names it and does not echo a secret', async () => {
      const dataDir = join(scratch, 'settings');
      const cases: [Record<string, string>, string, string | null][] = [
        [{ GATEHOUSE_PORT: 'abc' }, 'GATEHOUSE_PORT', null],
        [{ GATEHOUSE_SECRET_KEY: 'Too-Short-Secret-xyzzy' }, 'GATEHOUSE_SECRET_KEY', 'Too-Short-Secret-xyzzy'],
      ];
      const results = await Promise.all(cases.map(([env]) => runCli(['migrate'], { GATEHOUSE_DATA_DIR: dataDir, ...env })));
      results.forEach((result, i) => {
        const [, name, secret] = cases[i]!;
        assert.notEqual(result.code, 0, `${name}: exit code`);
        assert.equal(lines(result.stderr).length, 1, `${name}: one line, got ${JSON.stringify(result.stderr)}`);
        assert.ok(result.stderr.includes(name), `${name} is named: ${result.stderr}`);
        if (secret) assert.ok(!result.stderr.includes(secret), `${name}: the value is not echoed`);
        assert.equal(result.stdout, '');
      });
      assert.equal(existsSync(join(dataDir, 'gatehouse.db')), false, 'nothing was created');
    });

    test('gatehouse without a command prints its usage and starts nothing; an unknown command says so', async () => {
      const dataDir = join(scratch, 'bare');
      const bare = await runCli([], { GATEHOUSE_DATA_DIR: dataDir });
      assert.equal(bare.code, 0);
      assert.match(bare.stdout, /^usage: gatehouse <command>/);
      assert.match(bare.stdout, /^ {2}serve +run the server$/m);
      assert.equal(existsSync(dataDir), false, 'no server started, no data folder made');
      const unknown = await runCli(['srve'], { GATEHOUSE_DATA_DIR: dataDir });
      assert.equal(unknown.code, 2);
      assert.match(unknown.stderr, /^gatehouse: there is no command "srve"\.$/m);
    });

    test('an unknown role is refused with one clear line, not a stack trace', async () => {
      const refused = await runCli(['user', 'add', 'carl', '--role', 'root'], { GATEHOUSE_DATA_DIR: join(scratch, 'role') }, 'carl has a long password\n');
      assert.notEqual(refused.code, 0);
      assert.match(refused.stderr, /--role must be admin or standard/);
      assert.equal(lines(refused.stderr).length, 1, `one line, got ${JSON.stringify(refused.stderr)}`);
    });
  });

  describe('migrate and user administration on the host', { concurrency: 1 }, () => {
    let env: Record<string, string>;
    before(() => {
      env = { GATEHOUSE_DATA_DIR: join(scratch, 'users') };
    });

    test('migrate applies the migrations, then says the database is up to date', async () => {
      const first = await runCli(['migrate'], env);
      assert.equal(first.code, 0, first.stderr);
      assert.match(first.stdout, /^applied: 001-foundation/);
      const second = await runCli(['migrate'], env);
      assert.equal(second.code, 0, second.stderr);
      assert.equal(second.stdout.trim(), 'the database is up to date');
    });

    test('user add reads the password from stdin, and user list shows the user', async () => {
      const added = await runCli(['user', 'add', 'alice', '--role', 'standard', '--email', 'a@example.com'], env, 'alice has a long password\n');
      assert.equal(added.code, 0, added.stderr);
      assert.equal(added.stdout.trim(), 'added alice (standard)');
      assert.ok(!`${added.stdout}${added.stderr}`.includes('alice has a long password'), 'the password is not echoed');
      const listed = await runCli(['user', 'list'], env);
      assert.equal(listed.code, 0, listed.stderr);
      const [header, ...rows] = lines(listed.stdout).map((line) => line.trim().split(/\s{2,}/));
      assert.deepEqual(header, ['USERNAME', 'ROLE', 'EMAIL', 'DISABLED', 'LOCKED', 'MFA']);
      assert.deepEqual(rows.find((row) => row[0] === 'alice'), ['alice', 'standard', 'a@example.com', 'no', 'no', 'off']);
    });

    test('refusals are sentences, not codes: a taken name, a bad address, an unknown user', async () => {
      const taken = await runCli(['user', 'add', 'ALICE', '--role', 'standard'], env, 'another long password\n');
      assert.equal(taken.code, 1);
      assert.equal(lines(taken.stderr).length, 1);
      assert.match(taken.stderr, /^gatehouse: A user named ALICE exists already .*\.$/m);
      const address = await runCli(['user', 'add', 'dave', '--role', 'standard', '--email', 'not an address'], env, 'dave has a long password\n');
      assert.match(address.stderr, /^gatehouse: The e-mail address is not valid: .*\.$/m);
      const unknown = await runCli(['user', 'unlock', 'nobody'], env);
      assert.match(unknown.stderr, /^gatehouse: There is no user named nobody\. "gatehouse user list" shows the users\.$/m);
      for (const result of [taken, address, unknown]) assert.doesNotMatch(result.stderr, /username_taken|invalid_email|not_found/);
    });

    test('user add without --role adds nobody and says so', async () => {
      const refused = await runCli(['user', 'add', 'norole'], env, 'norole has a long password\n');
      assert.equal(refused.code, 1);
      assert.equal(refused.stderr.trim(), 'gatehouse: user add needs --role admin or --role standard.');
      assert.doesNotMatch((await runCli(['user', 'list'], env)).stdout, /norole/);
    });

    test('an address with a single-label domain is accepted (carol@localhost)', async () => {
      const added = await runCli(['user', 'add', 'carol', '--role', 'standard', '--email', 'carol@localhost'], env, 'carol has a long password\n');
      assert.equal(added.code, 0, added.stderr);
      assert.match((await runCli(['user', 'list'], env)).stdout, /^carol\s+standard\s+carol@localhost\s/m);
    });

    test('a weak piped password is refused with one clear line', async () => {
      const refused = await runCli(['user', 'add', 'bob', '--role', 'standard'], env, 'password1234\n');
      assert.equal(refused.code, 1);
      assert.equal(lines(refused.stderr).length, 1, refused.stderr);
      assert.match(refused.stderr, /commonly used/);
      assert.ok(!refused.stderr.includes('password1234'), 'the password is not echoed');
    });

    test('user set-password sets a password that must be changed at next sign-in', async () => {
      const set = await runCli(['user', 'set-password', 'alice'], env, 'alice got a new password\n');
      assert.equal(set.code, 0, set.stderr);
      assert.match(set.stdout, /password set for alice/);
      assert.ok(!`${set.stdout}${set.stderr}`.includes('alice got a new password'), 'the password is not echoed');
      const store = await openStore(join(env.GATEHOUSE_DATA_DIR!, 'gatehouse.db'), { migrate: false });
      try {
        const alice = await store.findUserByUsername('alice');
        assert.ok(alice);
        assert.equal(alice.mustChangePassword, true);
        assert.equal(await verifyPassword(alice.passwordHash, 'alice got a new password'), true);
        assert.equal(await store.findUserByUsername('bob'), null, 'the refused user was not added');
      } finally {
        await store.close();
      }
    });
    test('user reset-mfa removes a factor and ends the sessions; user unlock clears a lockout', async () => {
      const path = join(env.GATEHOUSE_DATA_DIR!, 'gatehouse.db');
      let store = await openStore(path, { migrate: false });
      try {
        const alice = (await store.findUserByUsername('alice'))!;
        await addActiveAuthenticator(store, alice.id, 'totp', Date.now());
        const withMfa = (await store.findUserById(alice.id))!;
        await store.createSession(
          { id: 's1', userId: alice.id, createdAt: Date.now(), lastSeenAt: Date.now(), expiresAt: Date.now() + 60_000, authenticatedAt: Date.now(), aal: 2, clientAddress: '', userAgent: '', securityStamp: withMfa.securityStamp },
          'h1',
        );
        for (let i = 0; i < 3; i++) await store.claimAttempt('username:alice', 'password', Date.now(), () => 0, 100);
      } finally {
        await store.close();
      }
      const nothing = await runCli(['user', 'reset-mfa', 'carol'], env);
      assert.equal(nothing.code, 0, nothing.stderr);
      assert.equal(nothing.stdout.trim(), 'carol has no multifactor authentication: there was nothing to remove.');
      const reset = await runCli(['user', 'reset-mfa', 'alice'], env);
      assert.equal(reset.code, 0, reset.stderr);
      assert.match(reset.stdout, /multifactor authentication removed for alice/);
      const unlocked = await runCli(['user', 'unlock', 'alice'], env);
      assert.equal(unlocked.code, 0, unlocked.stderr);
      store = await openStore(path, { migrate: false });
      try {
        const alice = (await store.findUserByUsername('alice'))!;
        assert.deepEqual(alice.mfaKinds, []);
        assert.deepEqual(await store.listUserSessions(alice.id), []);
        assert.equal(await store.findThrottle('username:alice', 'password'), null);
        const audit = await store.listAuditEvents({ type: 'mfa_reset', limit: 5 });
        assert.equal(audit[0]?.details.by, 'host');
      } finally {
        await store.close();
      }
      const missing = await runCli(['user', 'reset-mfa', 'nobody'], env);
      assert.equal(missing.code, 1);
      assert.match(missing.stderr, /no user named nobody/);
    });

    test('user list says who is locked out', async () => {
      const path = join(env.GATEHOUSE_DATA_DIR!, 'gatehouse.db');
      const store = await openStore(path, { migrate: false });
      try {
        for (let i = 0; i < 100; i++) await store.claimAttempt('username:carol', 'password', 0, () => 0, 100);
      } finally {
        await store.close();
      }
      assert.match((await runCli(['user', 'list'], env)).stdout, /^carol\s+standard\s+carol@localhost\s+no\s+yes\s+off$/m);
    });
  });

  test('on a terminal the log is lines a person reads, not JSON', { skip: existsSync('/usr/bin/script') ? false : 'script(1) from util-linux is not installed' }, async () => {
    // script(1) runs the server on a pseudo-terminal, as an administrator's shell would.
    const command = `${JSON.stringify(process.execPath)} --import tsx src/cli/main.ts serve`;
    const child = spawn('script', ['-qfec', command, '/dev/null'], { cwd: root, env: cleanEnv({ GATEHOUSE_DATA_DIR: join(scratch, 'tty'), GATEHOUSE_PORT: '0', GATEHOUSE_HOST: '127.0.0.1' }), stdio: ['pipe', 'pipe', 'pipe'], detached: true });
    let output = '';
    child.stdout!.on('data', (chunk) => (output += String(chunk)));
    try {
      const deadline = Date.now() + 90_000;
      while (!/Server listening at (http:\/\/127\.0\.0\.1:\d+)/.test(output) && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 100));
      const base = /Server listening at (http:\/\/127\.0\.0\.1:\d+)/.exec(output)?.[1];
      assert.ok(base, `the server started: ${output}`);
      await (await fetch(`${base}/api/me`)).arrayBuffer();
      const deadlineForLine = Date.now() + 10_000;
      while (!output.includes('/api/me') && Date.now() < deadlineForLine) await new Promise((resolve) => setTimeout(resolve, 100));
      const plain = output.replace(new RegExp(`${String.fromCharCode(27)}\\[[0-9;]*m`, 'g'), '');
      assert.match(plain, /^\[\d\d:\d\d:\d\d\] INFO: Server listening at http/m);
      assert.match(plain, /^\[\d\d:\d\d:\d\d\] INFO: GET \/api\/me → 401 \(\d+ ms\)/m);
      assert.doesNotMatch(plain, /\{"level"/, 'no JSON line');
    } finally {
      process.kill(-child.pid!, 'SIGKILL');
    }
  });

  describe('serve', { concurrency: 1 }, () => {
    let dataDir: string;
    let server: RunningServer | undefined;
    const newPassword = 'the admin chose this passphrase';
    before(() => {
      dataDir = join(scratch, 'serve', 'data');
    });
    after(() => server?.kill());

    test('a first start prints a generated admin password that must be changed, and SIGTERM stops the server cleanly', async () => {
      server = new RunningServer({ GATEHOUSE_DATA_DIR: dataDir });
      const base = await server.listening();
      const generated = /password: (\S+)/.exec(server.stderr)?.[1];
      assert.ok(generated, `a generated password on stderr: ${server.stderr}`);
      assert.ok(generated.length >= 16, 'the generated password is long');

      const signIn = await fetch(`${base}/api/session`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ username: 'admin', password: generated }) });
      assert.equal(signIn.status, 200);
      const answer = (await signIn.json()) as { state: string; user: { must_change_password: boolean } };
      assert.equal(answer.state, 'authenticated');
      assert.equal(answer.user.must_change_password, true);
      const cookie = /gatehouse_session=([^;]+)/.exec(signIn.headers.get('set-cookie') ?? '')?.[1];
      assert.ok(cookie);

      const blocked = await fetch(`${base}/api/users`, { headers: { cookie: `gatehouse_session=${cookie}` } });
      assert.equal(blocked.status, 403, 'nothing else until the password is changed');
      const changed = await fetch(`${base}/api/me/password`, {
        method: 'PUT',
        headers: { 'content-type': 'application/json', cookie: `gatehouse_session=${cookie}`, origin: base },
        body: JSON.stringify({ current_password: generated, new_password: newPassword }),
      });
      assert.equal(changed.status, 200, await changed.clone().text());
      const renewed = /gatehouse_session=([^;]+)/.exec(changed.headers.get('set-cookie') ?? '')?.[1];
      assert.ok(renewed);
      assert.equal((await fetch(`${base}/api/users`, { headers: { cookie: `gatehouse_session=${renewed}` } })).status, 200);

      assert.equal(await server.stop(), 0, 'SIGTERM ends the process with exit code 0');
      for (const value of [generated, newPassword, cookie, renewed]) assert.ok(!server.stdout.includes(value), 'the JSON log holds no secret');
      assert.equal(statSync(join(dataDir, 'secret.key')).mode & 0o777, 0o600, 'the key file is private');
      assert.ok(existsSync(join(dataDir, 'gatehouse.db')), 'the SQLite database is in the data directory');
    });

    test('a second start prints no password, and the changed password works', async () => {
      server = new RunningServer({ GATEHOUSE_DATA_DIR: dataDir });
      const base = await server.listening();
      const signIn = await fetch(`${base}/api/session`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ username: 'admin', password: newPassword }) });
      assert.equal(signIn.status, 200);
      assert.equal(((await signIn.json()) as { user: { must_change_password: boolean } }).user.must_change_password, false);
      for (const file of ['/favicon.svg', '/', '/account']) await (await fetch(`${base}${file}`)).arrayBuffer();
      assert.equal(await server.stop(), 0);
      // Not a terminal: JSON lines. The console's files log at debug, so not at the default level.
      const logged = lines(server.stdout).map((line) => JSON.parse(line) as { msg: string; req?: { url: string } });
      assert.ok(logged.some((line) => line.msg === 'request completed' && line.req?.url === '/api/session'), 'API requests are logged');
      assert.deepEqual(logged.filter((line) => line.req && !line.req.url.startsWith('/api/')).map((line) => line.req!.url), [], 'static files are not');
      assert.doesNotMatch(server.stderr, /password/i);
      assert.doesNotMatch(server.stdout, /password: /);
    });
  });
});

test('the installed gatehouse command runs Node with the same flags as npm start (memory settings)', () => {
  const startFlags = (JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { scripts: { start: string } }).scripts.start.split(' ').filter((p) => p.startsWith('--'));
  const shebang = readFileSync(join(root, 'src', 'cli', 'main.ts'), 'utf8').split('\n')[0]!;
  assert.ok(startFlags.includes('--max-semi-space-size=4'), 'npm start sets the young generation');
  assert.deepEqual(shebang.split(' ').filter((p) => p.startsWith('--')), startFlags);
});
