// PUT /api/me/password: the current password is required (ASVS 5.0 V6.2.3), checked under the
// password throttle; on success every other session and sign-in in progress of the user ends
// (SPEC 2.1, §2.11), while the session or sign-in flow that made the change lives on.
import { auditChange, recordAuditEvent } from '../audit/audit-log.js';
import type { Client, CoreContext } from '../context.js';
import { hashPassword } from '../passwords/password-hashing.js';
import { checkPassword, type PasswordProblem } from '../passwords/password-policy.js';
import { verifyUserPassword } from '../sign-in/password-verification.js';
import type { KeepAlive } from '../ports.js';
import { announceCredentialChange } from './credential-change.js';
import type { User } from './user.js';

export type ChangeOwnPasswordResult =
  | { ok: true; user: User; endedSessions: number }
  | { ok: false; reason: 'invalid_credentials' | 'locked' | 'same_password' }
  | { ok: false; reason: 'throttled'; retryAfterInSeconds: number }
  | { ok: false; reason: 'weak_password'; problem: PasswordProblem };

export async function changeOwnPassword(
  ctx: CoreContext,
  input: { user: User; keep: KeepAlive; currentPassword: string; newPassword: string; client: Client },
): Promise<ChangeOwnPasswordResult> {
  const { user, client } = input;
  const checked = await verifyUserPassword(ctx, user.username, input.currentPassword);
  if (!checked.ok) {
    if (checked.reason === 'throttled') return { ok: false, reason: 'throttled', retryAfterInSeconds: checked.retryAfterInSeconds };
    if (checked.reason === 'locked') return { ok: false, reason: 'locked' };
    await recordAuditEvent(ctx, { type: 'password_changed', outcome: 'failure', actor: user, target: user, client, details: { why: 'wrong_current_password' } });
    return { ok: false, reason: 'invalid_credentials' };
  }
  const problem = checkPassword(input.newPassword, user.username, ctx.settings.passwordPolicy);
  if (problem) return { ok: false, reason: 'weak_password', problem };
  if (input.newPassword === input.currentPassword) return { ok: false, reason: 'same_password' };
  // Compare-and-set on the stamp the password was verified at: of two concurrent changes, only the
  // first lands; the second's "current password" is no longer current.
  const recorded = auditChange(ctx, (done: { after: User; endedSessions: number }) => ({
    type: 'password_changed',
    outcome: 'success',
    actor: user,
    target: done.after,
    client,
    details: { ended_sessions: done.endedSessions },
  }));
  const updated = await ctx.store.updateUser(
    user.id,
    { passwordHash: await hashPassword(input.newPassword), mustChangePassword: false, expectedSecurityStamp: checked.user.securityStamp },
    ctx.clock.now(),
    input.keep,
    recorded.audit,
  );
  if (!updated.ok) return { ok: false, reason: 'invalid_credentials' };
  recorded.announce();
  await announceCredentialChange(ctx, { user: updated.user, actor: user, client, notify: { kind: 'password_changed' } });
  return { ok: true, user: updated.user, endedSessions: updated.endedSessions };
}
