// Issue 18: Gatehouse on PostgreSQL against Gatehouse on SQLite, and both against the floor server
// (bare Fastify doing only what a signed-in request must: cookie, SHA-256, a Map, the same JSON,
// security headers, the latency histogram, one access-log line; bench/floor-server.mjs step 3), in
// one run with interleaved rounds. Session-cookie and API-key GET /api/me on each database. Then
// two instances on one PostgreSQL database, each driven by its own load generator at once, against
// one instance alone. Targets: PostgreSQL ≥ 0.8× SQLite; session and API key ≥ 0.8× the floor.
import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { api, BENCH_ADMIN_PASSWORD, basicHeader, compare, type Load, measure, median, type Server, startGatehouse, startProcess } from './lib.js';

const seconds = Number(process.env.BENCH_SECONDS ?? 4);
const rounds = Number(process.env.BENCH_ROUNDS ?? 3);
const base = process.env.GATEHOUSE_TEST_POSTGRES_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
const FLOOR_TOKEN = 'x'.repeat(43);

const databaseName = `gatehouse_bench_${randomBytes(6).toString('hex')}`;
const admin = new pg.Client({ connectionString: base });
await admin.connect();
await admin.query(`CREATE DATABASE "${databaseName}"`);
const url = new URL(base);
url.pathname = `/${databaseName}`;
const secretKey = randomBytes(32).toString('base64');

/** A session cookie and an API key's Basic header, made on `server`. */
async function credentialsOn(server: Server): Promise<{ cookie: string; key: string }> {
  const signIn = await api(server.url, '/api/session', { method: 'POST', json: { username: 'admin', password: BENCH_ADMIN_PASSWORD } });
  const cookie = signIn.headers.getSetCookie().find((c) => c.startsWith('gatehouse_session='))!.split(';')[0]!;
  const created = await api(server.url, '/api/me/api-keys', { method: 'POST', headers: { cookie }, json: { name: `bench ${randomBytes(4).toString('hex')}` } });
  if (created.status !== 201) throw new Error(`could not create an API key: ${created.status} ${await created.text()}`);
  const key = (await created.json()) as { api_key: string; api_token: string };
  return { cookie, key: basicHeader(key.api_key, key.api_token) };
}

const servers: Server[] = [];
try {
  const floor = await startProcess('node', ['bench/floor-server.mjs'], { FLOOR_STEP: '3' }, /listening (\d+)/);
  servers.push(floor);
  const sqlite = await startGatehouse();
  servers.push(sqlite);
  const postgres = await startGatehouse({ GATEHOUSE_DATABASE_URL: url.toString(), GATEHOUSE_SECRET_KEY: secretKey });
  servers.push(postgres);
  const twin = await startGatehouse({ GATEHOUSE_DATABASE_URL: url.toString(), GATEHOUSE_SECRET_KEY: secretKey });
  servers.push(twin);
  const onSqlite = await credentialsOn(sqlite);
  const onPostgres = await credentialsOn(postgres);
  const session = (server: Server, cookie: string): Load => ({ name: '', url: `${server.url}/api/me`, headers: { cookie }, pid: server.process.pid });
  const key = (server: Server, authorization: string): Load => ({ name: '', url: `${server.url}/api/me`, headers: { authorization }, pid: server.process.pid });

  const results = await compare(
    [
      { name: 'floor (bare Fastify, step 3) GET /api/session', url: `${floor.url}/api/session`, headers: { cookie: `gatehouse_session=${FLOOR_TOKEN}` }, pid: floor.process.pid },
      { ...session(sqlite, onSqlite.cookie), name: 'SQLite: session GET /api/me' },
      { ...key(sqlite, onSqlite.key), name: 'SQLite: API key GET /api/me' },
      { ...session(postgres, onPostgres.cookie), name: 'PostgreSQL: session GET /api/me' },
      { ...key(postgres, onPostgres.key), name: 'PostgreSQL: API key GET /api/me' },
    ],
    { rounds, seconds },
  );
  const by = Object.fromEntries(results.map((r) => [r.name, r]));
  const floorResult = results[0]!;
  console.log(`\nPostgreSQL mode: ${rounds} interleaved rounds of ${seconds} s, 16 connections, medians (load average at the end: ${(await import('node:os')).loadavg().map((l) => l.toFixed(1)).join(', ')})`);
  console.log('| load | req/s (rounds) | server CPU µs/req | × floor (req/s) | × floor (CPU) | non-2xx |');
  console.log('|---|---|---|---|---|---|');
  for (const r of results) {
    console.log(
      `| ${r.name} | ${Math.round(r.medianRequestsPerSecond)} (${r.samples.map((s) => Math.round(s)).join(', ')}) | ${r.medianCpuMicrosecondsPerRequest.toFixed(0)} | ${(r.medianRequestsPerSecond / floorResult.medianRequestsPerSecond).toFixed(2)} | ${(floorResult.medianCpuMicrosecondsPerRequest / r.medianCpuMicrosecondsPerRequest).toFixed(2)} | ${r.non2xx} |`,
    );
  }
  for (const load of ['session', 'API key']) {
    const onPg = by[`PostgreSQL: ${load} GET /api/me`]!;
    const onLite = by[`SQLite: ${load} GET /api/me`]!;
    const ratio = onPg.medianRequestsPerSecond / onLite.medianRequestsPerSecond;
    console.log(`PostgreSQL / SQLite, ${load}: ${ratio.toFixed(2)} by req/s, ${(onLite.medianCpuMicrosecondsPerRequest / onPg.medianCpuMicrosecondsPerRequest).toFixed(2)} by server CPU (target ≥ 0.8: ${ratio >= 0.8 ? 'met' : 'NOT MET'})`);
  }

  // Two instances on one database, each with its own load generator (8 connections each), against
  // one instance with 16: API-key GET /api/me, interleaved.
  const onTwin = await credentialsOn(twin);
  const one: number[] = [];
  const two: number[] = [];
  for (let round = 0; round < rounds; round++) {
    one.push((await measure(key(postgres, onPostgres.key), seconds)).requestsPerSecond);
    const both = await Promise.all([measure(key(postgres, onPostgres.key), seconds, 8), measure(key(twin, onTwin.key), seconds, 8)]);
    two.push(both[0].requestsPerSecond + both[1].requestsPerSecond);
  }
  console.log(`\nTwo instances on one PostgreSQL vs one (API key GET /api/me, ${rounds} rounds): one ${Math.round(median(one))} req/s (${one.map(Math.round).join(', ')}), two ${Math.round(median(two))} req/s (${two.map(Math.round).join(', ')}): ${(median(two) / median(one)).toFixed(2)}×`);
} finally {
  for (const server of servers.reverse()) await server.stop();
  await admin.query(`DROP DATABASE IF EXISTS "${databaseName}" WITH (FORCE)`);
  await admin.end();
}
