// The audit chain's costs (issue 15), on SQLite and (when it answers) PostgreSQL:
//   1. verification: events verified per second over an intact chain of 100,000 events with a
//      checkpoint every 1,000 (target ≥ 50,000/s);
//   2. a password sign-in (POST /api/session, which appends its audit event) with the chain, against
//      the same sign-in whose event is one plain INSERT, as before the chain — interleaved rounds in
//      one run (target: the chain costs ≤ 10 %). And the append alone, chained and plain, in µs.
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

const seconds = Number(process.env.BENCH_SECONDS ?? 5);
const rounds = Number(process.env.BENCH_ROUNDS ?? 5);
const CHAIN = 100_000;
const CONCURRENCY = 4;
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
      closeReader?.();
      await db.destroy();
    },
  };
}

async function signInRates(kind: TestDatabaseKind) {
  const database = await createTestDatabase(kind);
  const dataDir = mkdtempSync(join(tmpdir(), 'gatehouse-bench-audit-'));
  const config = loadConfig({ GATEHOUSE_DATA_DIR: dataDir, GATEHOUSE_DATABASE_URL: database.url, GATEHOUSE_SECRET_KEY: KEY.toString('base64'), GATEHOUSE_SIGN_IN_ATTEMPTS_PER_MINUTE: '100000', GATEHOUSE_LOG_LEVEL: 'silent' }, '/nonexistent');
  const { app, ctx } = await createGatehouse(config, { logger: createLogger('silent') });
  const plain = await plainAppender(database.url);
  const chained = ctx.store.appendAuditEvent.bind(ctx.store);
  try {
    const passwordOf = (i: number) => `bench user ${i} has a long password`;
    for (let i = 0; i < CONCURRENCY; i++) await addUser(ctx, { user: null, client: null }, { username: `bench${i}`, password: passwordOf(i), role: 'standard' });
    const signIns = async (forSeconds: number) => {
      const until = performance.now() + forSeconds * 1000;
      let count = 0;
      await Promise.all(
        Array.from({ length: CONCURRENCY }, async (_, i) => {
          while (performance.now() < until) {
            const response = await app.inject({ method: 'POST', url: '/api/session', payload: { username: `bench${i}`, password: passwordOf(i) } });
            if (response.statusCode !== 200) throw new Error(`sign-in answered ${response.statusCode}: ${response.body}`);
            count++;
          }
        }),
      );
      return count / forSeconds;
    };
    const appendMicroseconds = async (count: number) => {
      const started = performance.now();
      for (let i = 0; i < count; i++) await ctx.store.appendAuditEvent({ event: { at: ctx.clock.now(), type: 'bench', outcome: 'success', actorUserId: null, actorUsername: 'bench', targetUserId: null, targetUsername: null, clientAddress: '192.0.2.1', userAgent: 'bench', details: { i } }, checkpoints: null });
      return ((performance.now() - started) * 1000) / count;
    };
    const samples = { chained: [] as number[], plain: [] as number[], appendChained: [] as number[], appendPlain: [] as number[] };
    await signIns(1); // warm-up
    for (let round = 0; round < rounds; round++) {
      ctx.store.appendAuditEvent = chained;
      samples.chained.push(await signIns(seconds));
      samples.appendChained.push(await appendMicroseconds(500));
      ctx.store.appendAuditEvent = plain.append;
      samples.plain.push(await signIns(seconds));
      samples.appendPlain.push(await appendMicroseconds(500));
    }
    return samples;
  } finally {
    ctx.store.appendAuditEvent = chained;
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

  const s = await signInRates(kind);
  const cost = median(s.plain) / median(s.chained) - 1;
  console.log(`\n${kind}: password sign-ins (POST /api/session), ${rounds} interleaved rounds of ${seconds} s, ${CONCURRENCY} concurrent`);
  console.log('| sign-in | median per second | samples | append alone, median µs |');
  console.log('|---|---|---|---|');
  console.log(`| event appended to the chain | ${fixed([median(s.chained)], 1)} | ${fixed(s.chained, 1)} | ${fixed([median(s.appendChained)])} |`);
  console.log(`| event as one plain INSERT | ${fixed([median(s.plain)], 1)} | ${fixed(s.plain, 1)} | ${fixed([median(s.appendPlain)])} |`);
  console.log(`the chain costs ${(cost * 100).toFixed(1)} % of a sign-in (target ≤ 10 %: ${cost <= 0.1 ? 'met' : 'NOT MET'})`);
}
