// A real Gatehouse process (`gatehouse serve` through tsx), as an operator runs it: its own port,
// its own environment, its JSON log captured line by line (as the logger flushes it). For tests
// of several instances, faults (SIGKILL, SIGTERM) and storage outages. Every process started here
// is SIGKILLed when the test process exits, so a failed test leaves no server behind.
import { type ChildProcess, spawn } from 'node:child_process';
import { type AddressInfo, connect, createServer } from 'node:net';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const STARTUP_TIMEOUT_IN_MILLISECONDS = 30_000;

export const PROCESS_ADMIN_PASSWORD = 'correct horse battery staple';

export interface ProcessExit {
  code: number | null;
  signal: NodeJS.Signals | null;
}

export interface GatehouseProcess {
  readonly child: ChildProcess;
  readonly port: number;
  /** `http://127.0.0.1:PORT`: the base URL, and the Origin the CSRF check expects. */
  readonly origin: string;
  /** Every line the process wrote to stdout and stderr, in order. */
  readonly logLines: string[];
  readonly exited: Promise<ProcessExit>;
  /** Resolves once `count` log lines match `pattern` (counted from the start). */
  waitForLogLines(pattern: RegExp, count?: number, timeoutInMilliseconds?: number): Promise<void>;
  /** Sends the signal and waits for the exit. */
  stop(signal?: NodeJS.Signals): Promise<ProcessExit>;
}

const running = new Set<ChildProcess>();
process.on('exit', () => {
  for (const child of running) child.kill('SIGKILL');
});

/** A port nobody listens on right now (the kernel's choice), for the process to take. */
async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => resolve());
  });
  const { port } = server.address() as AddressInfo;
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return port;
}

/**
 * Starts `gatehouse serve` on a free port with exactly these settings (no GATEHOUSE_* variable of
 * the test's own environment leaks in), and waits until `/healthz` answers. The port is chosen
 * here rather than read from the "Server listening at …" log line: the log is written in batches,
 * so that line may come late. A port taken in the meantime by someone else is retried.
 */
export async function startGatehouseProcess(settings: Record<string, string>): Promise<GatehouseProcess> {
  for (let attempt = 1; ; attempt++) {
    const port = await freePort();
    const started = spawnGatehouse(port, settings);
    try {
      await started.waitUntilServing();
      return started.process;
    } catch (error) {
      await started.process.stop('SIGKILL');
      const lostThePort = started.process.logLines.some((line) => /EADDRINUSE/.test(line));
      if (!lostThePort || attempt === 3) throw error;
    }
  }
}

function spawnGatehouse(port: number, settings: Record<string, string>): { process: GatehouseProcess; waitUntilServing(): Promise<void> } {
  const env: NodeJS.ProcessEnv = {};
  for (const [name, value] of Object.entries(process.env)) if (!name.startsWith('GATEHOUSE_')) env[name] = value;
  Object.assign(env, { GATEHOUSE_HOST: '127.0.0.1', GATEHOUSE_ADMIN_PASSWORD: PROCESS_ADMIN_PASSWORD, GATEHOUSE_LOG_LEVEL: 'info', ...settings, GATEHOUSE_PORT: String(port) });
  const child = spawn(process.execPath, ['--import', 'tsx', 'src/cli/main.ts', 'serve'], { cwd: ROOT, env, stdio: ['ignore', 'pipe', 'pipe'] });
  running.add(child);
  const logLines: string[] = [];
  const waiters: (() => void)[] = [];
  const collect = (stream: NodeJS.ReadableStream) => {
    let pending = '';
    stream.setEncoding('utf8');
    stream.on('data', (chunk: string) => {
      pending += chunk;
      const lines = pending.split('\n');
      pending = lines.pop() ?? '';
      logLines.push(...lines.filter((line) => line.trim() !== ''));
      for (const wake of waiters.splice(0)) wake();
    });
  };
  collect(child.stdout!);
  collect(child.stderr!);
  let hasExited = false;
  const exited = new Promise<ProcessExit>((resolve) => {
    child.once('exit', (code, signal) => {
      hasExited = true;
      running.delete(child);
      resolve({ code, signal });
      for (const wake of waiters.splice(0)) wake();
    });
  });
  const tail = () => logLines.slice(-20).join('\n');

  function waitForLogLines(pattern: RegExp, count = 1, timeoutInMilliseconds = STARTUP_TIMEOUT_IN_MILLISECONDS): Promise<void> {
    const deadline = Date.now() + timeoutInMilliseconds;
    return new Promise((resolve, reject) => {
      let settled = false;
      const settle = (error?: Error) => {
        settled = true;
        clearInterval(timer);
        if (error) reject(error);
        else resolve();
      };
      const check = () => {
        if (settled) return;
        if (logLines.filter((line) => pattern.test(line)).length >= count) settle();
        else if (hasExited) settle(new Error(`the process exited before logging ${pattern}:\n${tail()}`));
        else if (Date.now() > deadline) settle(new Error(`no ${count}× ${pattern} in the log within ${timeoutInMilliseconds} ms:\n${tail()}`));
        else waiters.push(check);
      };
      // New log lines wake the check; the timer only enforces the deadline.
      const timer = setInterval(check, 250);
      check();
    });
  }

  const origin = `http://127.0.0.1:${port}`;
  async function waitUntilServing(): Promise<void> {
    const deadline = Date.now() + STARTUP_TIMEOUT_IN_MILLISECONDS;
    for (;;) {
      if (hasExited) throw new Error(`gatehouse serve exited during start-up:\n${tail()}`);
      if (Date.now() > deadline) throw new Error(`gatehouse serve did not answer /healthz within ${STARTUP_TIMEOUT_IN_MILLISECONDS} ms:\n${tail()}`);
      try {
        if ((await fetch(`${origin}/healthz`, { signal: AbortSignal.timeout(2_000) })).status === 200) return;
      } catch {
        // not listening yet
      }
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  }

  return {
    waitUntilServing,
    process: {
      child,
      port,
      origin,
      logLines,
      exited,
      waitForLogLines,
      async stop(signal = 'SIGKILL') {
        if (!hasExited) child.kill(signal);
        return exited;
      },
    },
  };
}

/** Resolves true when a new TCP connection to the port is accepted, false when it is refused. */
export function acceptsConnections(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = connect(port, '127.0.0.1');
    socket.once('connect', () => {
      socket.destroy();
      resolve(true);
    });
    socket.once('error', () => resolve(false));
  });
}
