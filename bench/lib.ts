// Shared by the benchmarks: start servers as child processes, drive them with autocannon, and
// report medians and ratios against a baseline measured in the same run.
import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import autocannon from 'autocannon';

export const ROOT = new URL('..', import.meta.url).pathname;

export interface Server {
  url: string;
  process: ChildProcess;
  stop(): Promise<void>;
}

/** Starts a child and waits for the line that says which port it listens on. */
export function startProcess(command: string, args: string[], env: Record<string, string>, portPattern: RegExp): Promise<Server> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { cwd: ROOT, env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      const match = output.match(portPattern);
      if (match) {
        child.stdout.off('data', onData);
        child.stdout.resume();
        child.stderr.resume();
        resolve({
          url: `http://127.0.0.1:${match[1]}`,
          process: child,
          stop: () =>
            new Promise((done) => {
              child.once('exit', () => done());
              child.kill('SIGTERM');
            }),
        });
      }
    };
    child.stdout.on('data', onData);
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.once('exit', (code) => reject(new Error(`${command} exited with ${code}:\n${output}`)));
  });
}

export function startHello(): Promise<Server> {
  return startProcess('node', ['bench/hello-server.mjs'], {}, /listening (\d+)/);
}

export const BENCH_ADMIN_PASSWORD = 'benchmark admin password';

/**
 * The Node flags `npm start` runs Gatehouse with (package.json), so the benchmarks measure the same
 * process: a 4 MiB young generation and a 30 % heap growth step keep resident memory down
 * (docs/operations.md).
 */
export const START_FLAGS = (JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { scripts: { start: string } }).scripts.start
  .split(' ')
  .filter((part) => part.startsWith('--'));

/** Gatehouse from dist/ (run `npm run build` first) on a fresh SQLite data folder. */
export function startGatehouse(env: Record<string, string> = {}): Promise<Server & { dataDir: string }> {
  const dataDir = env.GATEHOUSE_DATA_DIR ?? mkdtempSync(join(tmpdir(), 'gatehouse-bench-'));
  return startProcess(
    'node',
    [...START_FLAGS, 'dist/cli/main.js', 'serve'],
    { GATEHOUSE_DATA_DIR: dataDir, GATEHOUSE_PORT: '0', GATEHOUSE_ADMIN_PASSWORD: BENCH_ADMIN_PASSWORD, GATEHOUSE_SIGN_IN_ATTEMPTS_PER_MINUTE: '100000', ...env },
    /Server listening at http:\/\/127\.0\.0\.1:(\d+)/,
  ).then((server) => ({ ...server, dataDir }));
}

export interface Load {
  name: string;
  url: string;
  /** The server's process, to read how much CPU it spent per request. */
  pid?: number;
  method?: 'GET' | 'POST';
  headers?: Record<string, string>;
  body?: string;
}

/** User + system CPU seconds a process has used so far (Linux /proc). */
export function cpuSecondsOf(pid: number): number {
  const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]!.split(' ');
  // utime and stime are fields 14 and 15 of stat, in clock ticks (100 a second on Linux).
  return (Number(fields[11]) + Number(fields[12])) / 100;
}

export async function measure(load: Load, seconds: number, connections = 16): Promise<{ requestsPerSecond: number; non2xx: number; p99: number; cpuMicrosecondsPerRequest: number }> {
  const cpuBefore = load.pid ? cpuSecondsOf(load.pid) : 0;
  const result = await autocannon({
    url: load.url,
    method: load.method ?? 'GET',
    headers: load.headers,
    body: load.body,
    connections,
    duration: seconds,
  });
  const cpu = load.pid ? cpuSecondsOf(load.pid) - cpuBefore : 0;
  return { requestsPerSecond: result.requests.average, non2xx: result.non2xx, p99: result.latency.p99, cpuMicrosecondsPerRequest: result.requests.total ? (cpu / result.requests.total) * 1e6 : 0 };
}

export function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

/** Interleaves rounds of every load so drift on a noisy machine hits all of them alike. */
export async function compare(loads: Load[], options: { rounds: number; seconds: number; connections?: number }) {
  const samples = new Map<string, number[]>(loads.map((l) => [l.name, []]));
  const cpu = new Map<string, number[]>(loads.map((l) => [l.name, []]));
  const errors = new Map<string, number>(loads.map((l) => [l.name, 0]));
  for (let round = 0; round < options.rounds; round++) {
    for (const load of loads) {
      const result = await measure(load, options.seconds, options.connections);
      samples.get(load.name)!.push(result.requestsPerSecond);
      cpu.get(load.name)!.push(result.cpuMicrosecondsPerRequest);
      errors.set(load.name, errors.get(load.name)! + result.non2xx);
    }
  }
  return loads.map((l) => ({
    name: l.name,
    medianRequestsPerSecond: median(samples.get(l.name)!),
    samples: samples.get(l.name)!,
    medianCpuMicrosecondsPerRequest: median(cpu.get(l.name)!),
    non2xx: errors.get(l.name)!,
  }));
}

export async function api(base: string, path: string, init: RequestInit & { json?: unknown } = {}): Promise<Response> {
  const headers = new Headers(init.headers);
  if (init.json !== undefined) headers.set('content-type', 'application/json');
  headers.set('origin', base);
  return fetch(`${base}${path}`, { ...init, headers, body: init.json !== undefined ? JSON.stringify(init.json) : init.body });
}

export function basicHeader(user: string, password: string): string {
  return `Basic ${Buffer.from(`${user}:${password}`).toString('base64')}`;
}
