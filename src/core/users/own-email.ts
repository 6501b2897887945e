// PATCH /api/me {email}: the address where codes and security notifications go. Changing it is a
// credential change (SPEC §2.11): the caller's other sessions end and the old address is told. The
// route asks for the step-up first: a recent sign-in or the password, and for a user whose codes go
// to this address, the password and a current code. It cannot be removed while it is the MFA method.
import { auditChange } from '../audit/audit-log.js';
import { strategies } from '../authenticators/registry.js';
import type { Client, CoreContext } from '../context.js';
import type { KeepAlive } from '../ports.js';
import { announceCredentialChange } from './credential-change.js';
import type { User } from './user.js';
import { isValidEmail } from './user-validation.js';

export type ChangeOwnEmailResult = { ok: true; user: User } | { ok: false; reason: 'invalid_email' | 'email_is_mfa_method' | 'not_found' };

/** The address as it would be stored (trimmed; empty is none), or undefined when it is not valid. */
export function normalizeEmail(email: string | null): string | null | undefined {
  const address = email?.trim() || null;
  return address !== null && !isValidEmail(address) ? undefined : address;
}

/** Whether one of the user's authenticators sends its codes to the account's address. */
export function codesGoToAccountEmail(user: Pick<User, 'mfaKinds'>): boolean {
  return user.mfaKinds.some((kind) => strategies[kind].usesAccountEmail);
}

export async function changeOwnEmail(ctx: CoreContext, user: User, email: string | null, keep: KeepAlive, client: Client): Promise<ChangeOwnEmailResult> {
  const address = normalizeEmail(email);
  if (address === undefined) return { ok: false, reason: 'invalid_email' };
  if (address === null && codesGoToAccountEmail(user)) return { ok: false, reason: 'email_is_mfa_method' };
  if (address === user.email) return { ok: true, user };
  const recorded = auditChange(ctx, (done: { after: User; endedSessions: number }) => ({
    type: 'user_changed',
    outcome: 'success',
    actor: user,
    target: done.after,
    client,
    details: { email_changed: true, ended_sessions: done.endedSessions },
  }));
  const updated = await ctx.store.updateUser(user.id, { email: address }, ctx.clock.now(), keep, recorded.audit);
  if (!updated.ok) return { ok: false, reason: 'not_found' };
  recorded.announce();
  await announceCredentialChange(ctx, { user: updated.user, previousEmail: user.email, actor: user, client });
  return { ok: true, user: updated.user };
}
