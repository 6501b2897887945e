// Security notifications (SPEC 2.8; NIST NOTIF-1, ASVS V6.3.7): sent when the user has an address.
// A failed notification never undoes or fails the change it reports; it is logged.
import type { Client, CoreContext } from '../context.js';
import type { SecurityMessage } from '../ports.js';
import type { User } from '../users/user.js';

export async function notifyUser(ctx: CoreContext, user: Pick<User, 'id' | 'username' | 'email'>, message: SecurityMessage, client: Client | null): Promise<void> {
  if (!user.email) return;
  try {
    const delivery = await ctx.mailer.deliver({ to: user.email, username: user.username, at: ctx.clock.now(), clientAddress: client?.address ?? null, message });
    if (!delivery.ok) ctx.log.warn({ event: 'notification_failed', userId: user.id, kind: message.kind, error: delivery.error }, 'could not send a security notification');
  } catch (error) {
    ctx.log.warn({ event: 'notification_failed', userId: user.id, kind: message.kind, error: (error as Error).message }, 'could not send a security notification');
  }
}

/** j***@example.com: enough for the user to recognize the address, not enough to harvest it. */
export function maskEmail(email: string): string {
  const at = email.lastIndexOf('@');
  if (at <= 0) return '***';
  return `${email[0]}***${email.slice(at)}`;
}
