// A restart: the time from the start command to the first `GET /readyz` that answers 200, on a built
// tree and a data folder that exists already (migrated, with its administrator). Compared, in
// interleaved rounds, with node started directly on dist/ (the floor: what npm and the freshness
// check add is the difference) and, once, with the old `npm start` (a full build before each start).
// Target (issue 16): `npm start` under 2 s on this machine.
import { spawn } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync } from 'node:fs';
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

/**
 * CPU seconds spent by a process group so far: its live members' own time and that of their
 * children which ended (npm's prestart, say). Unlike the wall time this hardly depends on what else
 * the machine runs, and a start is mostly one thread: on an idle machine it is about the wall time.
 */
function cpuSecondsOfGroup(groupId: number): number {
  let ticks = 0;
  for (const name of readdirSync('/proc')) {
    if (!/^\d+$/.test(name)) continue;
    let stat: string;
    try {
      stat = readFileSync(`/proc/${name}/stat`, 'utf8');
    } catch {
      continue; // ended meanwhile
    }
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    // After the name: state ppid pgrp … utime(12) stime(13) cutime(14) cstime(15), counted from 0.
    if (Number(fields[2]) === groupId) ticks += [11, 12, 13, 14].reduce((sum, i) => sum + Number(fields[i]), 0);
  }
  return ticks / 100; // USER_HZ
}

/** Seconds (wall and CPU) from spawning `command` until /readyz answers 200; then the whole process group is stopped. */
async function secondsToReady(command: string, args: string[]): Promise<{ wall: number; cpu: number }> {
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
        if ((await fetch(`http://127.0.0.1:${port}/readyz`)).status === 200) return { wall: (performance.now() - started) / 1000, cpu: cpuSecondsOfGroup(child.pid!) };
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
const samples = new Map<string, { wall: number; cpu: number }[]>(Object.keys(ways).map((name) => [name, []]));
for (let round = 0; round < rounds; round++) {
  for (const [name, run] of Object.entries(ways)) samples.get(name)!.push(await run());
}
const oldWay = process.env.BENCH_SKIP_OLD_WAY === '1' ? null : await secondsToReady('sh', ['-c', `npm run build --silent && exec node ${START_FLAGS.join(' ')} dist/cli/main.js serve`]);

const medianOf = (name: string, of: 'wall' | 'cpu') => median(samples.get(name)!.map((sample) => sample[of]));
const floorName = 'node dist/cli/main.js serve (direct)';
console.log(`\nstart-to-ready: ${rounds} interleaved rounds, medians until GET /readyz answers 200; load average ${loadavg()[0]!.toFixed(1)}\n`);
console.log('| start | wall s | × direct | CPU s | × direct |');
console.log('|---|---|---|---|---|');
for (const name of samples.keys()) {
  const [wall, cpu] = [medianOf(name, 'wall'), medianOf(name, 'cpu')];
  console.log(`| ${name} | ${wall.toFixed(2)} | ${(wall / medianOf(floorName, 'wall')).toFixed(2)} | ${cpu.toFixed(2)} | ${(cpu / medianOf(floorName, 'cpu')).toFixed(2)} |`);
}
if (oldWay !== null) {
  console.log(`| before: npm run build, then node (the old prestart; one run) | ${oldWay.wall.toFixed(2)} | ${(oldWay.wall / medianOf(floorName, 'wall')).toFixed(2)} | ${oldWay.cpu.toFixed(2)} | ${(oldWay.cpu / medianOf(floorName, 'cpu')).toFixed(2)} |`);
}
const npmStart = medianOf('npm start (freshness check, then node)', 'wall');
console.log(`\nnpm start: ${npmStart.toFixed(2)} s wall, ${medianOf('npm start (freshness check, then node)', 'cpu').toFixed(2)} s CPU (target < 2 s: ${npmStart < 2 ? 'met' : 'NOT MET'} by the wall time)`);
