// The audit chain's writing rules (SPEC 2.15), on both databases: an event recording a change is
// written in the change's transaction (no change without its event, no event without its change);
// checkpoints every N events or after the interval, including quiet periods, never twice; retention
// deletes whole stretches up to a checkpoint and never what a stream has yet to deliver; a database
// from before the chain upgrades into one intact chain.
import assert from 'node:assert/strict';
import { afterEach, beforeEach, describe, test } from 'node:test';
import { changeApiKeyPolicy, createApiKey, DAY, revokeApiKey } from '../../src/core/api-keys/api-keys.js';
import { applyAuditRetention, sealDueCheckpoint } from '../../src/core/audit/audit-maintenance.js';
import { MINUTE } from '../../src/core/clock.js';
import { changeAuthenticationPolicy } from '../../src/core/policy/policy-administration.js';
import { addUser, changeUser, deleteUser } from '../../src/core/users/user-administration.js';
import { tamper, verifyChain, writeAuditEvents } from '../helpers/audit-chain-steps.js';
import { addTestUser, startTestApp, type TestApp } from '../helpers/test-app.js';
import { availableDatabaseKinds } from '../helpers/test-databases.js';

const client = { address: '192.0.2.5', userAgent: 'audit-test' };

for (const kind of await availableDatabaseKinds()) {
  describe(`an audited change and its event share a transaction (${kind})`, () => {
    let t: TestApp;
    beforeEach(async () => {
      t = await startTestApp(kind);
    });
    afterEach(() => t.close());

    const actor = () => ({ user: t.admin, client });
    const lastEventType = async () => (await t.ctx.store.listAuditEvents({ limit: 1 }))[0]?.type;
    /** Makes the next append fail (its sequence is taken), runs `change`, and mends the chain head. */
    async function withFailingAppend(change: () => Promise<unknown>): Promise<void> {
      await tamper(t.database.url, [['update audit_chain_head set sequence = sequence - 1']]);
      try {
        await assert.rejects(change(), 'the change failed with its event');
      } finally {
        await tamper(t.database.url, [['update audit_chain_head set sequence = sequence + 1']]);
      }
    }

    test('a user is not added when their event cannot be written', async () => {
      await withFailingAppend(() => addUser(t.ctx, actor(), { username: 'ghost', password: 'ghost has a long password', role: 'standard' }));
      assert.equal(await t.ctx.store.findUserByUsername('ghost'), null);
      const added = await addUser(t.ctx, actor(), { username: 'ghost', password: 'ghost has a long password', role: 'standard' });
      assert.ok(added.ok);
      assert.equal(await lastEventType(), 'user_added');
      assert.equal((await verifyChain(t.ctx)).intact, true);
    });

    test('a user is neither changed nor deleted when the event cannot be written', async () => {
      const user = await addTestUser(t, 'steady');
      await withFailingAppend(() => changeUser(t.ctx, actor(), user.id, { role: 'admin', disabled: true }));
      const unchanged = await t.ctx.store.findUserById(user.id);
      assert.deepEqual([unchanged?.role, unchanged?.disabledAt], ['standard', null]);
      await withFailingAppend(() => deleteUser(t.ctx, actor(), user.id));
      assert.ok(await t.ctx.store.findUserById(user.id), 'still there');
      assert.ok((await changeUser(t.ctx, actor(), user.id, { disabled: true })).ok);
      assert.equal(await lastEventType(), 'user_disabled', 'told apart by what the change did, in its transaction');
    });

    test('an API key is neither created nor revoked when the event cannot be written', async () => {
      const owner = await addTestUser(t, 'keyholder');
      await withFailingAppend(() => createApiKey(t.ctx, { user: owner, name: 'phantom', expiresAt: null, readOnly: false, client }));
      assert.deepEqual(await t.ctx.store.listApiKeys({ userId: owner.id }), []);
      const created = await createApiKey(t.ctx, { user: owner, name: 'real', expiresAt: null, readOnly: false, client });
      assert.ok(created.ok);
      await withFailingAppend(() => revokeApiKey(t.ctx, { actor: t.admin, keyId: created.apiKey.id, anyOwner: true, client }));
      assert.equal((await t.ctx.store.listApiKeys({ userId: owner.id })).length, 1, 'still there');
      assert.ok(await revokeApiKey(t.ctx, { actor: t.admin, keyId: created.apiKey.id, anyOwner: true, client }));
      const [event] = await t.ctx.store.listAuditEvents({ limit: 1 });
      assert.deepEqual([event?.type, event?.targetUsername, event?.details.revoked_by], ['api_key_revoked', 'keyholder', 'admin']);
    });

    test('a policy is not changed when its event cannot be written, and the event tells the value it replaced', async () => {
      await withFailingAppend(() => changeApiKeyPolicy(t.ctx, t.admin, { maxLifetimeDays: 30 }, client));
      assert.equal(await t.ctx.store.readSetting('api_key_policy'), null);
      await withFailingAppend(() => changeAuthenticationPolicy(t.ctx, { actor: t.admin, policy: { allowedMethods: ['totp'], enforceMfa: false, requireWebAuthnForAdmins: false, allowPasswordless: true }, proof: {}, client }));
      assert.equal(await t.ctx.store.readSetting('authentication_policy'), null);
      assert.ok((await changeApiKeyPolicy(t.ctx, t.admin, { maxLifetimeDays: 30 }, client)).ok);
      assert.ok((await changeApiKeyPolicy(t.ctx, t.admin, { maxLifetimeDays: 60 }, client)).ok);
      const [event] = await t.ctx.store.listAuditEvents({ limit: 1 });
      assert.deepEqual(event?.details, { max_lifetime_days: 60, previous_max_lifetime_days: 30 });
    });
  });

  describe(`audit checkpoints (${kind})`, () => {
    let t: TestApp;
    beforeEach(async () => {
      t = await startTestApp(kind, { env: { GATEHOUSE_AUDIT_CHECKPOINT_EVENTS: '10', GATEHOUSE_AUDIT_CHECKPOINT_MINUTES: '10' } });
    });
    afterEach(() => t.close());
    const checkpointSequences = async () => (await t.ctx.store.listAuditCheckpoints()).map((c) => c.sequence);

    test('are signed every N events by the append that completes them', async () => {
      await writeAuditEvents(t.ctx, 25);
      assert.deepEqual(await checkpointSequences(), [1, 11, 21]);
    });

    test('are signed by the first event after the interval, whatever the count', async () => {
      await writeAuditEvents(t.ctx, 3);
      t.clock.advance(10 * MINUTE);
      await writeAuditEvents(t.ctx, 1);
      assert.deepEqual(await checkpointSequences(), [1, 5]);
    });

    test('cover a quiet period once the interval has passed, and are never signed twice over the same events', async () => {
      await writeAuditEvents(t.ctx, 3);
      assert.equal(await sealDueCheckpoint(t.ctx), null, 'not yet due');
      t.clock.advance(10 * MINUTE);
      const sealed = await Promise.all([sealDueCheckpoint(t.ctx), sealDueCheckpoint(t.ctx)]);
      assert.equal(sealed.filter(Boolean).length, 1, 'two sealers at once sign one checkpoint');
      assert.deepEqual(await checkpointSequences(), [1, 4]);
      t.clock.advance(10 * MINUTE);
      assert.equal(await sealDueCheckpoint(t.ctx), null, 'no new event, no new checkpoint');
    });

    test('cover events appended without a signing key (the CLI) once N have gathered', async () => {
      for (let i = 0; i < 10; i++) {
        await t.ctx.store.appendAuditEvent({ event: { at: t.clock.now(), type: 'user_unlocked', outcome: 'success', actorUserId: null, actorUsername: null, targetUserId: null, targetUsername: null, clientAddress: null, userAgent: null, details: { i } }, checkpoints: null });
      }
      const sealed = await sealDueCheckpoint(t.ctx);
      assert.equal(sealed?.sequence, 11);
      assert.equal((await verifyChain(t.ctx)).intact, true);
    });
  });

  describe(`audit retention (${kind})`, () => {
    let t: TestApp;
    beforeEach(async () => {
      t = await startTestApp(kind, { env: { GATEHOUSE_AUDIT_CHECKPOINT_EVENTS: '10', GATEHOUSE_AUDIT_RETENTION_DAYS: '30' } });
    });
    afterEach(() => t.close());

    test('deletes whole stretches up to the newest checkpoint signed before the cut-off, which becomes the start', async () => {
      await writeAuditEvents(t.ctx, 24); // events 1..25, checkpoints at 1, 11, 21
      t.clock.advance(31 * DAY);
      await writeAuditEvents(t.ctx, 5, 25); // 26..30: checkpoint at 26 (the interval passed)
      const pruned = await applyAuditRetention(t.ctx);
      assert.deepEqual(pruned, { throughSequence: 21, deleted: 21 });
      assert.deepEqual((await t.ctx.store.listAuditCheckpoints()).map((c) => c.sequence), [21, 26], 'the cut checkpoint stays as the start');
      const [deletion] = await t.ctx.store.listAuditEvents({ limit: 1 });
      assert.deepEqual([deletion?.type, deletion?.details], ['audit_events_deleted', { through_sequence: 21, checkpoint: 3, deleted: 21, retention_days: 30 }]);
      const verified = await verifyChain(t.ctx);
      assert.ok(verified.intact && verified.firstSequence === 22 && verified.lastSequence === 31, JSON.stringify(verified));
      assert.equal(await applyAuditRetention(t.ctx), null, 'nothing more is old enough');
    });

    test('keeps what a stream has yet to deliver, unless that stream has delivered nothing for the whole period', async () => {
      await writeAuditEvents(t.ctx, 24);
      await t.ctx.store.claimAuditSink('syslog:tcp://behind:514', 'h', t.clock.now(), 1000);
      await t.ctx.store.advanceAuditSink('syslog:tcp://behind:514', 'h', { sequence: 15, checkpointNumber: 2 }, t.clock.now());
      t.clock.advance(20 * DAY);
      await t.ctx.store.advanceAuditSink('syslog:tcp://behind:514', 'h', { sequence: 15, checkpointNumber: 2 }, t.clock.now());
      t.clock.advance(11 * DAY);
      await writeAuditEvents(t.ctx, 1, 25);
      assert.deepEqual(await applyAuditRetention(t.ctx), { throughSequence: 11, deleted: 11 }, 'not past event 15, which the stream has');
      t.clock.advance(30 * DAY);
      await writeAuditEvents(t.ctx, 1, 26);
      // The checkpoint at 26 was signed exactly at the cut-off: not before it.
      assert.equal((await applyAuditRetention(t.ctx))?.throughSequence, 21, 'a stream silent for 30 days no longer holds retention back');
      assert.equal((await verifyChain(t.ctx)).intact, true);
    });

    test('keeps everything when no retention is set', async () => {
      const keepAll = await t.sibling();
      try {
        keepAll.ctx.settings.audit.retentionDays = null;
        await writeAuditEvents(keepAll.ctx, 20);
        t.clock.advance(365 * DAY);
        assert.equal(await applyAuditRetention(keepAll.ctx), null);
        assert.equal((await keepAll.ctx.store.readAuditChain({ afterSequence: 0, limit: 100 })).length, 21);
      } finally {
        await keepAll.close();
      }
    });
  });
}

for (const kind of (await availableDatabaseKinds()).filter((k) => k === 'postgres')) {
  describe(`two instances on one database (${kind})`, () => {
    test('writing 1,000 events each at once make one intact chain', async () => {
      const first = await startTestApp(kind);
      const second = await first.sibling();
      try {
        const burst = async (t: TestApp, from: number) => {
          // Ten at a time from each instance: many transactions in flight at once.
          for (let n = from; n < from + 1000; n += 10) await Promise.all(Array.from({ length: 10 }, (_, i) => writeAuditEvents(t.ctx, 1, n + i)));
        };
        await Promise.all([burst(first, 1), burst(second, 1001)]);
        const verified = await verifyChain(first.ctx);
        assert.deepEqual(verified.intact && [verified.events, verified.firstSequence, verified.lastSequence, verified.checkpoints?.lastSequence], [2001, 1, 2001, 2001]);
        const numbers = (await first.ctx.store.readAuditChain({ afterSequence: 0, limit: 3000 })).map((e) => e.details.n).filter((n) => n !== undefined);
        assert.deepEqual([...numbers].sort((a, b) => Number(a) - Number(b)), Array.from({ length: 2000 }, (_, i) => i + 1), 'every event, once');
      } finally {
        await second.close();
        await first.close();
      }
    });
  });
}
