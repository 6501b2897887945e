// Complete password sign-ins (POST /api/session → session cookie) per second, against raw Argon2id
// verifications per second measured in the same run with the same concurrency (issue 7 target:
// ≥ 0.8×). A sign-in is one Argon2id verification plus a few small writes; everything else must
// be nearly free beside it.
import { execFileSync } from 'node:child_process';
import autocannon from 'autocannon';
import { api, BENCH_ADMIN_PASSWORD, basicHeader, median, startGatehouse } from './lib.js';

const seconds = Number(process.env.BENCH_SECONDS ?? 5);
const rounds = Number(process.env.BENCH_ROUNDS ?? 3);
const connections = 8;

// Distinct users: concurrent checks of one username and password share one verification, which
// would measure that sharing instead of the sign-in.
const USERS = 32;
const passwordOf = (i: number) => `bench user ${i} has a long password`;

const gatehouse = await startGatehouse();
try {
  const admin = basicHeader('admin', BENCH_ADMIN_PASSWORD);
  for (let i = 0; i < USERS; i++) {
    const added = await api(gatehouse.url, '/api/users', { method: 'POST', headers: { authorization: admin }, json: { username: `bench${i}`, password: passwordOf(i), role: 'standard' } });
    if (added.status !== 201) throw new Error(`could not add a user: ${added.status}`);
  }
  let next = 0;
  const raw: number[] = [];
  const signIns: number[] = [];
  for (let round = 0; round < rounds; round++) {
    const out = execFileSync('node', ['bench/argon2-worker.mjs'], { env: { ...process.env, SECONDS: String(seconds), CONCURRENCY: String(connections) } }).toString();
    raw.push((JSON.parse(out) as { perSecond: number }).perSecond);
    const result = await autocannon({
      url: `${gatehouse.url}/api/session`,
      connections,
      duration: seconds,
      requests: [
        {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          setupRequest: (request) => {
            const i = next++ % USERS;
            return { ...request, body: JSON.stringify({ username: `bench${i}`, password: passwordOf(i) }) };
          },
        },
      ],
    });
    if (result.non2xx > 0) throw new Error(`${result.non2xx} sign-ins failed`);
    signIns.push(result.requests.average);
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
