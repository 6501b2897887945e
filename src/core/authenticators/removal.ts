// Removing and renaming authenticators (SPEC §2.12). Removing one needs the step-up (password and a
// current code from any of the user's authenticators, or a recovery code); removing the last one is
// disabling MFA, refused while MFA is enforced. A removal is a credential change: other sessions and
// sign-ins end, the user is e-mailed. Administrators may remove one of another user's.
import { auditChange, recordAuditEvent } from '../audit/audit-log.js';
import type { Client, CoreContext } from '../context.js';
import { type ConfirmationFailure, confirmPasswordAndCode, type StepUpProof } from '../mfa/mfa-management.js';
import type { KeepAlive } from '../ports.js';
import { readAuthenticationPolicy } from '../policy/authentication-policy.js';
import { announceCredentialChange } from '../users/credential-change.js';
import type { User } from '../users/user.js';
import { type Authenticator, normalizeAuthenticatorName } from './authenticator.js';

export type RemoveResult =
  | { ok: true; user: User; authenticator: Authenticator; endedSessions: number }
  | { ok: false; reason: 'not_found' | 'mfa_enforced' }
  | ConfirmationFailure;

export async function removeOwnAuthenticator(ctx: CoreContext, input: { user: User; authenticatorId: string; proof: StepUpProof; keep: KeepAlive; client: Client }): Promise<RemoveResult> {
  const { user, client } = input;
  const authenticators = await ctx.store.listAuthenticators(user.id);
  if (!authenticators.some((a) => a.id === input.authenticatorId)) return { ok: false, reason: 'not_found' };
  const isLast = authenticators.length === 1;
  if (isLast && (await readAuthenticationPolicy(ctx.store)).enforceMfa) return { ok: false, reason: 'mfa_enforced' };
  const confirmed = await confirmPasswordAndCode(ctx, user, input.proof, client);
  if (!confirmed.ok) return confirmed;
  // The event is written in the removal's transaction (SPEC §2.15); the last one gone is MFA off.
  const recorded = auditChange(ctx, (done: { user: User; authenticator: Authenticator; endedSessions: number }) => ({
    type: done.user.mfaKinds.length === 0 ? 'mfa_disabled' : 'authenticator_removed',
    outcome: 'success',
    actor: user,
    target: done.user,
    client,
    details: { kind: done.authenticator.kind, name: done.authenticator.name, authenticator_id: done.authenticator.id, ended_sessions: done.endedSessions },
  }));
  const removed = await ctx.store.removeAuthenticator(user.id, input.authenticatorId, ctx.clock.now(), input.keep, recorded.audit);
  if (!removed.ok) return { ok: false, reason: 'not_found' };
  recorded.announce();
  const { kind, name } = removed.authenticator;
  const notify = removed.user.mfaKinds.length === 0 ? ({ kind: 'mfa_disabled' } as const) : ({ kind: 'authenticator_removed', authenticatorKind: kind, name } as const);
  await announceCredentialChange(ctx, { user: removed.user, actor: user, client, notify });
  return removed;
}

/** An administrator removes one of a user's authenticators: every session of the user ends. */
export async function removeUserAuthenticator(
  ctx: CoreContext,
  actor: { user: User; client: Client },
  userId: string,
  authenticatorId: string,
): Promise<{ ok: true; user: User } | { ok: false; reason: 'not_found' | 'cannot_change_self' }> {
  // One's own authenticators are removed with the step-up (DELETE /api/me/authenticators/{id}).
  if (actor.user.id === userId) return { ok: false, reason: 'cannot_change_self' };
  const recorded = auditChange(ctx, (done: { user: User; authenticator: Authenticator; endedSessions: number }) => ({
    type: 'authenticator_removed',
    outcome: 'success',
    actor: actor.user,
    target: done.user,
    client: actor.client,
    details: { kind: done.authenticator.kind, name: done.authenticator.name, authenticator_id: done.authenticator.id, by: 'admin', ended_sessions: done.endedSessions },
  }));
  const removed = await ctx.store.removeAuthenticator(userId, authenticatorId, ctx.clock.now(), {}, recorded.audit);
  if (!removed.ok) return { ok: false, reason: 'not_found' };
  recorded.announce();
  const { kind, name } = removed.authenticator;
  await announceCredentialChange(ctx, { user: removed.user, actor: actor.user, client: actor.client, notify: { kind: 'authenticator_removed', authenticatorKind: kind, name } });
  return { ok: true, user: removed.user };
}

export type RenameResult = { ok: true; authenticator: Authenticator } | { ok: false; reason: 'not_found' | 'invalid_authenticator_name' | 'authenticator_name_taken' };

/** A rename changes no credential: sessions stay. */
export async function renameOwnAuthenticator(ctx: CoreContext, user: User, authenticatorId: string, name: string, client: Client): Promise<RenameResult> {
  const normalized = normalizeAuthenticatorName(name);
  if (normalized === null) return { ok: false, reason: 'invalid_authenticator_name' };
  const others = (await ctx.store.listAuthenticators(user.id)).filter((a) => a.id !== authenticatorId);
  if (others.some((a) => a.name.toLowerCase() === normalized.toLowerCase())) return { ok: false, reason: 'authenticator_name_taken' };
  const renamed = await ctx.store.renameAuthenticator(user.id, authenticatorId, normalized);
  if (!renamed) return { ok: false, reason: 'not_found' };
  await recordAuditEvent(ctx, { type: 'authenticator_renamed', outcome: 'success', actor: user, target: user, client, details: { authenticator_id: renamed.id, name: renamed.name } });
  return { ok: true, authenticator: renamed };
}
