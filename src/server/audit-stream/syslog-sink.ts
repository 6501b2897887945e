// The syslog sink: RFC 5424 messages, octet-counted, over TCP (tcp://host:514) or TLS
// (tls://host:6514, RFC 5425). Plain syslog has no acknowledgement, so a write counts as received
// only once the connection has stayed up for `settleInMilliseconds` after it (a live receiver has
// read it by then); when the connection drops first, everything not yet settled is sent again on
// the next one. Duplicates are possible, losses are not, and each record carries its sequence.
import { connect as connectTcp, isIP, type Socket } from 'node:net';
import { performance } from 'node:perf_hooks';
import { connect as connectTls } from 'node:tls';
import type { AuditSink, StreamPosition } from './audit-sink.js';
import { octetCounted, type SyslogOrigin, syslogMessage } from './syslog-format.js';

export interface SyslogSinkOptions {
  url: string;
  /** PEM of the CA that signed the receiver's certificate (a private CA); else the system's. */
  ca?: Buffer | undefined;
  origin: SyslogOrigin;
  settleInMilliseconds?: number;
  timeoutInMilliseconds?: number;
}

export function createSyslogSink(options: SyslogSinkOptions): AuditSink {
  const url = new URL(options.url);
  const host = url.hostname.replace(/^\[(.*)\]$/, '$1');
  const port = Number(url.port);
  const settle = options.settleInMilliseconds ?? 2000;
  const timeout = options.timeoutInMilliseconds ?? 10_000;
  let socket: Socket | null = null;
  let pending: { position: StreamPosition; at: number }[] = [];
  let confirmed: StreamPosition | null = null;
  let lost = false;

  const drop = (dead: Socket | null) => {
    if (dead !== socket) return;
    if (pending.length > 0) lost = true;
    pending = [];
    socket?.destroy();
    socket = null;
  };

  const open = () =>
    new Promise<Socket>((resolve, reject) => {
      const tls = url.protocol === 'tls:';
      const s = tls ? connectTls({ host, port, ca: options.ca, servername: isIP(host) ? undefined : host }) : connectTcp({ host, port });
      const fail = (error: Error) => {
        s.destroy();
        reject(error);
      };
      s.setTimeout(timeout, () => fail(new Error(`no connection within ${timeout} ms`)));
      s.once('error', fail);
      s.once(tls ? 'secureConnect' : 'connect', () => {
        s.off('error', fail);
        s.setTimeout(0);
        s.setKeepAlive(true, 10_000);
        // Whatever the receiver says is ignored; its end or an error ends this connection.
        s.on('data', () => {});
        s.on('error', () => drop(s));
        s.on('end', () => drop(s));
        s.on('close', () => drop(s));
        resolve(s);
      });
    });

  return {
    name: `syslog:${url.protocol}//${url.host}`,
    description: `${url.protocol}//${url.host}`,
    async deliver(records, position) {
      socket ??= await open();
      const current = socket;
      const frames = Buffer.concat(records.map((record) => octetCounted(syslogMessage(record, options.origin))));
      await new Promise<void>((resolve, reject) => {
        // A receiver that stops reading would hold the write forever.
        const stuck = setTimeout(() => {
          drop(current);
          reject(new Error(`the receiver took nothing for ${timeout} ms`));
        }, timeout);
        current.write(frames, (error) => {
          clearTimeout(stuck);
          if (error) reject(error);
          else resolve();
        });
      });
      if (socket === current) pending.push({ position, at: performance.now() });
      else throw new Error('the connection closed during the write');
    },
    confirmed() {
      const now = performance.now();
      while (socket && pending[0] && now - pending[0].at >= settle) confirmed = pending.shift()!.position;
      return confirmed;
    },
    takeLoss() {
      const wasLost = lost;
      lost = false;
      return wasLost;
    },
    close() {
      drop(socket);
      lost = false;
    },
  };
}
