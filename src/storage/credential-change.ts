// A credential change, inside the transaction that makes it (SPEC §2.11): the user's security stamp
// moves on; the session or sign-in flow making the change is carried over to the new stamp; every
// other session, sign-in in progress and authenticator being added of the user ends. Sessions and flows
// are also checked against the stamp when read, so nothing issued under the old one is honoured
// even by a request that read it a moment before this transaction committed.
import { sql, type Transaction } from 'kysely';
import type { KeepAlive } from '../core/ports.js';
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

export async function applyCredentialChange(trx: Transaction<Database>, userId: string, at: number, keep: KeepAlive = {}): Promise<{ securityStamp: number; endedSessions: number } | null> {
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
  return { securityStamp, endedSessions: Number(ended.numDeletedRows) };
}
