// The syslog sink's confirmation rule, against a receiver on loopback: a write counts as received
// once its connection has stayed up for the settle time; a connection that dies first loses it,
// and the sink says so (the shipper then sends again from its cursor).
import assert from 'node:assert/strict';
import { createServer, type Server, type Socket } from 'node:net';
import { after, before, describe, test } from 'node:test';
import type { ExportedCheckpoint } from '../../core/audit/audit-export.js';
import { createSyslogSink } from './syslog-sink.js';

const record: ExportedCheckpoint = { checkpoint: { number: 1, origin: 'o', sequence: 1, hash: 'ab', at: '2026-06-01T12:00:00.000Z', key_id: 'k', signature: 's' } };
const pause = (milliseconds: number) => new Promise((resolve) => setTimeout(resolve, milliseconds));

describe('the syslog sink', () => {
  let server: Server;
  let port: number;
  const connections: Socket[] = [];
  const received: string[] = [];
  before(async () => {
    server = createServer((socket) => {
      connections.push(socket);
      socket.on('data', (chunk) => received.push(String(chunk)));
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    port = (server.address() as { port: number }).port;
  });
  after(() => new Promise<void>((resolve) => server.close(() => resolve())));

  test('confirms a write once the connection has stayed up for the settle time', async () => {
    const sink = createSyslogSink({ url: `tcp://127.0.0.1:${port}`, origin: { hostname: 'h', processId: 1 }, settleInMilliseconds: 200 });
    try {
      await sink.deliver([record], { sequence: 1, checkpointNumber: 1 });
      assert.equal(sink.confirmed(), null, 'not before the settle time');
      await pause(300);
      assert.deepEqual(sink.confirmed(), { sequence: 1, checkpointNumber: 1 });
      assert.equal(sink.takeLoss(), false);
      assert.match(received.join(''), /^\d+ <86>1 2026-06-01T12:00:00.000Z h gatehouse 1 checkpoint /);
    } finally {
      sink.close();
    }
  });

  test('reports a write lost when the receiver drops the connection before it settles', async () => {
    const sink = createSyslogSink({ url: `tcp://127.0.0.1:${port}`, origin: { hostname: 'h', processId: 1 }, settleInMilliseconds: 500 });
    try {
      await sink.deliver([record], { sequence: 2, checkpointNumber: 1 });
      await pause(50);
      connections.at(-1)!.destroy();
      await pause(600);
      assert.equal(sink.confirmed(), null, 'never confirmed');
      assert.equal(sink.takeLoss(), true, 'the loss is reported');
      assert.equal(sink.takeLoss(), false, 'once');
      await sink.deliver([record], { sequence: 2, checkpointNumber: 1 });
      assert.equal(connections.length, 3, 'the next delivery opens a new connection');
    } finally {
      sink.close();
    }
  });

  test('rejects a delivery when nothing listens', async () => {
    const closed = createServer();
    await new Promise<void>((resolve) => closed.listen(0, '127.0.0.1', resolve));
    const free = (closed.address() as { port: number }).port;
    await new Promise<void>((resolve) => closed.close(() => resolve()));
    const sink = createSyslogSink({ url: `tcp://127.0.0.1:${free}`, origin: { hostname: 'h', processId: 1 } });
    await assert.rejects(sink.deliver([record], { sequence: 1, checkpointNumber: 0 }), /ECONNREFUSED/);
    sink.close();
  });
});
