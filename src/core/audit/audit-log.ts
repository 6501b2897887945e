// The audit log (SPEC 2.9, 2.15): every security event with time, actor, target, client and
// outcome, appended to a hash chain (audit-chain.ts). Details never carry a secret: no password,
// code, token or key secret. An event recording a change is written in the change's transaction
// where the store verb has one (auditChange); any other event on its own (recordAuditEvent).
import type { Client, CoreContext } from '../context.js';
import type { AuditEntry, AuditEventRecord, Audited, CheckpointPolicy, NewAuditEvent } from '../ports.js';
import type { User } from '../users/user.js';
import { storableDetails, wellFormed } from './audit-chain.js';

export const AUDIT_EVENT_TYPES = [
  'sign_in_succeeded',
  'sign_in_failed',
  'sign_in_throttled',
  'factor_locked',
  'password_changed',
  'password_reset',
  'password_on_api_refused',
  'user_added',
  'user_changed',
  'user_disabled',
  'user_enabled',
  'user_deleted',
  'user_unlocked',
  'session_ended',
  'sessions_ended',
  'second_factor_succeeded',
  'second_factor_failed',
  'second_factor_throttled',
  'totp_code_replayed',
  'recovery_code_used',
  'recovery_codes_regenerated',
  'mfa_enrollment_started',
  'mfa_enrollment_verified',
  'mfa_enabled',
  'mfa_method_changed',
  'mfa_disabled',
  'mfa_reset',
  'authenticator_added',
  'authenticator_renamed',
  'authenticator_removed',
  'webauthn_counter_regression',
  'passkey_sign_in_failed',
  'step_up_succeeded',
  'step_up_failed',
  'policy_changed',
  'smtp_settings_changed',
  'api_key_created',
  'api_key_first_used',
  'api_key_revoked',
  'api_key_refused',
  'api_key_policy_changed',
  'refusals_summarised',
  'trusted_browser_granted',
  'trusted_browser_used',
  'trusted_browser_revoked',
  'new_browser_signed_in',
  'audit_events_deleted',
] as const;

export type AuditEventType = (typeof AUDIT_EVENT_TYPES)[number];

export interface AuditEvent {
  type: AuditEventType;
  outcome: AuditEventRecord['outcome'];
  actor?: Pick<User, 'id' | 'username'> | null;
  target?: Pick<User, 'id' | 'username'> | null;
  client?: Client | null;
  details?: Record<string, unknown>;
}

/** When the appending transaction signs a checkpoint, and with which key. */
export function checkpointPolicyOf(ctx: CoreContext): CheckpointPolicy {
  const { checkpointEveryEvents, checkpointEveryMilliseconds, origin } = ctx.settings.audit;
  return { everyEvents: checkpointEveryEvents, everyMilliseconds: checkpointEveryMilliseconds, origin, signer: ctx.keys.auditSigner };
}

/** The stored form of an event, now. */
export function toNewAuditEvent(ctx: CoreContext, event: AuditEvent): NewAuditEvent {
  return {
    at: ctx.clock.now(),
    type: event.type,
    outcome: event.outcome,
    actorUserId: event.actor?.id ?? null,
    actorUsername: wellFormed(event.actor?.username ?? null),
    targetUserId: event.target?.id ?? null,
    targetUsername: wellFormed(event.target?.username ?? null),
    clientAddress: wellFormed(event.client?.address ?? null),
    userAgent: wellFormed(event.client?.userAgent ?? null),
    details: storableDetails(event.details ?? {}),
  };
}

export function auditEntry(ctx: CoreContext, event: AuditEvent): AuditEntry {
  return { event: toNewAuditEvent(ctx, event), checkpoints: checkpointPolicyOf(ctx) };
}

/** Appends an event in a transaction of its own. */
export async function recordAuditEvent(ctx: CoreContext, event: AuditEvent): Promise<void> {
  await ctx.store.appendAuditEvent(auditEntry(ctx, event));
  ctx.onAuditEvent?.(event.type, event.outcome, event.details ?? {});
}

/**
 * An event for a store verb to append inside its own transaction, described from what the verb
 * changed. Call `announce()` once the verb has returned (committed): it tells ctx.onAuditEvent.
 *
 *   const recorded = auditChange(ctx, (user: User) => ({ type: 'user_added', target: user, … }));
 *   const created = await ctx.store.createUser(newUser, now, recorded.audit);
 *   if (created.ok) recorded.announce();
 */
export function auditChange<Outcome>(ctx: CoreContext, describe: (outcome: Outcome) => AuditEvent | null): { audit: Audited<Outcome>; announce(): void } {
  let described: AuditEvent | null = null;
  return {
    audit: (outcome) => {
      described = describe(outcome);
      return described && auditEntry(ctx, described);
    },
    announce: () => {
      if (described) ctx.onAuditEvent?.(described.type, described.outcome, described.details ?? {});
    },
  };
}
