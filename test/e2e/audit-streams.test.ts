// The audit stream (SPEC 2.15) into a real rsyslog on loopback (TCP and TLS) and a JSON-lines file:
// every event arrives, in order, checkable by the receiver; through an outage of the receiver and a
// restart of Gatehouse nothing is lost, and what comes twice comes as the same record; with two
// instances configured alike one ships. On both databases.
import assert from 'node:assert/strict';
import { existsSync, mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { after, afterEach, before, describe, test } from 'node:test';
import { SECOND } from '../../src/core/clock.js';
import { type AuditBackground, auditSinksOf, startAuditBackground } from '../../src/server/audit-stream/audit-background.js';
import { checkReceivedStream, writeAuditEvents } from '../helpers/audit-chain-steps.js';
import { createRsyslog, type Rsyslog, rsyslogSkipReason } from '../helpers/rsyslog.js';
import { startTestApp, type TestApp } from '../helpers/test-app.js';
import { availableDatabaseKinds } from '../helpers/test-databases.js';

/** A write counts as received after the connection stayed up this long (2 s in production). */
const SETTLE = 300;

async function eventually(what: string, check: () => boolean | Promise<boolean>, timeoutInMilliseconds = 20_000): Promise<void> {
  const deadline = Date.now() + timeoutInMilliseconds;
  while (!(await check())) {
    if (Date.now() > deadline) assert.fail(`timed out waiting until ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

const upTo = (n: number) => Array.from({ length: n }, (_, i) => i + 1);

const skip = rsyslogSkipReason({ tls: true });

for (const kind of await availableDatabaseKinds()) {
  describe(`the audit stream to syslog (${kind})`, { skip: skip ?? false }, () => {
    let rsyslog: Rsyslog | undefined;
    let t: TestApp;
    const running: AuditBackground[] = [];
    const ship = (app: TestApp, url: string, ca?: string) => {
      const background = startAuditBackground(app.ctx, auditSinksOf({ auditSyslogUrl: url, auditSyslogCa: ca, auditFile: undefined }, { settleInMilliseconds: SETTLE }));
      running.push(background);
      return background;
    };
    const received = () => checkReceivedStream(rsyslog!.records(), t.ctx.keys.auditSigner.publicKeyPem);
    const lagOf = async (app: TestApp) => {
      const metrics = (await app.app.inject({ method: 'GET', url: '/metrics' })).body;
      return Number(/gatehouse_audit_sink_lag_events\{sink="syslog:[^"]+"\} (\d+)/.exec(metrics)?.[1] ?? Number.NaN);
    };

    const started = async (options: { tls?: boolean } = {}) => {
      const receiver = await createRsyslog(options);
      rsyslog = receiver;
      await receiver.start();
      return receiver;
    };

    afterEach(async () => {
      for (const background of running.splice(0)) background.stop();
      await t.close();
      await rsyslog?.remove();
      rsyslog = undefined;
    });

    test('every event reaches rsyslog over TCP, in order, and the receiver can check the chain', async () => {
      const rsyslog = await started();
      t = await startTestApp(kind, { env: { GATEHOUSE_AUDIT_CHECKPOINT_EVENTS: '10' } });
      await writeAuditEvents(t.ctx, 24);
      ship(t, `tcp://127.0.0.1:${rsyslog.port}`);
      await eventually('25 events arrived', () => received().sequences.length === 25);
      const stream = received();
      assert.deepEqual(stream.sequences, upTo(25), 'all, in chain order');
      assert.equal(stream.repeats, 0);
      assert.deepEqual(stream.checkpoints, [1, 2, 3], 'with the checkpoints signed so far');
      await eventually('the metrics show no lag', async () => (await lagOf(t)) === 0);
    });

    test('through an outage of rsyslog nothing is lost, and repeats are exact copies', async () => {
      const rsyslog = await started();
      t = await startTestApp(kind);
      ship(t, `tcp://127.0.0.1:${rsyslog.port}`);
      await writeAuditEvents(t.ctx, 30);
      await eventually('31 events arrived', () => received().sequences.length === 31);
      await rsyslog.stop();
      await writeAuditEvents(t.ctx, 30, 31);
      // At least the 30; more when the last writes before the stop had not settled (they are resent).
      await eventually('the lag shows the undelivered events', async () => (await lagOf(t)) >= 30);
      await eventually('the outage is logged', () => t.logs.some((line) => line.includes('the audit stream cannot deliver; retrying')));
      await rsyslog.start();
      await eventually('61 events arrived', () => received().sequences.length === 61);
      assert.deepEqual(received().sequences, upTo(61));
      await eventually('the metrics show no lag', async () => (await lagOf(t)) === 0);
    });

    test('a restarted Gatehouse resumes from the stored cursor', async () => {
      const rsyslog = await started();
      t = await startTestApp(kind);
      const first = ship(t, `tcp://127.0.0.1:${rsyslog.port}`);
      await writeAuditEvents(t.ctx, 10);
      await eventually('11 events arrived', () => received().sequences.length === 11);
      await eventually('their delivery is stored', async () => (await lagOf(t)) === 0);
      first.stop();
      await writeAuditEvents(t.ctx, 10, 11);
      // Another process: a new lease holder, once the stopped one's lease has run out.
      const restarted = await t.sibling();
      try {
        t.clock.advance(31 * SECOND);
        ship(restarted, `tcp://127.0.0.1:${rsyslog.port}`);
        await eventually('21 events arrived', () => received().sequences.length === 21);
        const stream = received();
        assert.deepEqual(stream.sequences, upTo(21));
        assert.equal(stream.repeats, 0, 'the stored cursor was exact');
      } finally {
        for (const background of running.splice(0)) background.stop();
        await restarted.close();
      }
    });

    // Several instances share PostgreSQL; SQLite serves one (and two in one process would block each other).
    if (kind === 'postgres') void test('two instances configured with one syslog server: one ships, nothing twice', async () => {
      const rsyslog = await started();
      t = await startTestApp(kind);
      const other = await t.sibling();
      try {
        ship(t, `tcp://127.0.0.1:${rsyslog.port}`);
        ship(other, `tcp://127.0.0.1:${rsyslog.port}`);
        await Promise.all([writeAuditEvents(t.ctx, 20), writeAuditEvents(other.ctx, 20, 21)]);
        await eventually('41 events arrived', () => received().sequences.length === 41);
        await new Promise((resolve) => setTimeout(resolve, 2 * SETTLE));
        assert.deepEqual(received(), { sequences: upTo(41), repeats: 0, checkpoints: [1] });
      } finally {
        for (const background of running.splice(0)) background.stop();
        await other.close();
      }
    });

    test('over TLS to rsyslog with its own CA, and not at all to a receiver the CA does not vouch for', async () => {
      const rsyslog = await started({ tls: true });
      t = await startTestApp(kind);
      await writeAuditEvents(t.ctx, 5);
      ship(t, `tls://127.0.0.1:${rsyslog.port}`, rsyslog.caFile!);
      await eventually('6 events arrived', () => received().sequences.length === 6);
      const impostor = await createRsyslog({ tls: true });
      try {
        await impostor.start();
        const stranger = await t.sibling();
        try {
          // A sink of its own (another URL), so the lease of the first does not hold it back.
          ship(stranger, `tls://127.0.0.1:${impostor.port}`, rsyslog.caFile!);
          await eventually('the refusal is logged', () => stranger.logs.some((line) => line.includes('the audit stream cannot deliver; retrying') && /self[- ]signed certificate/.test(line)));
          assert.deepEqual(impostor.records(), []);
        } finally {
          for (const background of running.splice(0)) background.stop();
          await stranger.close();
        }
      } finally {
        await impostor.remove();
      }
    });
  });
}

/** A syslog receiver on loopback whose first connection dies, unread, as soon as data arrives. */
async function startDyingReceiver(): Promise<{ port: number; records: () => unknown[]; connections: () => number; close(): Promise<void> }> {
  const kept: string[] = [];
  let connections = 0;
  const server = createServer((socket) => {
    const first = ++connections === 1;
    let buffer = Buffer.alloc(0);
    socket.on('data', (chunk: Buffer) => {
      if (first) return void socket.destroy();
      buffer = Buffer.concat([buffer, chunk]);
      // RFC 6587 octet counting: LEN SP MSG, one after the other.
      for (let space = buffer.indexOf(32); space > 0; space = buffer.indexOf(32)) {
        const length = Number(buffer.subarray(0, space).toString('ascii'));
        if (buffer.length < space + 1 + length) break;
        kept.push(buffer.subarray(space + 1, space + 1 + length).toString('utf8'));
        buffer = buffer.subarray(space + 1 + length);
      }
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    port: (server.address() as { port: number }).port,
    // The JSON record is the MSG part: after the structured data.
    records: () => kept.map((message) => JSON.parse(message.slice(message.indexOf('] {') + 2)) as unknown),
    connections: () => connections,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

for (const kind of await availableDatabaseKinds()) {
  describe(`the audit stream to a receiver that dies with what it read (${kind})`, () => {
    test('what was sent on a connection that died before it settled is sent again', async () => {
      const receiver = await startDyingReceiver();
      const t = await startTestApp(kind);
      const background = startAuditBackground(t.ctx, auditSinksOf({ auditSyslogUrl: `tcp://127.0.0.1:${receiver.port}`, auditSyslogCa: undefined, auditFile: undefined }, { settleInMilliseconds: SETTLE }));
      try {
        await writeAuditEvents(t.ctx, 10);
        await eventually('11 events kept by the receiver', () => checkReceivedStream(receiver.records(), t.ctx.keys.auditSigner.publicKeyPem).sequences.length === 11);
        assert.ok(receiver.connections() >= 2, 'the first connection died');
        assert.deepEqual(checkReceivedStream(receiver.records(), t.ctx.keys.auditSigner.publicKeyPem).sequences, upTo(11));
      } finally {
        background.stop();
        await t.close();
        await receiver.close();
      }
    });
  });

  describe(`the audit stream to a JSON-lines file (${kind})`, () => {
    let directory: string;
    before(() => {
      directory = mkdtempSync(join(tmpdir(), 'gatehouse-audit-file-'));
    });
    after(() => rmSync(directory, { recursive: true, force: true }));

    test('every event is appended, and a restart resumes where it stopped', async () => {
      const file = join(directory, 'audit.jsonl');
      const t = await startTestApp(kind, { env: { GATEHOUSE_AUDIT_CHECKPOINT_EVENTS: '4' } });
      const sinks = () => auditSinksOf({ auditFile: file, auditSyslogUrl: undefined, auditSyslogCa: undefined });
      let background = startAuditBackground(t.ctx, sinks());
      try {
        const read = () => (existsSync(file) ? readFileSync(file, 'utf8').split('\n').filter(Boolean).map((line) => JSON.parse(line) as unknown) : []);
        const received = () => checkReceivedStream(read(), t.ctx.keys.auditSigner.publicKeyPem);
        await writeAuditEvents(t.ctx, 9);
        await eventually('10 events in the file', () => received().sequences.length === 10);
        background.stop();
        await writeAuditEvents(t.ctx, 5, 10);
        t.clock.advance(31 * SECOND);
        background = startAuditBackground(t.ctx, sinks());
        await eventually('15 events in the file', () => received().sequences.length === 15);
        assert.deepEqual(received(), { sequences: upTo(15), repeats: 0, checkpoints: [1, 2, 3, 4] });
        assert.equal(statSync(file).mode & 0o777, 0o600, 'readable by Gatehouse only');
      } finally {
        background.stop();
        await t.close();
      }
    });
  });
}
