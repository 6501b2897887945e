// A credential change, inside the transaction that makes it (SPEC §2.11): the user's security stamp
// moves on; the session or sign-in flow making the change is carried over to the new stamp; every
// other session, sign-in in progress and authenticator being added of the user ends, and so does
// every trusted browser of the user (SPEC §2.14: a trusted browser is a credential; the one the
// change came from too). Sessions and flows
// are also checked against the stamp when read, so nothing issued under the old one is honoured
// even by a request that read it a moment before this transaction committed.
import { sql, type Transaction } from 'kysely';
import type { AuditEntry, KeepAlive } from '../core/ports.js';
import { appendToAuditChain } from './audit-chain-writer.js';
import type { Dialect } from './database.js';
import type { Database } from './schema.js';

/**
 * Takes the user's row lock first (PostgreSQL: the row; SQLite: the one write lock): transactions
 * that change a user's authenticators all lock in the same order, user before authenticators, so
 * two of them never wait on each other.
 */
export async function lockUser(trx: Transaction<Database>, userId: string): Promise<boolean> {
  const result = await trx.updateTable('users').set({ updated_at: sql<number>`updated_at` }).where('id', '=', userId).executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

export interface CredentialChangeOutcome {
  securityStamp: number;
  endedSessions: number;
  /** Trusted browsers of the user that the change revoked (SPEC §2.14). */
  revokedTrustedBrowsers: number;
}

export async function applyCredentialChange(trx: Transaction<Database>, userId: string, at: number, keep: KeepAlive = {}): Promise<CredentialChangeOutcome | null> {
  const bumped = await trx
    .updateTable('users')
    .set({ security_stamp: sql<number>`security_stamp + 1`, updated_at: at })
    .where('id', '=', userId)
    .returning('security_stamp')
    .executeTakeFirst();
  if (!bumped) return null;
  const securityStamp = Number(bumped.security_stamp);
  // '-' matches no chain: the list is never empty.
  const keptChains: string[] = ['-'];
  if (keep.sessionId) {
    await trx.updateTable('sessions').set({ security_stamp: securityStamp }).where('id', '=', keep.sessionId).where('user_id', '=', userId).execute();
    keptChains.push(`session:${keep.sessionId}`);
  }
  if (keep.flowId) {
    await trx.updateTable('sign_in_flows').set({ security_stamp: securityStamp }).where('id', '=', keep.flowId).where('user_id', '=', userId).execute();
    keptChains.push(`flow:${keep.flowId}`);
  }
  const ended = await trx.deleteFrom('sessions').where('user_id', '=', userId).where('security_stamp', '!=', securityStamp).executeTakeFirst();
  await trx.deleteFrom('sign_in_flows').where('user_id', '=', userId).where('security_stamp', '!=', securityStamp).execute();
  await trx.deleteFrom('authenticators').where('user_id', '=', userId).where('activated_at', 'is', null).where('bound_to', 'not in', keptChains).execute();
  const revoked = await trx.deleteFrom('trusted_browsers').where('user_id', '=', userId).executeTakeFirst();
  return { securityStamp, endedSessions: Number(ended.numDeletedRows), revokedTrustedBrowsers: Number(revoked.numDeletedRows) };
}

/**
 * Appends the change's own event, then, when the change revoked trusted browsers, one more event
 * that says so and names the change as the reason (same actor, target and client): the revocation
 * is audited in the change's transaction without each caller describing it.
 */
export async function appendChangeEvents(trx: Transaction<Database>, dialect: Dialect, entry: AuditEntry | null, change: Pick<CredentialChangeOutcome, 'revokedTrustedBrowsers'> | null): Promise<void> {
  if (!entry) return;
  await appendToAuditChain(trx, dialect, entry);
  if (!change || change.revokedTrustedBrowsers === 0) return;
  const event = { ...entry.event, type: 'trusted_browser_revoked', outcome: 'success' as const, details: { reason: entry.event.type, revoked: change.revokedTrustedBrowsers } };
  await appendToAuditChain(trx, dialect, { ...entry, event });
}
