// Users end their own sessions (ASVS 5.0 V7.5.2): one, or all but the current one. Audited.
// Ending all the others is "sign out everywhere": it also forgets every trusted browser of the user
// (SPEC §2.14), this one's too, so no browser signs in again with the password alone.
import { recordAuditEvent } from '../audit/audit-log.js';
import type { Client, CoreContext } from '../context.js';
import { revokeTrust } from '../trusted-browsers/trusted-browsers.js';
import type { User } from '../users/user.js';

export async function endOwnSession(ctx: CoreContext, user: User, sessionId: string, client: Client): Promise<boolean> {
  const ended = await ctx.store.endSession(user.id, sessionId);
  if (ended) await recordAuditEvent(ctx, { type: 'session_ended', outcome: 'success', actor: user, target: user, client, details: { session_id: sessionId } });
  return ended;
}

export async function endOtherOwnSessions(ctx: CoreContext, user: User, currentSessionId: string | null, client: Client): Promise<number> {
  const ended = await ctx.store.endUserSessions(user.id, currentSessionId ?? undefined);
  await recordAuditEvent(ctx, { type: 'sessions_ended', outcome: 'success', actor: user, target: user, client, details: { ended } });
  await revokeTrust(ctx, { user, client }, user, {}, 'signed_out_everywhere');
  return ended;
}
