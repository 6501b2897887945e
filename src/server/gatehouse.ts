// The composition root: configuration → store, keys, core context, logger → the Fastify app.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import pino, { type Logger } from 'pino';
import type { Config } from '../config/config.js';
import { loadKeyring } from '../config/secret-key.js';
import { CredentialCache } from '../core/basic-auth/credential-cache.js';
import { type Clock, HOUR, MINUTE, systemClock } from '../core/clock.js';
import type { CoreContext } from '../core/context.js';
import { createServerKeys } from '../core/crypto/server-keys.js';
import { DEFAULT_PASSWORD_POLICY } from '../core/passwords/password-policy.js';
import type { Store } from '../core/ports.js';
import { createMailer } from '../mail/mailer.js';
import { openStore } from '../storage/kysely-store.js';
import { type AppOptions, buildApp } from './app.js';
import { batchedStdout } from './log-destination.js';

/** Never logged: credentials in headers, cookies both ways. */
export const REDACTED_LOG_PATHS = ['req.headers.authorization', 'req.headers.cookie', 'res.headers["set-cookie"]', 'headers.authorization', 'headers.cookie'];

/** JSON lines on stdout, batched (log-destination.ts); tests pass their own destination. */
export function createLogger(level: string, destination?: NodeJS.WritableStream): Logger {
  return pino({ level, redact: { paths: REDACTED_LOG_PATHS, censor: '[redacted]' }, base: { service: 'gatehouse' } }, destination ?? batchedStdout());
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

export async function createGatehouse(config: Config, options: { logger?: Logger; clock?: Clock } = {}) {
  const logger = options.logger ?? createLogger(config.logLevel);
  const store = await openStore(config.databaseUrl);
  const ctx = createCoreContext(config, store, logger, options.clock);
  const app = await buildApp({
    ctx,
    logger,
    publicUrl: config.publicUrl,
    trustProxy: trustProxyOption(config.trustProxy),
    smtpUrl: config.smtpUrl,
    outboxDir: join(config.dataDir, 'outbox'),
    https: config.tlsCert && config.tlsKey ? { cert: readFileSync(config.tlsCert), key: readFileSync(config.tlsKey) } : null,
  });
  app.addHook('onClose', async () => store.close());
  return { app, ctx, store, logger };
}
