// How close to bare Fastify hello world can a signed-in session request come at all? Bare Fastify
// doing only the least work such a request must do (bench/floor-server.mjs, in three steps), then
// Gatehouse's own GET /api/session, all against hello world in one run. This puts the 0.5× target
// of request-throughput.ts in context: if the floor itself is near 0.5×, the rest is Gatehouse.
import { api, BENCH_ADMIN_PASSWORD, compare, type Server, startGatehouse, startHello, startProcess } from './lib.js';

const seconds = Number(process.env.BENCH_SECONDS ?? 4);
const rounds = Number(process.env.BENCH_ROUNDS ?? 3);
const FLOOR_TOKEN = 'x'.repeat(43);
const STEPS = [
  [1, 'floor 1: session answer from a Map (cookie, SHA-256, same JSON)'],
  [2, 'floor 2: + security headers and latency histogram hooks'],
  [3, 'floor 3: + one JSON access-log line per request'],
] as const;

const hello = await startHello();
const floors: Server[] = [];
for (const [step] of STEPS) floors.push(await startProcess('node', ['bench/floor-server.mjs'], { FLOOR_STEP: String(step) }, /listening (\d+)/));
const gatehouse = await startGatehouse();
try {
  const signIn = await api(gatehouse.url, '/api/session', { method: 'POST', json: { username: 'admin', password: BENCH_ADMIN_PASSWORD } });
  const cookie = signIn.headers.getSetCookie().find((c) => c.startsWith('gatehouse_session='))!.split(';')[0]!;
  const results = await compare(
    [
      { name: 'hello world (bare Fastify)', url: `${hello.url}/`, pid: hello.process.pid },
      ...STEPS.map(([, name], i) => ({ name, url: `${floors[i]!.url}/api/session`, headers: { cookie: `gatehouse_session=${FLOOR_TOKEN}` }, pid: floors[i]!.process.pid })),
      { name: 'Gatehouse GET /api/session (session cookie)', url: `${gatehouse.url}/api/session`, headers: { cookie }, pid: gatehouse.process.pid },
    ],
    { rounds, seconds },
  );
  const baseline = results[0]!;
  console.log(`\nrequest floor: ${rounds} interleaved rounds of ${seconds} s, 16 connections, medians`);
  console.log('| load | req/s | × hello | server CPU µs/req | non-2xx |');
  console.log('|---|---|---|---|---|');
  for (const r of results) {
    console.log(`| ${r.name} | ${Math.round(r.medianRequestsPerSecond)} | ${(r.medianRequestsPerSecond / baseline.medianRequestsPerSecond).toFixed(2)} | ${r.medianCpuMicrosecondsPerRequest.toFixed(0)} | ${r.non2xx} |`);
  }
} finally {
  await gatehouse.stop();
  for (const floor of floors) await floor.stop();
  await hello.stop();
}
