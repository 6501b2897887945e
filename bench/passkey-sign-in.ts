// Passkey sign-ins (issue 13): complete passwordless sign-ins (POST /api/session/passkey/options,
// the authenticator's signature, POST /api/session/passkey → a session) per second, against raw
// @simplewebauthn/server verifyAuthenticationResponse calls on the same credentials (a fresh
// challenge and the same signature each time), in the same run: rounds alternate, medians compared.
// Target ≥ 0.8×. In-process (app.inject) on SQLite, and on PostgreSQL when it answers.
import { randomBytes } from 'node:crypto';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { verifyAuthenticationResponse } from '@simplewebauthn/server';
import { loadConfig } from '../src/config/config.js';
import { addUser } from '../src/core/users/user-administration.js';
import { createGatehouse, createLogger } from '../src/server/gatehouse.js';
import { SoftAuthenticator } from '../test/helpers/soft-authenticator.js';
import { availableDatabaseKinds, createTestDatabase, type TestDatabaseKind } from '../test/helpers/test-databases.js';
import { median } from './lib.js';

const ORIGIN = 'https://gatehouse.bench.example';
const USERS = 20;
const PER_ROUND = Number(process.env.BENCH_SIGN_INS ?? 300);
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 5);

type Options = { challenge: string; rpId?: string; rp: { id?: string } };

async function run(kind: TestDatabaseKind) {
  const database = await createTestDatabase(kind);
  const dataDir = mkdtempSync(join(tmpdir(), 'gatehouse-bench-passkey-'));
  const config = loadConfig(
    { GATEHOUSE_DATA_DIR: dataDir, GATEHOUSE_DATABASE_URL: database.url, GATEHOUSE_SECRET_KEY: Buffer.alloc(32, 13).toString('base64'), GATEHOUSE_PUBLIC_URL: ORIGIN, GATEHOUSE_LOG_LEVEL: 'silent' },
    '/nonexistent',
  );
  const { app, ctx } = await createGatehouse(config, { logger: createLogger('silent') });
  const host = { host: new URL(ORIGIN).host, origin: ORIGIN };
  try {
    // Users with a passkey each, registered through the wizard as a browser would.
    const keys: SoftAuthenticator[] = [];
    for (let i = 0; i < USERS; i++) {
      const password = `bench user ${i} has a long password`;
      await addUser(ctx, { user: null, client: null }, { username: `bench${i}`, password, role: 'standard' });
      const signIn = await app.inject({ method: 'POST', url: '/api/session', headers: host, payload: { username: `bench${i}`, password } });
      const cookie = signIn.cookies.map((c) => `${c.name}=${c.value}`).join('; ');
      const key = new SoftAuthenticator(ORIGIN, { passkey: true });
      const started = await app.inject({ method: 'POST', url: '/api/me/mfa/enrollment', headers: { ...host, cookie }, payload: { method: 'webauthn' } });
      const options = started.json<{ public_key: Options }>().public_key;
      await app.inject({ method: 'POST', url: '/api/me/mfa/enrollment/verify', headers: { ...host, cookie }, payload: { webauthn_response: key.register(options) } });
      const finished = await app.inject({ method: 'POST', url: '/api/me/mfa/enrollment/finish', headers: { ...host, cookie } });
      if (finished.statusCode !== 200) throw new Error(`enrollment answered ${finished.statusCode}: ${finished.body}`);
      keys.push(key);
    }
    const credentials = await Promise.all(keys.map(async (key) => (await ctx.store.findWebAuthnCredential(key.id))!.credential));

    const signInOnce = async (i: number) => {
      const key = keys[i % USERS]!;
      const options = await app.inject({ method: 'POST', url: '/api/session/passkey/options', headers: host });
      const cookie = options.cookies.map((c) => `${c.name}=${c.value}`).join('; ');
      const answer = await app.inject({ method: 'POST', url: '/api/session/passkey', headers: { ...host, cookie }, payload: { webauthn_response: key.assert(options.json<{ public_key: Options }>().public_key) } });
      if (answer.statusCode !== 200) throw new Error(`passkey sign-in answered ${answer.statusCode}: ${answer.body}`);
    };
    const rawOnce = async (i: number) => {
      const key = keys[i % USERS]!;
      const credential = credentials[i % USERS]!;
      const challenge = randomBytes(32).toString('base64url');
      const response = key.assert({ challenge, rpId: new URL(ORIGIN).hostname });
      const verified = await verifyAuthenticationResponse({
        response: response as never,
        expectedChallenge: challenge,
        expectedOrigin: ORIGIN,
        expectedRPID: new URL(ORIGIN).hostname,
        credential: { id: credential.credentialId, publicKey: new Uint8Array(Buffer.from(credential.publicKey, 'base64url')), counter: 0 },
        requireUserVerification: true,
      });
      if (!verified.verified) throw new Error('raw verification failed');
    };
    const rate = async (once: (i: number) => Promise<void>) => {
      const started = performance.now();
      for (let i = 0; i < PER_ROUND; i++) await once(i);
      return PER_ROUND / ((performance.now() - started) / 1000);
    };
    for (let i = 0; i < 30; i++) {
      await signInOnce(i);
      await rawOnce(i);
    }
    const samples = { signIn: [] as number[], raw: [] as number[] };
    for (let round = 0; round < ROUNDS; round++) {
      samples.raw.push(await rate(rawOnce));
      samples.signIn.push(await rate(signInOnce));
    }
    return samples;
  } finally {
    await app.close();
    await database.drop();
  }
}

for (const kind of await availableDatabaseKinds()) {
  const samples = await run(kind);
  const signIn = median(samples.signIn);
  const raw = median(samples.raw);
  console.log(`${kind}: raw verifyAuthenticationResponse ${raw.toFixed(0)}/s · complete passkey sign-ins ${signIn.toFixed(0)}/s · ratio ${(signIn / raw).toFixed(2)} (target ≥ 0.8)`);
  console.log(`  rounds raw: ${samples.raw.map((r) => r.toFixed(0)).join(', ')}; sign-ins: ${samples.signIn.map((r) => r.toFixed(0)).join(', ')}`);
}
