import type { Insertable, Kysely, Selectable } from 'kysely';
import type { Session, SessionCompletion, SessionStore } from '../core/ports.js';
import type { Database, SessionsTable } from './schema.js';
import type { KeptReads } from './database.js';
import { prepareQuery, prepareWrite, standIn } from './prepared-query.js';
import { mfaKindsOf } from './mfa-kinds.js';
import { toUser } from './users-store.js';

/**
 * `id`, `createdAt` and `securityStamp` are passed apart because the hot join renames them (they clash with the
 * user's); spreading a row to rename them costs more than the read itself when it comes from memory.
 */
function toSession(row: Omit<Selectable<SessionsTable>, 'id' | 'created_at' | 'token_hash' | 'security_stamp'>, id: string, createdAt: number, securityStamp: number): Session {
  return {
    id,
    userId: row.user_id,
    createdAt,
    lastSeenAt: row.last_seen_at,
    expiresAt: row.expires_at,
    authenticatedAt: row.authenticated_at,
    aal: row.aal === 2 ? 2 : 1,
    clientAddress: row.client_address,
    userAgent: row.user_agent,
    securityStamp,
    completedBy: (row.completed_by as SessionCompletion | null) ?? null,
  };
}

export function createSessionStore(db: Kysely<Database>, kept?: KeptReads): SessionStore {
  // One indexed join answers both the session and its user on the hot path.
  const sessionByTokenHash = prepareQuery(
    db,
    (q) =>
      q
      .selectFrom('sessions as s')
      .innerJoin('users as u', 'u.id', 's.user_id')
      .select([
        's.id as s_id', 's.user_id', 's.created_at as s_created_at', 's.last_seen_at', 's.expires_at',
        's.authenticated_at', 's.aal', 's.client_address', 's.user_agent', 's.token_hash', 's.security_stamp as s_security_stamp', 's.completed_by',
        'u.id', 'u.username', 'u.username_normalized', 'u.email', 'u.role', 'u.password_hash',
        'u.must_change_password', 'u.disabled_at', 'u.security_stamp', 'u.created_at', 'u.updated_at', mfaKindsOf('u.id'),
      ])
      .where('s.token_hash', '=', ''),
    ([row]) => (row ? { session: toSession(row, row.s_id, row.s_created_at, row.s_security_stamp), user: toUser(row) } : null),
    kept,
  );
  // Every sign-in inserts one: compiled once.
  const insertSession = prepareWrite<Insertable<SessionsTable>>(db, (row) => db.insertInto('sessions').values(row), {
    id: standIn('text'),
    token_hash: standIn('text'),
    user_id: standIn('text'),
    created_at: standIn('number'),
    last_seen_at: standIn('number'),
    expires_at: standIn('number'),
    authenticated_at: standIn('number'),
    aal: standIn('number'),
    client_address: standIn('text'),
    user_agent: standIn('text'),
    security_stamp: standIn('number'),
    completed_by: standIn('text'),
  });
  return {
    async createSession(session, tokenHash) {
      await insertSession({
        id: session.id,
        token_hash: tokenHash,
        user_id: session.userId,
        created_at: session.createdAt,
        last_seen_at: session.lastSeenAt,
        expires_at: session.expiresAt,
        authenticated_at: session.authenticatedAt,
        aal: session.aal,
        client_address: session.clientAddress,
        user_agent: session.userAgent,
        security_stamp: session.securityStamp,
        completed_by: session.completedBy ?? null,
      });
    },

    findSessionByTokenHash: (tokenHash) => sessionByTokenHash(tokenHash),

    async touchSession(id, lastSeenAt) {
      await db.updateTable('sessions').set({ last_seen_at: lastSeenAt }).where('id', '=', id).execute();
    },

    async listUserSessions(userId) {
      const rows = await db.selectFrom('sessions').selectAll().where('user_id', '=', userId).orderBy('created_at', 'desc').execute();
      return rows.map((row) => toSession(row, row.id, row.created_at, row.security_stamp));
    },

    async endSession(userId, sessionId) {
      const result = await db.deleteFrom('sessions').where('id', '=', sessionId).where('user_id', '=', userId).executeTakeFirst();
      return Number(result.numDeletedRows) > 0;
    },

    async endUserSessions(userId, exceptSessionId) {
      let query = db.deleteFrom('sessions').where('user_id', '=', userId);
      if (exceptSessionId !== undefined) query = query.where('id', '!=', exceptSessionId);
      const result = await query.executeTakeFirst();
      return Number(result.numDeletedRows);
    },

    async deleteExpiredSessions(now, idleTimeoutInMilliseconds) {
      const result = await db
        .deleteFrom('sessions')
        .where((eb) => eb.or([eb('expires_at', '<=', now), eb('last_seen_at', '<=', now - idleTimeoutInMilliseconds)]))
        .executeTakeFirst();
      return Number(result.numDeletedRows);
    },
  };
}
