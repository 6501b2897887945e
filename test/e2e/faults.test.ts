// Faults (issue 7 point 3), with real processes: SIGKILL in the middle of enrollments, sign-ins
// and key creation leaves no half state (every multi-row change is one transaction); PostgreSQL
// going away makes /readyz fail and requests answer 503 in the envelope, and the service recovers
// by itself when it returns; SIGTERM lets the requests in flight finish and exits 0.
//
// The kill moments are random; the seed is printed and GATEHOUSE_FAULT_SEED=N replays a run.
import assert from 'node:assert/strict';
import { randomBytes } from 'node:crypto';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { selectRows } from '../helpers/database-rows.js';
import { acceptsConnections, type GatehouseProcess, PROCESS_ADMIN_PASSWORD, startGatehouseProcess } from '../helpers/gatehouse-process.js';
import { type HttpAnswer, HttpBrowser, requestWithBasic } from '../helpers/http-browser.js';
import { RealTimeCodes } from '../helpers/real-time-totp.js';
import { SeededRandom } from '../helpers/seeded-random.js';
import { TcpProxy } from '../helpers/tcp-proxy.js';
import { availableDatabaseKinds, createTestDatabase, type TestDatabaseKind } from '../helpers/test-databases.js';

const passwordOf = (username: string) => `${username} has a long password`;
const sleep = (milliseconds: number) => new Promise((resolve) => setTimeout(resolve, milliseconds));
const kinds = await availableDatabaseKinds();
const postgresMissing = kinds.includes('postgres') ? false : 'PostgreSQL is unreachable (GATEHOUSE_TEST_POSTGRES_URL); set REQUIRE_POSTGRES=1 to require this test';

/** A fresh database and data folder, and the settings of every process that serves them. */
async function freshDeployment(kind: TestDatabaseKind) {
  const database = await createTestDatabase(kind);
  const dataDir = await mkdtemp(join(tmpdir(), 'gatehouse-faults-'));
  const settings = {
    GATEHOUSE_DATA_DIR: dataDir,
    GATEHOUSE_DATABASE_URL: database.url,
    GATEHOUSE_SECRET_KEY: randomBytes(32).toString('base64'),
    // Every request of these tests comes from 127.0.0.1: the per-address limit is not under test.
    GATEHOUSE_SIGN_IN_ATTEMPTS_PER_MINUTE: '100000',
  };
  return {
    database,
    settings,
    async remove() {
      await database.drop();
      await rm(dataDir, { recursive: true, force: true });
    },
  };
}

/** Adds users through the admin's REST API; the first request warms the admin's credential cache. */
async function addUsers(origin: string, usernames: string[]): Promise<Map<string, string>> {
  assert.equal((await requestWithBasic(origin, 'admin', PROCESS_ADMIN_PASSWORD, 'GET', '/api/me')).status, 200);
  const ids = new Map<string, string>();
  await Promise.all(
    usernames.map(async (username) => {
      const added = await requestWithBasic(origin, 'admin', PROCESS_ADMIN_PASSWORD, 'POST', '/api/users', { username, password: passwordOf(username), role: 'standard', must_change_password: false });
      assert.equal(added.status, 201, added.text);
      ids.set(username, added.body.id as string);
    }),
  );
  return ids;
}

function assertServiceUnavailable(answer: HttpAnswer, what: string, needsRetryAfter = true): void {
  assert.equal(answer.status, 503, `${what}: ${answer.status} ${answer.text}`);
  assert.equal(answer.errorType, 'service_unavailable', `${what} answers in the envelope: ${answer.text}`);
  assert.equal(typeof answer.body.error.message, 'string');
  if (needsRetryAfter) assert.match(answer.headers.get('retry-after') ?? '', /^\d+$/, `${what} carries Retry-After`);
  assert.ok(answer.elapsedInMilliseconds < 10_000, `${what} took ${Math.round(answer.elapsedInMilliseconds)} ms`);
}

// ─── SIGKILL in the middle ────────────────────────────────────────────────────────────────────

const KILLS = Number(process.env.GATEHOUSE_FAULT_KILLS ?? 5);
const USERS = 10;
const seed = Number(process.env.GATEHOUSE_FAULT_SEED ?? Date.now() % 1_000_000);
console.log(`# faults.test.ts: kill moments from seed ${seed} (GATEHOUSE_FAULT_SEED=${seed} replays them)`);

interface WorkerState {
  id: string;
  username: string;
  /** Recovery code sets shown at verification, newest first: the newest may not have been finished. */
  recoverySets: string[][];
  usedCodes: Set<string>;
  keys: number;
}

interface WorkloadReport {
  /** Answers received so far: the kills are timed in these, so they land mid-work however fast the machine. */
  answers: number;
  finished: number;
  signIns: number;
  keysCreated: number;
  /** Requests cut off by a kill (the worker's connection died under it). */
  interrupted: number;
  serverErrors: string[];
  surprises: string[];
}

/** One worker per user, each looping: sign in (password, recovery code when MFA is on), create a
 * key and use it, enroll or change to a new authenticator app (start, verify, Finish). It stops at
 * the first connection error: the process was killed. */
function runWorkload(origin: string, users: WorkerState[], report: WorkloadReport, random: SeededRandom): Promise<void> {
  const admin = (method: string, path: string) => requestWithBasic(origin, 'admin', PROCESS_ADMIN_PASSWORD, method, path);
  const note = (what: string, answer: HttpAnswer): boolean => {
    report.answers++;
    if (answer.status >= 500) report.serverErrors.push(`${what}: ${answer.status} ${answer.text}`);
    return answer.status < 500;
  };

  async function signIn(user: WorkerState): Promise<HttpBrowser | null> {
    const browser = new HttpBrowser(origin);
    let answer = await browser.signIn(user.username, passwordOf(user.username));
    if (!note('sign-in', answer)) return null;
    if (answer.status === 200 && answer.body.state === 'awaiting_second_factor') {
      for (const set of user.recoverySets) {
        const code = set.find((c) => !user.usedCodes.has(c));
        if (!code) continue;
        user.usedCodes.add(code);
        const second = await browser.request('POST', '/api/session/second-factor', { method: 'recovery_code', code });
        if (!note('recovery code', second)) return null;
        if (second.status === 200) {
          report.signIns++;
          return browser;
        }
      }
      // No known code works (the kill hid which set is installed): the admin resets the user's MFA.
      const reset = await admin('POST', `/api/users/${user.id}/mfa/reset`);
      if (!note('MFA reset', reset)) return null;
      user.recoverySets = [];
      answer = await browser.signIn(user.username, passwordOf(user.username));
      if (!note('sign-in after reset', answer)) return null;
    }
    if (answer.status !== 200 || answer.body.state !== 'authenticated') {
      report.surprises.push(`sign-in of ${user.username}: ${answer.status} ${answer.text}`);
      return null;
    }
    report.signIns++;
    return browser;
  }

  async function iterate(user: WorkerState): Promise<void> {
    const browser = await signIn(user);
    if (!browser) return;
    const [key, started] = await Promise.all([
      browser.request('POST', '/api/me/api-keys', { name: `key ${++user.keys} of ${user.username}` }),
      browser.request('POST', '/api/me/mfa/enrollment', { method: 'totp' }),
    ]);
    if (note('key creation', key) && key.status === 201) {
      report.keysCreated++;
      const uses = await Promise.all(Array.from({ length: 2 }, () => requestWithBasic(origin, key.body.api_key as string, key.body.api_token as string)));
      uses.forEach((use) => note('key use', use));
    }
    if (!note('enrollment start', started) || started.status !== 200) return;
    const codes = new RealTimeCodes(started.body.secret as string);
    const verified = await browser.request('POST', '/api/me/mfa/enrollment/verify', { code: codes.authenticator.codeAt(Date.now()) });
    if (!note('enrollment verify', verified) || verified.status !== 200) return;
    user.recoverySets = [verified.body.recovery_codes as string[], ...user.recoverySets].slice(0, 2);
    const finished = await browser.request('POST', '/api/me/mfa/enrollment/finish');
    if (!note('enrollment finish', finished)) return;
    if (finished.status === 200) {
      report.finished++;
      user.recoverySets = user.recoverySets.slice(0, 1);
    } else report.surprises.push(`finish of ${user.username}: ${finished.status} ${finished.text}`);
  }

  return Promise.all(
    users.map(async (user) => {
      // Staggered starts, so that at the kill the workers are in different steps.
      await sleep(random.nextUint32() % 500);
      try {
        for (;;) await iterate(user);
      } catch {
        // fetch failed: the process is gone, with this worker's request in flight.
        report.interrupted++;
      }
    }),
  ).then(() => undefined);
}

/** What a crash may not leave behind; each problem is one line. */
async function findHalfStates(databaseUrl: string): Promise<string[]> {
  const problems: string[] = [];
  const users = await selectRows(
    databaseUrl,
    `select u.username,
            (select count(*) from authenticators a where a.user_id = u.id and a.activated_at is not null) as authenticators,
            (select count(*) from authenticators a join totp_authenticators t on t.authenticator_id = a.id where a.user_id = u.id and a.kind = 'totp') as apps,
            (select count(*) from authenticators a where a.user_id = u.id and a.kind = 'totp') as app_rows,
            (select count(*) from recovery_codes r where r.user_id = u.id) as codes
       from users u`,
  );
  for (const user of users) {
    const [authenticators, apps, appRows, codes] = [Number(user.authenticators), Number(user.apps), Number(user.app_rows), Number(user.codes)];
    if (authenticators > 0 && (codes < 1 || codes > 10)) problems.push(`${String(user.username)} has ${authenticators} authenticators and ${codes} recovery codes`);
    if (authenticators === 0 && codes !== 0) problems.push(`${String(user.username)} has no authenticator but ${codes} recovery codes`);
    if (apps !== appRows) problems.push(`${String(user.username)} has ${appRows} authenticator apps but ${apps} secrets`);
  }
  const installed = new Map<string, Set<string>>();
  for (const row of await selectRows(databaseUrl, 'select user_id, code_hash from recovery_codes')) {
    const set = installed.get(String(row.user_id)) ?? new Set<string>();
    set.add(String(row.code_hash));
    installed.set(String(row.user_id), set);
  }
  for (const row of await selectRows(databaseUrl, 'select id, user_id, pending_recovery_code_hashes from authenticators where activated_at is null and pending_recovery_code_hashes is not null')) {
    const hashes = JSON.parse(String(row.pending_recovery_code_hashes)) as string[];
    const shared = hashes.filter((hash) => installed.get(String(row.user_id))?.has(hash)).length;
    if (shared > 0) problems.push(`enrollment ${String(row.id)} is still pending though its ${shared} recovery codes are installed`);
  }
  for (const table of ['sessions', 'api_keys', 'sign_in_flows', 'totp_authenticators', 'recovery_codes', 'authenticators', 'email_codes']) {
    const [orphans] = await selectRows(databaseUrl, `select count(*) as n from ${table} x where not exists (select 1 from users u where u.id = x.user_id)`);
    if (Number(orphans?.n) !== 0) problems.push(`${String(orphans?.n)} rows of ${table} belong to no user`);
  }
  return problems;
}

async function assertServesUsers(origin: string, usernames: string[]): Promise<void> {
  const ready = await fetch(`${origin}/readyz`);
  assert.equal(ready.status, 200, 'ready after the restart');
  const listed = await requestWithBasic(origin, 'admin', PROCESS_ADMIN_PASSWORD, 'GET', '/api/users');
  assert.equal(listed.status, 200, listed.text);
  assert.deepEqual((listed.body.users as { username: string }[]).map((u) => u.username).sort(), [...usernames].sort(), 'the same users are served');
}

for (const kind of kinds) {
  describe(`SIGKILL in the middle of enrollments, sign-ins and key creation leaves no half state (${kind})`, { timeout: 150_000 }, () => {
    let deployment: Awaited<ReturnType<typeof freshDeployment>>;
    let server: GatehouseProcess | undefined;
    before(async () => {
      deployment = await freshDeployment(kind);
    });
    after(async () => {
      await server?.stop('SIGKILL');
      await deployment?.remove();
    });

    test(`${KILLS} kills at random moments, a restart after each`, async () => {
      const random = new SeededRandom(seed + (kind === 'postgres' ? 1 : 0));
      server = await startGatehouseProcess(deployment.settings);
      const usernames = Array.from({ length: USERS }, (_, i) => `worker.${i + 1}`);
      const ids = await addUsers(server.origin, usernames);
      const users: WorkerState[] = usernames.map((username) => ({ id: ids.get(username)!, username, recoverySets: [], usedCodes: new Set(), keys: 0 }));
      const report: WorkloadReport = { answers: 0, finished: 0, signIns: 0, keysCreated: 0, interrupted: 0, serverErrors: [], surprises: [] };

      for (let kill = 1; kill <= KILLS; kill++) {
        if (kill > 1) {
          server = await startGatehouseProcess(deployment.settings);
          await assertServesUsers(server.origin, ['admin', ...usernames]);
        }
        // One sequential request first, so the workers' MFA resets find the admin's password cached.
        assert.equal((await requestWithBasic(server.origin, 'admin', PROCESS_ADMIN_PASSWORD, 'GET', '/api/me')).status, 200);
        const workload = runWorkload(server.origin, users, report, random);
        // Somewhere between a few and a few dozen answers per worker into the round, plus a random instant.
        const killAt = report.answers + 20 + (random.nextUint32() % 120);
        const deadline = Date.now() + 30_000;
        while (report.answers < killAt && Date.now() < deadline) await sleep(10);
        await sleep(random.nextUint32() % 50);
        const exit = await server.stop('SIGKILL');
        assert.equal(exit.signal, 'SIGKILL');
        await workload;
        assert.deepEqual(await findHalfStates(deployment.database.url), [], `after kill ${kill}`);
      }
      server = await startGatehouseProcess(deployment.settings);
      await assertServesUsers(server.origin, ['admin', ...usernames]);
      console.log(`# ${kind}: ${report.signIns} sign-ins, ${report.finished} enrollments finished, ${report.keysCreated} keys created; ${report.interrupted} requests cut off by ${KILLS} kills`);
      assert.ok(report.signIns > 0 && report.keysCreated > 0, 'the workload did real work');
      if (KILLS >= 3) assert.ok(report.finished > 0, 'some enrollments were finished between the kills');
      assert.deepEqual(report.serverErrors, [], 'no request was answered with a 5xx');
      assert.deepEqual(report.surprises, [], 'every answer was one the flow expects');
      assert.equal((await server.stop('SIGTERM')).code, 0);
      server = undefined;
    });
  });
}

// ─── PostgreSQL going away ────────────────────────────────────────────────────────────────────

describe('PostgreSQL going away and coming back', { skip: postgresMissing, timeout: 120_000 }, () => {
  let deployment: Awaited<ReturnType<typeof freshDeployment>>;
  let proxy: TcpProxy;
  let server: GatehouseProcess;
  let browser: HttpBrowser;
  let key: { api_key: string; api_token: string };

  before(async () => {
    deployment = await freshDeployment('postgres');
    const direct = new URL(deployment.database.url);
    proxy = new TcpProxy(direct.hostname, Number(direct.port || 5432));
    const through = new URL(direct);
    through.hostname = '127.0.0.1';
    through.port = String(await proxy.start());
    server = await startGatehouseProcess({ ...deployment.settings, GATEHOUSE_DATABASE_URL: through.toString() });
    await addUsers(server.origin, ['steady.sue']);
    browser = new HttpBrowser(server.origin);
    assert.equal((await browser.signIn('steady.sue', passwordOf('steady.sue'))).status, 200);
    const created = await browser.request('POST', '/api/me/api-keys', { name: 'backup job' });
    assert.equal(created.status, 201, created.text);
    key = created.body as typeof key;
  });

  after(async () => {
    await server?.stop('SIGKILL');
    await proxy?.close();
    await deployment?.remove();
  });

  /** The requests that need the database, as a console, a REST client and a new sign-in send them. */
  const requests = () => ({
    'GET /api/me with a session': () => browser.request('GET', '/api/me'),
    'GET /api/me/api-keys with a session': () => browser.request('GET', '/api/me/api-keys'),
    'GET /api/me with an API key': () => requestWithBasic(server.origin, key.api_key, key.api_token),
    'GET /api/users with the admin password': () => requestWithBasic(server.origin, 'admin', PROCESS_ADMIN_PASSWORD, 'GET', '/api/users'),
    'POST /api/session': () => new HttpBrowser(server.origin).signIn('steady.sue', passwordOf('steady.sue')),
    'POST /api/me/api-keys with a session': () => browser.request('POST', '/api/me/api-keys', { name: `made while it was down ${Date.now()}` }),
  });

  test('with the database cut off, /readyz answers 503 and every request 503 in the envelope with Retry-After, quickly', async () => {
    assert.equal((await fetch(`${server.origin}/readyz`)).status, 200);
    await proxy.cut();
    const ready = await new HttpBrowser(server.origin).request('GET', '/readyz');
    assertServiceUnavailable(ready, 'GET /readyz', false);
    for (const [what, send] of Object.entries(requests())) assertServiceUnavailable(await send(), what);
    assert.equal((await fetch(`${server.origin}/healthz`)).status, 200, 'the process itself is up');
  });

  test('when the database is back, the same requests succeed without a restart', async () => {
    await proxy.restore();
    const deadline = Date.now() + 15_000;
    while ((await fetch(`${server.origin}/readyz`)).status !== 200) {
      assert.ok(Date.now() < deadline, '/readyz is 200 again within 15 s');
      await sleep(200);
    }
    for (const [what, send] of Object.entries(requests())) {
      const answer = await send();
      assert.ok(answer.status === 200 || answer.status === 201, `${what}: ${answer.status} ${answer.text}`);
    }
    assert.equal(server.child.exitCode, null, 'the same process served throughout');
  });

  test('a database that stops answering (connections hang, nothing is reset) gives 503 within 10 s, and service resumes when it answers again', async () => {
    proxy.freeze();
    try {
      const ready = await new HttpBrowser(server.origin).request('GET', '/readyz', undefined, {}, 20_000);
      assertServiceUnavailable(ready, 'GET /readyz (hanging database)', false);
      const answers = await Promise.all(Object.entries(requests()).map(async ([what, send]) => [what, await send()] as const));
      for (const [what, answer] of answers) assertServiceUnavailable(answer, `${what} (hanging database)`);
    } finally {
      proxy.thaw();
    }
    const deadline = Date.now() + 20_000;
    while ((await fetch(`${server.origin}/readyz`)).status !== 200) {
      assert.ok(Date.now() < deadline, '/readyz is 200 again within 20 s');
      await sleep(200);
    }
    const me = await browser.request('GET', '/api/me');
    assert.equal(me.status, 200, me.text);
  });
});

// ─── Graceful shutdown ────────────────────────────────────────────────────────────────────────

describe('graceful shutdown on SIGTERM', { timeout: 60_000 }, () => {
  let deployment: Awaited<ReturnType<typeof freshDeployment>>;
  let server: GatehouseProcess;
  before(async () => {
    deployment = await freshDeployment('sqlite');
    server = await startGatehouseProcess(deployment.settings);
  });
  after(async () => {
    await server?.stop('SIGKILL');
    await deployment?.remove();
  });

  test('sign-ins in flight at SIGTERM all finish with a normal answer; the process exits 0 and refuses new connections', async () => {
    const usernames = Array.from({ length: 20 }, (_, i) => `leaving.${i + 1}`);
    await addUsers(server.origin, usernames);
    // Each sign-in counts its client address before its Argon2id verification (~50 ms) and gives the
    // count back once the password checked out, just before it answers. So a sign-in has reached
    // the server when it is counted now or has been answered: when those make twenty, all twenty
    // arrived (the early ones may be done already; a fast runtime finishes some before the last
    // one is counted).
    const signInsCounted = async () => Number((await selectRows(deployment.database.url, 'select coalesce(sum(attempts), 0) as n from address_attempts'))[0]?.n);
    const counted = await signInsCounted();
    const inFlight = usernames.map((username) => new HttpBrowser(server.origin).signIn(username, passwordOf(username)));
    let answered = 0;
    for (const request of inFlight) request.then(() => answered++, () => answered++);
    const deadline = Date.now() + 10_000;
    while ((await signInsCounted()) - counted + answered < usernames.length) {
      assert.ok(Date.now() < deadline, 'the twenty sign-ins reached the server');
      await sleep(5);
    }
    const answeredAtSigterm = answered;
    server.child.kill('SIGTERM');

    // The listening socket closes as soon as the signal is handled; the requests in flight run on.
    let unansweredWhenRefused: number | undefined;
    for (let tries = 0; tries < 400 && unansweredWhenRefused === undefined; tries++) {
      if (!(await acceptsConnections(server.port))) unansweredWhenRefused = usernames.length - answered;
      else await sleep(5);
    }
    const answers = await Promise.allSettled(inFlight);
    const described = answers.map((a) => (a.status === 'fulfilled' ? `${a.value.status} ${a.value.body?.state ?? a.value.text}` : `failed: ${String(a.reason)}`));
    assert.deepEqual(described, Array(usernames.length).fill('200 authenticated'), 'every request in flight was answered normally');
    const exit = await Promise.race([server.exited, sleep(15_000).then(() => 'still running 15 s after the last answer')]);
    assert.deepEqual(exit, { code: 0, signal: null }, 'a clean exit, soon');
    assert.ok(server.logLines.some((line) => /shutting down: finishing requests in flight/.test(line)));
    assert.equal(await acceptsConnections(server.port), false, 'no connection after the exit');
    assert.notEqual(unansweredWhenRefused, undefined, 'new connections are refused once shutdown began');
    assert.ok(answeredAtSigterm < usernames.length, `sign-ins were still in flight at SIGTERM (${usernames.length - answeredAtSigterm} of ${usernames.length})`);
    console.log(`# SIGTERM: new connections refused while ${unansweredWhenRefused} of ${usernames.length} sign-ins were still in flight`);
  });
});
