// What administrators do to accounts (SPEC 2.1): add, change role / e-mail, disable and enable,
// reset the password (changed at next sign-in), delete, unlock, end sessions. The last enabled
// admin is guarded by the store, atomically. Every change is audited, in the change's transaction
// where the store verb has one.
import { randomUUID } from 'node:crypto';
import { type AuditEventType, auditChange, recordAuditEvent } from '../audit/audit-log.js';
import type { Client, CoreContext } from '../context.js';
import { hashPassword } from '../passwords/password-hashing.js';
import { checkPassword, type PasswordProblem } from '../passwords/password-policy.js';
import type { UserChanges } from '../ports.js';
import { unlockUser } from '../throttling/throttling.js';
import { revokeTrust } from '../trusted-browsers/trusted-browsers.js';
import type { Role, User } from './user.js';
import { announceCredentialChange } from './credential-change.js';
import { normalizeEmail } from './own-email.js';
import { isValidUsername } from './user-validation.js';

type Actor = { user: User | null; client: Client | null };

export type AddUserResult =
  | { ok: true; user: User }
  | { ok: false; reason: 'invalid_username' | 'invalid_email' | 'username_taken' }
  | { ok: false; reason: 'weak_password'; problem: PasswordProblem };

export async function addUser(
  ctx: CoreContext,
  actor: Actor,
  input: { username: string; password: string; role: Role; email?: string | null; mustChangePassword?: boolean },
): Promise<AddUserResult> {
  if (!isValidUsername(input.username)) return { ok: false, reason: 'invalid_username' };
  const email = normalizeEmail(input.email ?? null);
  if (email === undefined) return { ok: false, reason: 'invalid_email' };
  const problem = checkPassword(input.password, input.username, ctx.settings.passwordPolicy);
  if (problem) return { ok: false, reason: 'weak_password', problem };
  const recorded = auditChange(ctx, (user: User) => ({ type: 'user_added', outcome: 'success', actor: actor.user, target: user, client: actor.client, details: { role: user.role } }));
  const created = await ctx.store.createUser(
    { id: randomUUID(), username: input.username, email, role: input.role, passwordHash: await hashPassword(input.password), mustChangePassword: input.mustChangePassword ?? false },
    ctx.clock.now(),
    recorded.audit,
  );
  if (!created.ok) return created;
  recorded.announce();
  return created;
}

export type ChangeUserResult = { ok: true; user: User } | { ok: false; reason: 'not_found' | 'last_admin' | 'invalid_email' | 'cannot_change_self' };

export async function changeUser(
  ctx: CoreContext,
  actor: Actor,
  userId: string,
  changes: { role?: Role; email?: string | null; disabled?: boolean },
): Promise<ChangeUserResult> {
  const email = changes.email === undefined ? undefined : normalizeEmail(changes.email);
  if (email === undefined && changes.email !== undefined) return { ok: false, reason: 'invalid_email' };
  if (actor.user?.id === userId && changes.disabled === true) return { ok: false, reason: 'cannot_change_self' };
  const storeChanges: UserChanges = { role: changes.role, email, disabled: changes.disabled };
  // The event is told apart by what the change did, read in its transaction, and written in it.
  const recorded = auditChange(ctx, ({ before, after, endedSessions }: { before: User; after: User; endedSessions: number }) => {
    const type: AuditEventType = before.disabledAt === null && after.disabledAt !== null ? 'user_disabled' : before.disabledAt !== null && after.disabledAt === null ? 'user_enabled' : 'user_changed';
    const details = { role: changes.role, email_changed: before.email !== after.email || undefined, disabled: changes.disabled, ended_sessions: endedSessions || undefined };
    return { type, outcome: 'success', actor: actor.user, target: after, client: actor.client, details: Object.fromEntries(Object.entries(details).filter(([, v]) => v !== undefined)) };
  });
  const before = await ctx.store.findUserById(userId);
  // A role, address or status change ends the user's sessions and sign-ins in progress in the same
  // transaction (SPEC §2.11; ASVS 5.0 V7.4.2): a promoted user signs in again, with a new session id.
  const updated = await ctx.store.updateUser(userId, storeChanges, ctx.clock.now(), {}, recorded.audit);
  if (!updated.ok) return { ok: false, reason: updated.reason === 'last_admin' ? 'last_admin' : 'not_found' };
  recorded.announce();
  const user = updated.user;
  await announceCredentialChange(ctx, { user, previousEmail: before?.email ?? null, actor: actor.user, client: actor.client });
  return { ok: true, user };
}

export type ResetPasswordResult = { ok: true; user: User } | { ok: false; reason: 'not_found' } | { ok: false; reason: 'weak_password'; problem: PasswordProblem };

/** Sets a new password the user must change at next sign-in, and ends their sessions. */
export async function resetUserPassword(ctx: CoreContext, actor: Actor, userId: string, newPassword: string): Promise<ResetPasswordResult | { ok: false; reason: 'cannot_change_self' }> {
  // One's own password is changed with the current one (PUT /api/me/password), never reset.
  if (actor.user?.id === userId) return { ok: false, reason: 'cannot_change_self' };
  const target = await ctx.store.findUserById(userId);
  if (!target) return { ok: false, reason: 'not_found' };
  const problem = checkPassword(newPassword, target.username, ctx.settings.passwordPolicy);
  if (problem) return { ok: false, reason: 'weak_password', problem };
  const recorded = auditChange(ctx, ({ after, endedSessions }: { after: User; endedSessions: number }) => ({
    type: 'password_reset',
    outcome: 'success',
    actor: actor.user,
    target: after,
    client: actor.client,
    details: { ended_sessions: endedSessions },
  }));
  const updated = await ctx.store.updateUser(userId, { passwordHash: await hashPassword(newPassword), mustChangePassword: true }, ctx.clock.now(), {}, recorded.audit);
  if (!updated.ok) return { ok: false, reason: 'not_found' };
  recorded.announce();
  await announceCredentialChange(ctx, { user: updated.user, actor: actor.user, client: actor.client });
  return { ok: true, user: updated.user };
}

export async function deleteUser(ctx: CoreContext, actor: Actor, userId: string): Promise<{ ok: true } | { ok: false; reason: 'not_found' | 'last_admin' | 'cannot_change_self' }> {
  if (actor.user?.id === userId) return { ok: false, reason: 'cannot_change_self' };
  const recorded = auditChange(ctx, (user: User) => ({ type: 'user_deleted', outcome: 'success', actor: actor.user, target: user, client: actor.client }));
  const deleted = await ctx.store.deleteUser(userId, recorded.audit);
  if (!deleted.ok) return deleted;
  recorded.announce();
  ctx.credentialCache.forgetUser(userId);
  await unlockUser(ctx, deleted.user);
  return { ok: true };
}

export async function unlockUserByAdmin(ctx: CoreContext, actor: Actor, userId: string): Promise<{ ok: true } | { ok: false; reason: 'not_found' }> {
  const target = await ctx.store.findUserById(userId);
  if (!target) return { ok: false, reason: 'not_found' };
  await unlockUser(ctx, target);
  await recordAuditEvent(ctx, { type: 'user_unlocked', outcome: 'success', actor: actor.user, target, client: actor.client });
  return { ok: true };
}

export async function endSessionsOfUser(ctx: CoreContext, actor: Actor, userId: string): Promise<{ ok: true; ended: number } | { ok: false; reason: 'not_found' }> {
  const target = await ctx.store.findUserById(userId);
  if (!target) return { ok: false, reason: 'not_found' };
  const ended = await ctx.store.endUserSessions(userId);
  await ctx.store.deleteUserSignInFlows(userId);
  await recordAuditEvent(ctx, { type: 'sessions_ended', outcome: 'success', actor: actor.user, target, client: actor.client, details: { ended } });
  // Signing a user out everywhere leaves no browser that signs in with the password alone (SPEC §2.14).
  await revokeTrust(ctx, actor, target, {}, 'signed_out_everywhere');
  return { ok: true, ended };
}
