// What follows every credential change (SPEC §2.11), after the store has moved the security stamp
// on, ended the user's other sessions and sign-ins, and written the audit event, all in the
// transaction of the change (storage/credential-change.ts, audit-log.ts auditChange): cached Basic
// credentials are forgotten and the user is e-mailed (a change of address is told to the old
// address too, where a hijacker cannot hide it).
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
  /** What to tell the user, if anything. */
  notify?: SecurityMessage | null;
}

export async function announceCredentialChange(ctx: CoreContext, change: CredentialChange): Promise<void> {
  const { user, client } = change;
  ctx.credentialCache.forgetUser(user.id);
  if (change.notify) await notifyUser(ctx, user, change.notify, client);
  if (change.previousEmail && change.previousEmail !== user.email) {
    await notifyUser(ctx, { ...user, email: change.previousEmail }, { kind: 'email_changed', newAddress: user.email, byAdministrator: change.actor?.id !== user.id ? (change.actor?.username ?? 'the host administrator') : null }, client);
  }
}
