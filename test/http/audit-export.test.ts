// GET /api/audit-events/verification and GET /api/audit-events/export (SPEC 2.15), on both
// databases: the verification the console shows, and downloads of a filtered range as JSON lines or
// CSV with the checkpoints that cover it; bad input gets the envelope, never a 500.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { DAY } from '../../src/core/api-keys/api-keys.js';
import { checkReceivedStream, tamper, writeAuditEvents } from '../helpers/audit-chain-steps.js';
import { ADMIN_PASSWORD, addTestUser, Browser, errorTypeOf, startTestApp, type TestApp } from '../helpers/test-app.js';
import { availableDatabaseKinds } from '../helpers/test-databases.js';

const lines = (body: string) => body.split('\n').filter(Boolean).map((line) => JSON.parse(line) as Record<string, unknown>);

for (const kind of await availableDatabaseKinds()) {
  describe(`the audit chain over HTTP (${kind})`, () => {
    let t: TestApp;
    let admin: Browser;
    const day1 = Date.UTC(2026, 5, 1, 12);
    before(async () => {
      t = await startTestApp(kind, { env: { GATEHOUSE_AUDIT_CHECKPOINT_EVENTS: '5' } });
      await writeAuditEvents(t.ctx, 9); // 2..10 on day 1, after 1 (the admin added)
      t.clock.advance(DAY);
      await addTestUser(t, 'mallory'); // 11, on day 2
      await t.ctx.store.appendAuditEvent({
        event: { at: t.clock.now(), type: 'sign_in_failed', outcome: 'failure', actorUserId: null, actorUsername: 'mallory', targetUserId: null, targetUsername: null, clientAddress: '203.0.113.9', userAgent: '=HYPERLINK("http://evil")', details: { reason: 'wrong, "quoted"' } },
        checkpoints: null,
      }); // 12
      await writeAuditEvents(t.ctx, 4, 10); // 13..16
      admin = new Browser(t.app);
      await admin.signIn('admin', ADMIN_PASSWORD); // 17
    });
    after(() => t.close());

    test('verification answers intact with the last event and checkpoint', async () => {
      const response = await admin.request('GET', '/api/audit-events/verification');
      assert.equal(response.statusCode, 200);
      assert.deepEqual(response.json(), {
        intact: true,
        verified_at: new Date(t.clock.now()).toISOString(),
        events: 17,
        first_sequence: 1,
        last_sequence: 17,
        last_event_at: new Date(t.clock.now()).toISOString(),
        checkpoints: { first: 1, last: 4, last_sequence: 16, last_at: new Date(t.clock.now()).toISOString() },
        break: null,
      });
    });

    test('the list shows each event with its sequence and hash', async () => {
      const [newest] = (await admin.request('GET', '/api/audit-events?limit=1')).json().events as { sequence: number; hash: string }[];
      assert.equal(newest?.sequence, 17);
      assert.match(newest?.hash ?? '', /^[0-9a-f]{64}$/);
    });

    test('a download of everything in JSON lines is the chain itself, with its checkpoints, checkable by anyone with the public key', async () => {
      const response = await admin.request('GET', '/api/audit-events/export');
      assert.equal(response.statusCode, 200);
      assert.match(String(response.headers['content-type']), /^application\/x-ndjson/);
      assert.match(String(response.headers['content-disposition']), /^attachment; filename="gatehouse-audit-\d{8}T\d{4}\.jsonl"$/);
      const stream = checkReceivedStream(lines(response.body), t.ctx.keys.auditSigner.publicKeyPem);
      assert.deepEqual(stream, { sequences: Array.from({ length: 17 }, (_, i) => i + 1), repeats: 0, checkpoints: [1, 2, 3, 4] });
    });

    test('a download of a time range and a user holds those events and the checkpoints around them', async () => {
      const from = new Date(day1 + DAY).toISOString().slice(0, 10);
      const response = await admin.request('GET', `/api/audit-events/export?from=${from}&user=mallory`);
      const records = lines(response.body);
      assert.deepEqual(records.filter((r) => 'sequence' in r).map((r) => r.sequence), [11, 12]);
      assert.deepEqual(records.filter((r) => 'checkpoint' in r).map((r) => (r.checkpoint as { number: number }).number), [2, 3, 4], 'the last before (6), those within (11), the first at or after the last event (16)');
      const before = lines((await admin.request('GET', `/api/audit-events/export?to=${from}&type=user_unlocked`)).body).filter((r) => 'sequence' in r);
      assert.deepEqual(before.map((r) => r.sequence), [2, 3, 4, 5, 6, 7, 8, 9, 10]);
    });

    test('a CSV download quotes what needs quoting and defuses formulas', async () => {
      const response = await admin.request('GET', '/api/audit-events/export?format=csv&type=sign_in_failed');
      assert.equal(response.statusCode, 200);
      assert.match(String(response.headers['content-type']), /^text\/csv/);
      const [header, row, ...checkpoints] = response.body.split('\r\n').filter(Boolean);
      assert.equal(header, 'record,sequence,at,type,outcome,actor_id,actor_username,target_id,target_username,client_address,user_agent,details,previous_hash,hash,checkpoint,origin,key_id,signature');
      assert.ok(row?.startsWith('event,12,'), row);
      assert.ok(row?.includes(`,"'=HYPERLINK(""http://evil"")",`), row);
      assert.ok(row?.includes(`,"{""reason"":""wrong, \\""quoted\\""""}",`), row);
      assert.ok(checkpoints.every((line) => line.startsWith('checkpoint,')) && checkpoints.length === 2, checkpoints.join('\n'));
    });

    test('bad ranges are refused in the envelope', async () => {
      for (const query of ['from=yesterday', 'to=2026-13-45', 'from=2026-06-02&to=2026-06-01', 'format=xml', 'since=2026-01-01']) {
        const response = await admin.request('GET', `/api/audit-events/export?${query}`);
        assert.equal(response.statusCode, 400, query);
        assert.equal(errorTypeOf(response), 'invalid_request', query);
      }
      const message = (await admin.request('GET', '/api/audit-events/export?from=yesterday')).json().error.message as string;
      assert.equal(message, 'from must be a date (2026-06-01) or an RFC 3339 time (2026-06-01T12:00:00Z).');
    });

    test('standard users and anonymous callers get neither verification nor downloads', async () => {
      const standard = new Browser(t.app);
      await addTestUser(t, 'curious-reader');
      await standard.signIn('curious-reader', 'curious-reader has a long password');
      for (const url of ['/api/audit-events/verification', '/api/audit-events/export']) {
        assert.equal((await standard.request('GET', url)).statusCode, 403, url);
        assert.equal((await t.app.inject({ method: 'GET', url })).statusCode, 401, url);
      }
    });

    // Last: it breaks the chain.
    test('verification names the first break once the database was tampered with', async () => {
      await tamper(t.database.url, [["update audit_events set details = '{\"n\":99}' where sequence = 5"]]);
      const response = await admin.request('GET', '/api/audit-events/verification');
      assert.equal(response.statusCode, 200);
      const body = response.json();
      assert.equal(body.intact, false);
      assert.deepEqual(body.break, { kind: 'changed_event', sequence: 5, checkpoint: null, message: 'Event 5 was changed after it was written: its content no longer matches its hash.' });
      assert.equal(body.events, 4);
      assert.ok(t.logs.some((line) => line.includes('the audit chain is broken')), 'and logged');
    });
  });
}
