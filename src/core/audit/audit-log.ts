// The audit log (SPEC 2.9): every security event with time, actor, target, client and outcome.
// Details never carry a secret: no password, code, token or key secret.
import type { Client, CoreContext } from '../context.js';
import type { AuditEventRecord } from '../ports.js';
import type { User } from '../users/user.js';

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

export async function recordAuditEvent(ctx: CoreContext, event: AuditEvent): Promise<void> {
  await ctx.store.appendAuditEvent({
    at: ctx.clock.now(),
    type: event.type,
    outcome: event.outcome,
    actorUserId: event.actor?.id ?? null,
    actorUsername: event.actor?.username ?? null,
    targetUserId: event.target?.id ?? null,
    targetUsername: event.target?.username ?? null,
    clientAddress: event.client?.address ?? null,
    userAgent: event.client?.userAgent ?? null,
    details: event.details ?? {},
  });
  ctx.onAuditEvent?.(event.type, event.outcome, event.details ?? {});
}
