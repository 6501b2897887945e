// API-key throughput with 1,000,000 users and 1,000,000 API keys in SQLite against the same
// server with 1,000 keys, measured in one run (issue 7 target: ≥ 0.9× of the 1,000-key figure).
// The rows are written straight into the database with better-sqlite3 in large transactions.
//
// Gatehouse keeps the answer of a key lookup in memory until the database changes, so in a steady
// load of one key the server reads SQLite rarely. The database's own share is therefore measured
// too, uncached: the lookup Gatehouse runs (a key by primary key, joined to its owner) for random
// keys of each database, in µs per lookup.
import { createHash, randomBytes } from 'node:crypto';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { generateApiKeyId, generateApiToken } from '../src/core/api-keys/api-key-format.js';
import { api, BENCH_ADMIN_PASSWORD, basicHeader, compare, median, startGatehouse } from './lib.js';

const seconds = Number(process.env.BENCH_SECONDS ?? 4);
const rounds = Number(process.env.BENCH_ROUNDS ?? 3);
const big = Number(process.env.BENCH_ROWS ?? 1_000_000);

/** Starts Gatehouse on a fresh folder once (to migrate and create the admin), then fills it. */
async function prepare(rows: number): Promise<{ dataDir: string; key: { api_key: string; api_token: string } }> {
  const dataDir = mkdtempSync(join(tmpdir(), `gatehouse-scale-${rows}-`));
  const first = await startGatehouse({ GATEHOUSE_DATA_DIR: dataDir });
  const cookie = (await api(first.url, '/api/session', { method: 'POST', json: { username: 'admin', password: BENCH_ADMIN_PASSWORD } })).headers
    .getSetCookie()
    .find((c) => c.startsWith('gatehouse_session='))!
    .split(';')[0]!;
  const key = (await (await api(first.url, '/api/me/api-keys', { method: 'POST', headers: { cookie }, json: { name: 'bench' } })).json()) as { api_key: string; api_token: string };
  await first.stop();

  const db = new Database(join(dataDir, 'gatehouse.db'));
  db.pragma('journal_mode = WAL');
  db.pragma('synchronous = OFF');
  const passwordHash = (db.prepare("select password_hash from users where username = 'admin'").get() as { password_hash: string }).password_hash;
  const addUser = db.prepare(
    'insert into users (id, username, username_normalized, email, role, password_hash, must_change_password, disabled_at, security_stamp, created_at, updated_at) values (?, ?, ?, null, ?, ?, 0, null, 1, ?, ?)',
  );
  const addKey = db.prepare('insert into api_keys (id, user_id, name, token_hash, created_at, expires_at, read_only, last_used_at, last_used_address, first_used_at) values (?, ?, ?, ?, ?, null, 0, null, null, null)');
  const now = Date.now();
  const batch = db.transaction((from: number, to: number) => {
    for (let i = from; i < to; i++) {
      const id = `bench-${i}`;
      addUser.run(id, `user${i}`, `user${i}`, 'standard', passwordHash, now, now);
      // A real key format and a real hash, so the index holds realistic values.
      addKey.run(generateApiKeyId(), id, 'key', createHash('sha256').update(generateApiToken()).update(randomBytes(1)).digest('base64url'), now);
    }
  });
  for (let from = 0; from < rows; from += 50_000) batch(from, Math.min(rows, from + 50_000));
  db.pragma('wal_checkpoint(TRUNCATE)');
  db.close();
  return { dataDir, key };
}

/** µs per lookup of a random key with its owner, as the server's query does it, on a fresh read-only connection. */
function lookupMicroseconds(dataDir: string): number {
  const db = new Database(join(dataDir, 'gatehouse.db'), { readonly: true });
  try {
    const ids = (db.prepare('select id from api_keys').pluck().all() as string[]).sort(() => Math.random() - 0.5).slice(0, 20_000);
    const lookup = db.prepare('select k.*, u.* from api_keys as k inner join users as u on u.id = k.user_id where k.id = ?');
    const runs: number[] = [];
    for (let run = 0; run < 5; run++) {
      const start = process.hrtime.bigint();
      for (let i = 0; i < 20_000; i++) lookup.get(ids[i % ids.length]);
      runs.push(Number(process.hrtime.bigint() - start) / 1000 / 20_000);
    }
    return median(runs);
  } finally {
    db.close();
  }
}

const started = Date.now();
const small = await prepare(1_000);
const large = await prepare(big);
console.log(`filled ${big.toLocaleString('en')} users and keys in ${((Date.now() - started) / 1000).toFixed(0)} s`);
const a = await startGatehouse({ GATEHOUSE_DATA_DIR: small.dataDir });
const b = await startGatehouse({ GATEHOUSE_DATA_DIR: large.dataDir });
try {
  const results = await compare(
    [
      { name: '1,000 keys', url: `${a.url}/api/me`, headers: { authorization: basicHeader(small.key.api_key, small.key.api_token) } },
      { name: `${big.toLocaleString('en')} keys`, url: `${b.url}/api/me`, headers: { authorization: basicHeader(large.key.api_key, large.key.api_token) } },
    ],
    { rounds, seconds },
  );
  const ratio = results[1]!.medianRequestsPerSecond / results[0]!.medianRequestsPerSecond;
  console.log(`\nAPI-key GET /api/me: ${rounds} interleaved rounds of ${seconds} s, 16 connections`);
  console.log('| database | median req/s | non-2xx |');
  console.log('|---|---|---|');
  for (const r of results) console.log(`| ${r.name} | ${Math.round(r.medianRequestsPerSecond)} | ${r.non2xx} |`);
  console.log(`ratio ${ratio.toFixed(2)} (target ≥ 0.9: ${ratio >= 0.9 ? 'met' : 'NOT MET'})`);

  const smallLookup = lookupMicroseconds(small.dataDir);
  const largeLookup = lookupMicroseconds(large.dataDir);
  console.log(`\nuncached key lookup (the server's join, random keys, read-only connection, median of 5 runs of 20,000):`);
  console.log(`1,000 keys ${smallLookup.toFixed(1)} µs, ${big.toLocaleString('en')} keys ${largeLookup.toFixed(1)} µs: ${(smallLookup / largeLookup).toFixed(2)}× the 1,000-key speed`);
} finally {
  await a.stop();
  await b.stop();
}
