// A real rsyslog (Debian's rsyslogd), started by a test on a loopback port with its own
// configuration: TCP (imtcp, octet-counted framing) or TLS (the ossl stream driver), writing each
// message's MSG part — our JSON record — as one line of a file. Stopped and started again on the
// same port, it stands for a receiver's outage. With REQUIRE_RSYSLOG=1 (CI) a missing rsyslogd is a
// failure, not a skip.
import { type ChildProcess, execFileSync, spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { connect, createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const RSYSLOGD = process.env.GATEHOUSE_RSYSLOGD ?? '/usr/sbin/rsyslogd';

/** rsyslog's OpenSSL stream driver, in the multiarch library folder (/usr/lib/<arch>/rsyslog). */
function hasOsslDriver(): boolean {
  return readdirSync('/usr/lib').some((folder) => existsSync(join('/usr/lib', folder, 'rsyslog', 'lmnsd_ossl.so')));
}

export function rsyslogSkipReason(options: { tls?: boolean } = {}): string | null {
  const missing = !existsSync(RSYSLOGD) ? RSYSLOGD : options.tls && !hasOsslDriver() ? 'lmnsd_ossl.so (package rsyslog-openssl)' : null;
  if (missing === null) return null;
  const reason = `${missing} not found (apt-get install rsyslog rsyslog-openssl; set REQUIRE_RSYSLOG=1 to require it)`;
  if (process.env.REQUIRE_RSYSLOG === '1') throw new Error(`REQUIRE_RSYSLOG=1 but ${reason}`);
  return reason;
}

async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as { port: number };
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return port;
}

const listening = (port: number) =>
  new Promise<boolean>((resolve) => {
    const socket = connect(port, '127.0.0.1');
    socket.once('connect', () => {
      socket.destroy();
      resolve(true);
    });
    socket.once('error', () => resolve(false));
  });

export interface Rsyslog {
  readonly port: number;
  /** For tls: the PEM of the receiver's self-signed certificate (its own CA). */
  readonly caFile: string | null;
  /** The JSON records received so far, in the order written. */
  records(): unknown[];
  start(): Promise<void>;
  /** SIGTERM, and wait for the exit (rsyslog flushes what it has read). */
  stop(): Promise<void>;
  remove(): Promise<void>;
}

export async function createRsyslog(options: { tls?: boolean } = {}): Promise<Rsyslog> {
  const directory = mkdtempSync(join(tmpdir(), 'gatehouse-rsyslog-'));
  const port = await freePort();
  const output = join(directory, 'received.jsonl');
  let caFile: string | null = null;
  let driver = '';
  let tlsGlobals = '';
  if (options.tls) {
    const key = join(directory, 'key.pem');
    caFile = join(directory, 'cert.pem');
    execFileSync('openssl', ['req', '-x509', '-newkey', 'rsa:2048', '-nodes', '-keyout', key, '-out', caFile, '-days', '1', '-subj', '/CN=127.0.0.1', '-addext', 'subjectAltName=IP:127.0.0.1'], { stdio: 'ignore' });
    tlsGlobals = ` DefaultNetstreamDriver="ossl" DefaultNetstreamDriverCAFile="${caFile}" DefaultNetstreamDriverCertFile="${caFile}" DefaultNetstreamDriverKeyFile="${key}"`;
    driver = ' StreamDriver.Name="ossl" StreamDriver.Mode="1" StreamDriver.AuthMode="anon"';
  }
  const config = join(directory, 'rsyslog.conf');
  writeFileSync(
    config,
    [
      `global(workDirectory="${directory}" maxMessageSize="64k"${tlsGlobals})`,
      `module(load="imtcp"${driver})`,
      `input(type="imtcp" port="${port}" address="127.0.0.1")`,
      'template(name="record" type="string" string="%msg%\\n")',
      `action(type="omfile" file="${output}" template="record" flushOnTXEnd="on" asyncWriting="off")`,
      '',
    ].join('\n'),
  );
  let child: ChildProcess | null = null;
  let log = '';
  const rsyslog: Rsyslog = {
    port,
    caFile,
    records: () => (existsSync(output) ? readFileSync(output, 'utf8').split('\n').filter(Boolean).map((line) => JSON.parse(line) as unknown) : []),
    async start() {
      child = spawn(RSYSLOGD, ['-n', '-f', config, '-i', join(directory, 'rsyslogd.pid')], { stdio: ['ignore', 'pipe', 'pipe'] });
      child.stdout!.on('data', (chunk) => (log += String(chunk)));
      child.stderr!.on('data', (chunk) => (log += String(chunk)));
      const deadline = Date.now() + 10_000;
      while (!(await listening(port))) {
        if (child.exitCode !== null || Date.now() > deadline) throw new Error(`rsyslogd did not listen on ${port}: ${log}`);
        await new Promise((resolve) => setTimeout(resolve, 50));
      }
    },
    async stop() {
      const running = child;
      child = null;
      if (!running || running.exitCode !== null) return;
      await new Promise<void>((resolve) => {
        running.once('exit', () => resolve());
        running.kill('SIGTERM');
      });
    },
    async remove() {
      await rsyslog.stop();
      rmSync(directory, { recursive: true, force: true });
    },
  };
  return rsyslog;
}
