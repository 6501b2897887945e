// An administrator resets a user's MFA (SPEC 2.7): factor and recovery codes removed, every session
// and sign-in in progress ended, the user e-mailed; they enroll again when next required. Not for
// one's own account (that is what disabling, with a code, is for); the host CLI is the break-glass.
import { auditChange } from '../audit/audit-log.js';
import type { Authenticator } from '../authenticators/authenticator.js';
import type { Client, CoreContext } from '../context.js';
import { announceCredentialChange } from '../users/credential-change.js';
import type { User } from '../users/user.js';

export async function resetUserMfa(
  ctx: CoreContext,
  actor: { user: User | null; client: Client | null },
  userId: string,
): Promise<{ ok: true; user: User } | { ok: false; reason: 'not_found' | 'cannot_change_self' }> {
  if (actor.user?.id === userId) return { ok: false, reason: 'cannot_change_self' };
  const target = await ctx.store.findUserById(userId);
  if (!target) return { ok: false, reason: 'not_found' };
  const recorded = auditChange(ctx, (done: { user: User; removed: Authenticator[]; endedSessions: number }) => ({
    type: 'mfa_reset',
    outcome: 'success',
    actor: actor.user,
    target: done.user,
    client: actor.client,
    details: { previous_method: target.mfaKinds.join(',') || null, removed: done.removed.map((a) => a.name), ended_sessions: done.endedSessions, by: actor.user ? 'admin' : 'host' },
  }));
  const removed = await ctx.store.removeMfa(userId, ctx.clock.now(), {}, recorded.audit);
  if (!removed.ok) return { ok: false, reason: 'not_found' };
  recorded.announce();
  await announceCredentialChange(ctx, { user: removed.user, actor: actor.user, client: actor.client, notify: { kind: 'mfa_reset_by_admin', adminUsername: actor.user?.username ?? 'the host administrator' } });
  return { ok: true, user: removed.user };
}
