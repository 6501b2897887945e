// What every core operation receives: the storage port, the clock, the server keys, the settings
// and a log. Built once by the server (or the CLI) from the configuration.
import type { Clock } from './clock.js';
import type { CredentialCache } from './basic-auth/credential-cache.js';
import type { ServerKeys } from './crypto/server-keys.js';
import type { PasswordPolicy } from './passwords/password-policy.js';
import type { Mailer, Store } from './ports.js';
import type { WebAuthnSettings } from './authenticators/webauthn/relying-party.js';

export interface CoreSettings {
  issuer: string;
  sessionIdleTimeoutInMilliseconds: number;
  sessionAbsoluteTimeoutInMilliseconds: number;
  passwordPolicy: PasswordPolicy;
  signInAttemptsPerMinutePerAddress: number;
  audit: AuditSettings;
  /** The WebAuthn relying party from the public URL (SPEC 2.13), or why there is none. */
  webauthn: WebAuthnSettings;
}

/** The audit chain's settings (SPEC 2.15). */
export interface AuditSettings {
  /** A checkpoint is signed every this many events… */
  checkpointEveryEvents: number;
  /** …or this long after the last one, whichever comes first. */
  checkpointEveryMilliseconds: number;
  /** Names this log in its checkpoints. */
  origin: string;
  /** Events older than this many days are deleted, a whole checkpoint at a time; null keeps all. */
  retentionDays: number | null;
}

/** The subset of pino the core writes to: structured fields first, then a message. Never secrets. */
export interface SecurityLog {
  info(fields: object, message: string): void;
  warn(fields: object, message: string): void;
}

export interface CoreContext {
  store: Store;
  clock: Clock;
  keys: ServerKeys;
  settings: CoreSettings;
  log: SecurityLog;
  credentialCache: CredentialCache;
  mailer: Mailer;
  /** Told of every audit event after it is stored (the server counts them as metrics). */
  onAuditEvent?: (type: string, outcome: string, details: Record<string, unknown>) => void;
  /** Told how many rows each housekeeping sweep deleted, per table (the server counts them as metrics). */
  onHousekeeping?: (deleted: Readonly<Record<string, number>>) => void;
}

/** Who is on the other end of a request, for the audit log and session lists. */
export interface Client {
  address: string;
  userAgent: string;
  /** The scheme and host the request reached (`http://localhost:8080`): WebAuthn says why keys are unavailable at an IP address. Never trusted as the relying party. */
  origin?: string;
}
