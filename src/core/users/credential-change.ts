// What follows every credential change (SPEC §2.11), after the store has moved the security stamp
// on and ended the user's other sessions and sign-ins in the same transaction as the change: cached
// Basic credentials are forgotten, the audit event is written (unless the store wrote it in that
// transaction), and the user is e-mailed (a change of address is told to the old address, where a
// hijacker cannot hide it).
import { type AuditEvent, recordAuditEvent } from '../audit/audit-log.js';
import type { Client, CoreContext } from '../context.js';
import { notifyUser } from '../notifications/notify-user.js';
import type { SecurityMessage } from '../ports.js';
import type { User } from './user.js';

export interface CredentialChange {
  /** The user as the change left them. */
  user: User;
  /** The address before the change, when it changed: it is told too. */
  previousEmail?: string | null;
  actor: Pick<User, 'id' | 'username'> | null;
  client: Client | null;
  /** The event, when the store did not already write it in the change's transaction. */
  audit?: Pick<AuditEvent, 'type' | 'outcome' | 'details'>;
  /** What to tell the user, if anything. */
  notify?: SecurityMessage | null;
}

export async function announceCredentialChange(ctx: CoreContext, change: CredentialChange): Promise<void> {
  const { user, client } = change;
  ctx.credentialCache.forgetUser(user.id);
  if (change.audit) await recordAuditEvent(ctx, { ...change.audit, actor: change.actor, target: user, client });
  if (change.notify) await notifyUser(ctx, user, change.notify, client);
  if (change.previousEmail && change.previousEmail !== user.email) {
    await notifyUser(ctx, { ...user, email: change.previousEmail }, { kind: 'email_changed', newAddress: user.email, byAdministrator: change.actor?.id !== user.id ? (change.actor?.username ?? 'the host administrator') : null }, client);
  }
}
