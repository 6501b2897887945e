// A/B of two builds on SQLite, interleaved in one run: the tree given by BENCH_BASELINE_ROOT (built;
// e.g. a checkout of main) against this one, session-cookie and API-key GET /api/me. Used to check
// that a change of the request path costs nothing where it should not (issue 18: per-table
// invalidation on SQLite against dropping everything on any write).
//   BENCH_BASELINE_ROOT=/path/to/main npx tsx bench/compare-builds.ts
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { api, BENCH_ADMIN_PASSWORD, basicHeader, compare, ROOT, START_FLAGS, startProcess } from './lib.js';

const baseline = process.env.BENCH_BASELINE_ROOT;
if (!baseline) throw new Error('Set BENCH_BASELINE_ROOT to the built tree to compare against.');

async function start(root: string) {
  const dataDir = mkdtempSync(join(tmpdir(), 'gatehouse-bench-'));
  return startProcess('node', [...START_FLAGS, join(root, 'dist/cli/main.js'), 'serve'], { GATEHOUSE_DATA_DIR: dataDir, GATEHOUSE_PORT: '0', GATEHOUSE_ADMIN_PASSWORD: BENCH_ADMIN_PASSWORD, GATEHOUSE_SIGN_IN_ATTEMPTS_PER_MINUTE: '100000' }, /Server listening at http:\/\/127\.0\.0\.1:(\d+)/);
}

const builds = [
  { name: 'baseline', server: await start(baseline) },
  { name: 'this tree', server: await start(ROOT) },
];
try {
  const loads = [];
  for (const { name, server } of builds) {
    const signIn = await api(server.url, '/api/session', { method: 'POST', json: { username: 'admin', password: BENCH_ADMIN_PASSWORD } });
    const cookie = signIn.headers.getSetCookie().find((c) => c.startsWith('gatehouse_session='))!.split(';')[0]!;
    const created = await api(server.url, '/api/me/api-keys', { method: 'POST', headers: { cookie }, json: { name: 'bench' } });
    const key = (await created.json()) as { api_key: string; api_token: string };
    loads.push({ name: `${name}: session GET /api/me`, url: `${server.url}/api/me`, headers: { cookie }, pid: server.process.pid });
    loads.push({ name: `${name}: API key GET /api/me`, url: `${server.url}/api/me`, headers: { authorization: basicHeader(key.api_key, key.api_token) }, pid: server.process.pid });
  }
  const results = await compare(loads, { rounds: Number(process.env.BENCH_ROUNDS ?? 3), seconds: Number(process.env.BENCH_SECONDS ?? 4) });
  console.log('| load | req/s (median; rounds) | server CPU µs/req | non-2xx |\n|---|---|---|---|');
  for (const r of results) console.log(`| ${r.name} | ${Math.round(r.medianRequestsPerSecond)} (${r.samples.map(Math.round).join(', ')}) | ${r.medianCpuMicrosecondsPerRequest.toFixed(1)} | ${r.non2xx} |`);
} finally {
  for (const { server } of builds) await server.stop();
}
