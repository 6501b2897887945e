// An in-process Gatehouse for HTTP tests: a fresh database of the given kind, a fixed clock, logs
// captured in memory (so tests can scan them for secrets), and helpers to sign in and call the API.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Writable } from 'node:stream';
import type { FastifyInstance, InjectOptions, LightMyRequestResponse } from 'fastify';
import { loadConfig, type Config } from '../../src/config/config.js';
import { FixedClock } from '../../src/core/clock.js';
import type { CoreContext } from '../../src/core/context.js';
import { addUser } from '../../src/core/users/user-administration.js';
import type { Role, User } from '../../src/core/users/user.js';
import { createGatehouse, createLogger } from '../../src/server/gatehouse.js';
import { recordAnswers } from './answer-recorder.js';
import { createTestDatabase, type TestDatabase, type TestDatabaseKind } from './test-databases.js';

export const ORIGIN = 'http://gatehouse.test';
export const ADMIN_PASSWORD = 'correct horse battery staple';

export interface TestApp {
  app: FastifyInstance;
  ctx: CoreContext;
  clock: FixedClock;
  config: Config;
  database: TestDatabase;
  logs: string[];
  admin: User;
  /** Starts another app instance on the same database (another "process"). */
  sibling(): Promise<TestApp>;
  close(): Promise<void>;
}

export interface TestAppOptions {
  env?: Record<string, string>;
  clock?: FixedClock;
  database?: TestDatabase;
  /** Shared by siblings; a fresh temporary folder by default. */
  dataDir?: string;
  /** The app's request timeout (30 s by default). */
  requestTimeoutInMilliseconds?: number;
}

export async function startTestApp(kind: TestDatabaseKind, options: TestAppOptions = {}): Promise<TestApp> {
  const database = options.database ?? (await createTestDatabase(kind));
  const ownsDatabase = options.database === undefined;
  const clock = options.clock ?? new FixedClock(Date.UTC(2026, 5, 1, 12));
  const config = loadConfig(
    {
      GATEHOUSE_DATA_DIR: options.dataDir ?? (await mkdtemp(join(tmpdir(), 'gatehouse-data-'))),
      GATEHOUSE_DATABASE_URL: database.url,
      GATEHOUSE_SECRET_KEY: Buffer.alloc(32, 7).toString('base64'),
      GATEHOUSE_PUBLIC_URL: ORIGIN,
      GATEHOUSE_LOG_LEVEL: 'info',
      ...options.env,
    },
    '/nonexistent',
  );
  const logs: string[] = [];
  const sink = new Writable({
    write(chunk, _encoding, done) {
      logs.push(String(chunk));
      done();
    },
  });
  const { app, ctx } = await createGatehouse(config, { logger: createLogger('info', sink), clock, requestTimeoutInMilliseconds: options.requestTimeoutInMilliseconds });
  recordAnswers(app);
  await app.ready();
  let admin = await ctx.store.findUserByUsername('admin');
  if (!admin) {
    const added = await addUser(ctx, { user: null, client: null }, { username: 'admin', password: ADMIN_PASSWORD, role: 'admin' });
    if (!added.ok) throw new Error(`could not add admin: ${added.reason}`);
    admin = added.user;
  }
  const testApp: TestApp = {
    app,
    ctx,
    clock,
    config,
    database,
    logs,
    admin,
    sibling: () => startTestApp(kind, { ...options, clock, database, dataDir: config.dataDir }),
    async close() {
      await app.close();
      if (ownsDatabase) await database.drop();
      if (options.dataDir === undefined) await rm(config.dataDir, { recursive: true, force: true });
    },
  };
  return testApp;
}

export function basic(username: string, password: string): string {
  return `Basic ${Buffer.from(`${username}:${password}`, 'utf8').toString('base64')}`;
}

/** The value of a Set-Cookie for `name`, or undefined. */
export function cookieFrom(response: LightMyRequestResponse, name: string): string | undefined {
  return response.cookies.find((c) => c.name === name)?.value;
}

/** A browser-like caller: keeps its cookies and sends a same-origin Origin on writes. */
export class Browser {
  readonly cookies = new Map<string, string>();
  constructor(
    private readonly app: FastifyInstance,
    private readonly address = '192.0.2.10',
  ) {}

  async request(method: InjectOptions['method'], url: string, body?: unknown, headers: Record<string, string> = {}): Promise<LightMyRequestResponse> {
    const cookieHeader = [...this.cookies].map(([k, v]) => `${k}=${v}`).join('; ');
    const response = await this.app.inject({
      method,
      url,
      remoteAddress: this.address,
      headers: {
        ...(cookieHeader && { cookie: cookieHeader }),
        ...(method !== 'GET' && { origin: ORIGIN }),
        'user-agent': 'test-browser',
        ...headers,
      },
      ...(body !== undefined && { payload: body as InjectOptions['payload'] }),
    });
    for (const c of response.cookies) {
      if (c.value === '' || c.maxAge === 0) this.cookies.delete(c.name);
      else this.cookies.set(c.name, c.value);
    }
    return response;
  }

  signIn(username: string, password: string) {
    return this.request('POST', '/api/session', { username, password });
  }
}

/** Adds a user directly through the core (fast, no HTTP). */
export async function addTestUser(t: TestApp, username: string, options: { role?: Role; password?: string; email?: string } = {}): Promise<User> {
  const result = await addUser(t.ctx, { user: null, client: null }, { username, password: options.password ?? `${username} has a long password`, role: options.role ?? 'standard', email: options.email ?? null });
  if (!result.ok) throw new Error(`could not add ${username}: ${result.reason}`);
  return result.user;
}

export function errorTypeOf(response: LightMyRequestResponse): string | undefined {
  try {
    return (JSON.parse(response.body) as { error?: { type?: string } }).error?.type;
  } catch {
    return undefined;
  }
}
