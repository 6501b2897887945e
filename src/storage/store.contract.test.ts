// The Store contract, run against every available database (SQLite always, PostgreSQL when its
// server answers). What must happen once — a flow consumed, a throttle claim, the last-admin guard —
// is fired concurrently here and must hold on both.
import assert from 'node:assert/strict';
import { randomBytes, randomUUID } from 'node:crypto';
import { after, afterEach, before, beforeEach, describe, test } from 'node:test';
import { availableDatabaseKinds, createTestDatabase, type TestDatabase } from '../../test/helpers/test-databases.js';
import type { NewAuditEvent, NewUser, PersistedSignInFlow, Session, Store } from '../core/ports.js';
import type { User } from '../core/users/user.js';
import { openStore } from './kysely-store.js';

const T0 = Date.UTC(2026, 0, 1);
const SECOND = 1000;
const MINUTE = 60 * SECOND;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

// The throttling schedule of SPEC 2.4: 5 free failures, then 30 s doubling to 15 min; lock at 100.
const waitAfterFailures = (n: number) => (n < 5 ? 0 : Math.min(30_000 * 2 ** (n - 5), 900_000));
const LOCK_AT = 100;

const tokenHash = () => randomBytes(32).toString('hex');
const tag = () => randomUUID().slice(0, 8);

function newUser(overrides: Partial<NewUser> = {}): NewUser {
  return {
    id: randomUUID(),
    username: `user-${tag()}`,
    email: null,
    role: 'standard',
    passwordHash: '$argon2id$v=19$m=19456,t=2,p=1$c2FsdA$aGFzaA',
    mustChangePassword: false,
    ...overrides,
  };
}

async function createUser(store: Store, overrides: Partial<NewUser> = {}): Promise<User> {
  const result = await store.createUser(newUser(overrides), T0);
  assert.ok(result.ok, 'createUser failed');
  return result.user;
}

function newSession(userId: string, overrides: Partial<Session> = {}): Session {
  return {
    id: randomUUID(),
    userId,
    createdAt: T0,
    lastSeenAt: T0,
    expiresAt: T0 + 12 * HOUR,
    authenticatedAt: T0,
    aal: 1,
    clientAddress: '192.0.2.10',
    userAgent: 'contract-test',
    securityStamp: 1,
    completedBy: null,
    ...overrides,
  };
}

function newFlow(userId: string, overrides: Partial<PersistedSignInFlow> = {}): PersistedSignInFlow {
  return {
    id: randomUUID(),
    userId,
    state: 'awaiting_second_factor',
    createdAt: T0,
    expiresAt: T0 + 10 * MINUTE,
    failedAttempts: 0,
    authenticatedAt: T0,
    secondFactorAt: null,
    securityStamp: 1,
    ...overrides,
  };
}

/** A fresh database and store per test, for tests that depend on every user in the table. */
function useFreshStorePerTest(kind: TestDatabase['name']): () => Store {
  let database: TestDatabase | undefined;
  let store: Store | undefined;
  beforeEach(async () => {
    database = await createTestDatabase(kind);
    store = await openStore(database.url);
  });
  afterEach(async () => {
    await store?.close();
    await database?.drop();
  });
  return () => store!;
}

const kinds = await availableDatabaseKinds();

for (const kind of kinds) {
  describe(kind, () => {
    let database: TestDatabase;
    let store: Store;
    before(async () => {
      database = await createTestDatabase(kind);
      store = await openStore(database.url);
    });
    after(async () => {
      await store?.close();
      await database?.drop();
    });

    describe('the store', () => {
      test('the store names its dialect', () => {
        assert.equal(store.dialect, kind);
      });

      test('ping answers when the database is reachable', async () => {
        await store.ping();
      });

      test('opening the store again migrates nothing and keeps the data', async () => {
        const user = await createUser(store);
        const again = await openStore(database.url);
        try {
          assert.equal((await again.findUserById(user.id))?.username, user.username);
        } finally {
          await again.close();
        }
      });

      test('times and counts read back as numbers', async () => {
        const user = await createUser(store);
        await store.createSession(newSession(user.id), tokenHash());
        const subject = `numbers-${tag()}`;
        const claim = await store.claimAttempt(subject, 'password', T0, waitAfterFailures, LOCK_AT);
        await store.appendAuditEvent({ event: { ...auditEvent('numbers'), at: T0 }, checkpoints: null });
        const [event] = await store.listAuditEvents({ type: 'numbers', limit: 1 });
        const [session] = await store.listUserSessions(user.id);
        const values = {
          createdAt: user.createdAt,
          securityStamp: user.securityStamp,
          expiresAt: session?.expiresAt,
          failures: claim?.failures,
          nextAttemptAt: claim?.nextAttemptAt,
          auditId: event?.id,
          auditAt: event?.at,
          userCount: await store.countUsers(),
          addressAttempts: await store.countAddressAttempt(`198.51.100.${tag()}`, T0),
        };
        for (const [name, value] of Object.entries(values)) assert.equal(typeof value, 'number', `${name} is ${typeof value}`);
      });
    });

    describe('users', () => {
      test('a created user can be found by id', async () => {
        const input = newUser({ email: 'ada@example.org', mustChangePassword: true });
        const result = await store.createUser(input, T0);
        assert.ok(result.ok);
        assert.deepEqual(result.user, {
          id: input.id,
          username: input.username,
          email: 'ada@example.org',
          role: 'standard',
          passwordHash: input.passwordHash,
          mustChangePassword: true,
          disabledAt: null,
          mfaKinds: [],
          securityStamp: 1,
          createdAt: T0,
          updatedAt: T0,
        });
        assert.deepEqual(await store.findUserById(input.id), result.user);
      });

      test('an unknown id finds no user', async () => {
        assert.equal(await store.findUserById(randomUUID()), null);
      });

      test('finding by username ignores case and keeps the name as entered', async () => {
        const user = await createUser(store, { username: `Grace-${tag()}` });
        const found = await store.findUserByUsername(user.username.toUpperCase());
        assert.equal(found?.id, user.id);
        assert.equal(found?.username, user.username);
      });

      test('a username that differs only in case is taken', async () => {
        const user = await createUser(store, { username: `Linus-${tag()}` });
        const result = await store.createUser(newUser({ username: user.username.toLowerCase() }), T0);
        assert.deepEqual(result, { ok: false, reason: 'username_taken' });
      });

      test('users are listed in username order without regard to case', async () => {
        const suffix = tag();
        const zeta = await createUser(store, { username: `Zeta-${suffix}` });
        const alpha = await createUser(store, { username: `alpha-${suffix}` });
        const listed = (await store.listUsers()).filter((u) => u.username.endsWith(suffix));
        assert.deepEqual(listed.map((u) => u.id), [alpha.id, zeta.id]);
      });

      test('counting users counts each created user', async () => {
        const before = await store.countUsers();
        await createUser(store);
        await createUser(store);
        assert.equal(await store.countUsers(), before + 2);
      });

      test('changing only must-change-password, or setting the same address, leaves the security stamp alone', async () => {
        const user = await createUser(store);
        const result = await store.updateUser(user.id, { email: user.email, mustChangePassword: true }, T0 + MINUTE);
        assert.ok(result.ok);
        assert.equal(result.user.mustChangePassword, true);
        assert.equal(result.user.updatedAt, T0 + MINUTE);
        assert.equal(result.user.securityStamp, user.securityStamp);
        assert.deepEqual(await store.findUserById(user.id), result.user);
      });

      test('changing password, disabled, role or e-mail address bumps the security stamp', async () => {
        const user = await createUser(store);
        const steps = [
          [{ passwordHash: '$argon2id$new' }, (u: User) => u.passwordHash === '$argon2id$new'],
          [{ email: 'new@example.org' }, (u: User) => u.email === 'new@example.org'],
          [{ disabled: true }, (u: User) => u.disabledAt !== null],
          [{ disabled: false }, (u: User) => u.disabledAt === null],
          [{ role: 'admin' }, (u: User) => u.role === 'admin'],
        ] as const;
        let stamp = user.securityStamp;
        for (const [changes, applied] of steps) {
          const result = await store.updateUser(user.id, changes, T0 + MINUTE);
          assert.ok(result.ok);
          assert.ok(applied(result.user), `${JSON.stringify(changes)} was applied`);
          assert.equal(result.user.securityStamp, ++stamp, `${JSON.stringify(changes)} bumps the stamp`);
        }
      });

      test("a credential change ends the user's other sessions and sign-ins in progress; the kept ones carry the new stamp", async () => {
        const user = await createUser(store);
        const other = await createUser(store);
        const sessions = [newSession(user.id), newSession(user.id), newSession(other.id, { securityStamp: other.securityStamp })];
        for (const [i, session] of sessions.entries()) await store.createSession(session, `stamp-session-${user.id}-${i}`);
        const flows = [newFlow(user.id), newFlow(user.id)];
        for (const [i, flow] of flows.entries()) await store.createSignInFlow(flow, `stamp-flow-${user.id}-${i}`);
        const result = await store.updateUser(user.id, { passwordHash: '$argon2id$changed' }, T0 + MINUTE, { sessionId: sessions[0]!.id, flowId: flows[1]!.id });
        assert.ok(result.ok);
        assert.equal(result.endedSessions, 1);
        const kept = await store.findSessionByTokenHash(`stamp-session-${user.id}-0`);
        assert.equal(kept?.session.securityStamp, result.user.securityStamp, 'the kept session moved to the new stamp');
        assert.equal(await store.findSessionByTokenHash(`stamp-session-${user.id}-1`), null);
        assert.ok(await store.findSessionByTokenHash(`stamp-session-${user.id}-2`), "another user's session is untouched");
        assert.equal(await store.findSignInFlowByTokenHash(`stamp-flow-${user.id}-0`), null);
        assert.equal((await store.findSignInFlowByTokenHash(`stamp-flow-${user.id}-1`))?.securityStamp, result.user.securityStamp);
      });

      test('disabling a disabled user keeps the first disabledAt', async () => {
        const user = await createUser(store);
        await store.updateUser(user.id, { disabled: true }, T0 + MINUTE);
        const again = await store.updateUser(user.id, { disabled: true }, T0 + HOUR);
        assert.ok(again.ok);
        assert.equal(again.user.disabledAt, T0 + MINUTE);
      });

      test('updating or deleting an unknown user answers not_found', async () => {
        assert.deepEqual(await store.updateUser(randomUUID(), { email: null }, T0), { ok: false, reason: 'not_found' });
        assert.deepEqual(await store.deleteUser(randomUUID()), { ok: false, reason: 'not_found' });
      });

      test('deleting a user ends their sessions and sign-in flows', async () => {
        const user = await createUser(store);
        const sessionToken = tokenHash();
        const flowToken = tokenHash();
        await store.createSession(newSession(user.id), sessionToken);
        await store.createSignInFlow(newFlow(user.id), flowToken);
        const result = await store.deleteUser(user.id);
        assert.deepEqual(result, { ok: true, user });
        assert.equal(await store.findUserById(user.id), null);
        assert.equal(await store.findSessionByTokenHash(sessionToken), null);
        assert.equal(await store.findSignInFlowByTokenHash(flowToken), null);
      });
    });

    describe('the last enabled admin', () => {
      const freshStore = useFreshStorePerTest(kind);

      test('the last enabled admin cannot be demoted, disabled or deleted', async () => {
        const store = freshStore();
        const admin = await createUser(store, { role: 'admin' });
        assert.deepEqual(await store.updateUser(admin.id, { role: 'standard' }, T0), { ok: false, reason: 'last_admin' });
        assert.deepEqual(await store.updateUser(admin.id, { disabled: true }, T0), { ok: false, reason: 'last_admin' });
        assert.deepEqual(await store.deleteUser(admin.id), { ok: false, reason: 'last_admin' });
        assert.deepEqual(await store.findUserById(admin.id), admin);
      });

      test('an admin can be demoted, disabled or deleted while another enabled admin remains', async () => {
        const store = freshStore();
        const [a, b, c] = [await createUser(store, { role: 'admin' }), await createUser(store, { role: 'admin' }), await createUser(store, { role: 'admin' })];
        assert.ok((await store.updateUser(a.id, { role: 'standard' }, T0)).ok);
        assert.ok((await store.updateUser(b.id, { disabled: true }, T0)).ok);
        assert.deepEqual(await store.deleteUser(c.id), { ok: false, reason: 'last_admin' });
        await createUser(store, { role: 'admin' });
        assert.ok((await store.deleteUser(c.id)).ok);
      });

      test('a disabled admin does not count as another admin', async () => {
        const store = freshStore();
        const enabled = await createUser(store, { role: 'admin' });
        const disabled = await createUser(store, { role: 'admin' });
        assert.ok((await store.updateUser(disabled.id, { disabled: true }, T0)).ok);
        assert.deepEqual(await store.updateUser(enabled.id, { disabled: true }, T0), { ok: false, reason: 'last_admin' });
        assert.ok((await store.deleteUser(disabled.id)).ok, 'a disabled admin can be deleted');
      });

      test('changes that keep the last admin an enabled admin are allowed', async () => {
        const store = freshStore();
        const admin = await createUser(store, { role: 'admin' });
        assert.ok((await store.updateUser(admin.id, { role: 'admin', disabled: false, email: 'root@example.org' }, T0)).ok);
        const standard = await createUser(store);
        assert.ok((await store.updateUser(standard.id, { disabled: true }, T0)).ok);
        assert.ok((await store.deleteUser(standard.id)).ok);
      });

      // Several rounds, so a race that only sometimes slips through the guard is caught: each round
      // leaves exactly two enabled admins and removes both at once.
      async function raceTwoAdmins(store: Store, remove: (id: string) => Promise<{ ok: true } | { ok: false; reason: string }>) {
        let survivor = await createUser(store, { role: 'admin' });
        for (let round = 0; round < 8; round++) {
          const a = await createUser(store, { role: 'admin' });
          const b = await createUser(store, { role: 'admin' });
          assert.ok((await store.updateUser(survivor.id, { disabled: true }, T0)).ok);
          const results = await Promise.all([remove(a.id), remove(b.id)]);
          assert.equal(results.filter((r) => r.ok).length, 1, `round ${round}: one success`);
          assert.deepEqual(results.find((r) => !r.ok), { ok: false, reason: 'last_admin' });
          const enabledAdmins = (await store.listUsers()).filter((u) => u.role === 'admin' && u.disabledAt === null);
          assert.equal(enabledAdmins.length, 1, `round ${round}: one enabled admin remains`);
          survivor = enabledAdmins[0]!;
        }
      }

      test('two admins disabling each other at once leave exactly one success and one last_admin', async () => {
        const store = freshStore();
        await raceTwoAdmins(store, (id) => store.updateUser(id, { disabled: true }, T0));
      });

      test('two admins demoting each other at once leave exactly one success and one last_admin', async () => {
        const store = freshStore();
        await raceTwoAdmins(store, (id) => store.updateUser(id, { role: 'standard' }, T0));
      });

      test('two admins deleting each other at once leave exactly one success and one last_admin', async () => {
        const store = freshStore();
        await raceTwoAdmins(store, (id) => store.deleteUser(id));
      });
    });

    describe('sessions', () => {
      test('a session is found by its token hash together with its user', async () => {
        const user = await createUser(store);
        const session = newSession(user.id, { aal: 2, authenticatedAt: T0 - MINUTE });
        const hash = tokenHash();
        await store.createSession(session, hash);
        assert.deepEqual(await store.findSessionByTokenHash(hash), { session, user });
      });

      test('an unknown token hash finds no session', async () => {
        assert.equal(await store.findSessionByTokenHash(tokenHash()), null);
      });

      test('touching a session moves its lastSeenAt', async () => {
        const user = await createUser(store);
        const session = newSession(user.id);
        const hash = tokenHash();
        await store.createSession(session, hash);
        await store.touchSession(session.id, T0 + 5 * MINUTE);
        assert.deepEqual((await store.findSessionByTokenHash(hash))?.session, { ...session, lastSeenAt: T0 + 5 * MINUTE });
      });

      test("a user's sessions are listed newest first", async () => {
        const user = await createUser(store);
        const other = await createUser(store);
        const [first, second, third] = [0, 1, 2].map((n) => newSession(user.id, { createdAt: T0 + n * MINUTE }));
        for (const session of [second!, third!, first!]) await store.createSession(session, tokenHash());
        await store.createSession(newSession(other.id), tokenHash());
        assert.deepEqual(await store.listUserSessions(user.id), [third, second, first]);
      });

      test('a session can be ended only by its owner', async () => {
        const owner = await createUser(store);
        const stranger = await createUser(store);
        const session = newSession(owner.id);
        const hash = tokenHash();
        await store.createSession(session, hash);
        assert.equal(await store.endSession(stranger.id, session.id), false);
        assert.notEqual(await store.findSessionByTokenHash(hash), null);
        assert.equal(await store.endSession(owner.id, session.id), true);
        assert.equal(await store.findSessionByTokenHash(hash), null);
        assert.equal(await store.endSession(owner.id, session.id), false);
      });

      test("ending a user's sessions ends all but the one excepted, then all", async () => {
        const user = await createUser(store);
        const other = await createUser(store);
        const sessions = [0, 1, 2].map((n) => newSession(user.id, { createdAt: T0 + n }));
        for (const session of sessions) await store.createSession(session, tokenHash());
        await store.createSession(newSession(other.id), tokenHash());
        assert.equal(await store.endUserSessions(user.id, sessions[1]!.id), 2);
        assert.deepEqual(await store.listUserSessions(user.id), [sessions[1]]);
        assert.equal(await store.endUserSessions(user.id), 1);
        assert.deepEqual(await store.listUserSessions(user.id), []);
        assert.equal((await store.listUserSessions(other.id)).length, 1);
      });

      test('expired sessions are deleted by absolute and by idle time', async () => {
        // Earlier than every other test's sessions, so the count answered is this test's alone.
        const now = T0 - DAY;
        const idle = HOUR;
        const user = await createUser(store);
        const pastAbsolute = newSession(user.id, { createdAt: now - 2 * HOUR, lastSeenAt: now - MINUTE, expiresAt: now });
        const pastIdle = newSession(user.id, { createdAt: now - 2 * HOUR, lastSeenAt: now - idle, expiresAt: now + HOUR });
        const alive = newSession(user.id, { createdAt: now - 2 * HOUR, lastSeenAt: now - idle + 1, expiresAt: now + 1 });
        for (const session of [pastAbsolute, pastIdle, alive]) await store.createSession(session, tokenHash());
        assert.equal(await store.deleteExpiredSessions(now, idle), 2);
        assert.deepEqual(await store.listUserSessions(user.id), [alive]);
      });
    });

    describe('sign-in flows', () => {
      async function createFlow(overrides: Partial<PersistedSignInFlow> = {}) {
        const user = await createUser(store);
        const flow = newFlow(user.id, overrides);
        const hash = tokenHash();
        await store.createSignInFlow(flow, hash);
        return { user, flow, hash };
      }

      test('a sign-in flow is found by its token hash', async () => {
        const { flow, hash } = await createFlow({ state: 'awaiting_enrollment', failedAttempts: 2, authenticatedAt: T0 - SECOND });
        assert.deepEqual(await store.findSignInFlowByTokenHash(hash), flow);
        assert.equal(await store.findSignInFlowByTokenHash(tokenHash()), null);
      });

      test('recording a failure answers the new count', async () => {
        const { flow, hash } = await createFlow();
        assert.equal(await store.recordSignInFlowFailure(flow.id), 1);
        assert.equal(await store.recordSignInFlowFailure(flow.id), 2);
        assert.equal((await store.findSignInFlowByTokenHash(hash))?.failedAttempts, 2);
      });

      test('ten concurrent failures count ten', async () => {
        const { flow, hash } = await createFlow();
        const counts = await Promise.all(Array.from({ length: 10 }, () => store.recordSignInFlowFailure(flow.id)));
        assert.deepEqual(counts.sort((x, y) => x - y), [1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
        assert.equal((await store.findSignInFlowByTokenHash(hash))?.failedAttempts, 10);
      });

      test('a failure on a missing flow counts as past every limit', async () => {
        assert.ok((await store.recordSignInFlowFailure(randomUUID())) >= 1_000_000);
      });

      test('setting the state is a compare-and-set', async () => {
        const { flow, hash } = await createFlow({ state: 'awaiting_enrollment' });
        assert.equal(await store.setSignInFlowState(flow.id, 'awaiting_second_factor', 'awaiting_enrollment'), false);
        assert.equal(await store.setSignInFlowState(flow.id, 'awaiting_enrollment', 'awaiting_second_factor'), true);
        assert.equal((await store.findSignInFlowByTokenHash(hash))?.state, 'awaiting_second_factor');
        assert.equal(await store.setSignInFlowState(flow.id, 'awaiting_enrollment', 'awaiting_second_factor'), false);
        assert.equal(await store.setSignInFlowState(randomUUID(), 'awaiting_enrollment', 'awaiting_second_factor'), false);
      });

      test('ten concurrent state changes from the same state give exactly one true', async () => {
        const { flow } = await createFlow({ state: 'awaiting_enrollment' });
        const results = await Promise.all(
          Array.from({ length: 10 }, () => store.setSignInFlowState(flow.id, 'awaiting_enrollment', 'awaiting_second_factor')),
        );
        assert.equal(results.filter(Boolean).length, 1);
      });

      test('a sign-in flow is consumed once', async () => {
        const { flow, hash } = await createFlow();
        assert.equal(await store.consumeSignInFlow(flow.id), true);
        assert.equal(await store.findSignInFlowByTokenHash(hash), null);
        assert.equal(await store.consumeSignInFlow(flow.id), false);
      });

      test('ten concurrent consumes give exactly one true', async () => {
        const { flow } = await createFlow();
        const results = await Promise.all(Array.from({ length: 10 }, () => store.consumeSignInFlow(flow.id)));
        assert.equal(results.filter(Boolean).length, 1);
      });

      test("deleting a user's sign-in flows leaves other users' flows", async () => {
        const { user, hash } = await createFlow();
        const secondHash = tokenHash();
        await store.createSignInFlow(newFlow(user.id), secondHash);
        const other = await createFlow();
        await store.deleteUserSignInFlows(user.id);
        assert.equal(await store.findSignInFlowByTokenHash(hash), null);
        assert.equal(await store.findSignInFlowByTokenHash(secondHash), null);
        assert.deepEqual(await store.findSignInFlowByTokenHash(other.hash), other.flow);
      });
    });

    describe('throttles', () => {
      const claim = (subject: string, now: number, factor: 'password' | 'totp' = 'password') =>
        store.claimAttempt(subject, factor, now, waitAfterFailures, LOCK_AT);
      const subject = () => `user:${randomUUID()}`;

      test('five claims at one instant succeed and the sixth must wait thirty seconds', async () => {
        const s = subject();
        const states = [];
        for (let n = 0; n < 5; n++) states.push(await claim(s, T0));
        assert.deepEqual(states, [
          { failures: 1, nextAttemptAt: T0 },
          { failures: 2, nextAttemptAt: T0 },
          { failures: 3, nextAttemptAt: T0 },
          { failures: 4, nextAttemptAt: T0 },
          { failures: 5, nextAttemptAt: T0 + 30_000 },
        ]);
        assert.equal(await claim(s, T0), null);
        assert.deepEqual(await store.findThrottle(s, 'password'), { failures: 5, nextAttemptAt: T0 + 30_000 });
      });

      test('a claim after the wait succeeds and doubles the next wait', async () => {
        const s = subject();
        for (let n = 0; n < 5; n++) await claim(s, T0);
        assert.equal(await claim(s, T0 + 29_999), null);
        assert.deepEqual(await claim(s, T0 + 30_000), { failures: 6, nextAttemptAt: T0 + 30_000 + 60_000 });
        assert.deepEqual(await claim(s, T0 + 90_000), { failures: 7, nextAttemptAt: T0 + 90_000 + 120_000 });
      });

      test('twenty concurrent claims at one instant on a fresh subject give exactly five successes', async () => {
        const s = subject();
        const results = await Promise.all(Array.from({ length: 20 }, () => claim(s, T0)));
        const granted = results.filter((r) => r !== null);
        assert.deepEqual(granted.map((r) => r.failures).sort((x, y) => x - y), [1, 2, 3, 4, 5]);
        assert.deepEqual(await store.findThrottle(s, 'password'), { failures: 5, nextAttemptAt: T0 + 30_000 });
      });

      test('clearing failures resets the throttle', async () => {
        const s = subject();
        for (let n = 0; n < 6; n++) await claim(s, T0);
        await store.clearFailures(s, 'password');
        assert.equal(await store.findThrottle(s, 'password'), null);
        assert.deepEqual(await claim(s, T0), { failures: 1, nextAttemptAt: T0 });
      });

      test('a subject at the lock count is refused even far in the future', async () => {
        const s = subject();
        let state = await claim(s, T0);
        while (state && state.failures < LOCK_AT) state = await claim(s, state.nextAttemptAt);
        assert.equal(state?.failures, LOCK_AT);
        assert.equal(state.nextAttemptAt - (await store.findThrottle(s, 'password'))!.nextAttemptAt, 0);
        assert.equal(await claim(s, state.nextAttemptAt + 10 * 365 * DAY), null);
        assert.equal((await store.findThrottle(s, 'password'))?.failures, LOCK_AT);
      });

      test('factors of one subject are throttled independently', async () => {
        const s = subject();
        for (let n = 0; n < 5; n++) await claim(s, T0, 'password');
        assert.equal(await claim(s, T0, 'password'), null);
        assert.deepEqual(await claim(s, T0, 'totp'), { failures: 1, nextAttemptAt: T0 });
        assert.equal((await store.findThrottle(s, 'password'))?.failures, 5);
      });

      test('clearing all failures clears every factor of the subject and no other', async () => {
        const s = subject();
        const other = subject();
        await claim(s, T0, 'password');
        await claim(s, T0, 'totp');
        await claim(other, T0, 'password');
        await store.clearAllFailures(s);
        assert.equal(await store.findThrottle(s, 'password'), null);
        assert.equal(await store.findThrottle(s, 'totp'), null);
        assert.equal((await store.findThrottle(other, 'password'))?.failures, 1);
      });

      test('address attempts are counted per address and per window', async () => {
        const address = `2001:db8::${tag()}`;
        const elsewhere = `2001:db8::${tag()}`;
        assert.equal(await store.countAddressAttempt(address, T0), 1);
        assert.equal(await store.countAddressAttempt(address, T0), 2);
        assert.equal(await store.countAddressAttempt(address, T0 + MINUTE), 1);
        assert.equal(await store.countAddressAttempt(elsewhere, T0), 1);
      });

      test('twenty concurrent address counts end at twenty', async () => {
        const address = `2001:db8::${tag()}`;
        const counts = await Promise.all(Array.from({ length: 20 }, () => store.countAddressAttempt(address, T0)));
        assert.deepEqual(counts.sort((x, y) => x - y), Array.from({ length: 20 }, (_, i) => i + 1));
      });

      test('deleting address windows before a start keeps that window and later ones', async () => {
        const address = `2001:db8::${tag()}`;
        const windows = [T0 - 2 * MINUTE, T0 - MINUTE, T0];
        for (const windowStart of windows) await store.countAddressAttempt(address, windowStart);
        await store.deleteAddressWindowsBefore(T0 - MINUTE);
        assert.equal(await store.countAddressAttempt(address, T0 - 2 * MINUTE), 1, 'the older window was deleted');
        assert.equal(await store.countAddressAttempt(address, T0 - MINUTE), 2);
        assert.equal(await store.countAddressAttempt(address, T0), 2);
      });

      test('a forgiven address attempt is taken off its window only, and never below zero', async () => {
        const address = `2001:db8::${tag()}`;
        await store.countAddressAttempt(address, T0);
        await store.countAddressAttempt(address, T0);
        await store.countAddressAttempt(address, T0 + MINUTE);
        await Promise.all([store.forgiveAddressAttempt(address, T0), store.forgiveAddressAttempt(address, T0), store.forgiveAddressAttempt(address, T0)]);
        await store.forgiveAddressAttempt(`2001:db8::${tag()}`, T0);
        assert.equal(await store.countAddressAttempt(address, T0), 1);
        assert.equal(await store.countAddressAttempt(address, T0 + MINUTE), 2);
      });

      test('refusals are counted per kind, address and window, apart from address attempts', async () => {
        const address = `2001:db8::${tag()}`;
        assert.equal(await store.countRefusal('api_key_refused', address, T0), 1);
        assert.equal(await store.countRefusal('api_key_refused', address, T0), 2);
        assert.equal(await store.countRefusal('sign_in_throttled', address, T0), 1);
        assert.equal(await store.countRefusal('api_key_refused', address, T0 + MINUTE), 1);
        assert.equal(await store.countAddressAttempt(address, T0), 1, 'the address limit has its own count');
      });

      test('finished refusal counts are taken once, by one of two concurrent takers, and survive the address sweep', async () => {
        const address = `2001:db8::${tag()}`;
        const start = T0 + 7 * MINUTE;
        for (let i = 0; i < 3; i++) await store.countRefusal('api_key_refused', address, start);
        await store.countRefusal('sign_in_throttled', address, start);
        await store.countRefusal('api_key_refused', address, start + MINUTE);
        await store.deleteAddressWindowsBefore(start + 10 * MINUTE);
        const [first, second] = await Promise.all([store.takeRefusalCountsBefore(start + MINUTE), store.takeRefusalCountsBefore(start + MINUTE)]);
        const taken = [...first!, ...second!].filter((count) => count.address === address);
        assert.deepEqual(
          taken.sort((x, y) => x.kind.localeCompare(y.kind)),
          [
            { kind: 'api_key_refused', address, windowStart: start, refusals: 3 },
            { kind: 'sign_in_throttled', address, windowStart: start, refusals: 1 },
          ],
        );
        assert.deepEqual((await store.takeRefusalCountsBefore(start + MINUTE)).filter((count) => count.address === address), [], 'taken once');
        assert.equal(await store.countRefusal('api_key_refused', address, start + MINUTE), 2, 'the running minute stays');
      });
    });

    describe('audit', () => {
      const append = async (type: string, overrides: Partial<NewAuditEvent> = {}) => {
        await store.appendAuditEvent({ event: { ...auditEvent(type), ...overrides }, checkpoints: null });
      };

      test('appended events are listed newest first with every field intact', async () => {
        const type = `test.${tag()}`;
        const first = { ...auditEvent(type), at: T0, details: { factor: 'totp', nested: { n: 1, list: [true, null] } } };
        const second: NewAuditEvent = { ...auditEvent(type), at: T0 + 1, outcome: 'refused', actorUserId: null, actorUsername: null };
        await store.appendAuditEvent({ event: first, checkpoints: null });
        await store.appendAuditEvent({ event: second, checkpoints: null });
        const listed = await store.listAuditEvents({ type, limit: 10 });
        assert.deepEqual(listed.map(({ id: _id, sequence: _s, previousHash: _p, hash: _h, ...rest }) => rest), [second, first]);
        assert.ok(listed[0]!.id > listed[1]!.id);
        assert.equal(listed[0]!.sequence, listed[1]!.sequence + 1, 'chained one after the other');
        assert.equal(listed[0]!.previousHash, listed[1]!.hash);
      });

      test('events can be filtered by type', async () => {
        const [wanted, unwanted] = [`test.${tag()}`, `test.${tag()}`];
        await append(wanted);
        await append(unwanted);
        await append(wanted);
        const listed = await store.listAuditEvents({ type: wanted, limit: 10 });
        assert.equal(listed.length, 2);
        assert.ok(listed.every((e) => e.type === wanted));
      });

      test('events can be filtered by a user who is actor or target', async () => {
        const userId = randomUUID();
        const type = `test.${tag()}`;
        await append(type, { actorUserId: userId, details: { n: 1 } });
        await append(type, { targetUserId: userId, details: { n: 2 } });
        await append(type, { details: { n: 3 } });
        await append(`test.${tag()}`, { actorUserId: userId, details: { n: 4 } });
        assert.deepEqual((await store.listAuditEvents({ userId, limit: 10 })).map((e) => e.details.n), [4, 2, 1]);
        assert.deepEqual((await store.listAuditEvents({ userId, type, limit: 10 })).map((e) => e.details.n), [2, 1]);
      });

      test('paging with before and a limit walks from newest to oldest', async () => {
        const type = `test.${tag()}`;
        for (let n = 1; n <= 5; n++) await append(type, { details: { n } });
        const page = async (before?: number) => store.listAuditEvents({ type, limit: 2, ...(before !== undefined && { before }) });
        const first = await page();
        const second = await page(first.at(-1)!.id);
        const third = await page(second.at(-1)!.id);
        assert.deepEqual([first, second, third].map((p) => p.map((e) => e.details.n)), [[5, 4], [3, 2], [1]]);
      });
    });

    describe('settings', () => {
      test('a setting never written reads as null', async () => {
        assert.equal(await store.readSetting(`missing.${tag()}`), null);
      });

      test('a written setting reads back as written', async () => {
        const key = `policy.${tag()}`;
        const value = { allowedMethods: ['totp', 'email'], mfaRequired: true, minimumLength: 12 };
        await store.writeSetting(key, value, T0);
        assert.deepEqual(await store.readSetting(key), value);
      });

      test('writing a setting again overwrites it', async () => {
        const key = `policy.${tag()}`;
        await store.writeSetting(key, { mfaRequired: false }, T0);
        await store.writeSetting(key, 'replaced', T0 + 1);
        assert.equal(await store.readSetting(key), 'replaced');
      });
    });
  });
}

function auditEvent(type: string): NewAuditEvent {
  return {
    at: T0,
    type,
    outcome: 'success',
    actorUserId: randomUUID(),
    actorUsername: 'ada',
    targetUserId: randomUUID(),
    targetUsername: 'grace',
    clientAddress: '192.0.2.7',
    userAgent: 'contract-test',
    details: {},
  };
}
