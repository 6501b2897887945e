// Tampering with the audit chain (SPEC 2.15), on both databases: each way an intruder with the
// database's credentials could edit the log is named by verification, at the right event.
import assert from 'node:assert/strict';
import { afterEach, beforeEach, describe, test } from 'node:test';
import { chainContentOf, chainHash } from '../../src/core/audit/audit-chain.js';
import { checkpointNote, createCheckpointSigner } from '../../src/core/audit/checkpoints.js';
import { tamper, verifyChain, writeAuditEvents } from '../helpers/audit-chain-steps.js';
import { startTestApp, type TestApp } from '../helpers/test-app.js';
import { availableDatabaseKinds } from '../helpers/test-databases.js';

for (const kind of await availableDatabaseKinds()) {
  describe(`tampering with the audit chain (${kind})`, () => {
    let t: TestApp;
    // Checkpoints every 5 events; the first start writes event 1 (the admin added), then 1..19 here.
    beforeEach(async () => {
      t = await startTestApp(kind, { env: { GATEHOUSE_AUDIT_CHECKPOINT_EVENTS: '5' } });
      await writeAuditEvents(t.ctx, 19);
    });
    afterEach(() => t.close());

    const url = () => t.database.url;
    const breakOf = async () => {
      const result = await verifyChain(t.ctx);
      assert.equal(result.intact, false, 'the tampering went unnoticed');
      return result.intact ? assert.fail() : result;
    };

    test('an untouched chain verifies as intact, with a checkpoint every 5 events', async () => {
      const result = await verifyChain(t.ctx);
      assert.deepEqual(result, {
        intact: true,
        events: 20,
        firstSequence: 1,
        lastSequence: 20,
        lastEventAt: t.clock.now(),
        checkpoints: { first: 1, last: 4, lastSequence: 16, lastAt: t.clock.now() },
      });
      // The first at the first event (10 minutes since none), then every 5.
      assert.deepEqual((await t.ctx.store.listAuditCheckpoints()).map((c) => c.sequence), [1, 6, 11, 16]);
    });

    test('a changed field of one event is named as a changed event', async () => {
      await tamper(url(), [["update audit_events set outcome = 'failure' where sequence = 7"]]);
      assert.deepEqual(await breakOf().then(({ kind, sequence }) => ({ kind, sequence })), { kind: 'changed_event', sequence: 7 });
    });

    test('a changed event whose own hash was recomputed is still named as changed', async () => {
      const [event] = await t.ctx.store.readAuditChain({ afterSequence: 6, limit: 1 });
      const forged = { ...event!, clientAddress: '203.0.113.66' };
      await tamper(url(), [["update audit_events set client_address = '203.0.113.66', hash = ? where sequence = 7", [chainHash(forged.previousHash, 7, chainContentOf(forged))]]]);
      assert.deepEqual(await breakOf().then(({ kind, sequence }) => ({ kind, sequence })), { kind: 'changed_event', sequence: 7 });
    });

    test('a deleted event is named as removed', async () => {
      await tamper(url(), [['delete from audit_events where sequence = 9']]);
      const found = await breakOf();
      assert.deepEqual({ kind: found.kind, sequence: found.sequence }, { kind: 'removed_event', sequence: 9 });
      assert.match(found.message, /Event 9 is missing/);
    });

    test('a deleted event with the later ones renumbered is named as removed', async () => {
      await tamper(url(), [['delete from audit_events where sequence = 9'], ['update audit_events set sequence = sequence - 1 where sequence > 9']]);
      assert.deepEqual(await breakOf().then(({ kind, sequence }) => ({ kind, sequence })), { kind: 'removed_event', sequence: 9 });
    });

    test('two swapped events are named as reordered', async () => {
      await tamper(url(), [
        ['update audit_events set sequence = -1 where sequence = 12'],
        ['update audit_events set sequence = 12 where sequence = 13'],
        ['update audit_events set sequence = 13 where sequence = -1'],
      ]);
      assert.deepEqual(await breakOf().then(({ kind, sequence }) => ({ kind, sequence })), { kind: 'reordered', sequence: 12 });
    });

    test('two swapped events across a page of the walk are named as reordered', async () => {
      // verifyChain reads 7 at a time: 14 ends a page, 15 starts the next.
      await tamper(url(), [
        ['update audit_events set sequence = -1 where sequence = 14'],
        ['update audit_events set sequence = 14 where sequence = 15'],
        ['update audit_events set sequence = 15 where sequence = -1'],
      ]);
      assert.deepEqual(await breakOf().then(({ kind, sequence }) => ({ kind, sequence })), { kind: 'reordered', sequence: 14 });
    });

    test('a checkpoint with an altered hash is named as an invalid signature', async () => {
      await tamper(url(), [["update audit_checkpoints set hash = ? where number = 2", ['ab'.repeat(32)]]]);
      const found = await breakOf();
      assert.deepEqual({ kind: found.kind, checkpoint: found.checkpoint }, { kind: 'checkpoint_signature_invalid', checkpoint: 2 });
    });

    test('a checkpoint forged with another key is named as an invalid signature, with both key ids', async () => {
      const intruder = createCheckpointSigner(Buffer.alloc(32, 9));
      const [genuine] = await t.ctx.store.listAuditCheckpoints({ afterNumber: 2, limit: 1 });
      const forged = { ...genuine!, hash: 'cd'.repeat(32) };
      await tamper(url(), [["update audit_checkpoints set hash = ?, key_id = ?, signature = ? where number = 3", [forged.hash, intruder.keyId, intruder.sign(checkpointNote(forged))]]]);
      const found = await breakOf();
      assert.deepEqual({ kind: found.kind, checkpoint: found.checkpoint }, { kind: 'checkpoint_signature_invalid', checkpoint: 3 });
      assert.ok(found.message.includes(intruder.keyId) && found.message.includes(t.ctx.keys.auditSigner.keyId), found.message);
    });

    test('a rewritten stretch of the chain, every hash recomputed, is caught by the checkpoint that signed it', async () => {
      const events = await t.ctx.store.readAuditChain({ afterSequence: 0, limit: 100 });
      const statements: [string, unknown[]][] = [];
      let previous = events[6]!.previousHash;
      for (const event of events.slice(6)) {
        const content = chainContentOf(event.sequence === 7 ? { ...event, outcome: 'failure' } : event);
        const hash = chainHash(previous, event.sequence, content);
        statements.push(['update audit_events set outcome = ?, previous_hash = ?, hash = ? where sequence = ?', [content.outcome, previous, hash, event.sequence]]);
        previous = hash;
      }
      statements.push(['update audit_chain_head set hash = ?', [previous]]);
      await tamper(url(), statements);
      const found = await breakOf();
      assert.deepEqual({ kind: found.kind, sequence: found.sequence, checkpoint: found.checkpoint }, { kind: 'checkpoint_mismatch', sequence: 11, checkpoint: 3 });
    });

    test('a deleted checkpoint is named as removed', async () => {
      await tamper(url(), [['delete from audit_checkpoints where number = 2']]);
      assert.deepEqual(await breakOf().then(({ kind, checkpoint }) => ({ kind, checkpoint })), { kind: 'removed_checkpoint', checkpoint: 2 });
    });

    test('a tail cut before a checkpoint is named as truncated', async () => {
      await tamper(url(), [['delete from audit_events where sequence > 13']]);
      const found = await breakOf();
      assert.deepEqual({ kind: found.kind, sequence: found.sequence, checkpoint: found.checkpoint }, { kind: 'truncated', sequence: 14, checkpoint: 4 });
    });

    test('a tail cut after the last checkpoint is named as truncated by the chain head', async () => {
      await tamper(url(), [['delete from audit_events where sequence = 20']]);
      assert.deepEqual(await breakOf().then(({ kind, sequence }) => ({ kind, sequence })), { kind: 'truncated', sequence: 20 });
    });

    test('events cut from the start, with their checkpoints, are named as removed', async () => {
      await tamper(url(), [['delete from audit_events where sequence <= 6'], ['delete from audit_checkpoints where number < 2']]);
      assert.deepEqual(await breakOf().then(({ kind, sequence }) => ({ kind, sequence })), { kind: 'removed_event', sequence: 1 });
    });
  });
}
