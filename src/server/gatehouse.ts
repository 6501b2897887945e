// The composition root: configuration → store, keys, core context, logger → the Fastify app.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import pino, { type Logger } from 'pino';
import { createRequire } from 'node:module';
import type PinoPretty from 'pino-pretty';
import type { Config } from '../config/config.js';
import { loadKeyring } from '../config/secret-key.js';
import { CredentialCache } from '../core/basic-auth/credential-cache.js';
import { type Clock, HOUR, MINUTE, systemClock } from '../core/clock.js';
import type { CoreContext } from '../core/context.js';
import { createServerKeys } from '../core/crypto/server-keys.js';
import { webAuthnSettingsOf } from '../core/authenticators/webauthn/relying-party.js';
import { warnOfOtherRelyingParties } from '../core/authenticators/webauthn/stored-relying-parties.js';
import { DEFAULT_PASSWORD_POLICY } from '../core/passwords/password-policy.js';
import type { Store } from '../core/ports.js';
import { createMailer } from '../mail/mailer.js';
import { makeDataPrivate } from '../config/private-files.js';
import { dialectOf, sqlitePathOf } from '../storage/database.js';
import { openStore } from '../storage/kysely-store.js';
import { type AppOptions, buildApp } from './app.js';
import { batchedStdout } from './log-destination.js';

/** Never logged: credentials in headers, cookies both ways. */
export const REDACTED_LOG_PATHS = ['req.headers.authorization', 'req.headers.cookie', 'res.headers["set-cookie"]', 'headers.authorization', 'headers.cookie'];

/**
 * A person at a terminal reads lines (pino-pretty: time, level, message, the fields that matter);
 * anything else (a file, journald, a log shipper) gets JSON lines, batched (log-destination.ts).
 * Tests pass their own destination, and `pretty` to see what a terminal shows.
 */
export function createLogger(level: string, destination?: NodeJS.WritableStream, options: { pretty?: boolean } = {}): Logger {
  const readable = options.pretty ?? (destination === undefined && process.stdout.isTTY === true);
  // Loaded only for a terminal: a service's start-up does not pay for it.
  const pretty = readable ? (createRequire(import.meta.url)('pino-pretty') as typeof PinoPretty) : null;
  const out = pretty
    ? pretty({
        destination: destination ?? 1,
        sync: true,
        colorize: destination === undefined,
        translateTime: 'SYS:HH:MM:ss',
        ignore: 'pid,hostname,service,req,res,responseTime',
        singleLine: true,
        messageFormat: describeLogLine,
      })
    : (destination ?? batchedStdout());
  return pino({ level, redact: { paths: REDACTED_LOG_PATHS, censor: '[redacted]' }, base: { service: 'gatehouse' } }, out);
}

/** The access line as a person reads it: "GET /api/me → 401 (2 ms)"; other lines as they are. */
function describeLogLine(log: Record<string, unknown>, messageKey: string): string {
  const req = log.req as { method?: string; url?: string } | undefined;
  const res = log.res as { statusCode?: number } | undefined;
  const message = typeof log[messageKey] === 'string' ? (log[messageKey]) : '';
  if (!req || !res) return message;
  const took = typeof log.responseTime === 'number' ? ` (${Math.round(log.responseTime)} ms)` : '';
  return `${req.method ?? ''} ${req.url ?? ''} → ${res.statusCode ?? ''}${took}${message === 'request completed' ? '' : ` ${message}`}`;
}

export function createCoreContext(config: Config, store: Store, log: Logger, clock: Clock = systemClock): CoreContext {
  const keyring = loadKeyring(config);
  const keys = createServerKeys(keyring.current, { previousKeys: keyring.previous, macRoot: keyring.macRoot });
  return {
    store,
    clock,
    keys,
    log,
    credentialCache: new CredentialCache(),
    mailer: createMailer({ store, keys, smtpUrl: config.smtpUrl, outboxDir: join(config.dataDir, 'outbox'), productName: config.issuer }),
    settings: {
      issuer: config.issuer,
      sessionIdleTimeoutInMilliseconds: config.sessionIdleMinutes * MINUTE,
      sessionAbsoluteTimeoutInMilliseconds: config.sessionAbsoluteHours * HOUR,
      passwordPolicy: { ...DEFAULT_PASSWORD_POLICY, minLength: config.passwordMinLength, requireLetterAndDigit: config.passwordRequireLetterAndDigit },
      signInAttemptsPerMinutePerAddress: config.signInAttemptsPerMinutePerAddress,
      webauthn: webAuthnSettingsOf({ publicUrl: config.publicUrl, rpId: config.webauthnRpId, name: config.issuer }),
      audit: {
        checkpointEveryEvents: config.auditCheckpointEvents,
        checkpointEveryMilliseconds: config.auditCheckpointMinutes * MINUTE,
        origin: auditOriginOf(config),
        retentionDays: config.auditRetentionDays ?? null,
      },
    },
  };
}

/** Names the log in its checkpoints: the public host, the same on every instance. */
export function auditOriginOf(config: Pick<Config, 'publicUrl'>): string {
  return `${config.publicUrl ? new URL(config.publicUrl).host : 'gatehouse'}/audit`;
}

export function trustProxyOption(value: string | undefined): AppOptions['trustProxy'] {
  if (value === undefined || value === '' || value === 'false') return false;
  if (value === 'true') return true;
  if (/^\d+$/.test(value)) return Number(value);
  return value.split(',').map((part) => part.trim());
}

/** SPEC 2.11: the data folder 0700, the database and key files 0600 (config/private-files.ts). */
function makeFilesPrivate(config: Config, logger: Logger): void {
  const sqlitePath = dialectOf(config.databaseUrl) === 'sqlite' ? sqlitePathOf(config.databaseUrl) : null;
  for (const change of makeDataPrivate(config.dataDir, sqlitePath)) {
    const modes = { path: change.path, from: `0${change.from.toString(8)}`, to: `0${change.to.toString(8)}` };
    if (change.failed) logger.warn({ ...modes, err: { message: change.failed } }, 'could not make a data file private: others may read it; fix its owner or mode');
    else logger.warn(modes, 'a data file was readable by others: its mode is narrowed');
  }
}

export async function createGatehouse(config: Config, options: { logger?: Logger; clock?: Clock; requestTimeoutInMilliseconds?: number } = {}) {
  const logger = options.logger ?? createLogger(config.logLevel);
  makeFilesPrivate(config, logger);
  const store = await openStore(config.databaseUrl);
  const ctx = createCoreContext(config, store, logger, options.clock);
  await warnOfOtherRelyingParties(ctx);
  const app = await buildApp({
    ctx,
    logger,
    publicUrl: config.publicUrl,
    trustProxy: trustProxyOption(config.trustProxy),
    smtpUrl: config.smtpUrl,
    metricsToken: config.metricsToken,
    outboxDir: join(config.dataDir, 'outbox'),
    https: config.tlsCert && config.tlsKey ? { cert: readFileSync(config.tlsCert), key: readFileSync(config.tlsKey) } : null,
    requestTimeoutInMilliseconds: options.requestTimeoutInMilliseconds,
  });
  app.addHook('onClose', async () => store.close());
  return { app, ctx, store, logger };
}
