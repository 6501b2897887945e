// Configuration from GATEHOUSE_* environment variables and, if present, gatehouse.config.json
// (environment wins). Validated once at start; a bad value stops start-up with one line naming it.
import { existsSync, readFileSync } from 'node:fs';
import { isIP } from 'node:net';
import { join, resolve } from 'node:path';
import { z } from 'zod';

const bool = z
  .union([z.boolean(), z.enum(['true', 'false', '1', '0', 'yes', 'no'])])
  .transform((v) => v === true || v === 'true' || v === '1' || v === 'yes');
const int = (min: number, max: number) =>
  z.coerce
    .number({ error: `must be a whole number from ${min} to ${max}` })
    .int(`must be a whole number from ${min} to ${max}`)
    .min(min, `must be a whole number from ${min} to ${max}`)
    .max(max, `must be a whole number from ${min} to ${max}`);
const url = (schemes: string[]) =>
  z.string().refine((v) => {
    try {
      return schemes.includes(new URL(v).protocol);
    } catch {
      return false;
    }
  }, `must be a URL starting with ${schemes.map((s) => `${s}//`).join(' or ')}`);

/** Each setting: its environment name, its schema, and its default. */
const settings = {
  host: ['GATEHOUSE_HOST', z.string().min(1), '127.0.0.1'],
  port: ['GATEHOUSE_PORT', int(0, 65535), 8080],
  dataDir: ['GATEHOUSE_DATA_DIR', z.string().min(1), './data'],
  databaseUrl: ['GATEHOUSE_DATABASE_URL', z.string().min(1).optional(), undefined],
  secretKey: [
    'GATEHOUSE_SECRET_KEY',
    z
      .string()
      .refine((v) => Buffer.from(v, 'base64').length === 32 && /^[A-Za-z0-9+/=_-]+$/.test(v), 'must be 32 random bytes in Base64 (openssl rand -base64 32)')
      .optional(),
    undefined,
  ],
  secretKeyPrevious: [
    'GATEHOUSE_SECRET_KEY_PREVIOUS',
    z.string().regex(/^[A-Za-z0-9+/=,]+$/, 'must be Base64 keys separated by commas').optional(),
    undefined,
  ],
  secretMacKey: [
    'GATEHOUSE_SECRET_MAC_KEY',
    z
      .string()
      .refine((v) => Buffer.from(v, 'base64').length === 32, 'must be 32 bytes in Base64')
      .optional(),
    undefined,
  ],
  smtpUrl: ['GATEHOUSE_SMTP_URL', url(['smtp:', 'smtps:']).optional(), undefined],
  issuer: ['GATEHOUSE_ISSUER', z.string().min(1).max(64), 'Gatehouse'],
  publicUrl: ['GATEHOUSE_PUBLIC_URL', url(['http:', 'https:']).optional(), undefined],
  webauthnRpId: ['GATEHOUSE_WEBAUTHN_RP_ID', z.string().min(1).max(253).optional(), undefined],
  trustProxy: ['GATEHOUSE_TRUST_PROXY', z.string().optional(), undefined],
  tlsCert: ['GATEHOUSE_TLS_CERT', z.string().optional(), undefined],
  tlsKey: ['GATEHOUSE_TLS_KEY', z.string().optional(), undefined],
  adminPassword: ['GATEHOUSE_ADMIN_PASSWORD', z.string().optional(), undefined],
  logLevel: ['GATEHOUSE_LOG_LEVEL', z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']), 'info'],
  sessionIdleMinutes: ['GATEHOUSE_SESSION_IDLE_MINUTES', int(1, 24 * 60), 30],
  sessionAbsoluteHours: ['GATEHOUSE_SESSION_ABSOLUTE_HOURS', int(1, 24 * 30), 12],
  passwordMinLength: ['GATEHOUSE_PASSWORD_MIN_LENGTH', int(8, 64), 12],
  passwordRequireLetterAndDigit: ['GATEHOUSE_PASSWORD_REQUIRE_LETTER_AND_DIGIT', bool, false],
  signInAttemptsPerMinutePerAddress: ['GATEHOUSE_SIGN_IN_ATTEMPTS_PER_MINUTE', int(1, 100000), 60],
  metricsToken: [
    'GATEHOUSE_METRICS_TOKEN',
    z
      .string()
      .regex(/^[\x21-\x7e]{16,256}$/, 'must be 16 to 256 printable characters without spaces (openssl rand -hex 32)')
      .optional(),
    undefined,
  ],
  auditCheckpointEvents: ['GATEHOUSE_AUDIT_CHECKPOINT_EVENTS', int(1, 1_000_000), 1000],
  auditCheckpointMinutes: ['GATEHOUSE_AUDIT_CHECKPOINT_MINUTES', int(1, 24 * 60), 10],
  auditRetentionDays: ['GATEHOUSE_AUDIT_RETENTION_DAYS', int(1, 36_500).optional(), undefined],
  auditFile: ['GATEHOUSE_AUDIT_FILE', z.string().min(1).optional(), undefined],
  auditSyslogUrl: ['GATEHOUSE_AUDIT_SYSLOG_URL', url(['tcp:', 'tls:']).refine((v) => /^[a-z]+:\/\/[^/?#@]+:\d+\/?$/.test(v), 'must be tcp://host:port or tls://host:port, without credentials or a path').optional(), undefined],
  auditSyslogCa: ['GATEHOUSE_AUDIT_SYSLOG_CA', z.string().min(1).optional(), undefined],
} as const satisfies Record<string, readonly [string, z.ZodType, unknown]>;

type Settings = typeof settings;
export type Config = { -readonly [K in keyof Settings]: z.output<Settings[K][1]> } & { databaseUrl: string };

export class ConfigError extends Error {}

export function loadConfig(env: NodeJS.ProcessEnv = process.env, cwd = process.cwd()): Config {
  const file = readConfigFile(cwd);
  const out: Record<string, unknown> = {};
  for (const [key, [envName, schema, fallback]] of Object.entries(settings)) {
    const raw = env[envName] !== undefined && env[envName] !== '' ? env[envName] : (file[key] ?? file[envName] ?? fallback);
    const parsed = (schema as z.ZodType).safeParse(raw);
    if (!parsed.success) {
      const shown = /PASSWORD|KEY|SMTP|TOKEN|SYSLOG/.test(envName) ? '' : ` (got ${JSON.stringify(raw)})`;
      throw new ConfigError(`${envName} ${parsed.error.issues[0]?.message ?? 'is not valid'}${shown}`);
    }
    out[key] = parsed.data;
  }
  const config = out as Config;
  config.dataDir = resolve(cwd, config.dataDir);
  config.databaseUrl ??= join(config.dataDir, 'gatehouse.db');
  if (config.auditFile) config.auditFile = resolve(cwd, config.auditFile);
  if (config.auditSyslogCa && !config.auditSyslogUrl?.startsWith('tls:')) {
    throw new ConfigError('GATEHOUSE_AUDIT_SYSLOG_CA is for a tls:// GATEHOUSE_AUDIT_SYSLOG_URL; set that too, or remove it');
  }
  if (config.webauthnRpId !== undefined) {
    const problem = checkWebAuthnRpId(config.webauthnRpId, config.publicUrl);
    if (problem) throw new ConfigError(`GATEHOUSE_WEBAUTHN_RP_ID ${problem} (got ${JSON.stringify(config.webauthnRpId)})`);
    config.webauthnRpId = config.webauthnRpId.toLowerCase();
  }
  if (Boolean(config.tlsCert) !== Boolean(config.tlsKey)) {
    throw new ConfigError('GATEHOUSE_TLS_CERT and GATEHOUSE_TLS_KEY must be set together');
  }
  return config;
}

/** The RP ID must be the public URL's host or a parent domain of it (WebAuthn §5.1.3), never an IP address. */
function checkWebAuthnRpId(rpId: string, publicUrl: string | undefined): string | null {
  if (publicUrl === undefined) return 'needs GATEHOUSE_PUBLIC_URL: the RP ID is its host name or a parent domain of it';
  const host = new URL(publicUrl).hostname.toLowerCase();
  const id = rpId.toLowerCase();
  if (isIP(id) !== 0 || id.startsWith('[')) return 'must be a host name, not an IP address';
  if (!/^[a-z0-9.-]+$/.test(id) || id.startsWith('.') || id.endsWith('.')) return 'must be a host name such as example.com';
  if (host !== id && !host.endsWith(`.${id}`)) return `must be the host of GATEHOUSE_PUBLIC_URL (${host}) or a parent domain of it`;
  return null;
}

function readConfigFile(cwd: string): Record<string, unknown> {
  const path = join(cwd, 'gatehouse.config.json');
  if (!existsSync(path)) return {};
  try {
    const parsed: unknown = JSON.parse(readFileSync(path, 'utf8'));
    if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) throw new Error('not an object');
    return parsed as Record<string, unknown>;
  } catch (error) {
    throw new ConfigError(`gatehouse.config.json is not a JSON object (${(error as Error).message})`);
  }
}
