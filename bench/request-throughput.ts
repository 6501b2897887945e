// Requests per second of authenticated Gatehouse requests against bare Fastify hello world,
// measured in one run: a session-cookie GET /api/session, repeated Basic username:password
// GET /api/me, and Basic api_key:api_token GET /api/me. Targets (issues 2, 5, 7): session and
// API key ≥ 0.5× hello; repeated Basic password ≥ 0.3× hello.
import { api, BENCH_ADMIN_PASSWORD, basicHeader, compare, startGatehouse, startHello } from './lib.js';

const seconds = Number(process.env.BENCH_SECONDS ?? 4);
const rounds = Number(process.env.BENCH_ROUNDS ?? 3);

const hello = await startHello();
const gatehouse = await startGatehouse();
try {
  const signIn = await api(gatehouse.url, '/api/session', { method: 'POST', json: { username: 'admin', password: BENCH_ADMIN_PASSWORD } });
  const cookie = signIn.headers.getSetCookie().find((c) => c.startsWith('gatehouse_session='))!.split(';')[0]!;
  const created = await api(gatehouse.url, '/api/me/api-keys', { method: 'POST', headers: { cookie }, json: { name: 'bench' } });
  if (created.status !== 201) throw new Error(`could not create an API key: ${created.status} ${await created.text()}`);
  const key = (await created.json()) as { api_key: string; api_token: string };

  const results = await compare(
    [
      { name: 'hello world (bare Fastify)', url: `${hello.url}/`, pid: hello.process.pid },
      { name: 'session cookie GET /api/session', url: `${gatehouse.url}/api/session`, headers: { cookie }, pid: gatehouse.process.pid },
      { name: 'Basic password GET /api/me', url: `${gatehouse.url}/api/me`, headers: { authorization: basicHeader('admin', BENCH_ADMIN_PASSWORD) }, pid: gatehouse.process.pid },
      { name: 'Basic API key GET /api/me', url: `${gatehouse.url}/api/me`, headers: { authorization: basicHeader(key.api_key, key.api_token) }, pid: gatehouse.process.pid },
    ],
    { rounds, seconds },
  );
  const baseline = results[0]!;
  const targets: Record<string, number> = { 'session cookie GET /api/session': 0.5, 'Basic password GET /api/me': 0.3, 'Basic API key GET /api/me': 0.5 };
  console.log(`\nrequest throughput: ${rounds} interleaved rounds of ${seconds} s, 16 connections, medians`);
  console.log('(× hello by CPU: hello\'s server CPU per request over this one\'s — the throughput ratio each would reach on a core of its own, robust to other load on the machine)');
  console.log('| load | req/s | × hello | server CPU µs/req | × hello by CPU | target | non-2xx |');
  console.log('|---|---|---|---|---|---|---|');
  for (const r of results) {
    const ratio = r.medianRequestsPerSecond / baseline.medianRequestsPerSecond;
    const cpuRatio = baseline.medianCpuMicrosecondsPerRequest / r.medianCpuMicrosecondsPerRequest;
    const target = targets[r.name];
    console.log(
      `| ${r.name} | ${Math.round(r.medianRequestsPerSecond)} | ${ratio.toFixed(2)} | ${r.medianCpuMicrosecondsPerRequest.toFixed(0)} | ${cpuRatio.toFixed(2)} | ${target ? `≥ ${target} ${ratio >= target ? 'met' : 'NOT MET'}` : '—'} | ${r.non2xx} |`,
    );
  }
} finally {
  await gatehouse.stop();
  await hello.stop();
}
