// Complete password sign-ins (POST /api/session → session cookie) per second, against raw Argon2id
// verifications per second measured in the same run with the same concurrency (issue 7 target:
// ≥ 0.8×). A sign-in is one Argon2id verification plus a few small writes; everything else must
// be nearly free beside it.
import { execFileSync } from 'node:child_process';
import { BENCH_ADMIN_PASSWORD, measure, median, startGatehouse } from './lib.js';

const seconds = Number(process.env.BENCH_SECONDS ?? 5);
const rounds = Number(process.env.BENCH_ROUNDS ?? 3);
const connections = 8;

const gatehouse = await startGatehouse();
try {
  const raw: number[] = [];
  const signIns: number[] = [];
  for (let round = 0; round < rounds; round++) {
    const out = execFileSync('node', ['bench/argon2-worker.mjs'], { env: { ...process.env, SECONDS: String(seconds), CONCURRENCY: String(connections) } }).toString();
    raw.push((JSON.parse(out) as { perSecond: number }).perSecond);
    const result = await measure(
      {
        name: 'sign-in',
        url: `${gatehouse.url}/api/session`,
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ username: 'admin', password: BENCH_ADMIN_PASSWORD }),
      },
      seconds,
      connections,
    );
    if (result.non2xx > 0) throw new Error(`${result.non2xx} sign-ins failed`);
    signIns.push(result.requestsPerSecond);
  }
  const ratio = median(signIns) / median(raw);
  console.log(`\npassword sign-in: ${rounds} interleaved rounds of ${seconds} s, ${connections} concurrent`);
  console.log('| load | median per second | samples |');
  console.log('|---|---|---|');
  console.log(`| raw Argon2id verify (m=19 MiB, t=2, p=1) | ${median(raw).toFixed(1)} | ${raw.map((v) => v.toFixed(1)).join(', ')} |`);
  console.log(`| POST /api/session (complete sign-in) | ${median(signIns).toFixed(1)} | ${signIns.map((v) => v.toFixed(1)).join(', ')} |`);
  console.log(`ratio ${ratio.toFixed(2)} (target ≥ 0.8: ${ratio >= 0.8 ? 'met' : 'NOT MET'})`);
} finally {
  await gatehouse.stop();
}
