// The audit chain's costs (issue 15), on SQLite and (when it answers) PostgreSQL:
//   1. verification: events verified per second over an intact chain of 100,000 events with a
//      checkpoint every 1,000 (target ≥ 50,000/s);
//   2. a password sign-in (POST /api/session, which appends its audit event) with the chain, against
//      the same sign-in whose event is one plain INSERT, as before the chain — alternating request by
//      request in one run (target: the chain adds ≤ 10 %). And the append alone, chained and plain.
// In-process (app.inject): the two variants differ only in the store's appendAuditEvent.
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { verifyAuditChain } from '../src/core/audit/chain-verification.js';
import { createCheckpointVerifier } from '../src/core/audit/checkpoints.js';
import { createServerKeys } from '../src/core/crypto/server-keys.js';
import type { AuditEntry, Store } from '../src/core/ports.js';
import { addUser } from '../src/core/users/user-administration.js';
import { loadConfig } from '../src/config/config.js';
import { createGatehouse, createLogger } from '../src/server/gatehouse.js';
import { openDatabase } from '../src/storage/database.js';
import { openStore } from '../src/storage/kysely-store.js';
import { seedAuditChain } from '../test/helpers/audit-seed.js';
import { availableDatabaseKinds, createTestDatabase, type TestDatabaseKind } from '../test/helpers/test-databases.js';
import { median } from './lib.js';

/** Sign-ins of each kind, and appends of each kind, measured one by one. */
const signIns = Number(process.env.BENCH_SIGN_INS ?? 200);
const appends = 2000;
const CHAIN = 100_000;
const KEY = Buffer.alloc(32, 11);

/** Events verified per second of wall time, and per second of this process's CPU time. */
async function verificationRate(kind: TestDatabaseKind): Promise<{ wall: number[]; cpu: number[] }> {
  const database = await createTestDatabase(kind);
  try {
    const keys = createServerKeys(KEY);
    await seedAuditChain(database.url, CHAIN, { everyEvents: 1000, everyMilliseconds: 600_000, origin: 'bench/audit', signer: keys.auditSigner });
    const store = await openStore(database.url);
    try {
      const verifier = createCheckpointVerifier(keys.auditSigner.publicKeyPem);
      const rates = { wall: [] as number[], cpu: [] as number[] };
      for (let round = 0; round < 3; round++) {
        const started = performance.now();
        const cpu = process.cpuUsage();
        const result = await verifyAuditChain(store, verifier);
        const used = process.cpuUsage(cpu);
        if (!result.intact || result.events !== CHAIN) throw new Error(`the seeded chain did not verify: ${JSON.stringify(result)}`);
        rates.wall.push(CHAIN / ((performance.now() - started) / 1000));
        rates.cpu.push(CHAIN / ((used.user + used.system) / 1e6));
      }
      return rates;
    } finally {
      await store.close();
    }
  } finally {
    await database.drop();
  }
}

/** The store's append as it was before the chain: one INSERT, on a connection of its own. */
async function plainAppender(url: string): Promise<{ append: Store['appendAuditEvent']; close(): Promise<void> }> {
  const { db, closeReader } = await openDatabase(url);
  let sequence = 0;
  return {
    async append({ event }: AuditEntry) {
      // Negative sequences: out of the chain's way (unique), and never verified.
      await db
        .insertInto('audit_events')
        .values({ sequence: --sequence, previous_hash: '', hash: '', at: event.at, type: event.type, outcome: event.outcome, actor_user_id: event.actorUserId, actor_username: event.actorUsername, target_user_id: event.targetUserId, target_username: event.targetUsername, client_address: event.clientAddress, user_agent: event.userAgent, details: JSON.stringify(event.details) })
        .execute();
      return { sequence, hash: '' };
    },
    async close() {
      await closeReader?.();
      await db.destroy();
    },
  };
}

/**
 * Sign-ins one at a time, alternating between the chained and the plain append request by request,
 * so drift on a busy machine hits both alike: the median time of each, and of the append alone.
 */
async function signInTimes(kind: TestDatabaseKind) {
  const database = await createTestDatabase(kind);
  const dataDir = mkdtempSync(join(tmpdir(), 'gatehouse-bench-audit-'));
  const config = loadConfig({ GATEHOUSE_DATA_DIR: dataDir, GATEHOUSE_DATABASE_URL: database.url, GATEHOUSE_SECRET_KEY: KEY.toString('base64'), GATEHOUSE_SIGN_IN_ATTEMPTS_PER_MINUTE: '100000', GATEHOUSE_LOG_LEVEL: 'silent' }, '/nonexistent');
  const { app, ctx } = await createGatehouse(config, { logger: createLogger('silent') });
  const plain = await plainAppender(database.url);
  const chained = ctx.store.appendAuditEvent.bind(ctx.store);
  const use = (variant: 'chained' | 'plain') => (ctx.store.appendAuditEvent = variant === 'chained' ? chained : plain.append);
  try {
    const password = 'bench user has a long password';
    await addUser(ctx, { user: null, client: null }, { username: 'bench', password, role: 'standard' });
    const signIn = async () => {
      const started = performance.now();
      const response = await app.inject({ method: 'POST', url: '/api/session', payload: { username: 'bench', password } });
      if (response.statusCode !== 200) throw new Error(`sign-in answered ${response.statusCode}: ${response.body}`);
      return performance.now() - started;
    };
    const append = async () => {
      const started = performance.now();
      await ctx.store.appendAuditEvent({ event: { at: ctx.clock.now(), type: 'bench', outcome: 'success', actorUserId: null, actorUsername: 'bench', targetUserId: null, targetUsername: null, clientAddress: '192.0.2.1', userAgent: 'bench', details: {} }, checkpoints: null });
      return (performance.now() - started) * 1000;
    };
    const samples = { signIn: { chained: [] as number[], plain: [] as number[] }, append: { chained: [] as number[], plain: [] as number[] } };
    for (let i = 0; i < 10; i++) await signIn(); // warm-up
    for (let i = 0; i < 2 * signIns; i++) {
      const variant = i % 2 === 0 ? 'chained' : 'plain';
      use(variant);
      samples.signIn[variant].push(await signIn());
    }
    for (let i = 0; i < 2 * appends; i++) {
      const variant = i % 2 === 0 ? 'chained' : 'plain';
      use(variant);
      samples.append[variant].push(await append());
    }
    return samples;
  } finally {
    use('chained');
    await plain.close();
    await app.close();
    await database.drop();
  }
}

const fixed = (values: number[], digits = 0) => values.map((v) => v.toLocaleString('en-US', { maximumFractionDigits: digits })).join(', ');

// BENCH_DATABASES=sqlite (or postgres) measures one of them.
const chosen = process.env.BENCH_DATABASES?.split(',');
for (const kind of (await availableDatabaseKinds()).filter((k) => !chosen || chosen.includes(k))) {
  const verified = await verificationRate(kind);
  console.log(`\n${kind}: verification of an intact chain of ${CHAIN.toLocaleString('en-US')} events (3 runs)`);
  console.log('| events verified per | median | runs | target ≥ 50,000/s |');
  console.log('|---|---|---|---|');
  console.log(`| second (wall clock) | ${fixed([median(verified.wall)])} | ${fixed(verified.wall)} | ${median(verified.wall) >= 50_000 ? 'met' : 'NOT MET'} |`);
  console.log(`| second of the verifier's CPU | ${fixed([median(verified.cpu)])} | ${fixed(verified.cpu)} | |`);

  const s = await signInTimes(kind);
  const [chainedMs, plainMs] = [median(s.signIn.chained), median(s.signIn.plain)];
  const [chainedUs, plainUs] = [median(s.append.chained), median(s.append.plain)];
  console.log(`\n${kind}: ${signIns} password sign-ins (POST /api/session) of each kind, one at a time, alternating`);
  console.log("| the sign-in's audit event | sign-in, median ms | the append alone, median µs |");
  console.log('|---|---|---|');
  console.log(`| appended to the chain | ${fixed([chainedMs], 2)} | ${fixed([chainedUs])} |`);
  console.log(`| one plain INSERT (no chain) | ${fixed([plainMs], 2)} | ${fixed([plainUs])} |`);
  const direct = chainedMs / plainMs - 1;
  const derived = (chainedUs - plainUs) / 1000 / plainMs;
  console.log(`the chain adds ${(direct * 100).toFixed(1)} % to a sign-in (medians; target ≤ 10 %: ${direct <= 0.1 ? 'met' : 'NOT MET'}); from the appends alone: ${((chainedUs - plainUs) / 1000).toFixed(2)} ms = ${(derived * 100).toFixed(1)} %`);
}
