// Slow and vanishing clients (SPEC 2.11; issue 11 points 6 and 12): a request whose body does not
// arrive within the request timeout is answered 408 in the envelope and its connection closed, so
// slow clients cannot hold connections; a client that aborts its upload is logged as that, not as
// "storage unavailable" at error level.
import assert from 'node:assert/strict';
import { connect, type Socket } from 'node:net';
import type { AddressInfo } from 'node:net';
import { after, before, describe, test } from 'node:test';
import { CONNECTION_TIMEOUT_IN_MILLISECONDS, REQUEST_TIMEOUT_IN_MILLISECONDS } from '../../src/server/client-errors.js';
import { sendRaw } from '../helpers/raw-http.js';
import { startTestApp, type TestApp } from '../helpers/test-app.js';
import { availableDatabaseKinds } from '../helpers/test-databases.js';

const TIMEOUT = 300;

function slowBody(path: string): string {
  return `POST ${path} HTTP/1.1\r\nHost: gatehouse.test\r\nContent-Type: application/json\r\nContent-Length: 1000\r\n\r\n{`;
}

function opened(port: number): Promise<Socket> {
  return new Promise((resolve, reject) => {
    const socket = connect({ host: '127.0.0.1', port }, () => resolve(socket));
    // Read (and drop) whatever comes, so the end of the connection is seen.
    socket.resume();
    socket.once('error', reject);
  });
}

function closed(socket: Socket): Promise<void> {
  return new Promise((resolve) => (socket.destroyed ? resolve() : socket.once('close', () => resolve())));
}

interface LogLine {
  level: number;
  msg: string;
}

for (const kind of await availableDatabaseKinds()) {
  describe(`slow and vanishing clients (${kind})`, () => {
    let t: TestApp;
    let port: number;
    before(async () => {
      t = await startTestApp(kind, { requestTimeoutInMilliseconds: TIMEOUT });
      await t.app.listen({ host: '127.0.0.1', port: 0 });
      port = (t.app.server.address() as AddressInfo).port;
    });
    after(() => t.close());

    test('the server waits at most 30 s for a whole request, and 60 s on a stalled connection', async () => {
      const defaults = await startTestApp(kind, { database: t.database });
      try {
        assert.equal(REQUEST_TIMEOUT_IN_MILLISECONDS, 30_000);
        assert.equal(defaults.app.server.requestTimeout, 30_000);
        assert.equal(defaults.app.server.headersTimeout, 30_000);
        assert.equal(defaults.app.server.timeout, CONNECTION_TIMEOUT_IN_MILLISECONDS);
      } finally {
        await defaults.close();
      }
    });

    test('a body announced as 1000 bytes that brings one is answered 408 in the envelope, and the connection closed', async () => {
      for (const path of ['/api/session', '/api/session/second-factor']) {
        const started = Date.now();
        const answer = await sendRaw(port, slowBody(path), 5000);
        assert.notEqual(answer, 'closed', `${path}: an answer, not just a closed connection`);
        if (answer === 'closed') return;
        assert.equal(answer.status, 408, path);
        assert.deepEqual(JSON.parse(answer.body), { error: { type: 'request_timeout', message: 'The request did not arrive in time. Send it again.' } });
        assert.equal(answer.headers.connection, 'close');
        assert.ok(Date.now() - started < 3000, `answered after ${Date.now() - started} ms`);
      }
    });

    test('headers that never finish are cut off too, and fifty slow clients hold no connection past the timeout', async () => {
      const sockets = await Promise.all(Array.from({ length: 50 }, () => opened(port)));
      sockets.forEach((socket, i) => socket.write(i % 2 ? slowBody('/api/session') : 'GET /api/session HTTP/1.1\r\nHost: gatehouse.test\r\n'));
      await Promise.race([Promise.all(sockets.map(closed)), new Promise((resolve) => setTimeout(resolve, 5000))]);
      assert.equal(sockets.filter((socket) => !socket.destroyed).length, 0, 'every slow connection was closed');
      const connections = await new Promise<number>((resolve, reject) => t.app.server.getConnections((error, count) => (error ? reject(error) : resolve(count))));
      assert.equal(connections, 0);
    });

    test('a client that aborts its upload is logged as an aborted request, not as storage unavailable', async () => {
      const before = t.logs.length;
      const socket = await opened(port);
      socket.write(slowBody('/api/session'));
      await new Promise((resolve) => setTimeout(resolve, 50));
      socket.resetAndDestroy();
      await new Promise((resolve) => setTimeout(resolve, 200));
      const lines = t.logs.slice(before).map((line) => JSON.parse(line) as LogLine);
      assert.deepEqual(lines.filter((line) => /storage unavailable|unexpected error/.test(line.msg)), []);
      assert.deepEqual(lines.filter((line) => line.level >= 50), [], 'nothing at error level');
      assert.ok(lines.some((line) => line.level === 30 && /client closed the connection/.test(line.msg)), 'an info line says what happened');
      // The server is fine afterwards.
      const answer = await sendRaw(port, 'GET /healthz HTTP/1.1\r\nHost: gatehouse.test\r\nConnection: close\r\n\r\n');
      assert.ok(answer !== 'closed' && answer.status === 200);
    });
  });
}
