// A restart: the time from the start command to the first `GET /readyz` that answers 200, on a built
// tree and a data folder that exists already (migrated, with its administrator). Compared, in
// interleaved rounds, with node started directly on dist/ (the floor: what npm and the freshness
// check add is the difference) and, once, with the old `npm start` (a full build before each start).
// Target (issue 16): `npm start` under 2 s on this machine.
import { spawn } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { createServer } from 'node:net';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { BENCH_ADMIN_PASSWORD, median, ROOT, START_FLAGS } from './lib.js';

const rounds = Number(process.env.BENCH_ROUNDS ?? 7);
const dataDir = mkdtempSync(join(tmpdir(), 'gatehouse-bench-start-'));

async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as { port: number };
  await new Promise((resolve) => server.close(resolve));
  return port;
}

/** Seconds from spawning `command` until /readyz answers 200; then the whole process group is stopped. */
async function secondsToReady(command: string, args: string[]): Promise<number> {
  const port = await freePort();
  const env = { ...process.env, GATEHOUSE_DATA_DIR: dataDir, GATEHOUSE_PORT: String(port), GATEHOUSE_ADMIN_PASSWORD: BENCH_ADMIN_PASSWORD, GATEHOUSE_LOG_LEVEL: 'warn' };
  const started = performance.now();
  // Its own process group: npm does not pass SIGTERM on to the server it started.
  const child = spawn(command, args, { cwd: ROOT, env, stdio: 'ignore', detached: true });
  const exited = new Promise((resolve) => child.once('exit', resolve));
  try {
    for (;;) {
      if (child.exitCode !== null) throw new Error(`${command} ${args.join(' ')} exited with ${child.exitCode} before it was ready`);
      try {
        if ((await fetch(`http://127.0.0.1:${port}/readyz`)).status === 200) return (performance.now() - started) / 1000;
      } catch {
        // not listening yet
      }
      await new Promise((resolve) => setTimeout(resolve, 5));
    }
  } finally {
    process.kill(-child.pid!, 'SIGTERM');
    await exited;
  }
}

const ways = {
  'node dist/cli/main.js serve (direct)': () => secondsToReady('node', [...START_FLAGS, 'dist/cli/main.js', 'serve']),
  'npm start (freshness check, then node)': () => secondsToReady('npm', ['start', '--silent']),
};
await secondsToReady('node', [...START_FLAGS, 'dist/cli/main.js', 'serve']); // first start: migrations, the administrator
const samples = new Map<string, number[]>(Object.keys(ways).map((name) => [name, []]));
for (let round = 0; round < rounds; round++) {
  for (const [name, run] of Object.entries(ways)) samples.get(name)!.push(await run());
}
const oldWay = process.env.BENCH_SKIP_OLD_WAY === '1' ? null : await secondsToReady('sh', ['-c', `npm run build --silent && exec node ${START_FLAGS.join(' ')} dist/cli/main.js serve`]);

const floor = median(samples.get('node dist/cli/main.js serve (direct)')!);
console.log(`\nstart-to-ready: ${rounds} interleaved rounds, medians (seconds until GET /readyz answers 200); load average ${loadavg()[0]!.toFixed(1)}\n`);
console.log('| start | seconds | × direct node |');
console.log('|---|---|---|');
for (const [name, values] of samples) console.log(`| ${name} | ${median(values).toFixed(2)} | ${(median(values) / floor).toFixed(2)} |`);
if (oldWay !== null) console.log(`| before: npm run build, then node (the old prestart; one run) | ${oldWay.toFixed(2)} | ${(oldWay / floor).toFixed(2)} |`);
const npmStart = median(samples.get('npm start (freshness check, then node)')!);
console.log(`\nnpm start: ${npmStart.toFixed(2)} s (target < 2 s: ${npmStart < 2 ? 'met' : 'NOT MET'})`);
