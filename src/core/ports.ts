// The storage port: narrow interfaces of domain verbs, declared here by the core and implemented
// once on Kysely for SQLite and PostgreSQL (src/storage). Anything that must happen once (a code
// redeemed, a step accepted, a flow completed) is one atomic statement behind one verb.
import type { Checkpoint, CheckpointSigner } from './audit/checkpoints.js';
import type { Authenticator, AuthenticatorKind, PendingAuthenticator } from './authenticators/authenticator.js';
import type { Role, User } from './users/user.js';

export interface NewUser {
  id: string;
  username: string;
  email: string | null;
  role: Role;
  passwordHash: string;
  mustChangePassword: boolean;
}

/**
 * The session or sign-in flow that makes a credential change: it lives on, with the new security
 * stamp, while every other session and sign-in in progress of the user ends (SPEC §2.11).
 */
export interface KeepAlive {
  sessionId?: string | null;
  flowId?: string | null;
}

export interface UserChanges {
  role?: Role;
  email?: string | null;
  disabled?: boolean;
  passwordHash?: string;
  mustChangePassword?: boolean;
  /** Compare-and-set: apply only if the user's security stamp is still this one (else `stale`). */
  expectedSecurityStamp?: number;
}

/** `endedSessions`: sessions of the user ended by the change (a credential change ends all but `keep`'s). */
export type UserUpdateResult = { ok: true; user: User; endedSessions: number } | { ok: false; reason: 'not_found' | 'last_admin' | 'stale' };

export interface UserStore {
  createUser(user: NewUser, at: number, audit?: Audited<User>): Promise<{ ok: true; user: User } | { ok: false; reason: 'username_taken' }>;
  findUserById(id: string): Promise<User | null>;
  findUserByUsername(username: string): Promise<User | null>;
  listUsers(): Promise<User[]>;
  countUsers(): Promise<number>;
  /**
   * Refuses (last_admin) a change that would leave no enabled admin; checked atomically. A change of
   * credentials, role, e-mail address or status is a credential change: in the same transaction the
   * security stamp moves on and every session and sign-in in progress of the user but `keep` ends.
   * `audit` describes the event written in the same transaction.
   */
  updateUser(id: string, changes: UserChanges, at: number, keep?: KeepAlive, audit?: Audited<{ before: User; after: User; endedSessions: number }>): Promise<UserUpdateResult>;
  deleteUser(id: string, audit?: Audited<User>): Promise<{ ok: true; user: User } | { ok: false; reason: 'not_found' | 'last_admin' }>;
}

export interface Session {
  /** Public id, shown in session lists; the bearer token is never stored, only its hash. */
  id: string;
  userId: string;
  createdAt: number;
  lastSeenAt: number;
  /** The absolute end: created + absolute timeout. */
  expiresAt: number;
  /** When the user last proved their password (for "fresh sign-in" checks). */
  authenticatedAt: number;
  /** Authenticator assurance: 2 when a second factor was passed (NIST SESS-4). */
  aal: 1 | 2;
  clientAddress: string;
  userAgent: string;
  /** The user's security stamp when the session was issued: the session dies when it changes. */
  securityStamp: number;
}

export interface SessionStore {
  createSession(session: Session, tokenHash: string): Promise<void>;
  findSessionByTokenHash(tokenHash: string): Promise<{ session: Session; user: User } | null>;
  touchSession(id: string, lastSeenAt: number): Promise<void>;
  listUserSessions(userId: string): Promise<Session[]>;
  /** Ends one session of this user; false when it was not theirs or did not exist. */
  endSession(userId: string, sessionId: string): Promise<boolean>;
  /** Ends every session of the user but `exceptSessionId`; answers how many ended. */
  endUserSessions(userId: string, exceptSessionId?: string): Promise<number>;
  deleteExpiredSessions(now: number, idleTimeoutInMilliseconds: number): Promise<number>;
}

export type SignInFlowStateName = 'awaiting_second_factor' | 'awaiting_password_change' | 'awaiting_enrollment';

export interface PersistedSignInFlow {
  id: string;
  userId: string;
  state: SignInFlowStateName;
  createdAt: number;
  expiresAt: number;
  failedAttempts: number;
  /** When the password was verified at the start of this flow. */
  authenticatedAt: number;
  /** When this flow passed its second factor, if it did. */
  secondFactorAt: number | null;
  /** The user's security stamp at the start: the flow dies when it changes (SPEC §2.11). */
  securityStamp: number;
}

export interface SignInFlowStore {
  createSignInFlow(flow: PersistedSignInFlow, tokenHash: string): Promise<void>;
  findSignInFlowByTokenHash(tokenHash: string): Promise<PersistedSignInFlow | null>;
  /** Atomically counts one wrong code; answers the new count. */
  recordSignInFlowFailure(id: string): Promise<number>;
  /** Compare-and-set of the state; `secondFactorAt` records that the flow just passed its second factor. */
  setSignInFlowState(id: string, from: SignInFlowStateName, to: SignInFlowStateName, secondFactorAt?: number): Promise<boolean>;
  /** Deletes the flow; true only for the one caller that deleted it (single use). */
  consumeSignInFlow(id: string): Promise<boolean>;
  deleteUserSignInFlows(userId: string): Promise<void>;
}

export type Factor = 'password' | 'totp' | 'email_code' | 'recovery_code';

export interface ThrottleState {
  failures: number;
  /** Before this time no further attempt with this factor is evaluated. */
  nextAttemptAt: number;
}

export interface ThrottleStore {
  /**
   * Claims one attempt: counts it as a failure in advance and answers the new state, or null when
   * the subject must wait (or is locked). Claiming first means parallel guesses cannot all slip
   * past the check before any failure is recorded.
   */
  claimAttempt(subject: string, factor: Factor, now: number, waitAfterFailures: (failures: number) => number, lockAt: number): Promise<ThrottleState | null>;
  findThrottle(subject: string, factor: Factor): Promise<ThrottleState | null>;
  clearFailures(subject: string, factor: Factor): Promise<void>;
  clearAllFailures(subject: string): Promise<void>;
  /** Counts one failure from an address in a fixed window; answers the count so far. */
  countAddressAttempt(address: string, windowStart: number): Promise<number>;
  /** Gives one counted failure back (the check it was claimed for succeeded). */
  forgiveAddressAttempt(address: string, windowStart: number): Promise<void>;
  /** Deletes the address windows before this one (refusal counters are left to takeRefusalCountsBefore); answers how many. */
  deleteAddressWindowsBefore(windowStart: number): Promise<number>;
  /** Counts one refusal of a kind from an address in a fixed window (for the audit summary); answers the count so far. */
  countRefusal(kind: string, address: string, windowStart: number): Promise<number>;
  /** Deletes the refusal counters of windows before this one and answers them: each to exactly one caller. */
  takeRefusalCountsBefore(windowStart: number): Promise<RefusalCount[]>;
}

export interface RefusalCount {
  kind: string;
  address: string;
  windowStart: number;
  refusals: number;
}

export interface AuditEventRecord {
  id: number;
  /** Its place in the chain: 1, 2, 3, … in one order across instances (SPEC 2.15). */
  sequence: number;
  previousHash: string;
  hash: string;
  at: number;
  type: string;
  outcome: 'success' | 'failure' | 'refused';
  actorUserId: string | null;
  actorUsername: string | null;
  targetUserId: string | null;
  targetUsername: string | null;
  clientAddress: string | null;
  userAgent: string | null;
  details: Record<string, unknown>;
}

export type NewAuditEvent = Omit<AuditEventRecord, 'id' | 'sequence' | 'previousHash' | 'hash'>;

/** When an appending transaction also signs a checkpoint: every `everyEvents` events or `everyMilliseconds`. */
export interface CheckpointPolicy {
  everyEvents: number;
  everyMilliseconds: number;
  origin: string;
  signer: CheckpointSigner;
}

/** An event to append to the chain, and whether (and how) to sign a checkpoint when one is due. */
export interface AuditEntry {
  event: NewAuditEvent;
  checkpoints: CheckpointPolicy | null;
}

/**
 * A store verb that changes something takes the event recording the change as a function of what it
 * changed, called inside its transaction; the event is appended there, last, and commits or rolls
 * back with the change (docs/architecture.md). Null: nothing to record.
 */
export type Audited<Outcome> = (outcome: Outcome) => AuditEntry | null;

export interface AuditChainHead {
  /** The last event's sequence number and hash (0 and the genesis hash before any). */
  sequence: number;
  hash: string;
  /** The last checkpoint (0 before any). */
  checkpointNumber: number;
  checkpointSequence: number;
  checkpointAt: number;
}

export interface AuditFilter {
  type?: string;
  /** Events where this user is actor or target: by id, or by username (which outlives a deleted user). */
  userId?: string;
  username?: string;
  /** Times: from inclusive, to exclusive. */
  fromAt?: number;
  toAt?: number;
}

export interface AuditQuery extends AuditFilter {
  /** Only events with an id below this one (paging, newest first). */
  before?: number;
  limit: number;
}

export interface AuditSinkCursor {
  /** `file:<host>:<path>` or `syslog:<url>`. */
  name: string;
  /** The last event and checkpoint delivered. */
  sequence: number;
  checkpointNumber: number;
  updatedAt: number;
}

export interface AuditStore {
  /** Appends one event to the chain in a transaction of its own. */
  appendAuditEvent(entry: AuditEntry): Promise<{ sequence: number; hash: string }>;
  listAuditEvents(query: AuditQuery): Promise<AuditEventRecord[]>;
  /** Events in chain order after `afterSequence`, at most `limit` (verification, streams, export). */
  readAuditChain(query: { afterSequence: number; limit: number; filter?: AuditFilter }): Promise<AuditEventRecord[]>;
  readAuditChainHead(): Promise<AuditChainHead>;
  /** Checkpoints by number, optionally only those after a number and within a span of sequences. */
  listAuditCheckpoints(query?: { afterNumber?: number; minSequence?: number; maxSequence?: number; limit?: number }): Promise<Checkpoint[]>;
  /** Under the chain lock: signs a checkpoint at the head if events came since the last and `isDue` says so. */
  sealAuditCheckpoint(policy: CheckpointPolicy, at: number, isDue: (head: AuditChainHead) => boolean): Promise<Checkpoint | null>;
  /**
   * Retention: under the chain lock, finds the newest checkpoint signed before `signedBefore` whose
   * sequence is at most `notPastSequence`, deletes the events it covers and the checkpoints before it
   * (it becomes the chain's start), and appends the event `audit` describes. Null: nothing to delete.
   */
  pruneAuditEvents(input: { signedBefore: number; notPastSequence: number }, audit: Audited<{ throughSequence: number; checkpointNumber: number; deleted: number }>): Promise<{ throughSequence: number; deleted: number } | null>;
  /**
   * Takes (or renews) the lease on a delivery cursor, creating it at the start; null while another
   * holder's lease runs. One shipper per sink across instances.
   */
  claimAuditSink(name: string, holder: string, now: number, leaseInMilliseconds: number): Promise<AuditSinkCursor | null>;
  /** Moves the cursor forward, only for the holder of the lease; false when the lease was lost. */
  advanceAuditSink(name: string, holder: string, to: { sequence: number; checkpointNumber: number }, now: number): Promise<boolean>;
  listAuditSinks(): Promise<AuditSinkCursor[]>;
}

export interface SettingsStore {
  readSetting(key: string): Promise<unknown>;
  /** `audit` receives the value replaced (null when there was none). */
  writeSetting(key: string, value: unknown, at: number, audit?: Audited<{ previous: unknown }>): Promise<void>;
}

export type NewPendingAuthenticator = Omit<PendingAuthenticator, 'lastUsedAt' | 'verifiedAt' | 'recoveryCodeHashes'>;

export type ActivationResult =
  | {
      ok: true;
      user: User;
      authenticator: Authenticator;
      /** Authenticators the activation replaced (the wizard's Finish while MFA was on). */
      replaced: Authenticator[];
      endedSessions: number;
    }
  | { ok: false; reason: 'not_found' | 'authenticator_limit_reached' };

export type RemovalResult = { ok: true; user: User; authenticator: Authenticator; endedSessions: number } | { ok: false };

export interface AuthenticatorStore {
  /** The user's authenticators (active ones), the most recently used first. */
  listAuthenticators(userId: string): Promise<Authenticator[]>;
  /**
   * Starts adding one: a row not yet active, bound to its chain, with its kind's data (a TOTP
   * secret) in the same transaction. Refused when the user has `maxOfKind` of the kind already.
   */
  startAddingAuthenticator(pending: NewPendingAuthenticator, data: { totpSecretCiphertext?: string }, maxOfKind: number): Promise<{ ok: true } | { ok: false; reason: 'authenticator_limit_reached' }>;
  /** One of the user's authenticators being added, if not expired at `at`. */
  findPendingAuthenticator(userId: string, id: string, at: number): Promise<PendingAuthenticator | null>;
  /** The wizard's enrollment in progress of this chain, if any (the newest). */
  findPendingEnrollment(userId: string, boundTo: string, at: number): Promise<PendingAuthenticator | null>;
  /** The recovery codes a verified enrollment will install, replaced (the wizard came back to it). */
  replacePendingRecoveryCodes(id: string, recoveryCodeHashes: string[], at: number): Promise<boolean>;
  /** Compare-and-set: only an unverified, unexpired authenticator being added becomes verified. */
  markAuthenticatorVerified(id: string, recoveryCodeHashes: string[] | null, at: number): Promise<boolean>;
  /**
   * One transaction, single winner: the authenticator being added becomes active (an enrollment
   * must have been verified; `maxOfKind` is checked again). `replaceOthers` (the wizard's Finish)
   * removes the user's other authenticators and installs the enrollment's recovery codes. A
   * credential change: the stamp moves on and other sessions and sign-ins end (SPEC §2.11).
   */
  activateAuthenticator(id: string, at: number, keep: KeepAlive, options: { replaceOthers: boolean; maxOfKind: number }, audit?: Audited<Extract<ActivationResult, { ok: true }>>): Promise<ActivationResult>;
  renameAuthenticator(userId: string, id: string, name: string): Promise<Authenticator | null>;
  /**
   * Removes one authenticator (single winner); removing the last one also removes the recovery
   * codes (MFA is off). A credential change, like activation.
   */
  removeAuthenticator(userId: string, id: string, at: number, keep: KeepAlive, audit?: Audited<Extract<RemovalResult, { ok: true }>>): Promise<RemovalResult>;
  recordAuthenticatorUse(id: string, at: number): Promise<void>;
  findTotpSecret(authenticatorId: string): Promise<{ userId: string; secretCiphertext: string; lastUsedStep: number } | null>;
  /** Accepts the step only when it is later than the authenticator's last accepted one: one atomic statement. */
  acceptTotpStep(authenticatorId: string, step: number): Promise<boolean>;
  /** Marks the code used only if it is unused: one atomic statement. */
  /** Single use: `ok` for one request only; `used` when the code is the user's but was redeemed already (not a guess). */
  redeemRecoveryCode(userId: string, codeHash: string, at: number): Promise<'ok' | 'used' | 'wrong_code'>;
  countRecoveryCodes(userId: string): Promise<number>;
  replaceRecoveryCodes(userId: string, codeHashes: string[], at: number): Promise<void>;
  /**
   * Key rotation: replaces every stored TOTP secret (active and being added) with what `rewrap`
   * answers for it, in one transaction; answers how many were rewritten and how many could not be.
   */
  rewrapTotpSecrets(rewrap: (userId: string, ciphertext: string) => string | null): Promise<{ rewritten: number; unreadable: number }>;
  /** Removes every authenticator (and those being added) and the recovery codes; a credential change. */
  removeMfa(userId: string, at: number, keep: KeepAlive, audit?: Audited<{ user: User; removed: Authenticator[]; endedSessions: number }>): Promise<{ ok: true; user: User; removed: Authenticator[]; endedSessions: number } | { ok: false }>;
}

export type EmailCodePurpose = 'sign_in' | 'enrollment' | 'confirmation';

export interface EmailCodeBinding {
  userId: string;
  purpose: EmailCodePurpose;
  /** The flow, authenticator being added, or user the code was sent for: it is good for nothing else. */
  boundTo: string;
}

export interface EmailCodeLimits {
  cooldownInMilliseconds: number;
  perHour: number;
}

export type EmailCodeIssue = { ok: true } | { ok: false; reason: 'cooldown' | 'hourly_cap'; retryAfterInMilliseconds: number };

/** `used`: the code is right but was redeemed already (by this request's twin, or earlier): not a guess. */
export type EmailCodeRedemption = { ok: true } | { ok: false; reason: 'no_code' | 'used' | 'expired' | 'wrong_code' | 'too_many_attempts' };

export interface EmailCodeStore {
  /**
   * Saves a new code for the binding and kills the previous one, whose failed attempts the new
   * code inherits (a resend does not reset the failure count) — unless a code went to the user for
   * the same purpose within the cooldown, or `perHour` codes for any purpose in the last hour. The
   * check and the insert are one atomic step, on every instance (SPEC 2.4).
   */
  issueEmailCode(binding: EmailCodeBinding, code: { id: string; codeHash: string; createdAt: number; expiresAt: number }, limits: EmailCodeLimits): Promise<EmailCodeIssue>;
  /** Redeems the live code for the binding if the hash matches (single use, atomic); else counts a failure. */
  redeemEmailCode(binding: EmailCodeBinding, codeHash: string, at: number, maxAttempts: number): Promise<EmailCodeRedemption>;
}

/** What Gatehouse tells a user by e-mail. The mail layer renders each kind as text and HTML. */
export type SecurityMessage =
  | { kind: 'email_code'; code: string; purpose: EmailCodePurpose; validForMinutes: number }
  | { kind: 'mfa_enabled'; authenticatorKind: AuthenticatorKind }
  | { kind: 'mfa_disabled' }
  | { kind: 'mfa_method_changed'; authenticatorKind: AuthenticatorKind; previousKinds: AuthenticatorKind[] }
  | { kind: 'authenticator_added'; authenticatorKind: AuthenticatorKind; name: string }
  | { kind: 'authenticator_removed'; authenticatorKind: AuthenticatorKind; name: string }
  | { kind: 'recovery_code_used'; remaining: number }
  | { kind: 'recovery_codes_regenerated' }
  | { kind: 'mfa_reset_by_admin'; adminUsername: string }
  | { kind: 'password_changed' }
  /** Sent to the old address: where the account's codes and notices go now. */
  | { kind: 'email_changed'; newAddress: string | null; byAdministrator: string | null }
  | { kind: 'api_key_created'; keyName: string; apiKey: string }
  | { kind: 'test' };

export interface MailEnvelope {
  to: string;
  username: string;
  at: number;
  clientAddress: string | null;
  message: SecurityMessage;
}

export type MailDelivery = { ok: true; response: string } | { ok: false; error: string };

export interface Mailer {
  deliver(mail: MailEnvelope): Promise<MailDelivery>;
}

export interface ApiKey {
  /** The public id (gk_…): the Basic username, shown in lists. */
  id: string;
  userId: string;
  name: string;
  createdAt: number;
  expiresAt: number | null;
  /** GET and HEAD only. */
  readOnly: boolean;
  lastUsedAt: number | null;
  lastUsedAddress: string | null;
}

export interface NewApiKey {
  id: string;
  userId: string;
  name: string;
  /** SHA-256 of the API token; the token itself is never stored. */
  tokenHash: string;
  createdAt: number;
  expiresAt: number | null;
  readOnly: boolean;
}

export interface ApiKeyStore {
  createApiKey(key: NewApiKey, audit?: Audited<ApiKey>): Promise<{ ok: true; apiKey: ApiKey } | { ok: false; reason: 'name_taken' }>;
  /** The key, its token hash and its owner in one indexed join: the only read of the API-key hot path. */
  findApiKeyWithOwner(id: string): Promise<{ apiKey: ApiKey; tokenHash: string; user: User } | null>;
  /** Newest first; every user's keys unless `userId` is given. */
  listApiKeys(query: { userId?: string }): Promise<{ apiKey: ApiKey; owner: Pick<User, 'id' | 'username'> }[]>;
  /** Deletes the key (only if it is `userId`'s, when given); answers the deleted key, or null. */
  revokeApiKey(id: string, userId?: string, audit?: Audited<{ apiKey: ApiKey; owner: Pick<User, 'id' | 'username'> }>): Promise<ApiKey | null>;
  /**
   * Records a use only when the stored last use is `minIntervalInMilliseconds` or more before `at`:
   * one conditional UPDATE, so it is written at most once per interval per key across instances.
   * `firstUse` is true for the one write that recorded the key's first use ever.
   */
  recordApiKeyUse(id: string, at: number, address: string, minIntervalInMilliseconds: number): Promise<{ written: boolean; firstUse: boolean }>;
}

/**
 * Deleting what can no longer be used (core/housekeeping): one verb per table, each answering how
 * many rows it deleted. (Sessions and address windows have theirs on their own ports.)
 */
export interface HousekeepingStore {
  /**
   * Runs `work` unless another instance is running it: on PostgreSQL a session advisory lock taken
   * without waiting; SQLite has one writer per file, so there it always runs.
   */
  runHousekeepingAlone<T>(work: () => Promise<T>): Promise<{ ran: true; result: T } | { ran: false }>;
  deleteExpiredSignInFlows(now: number): Promise<number>;
  /** Authenticators being added past their expiry, verified or not. */
  deleteExpiredEnrollments(now: number): Promise<number>;
  deleteEmailCodesCreatedBefore(createdBefore: number): Promise<number>;
  /**
   * Throttle rows whose subject names no user (`user:<id>` of a deleted user, `username:<name>`
   * that no user has: what a spray of unknown usernames leaves), last counted before the cutoff.
   */
  deleteThrottlesOfNoUser(nextAttemptBefore: number): Promise<number>;
  deleteServerInstancesSeenBefore(seenBefore: number): Promise<number>;
}

/** A running `gatehouse serve`, as its heartbeat row tells it (core/instances). */
export interface ServerInstance {
  id: string;
  hostname: string;
  pid: number;
  /** The public fingerprint of the server key it holds in memory (ServerKeys.keyId). */
  keyId: string;
  startedAt: number;
  seenAt: number;
}

export interface ServerInstanceStore {
  /** Inserts the instance or refreshes its row: the heartbeat. */
  recordServerInstance(instance: ServerInstance): Promise<void>;
  removeServerInstance(id: string): Promise<void>;
  listServerInstances(seenSince: number): Promise<ServerInstance[]>;
}

export interface Store
  extends UserStore, SessionStore, SignInFlowStore, ThrottleStore, AuditStore, SettingsStore, AuthenticatorStore, EmailCodeStore, ApiKeyStore, HousekeepingStore, ServerInstanceStore {
  readonly dialect: 'sqlite' | 'postgres';
  /** Throws when the database cannot be reached. */
  ping(): Promise<void>;
  close(): Promise<void>;
}
