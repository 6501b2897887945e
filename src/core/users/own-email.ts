// PATCH /api/me {email}: the address where codes and security notifications go. Changing it needs
// a recent sign-in or the password (ASVS V7.5.1); it cannot be removed while it is the MFA method.
import { recordAuditEvent } from '../audit/audit-log.js';
import type { Client, CoreContext } from '../context.js';
import type { User } from './user.js';
import { isValidEmail } from './user-validation.js';

export type ChangeOwnEmailResult = { ok: true; user: User } | { ok: false; reason: 'invalid_email' | 'email_is_mfa_method' | 'not_found' };

export async function changeOwnEmail(ctx: CoreContext, user: User, email: string | null, client: Client): Promise<ChangeOwnEmailResult> {
  const address = email?.trim() || null;
  if (address !== null && !isValidEmail(address)) return { ok: false, reason: 'invalid_email' };
  if (address === null && user.mfaMethod === 'email') return { ok: false, reason: 'email_is_mfa_method' };
  const updated = await ctx.store.updateUser(user.id, { email: address }, ctx.clock.now());
  if (!updated.ok) return { ok: false, reason: 'not_found' };
  await recordAuditEvent(ctx, { type: 'user_changed', outcome: 'success', actor: user, target: user, client, details: { email_changed: true } });
  return { ok: true, user: updated.user };
}
