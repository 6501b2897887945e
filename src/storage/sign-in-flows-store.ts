import { type Kysely, sql } from 'kysely';
import type { SignInFlowStateName, SignInFlowStore } from '../core/ports.js';
import type { Database } from './schema.js';

export function createSignInFlowStore(db: Kysely<Database>): SignInFlowStore {
  return {
    async createSignInFlow(flow, tokenHash) {
      await db
        .insertInto('sign_in_flows')
        .values({
          id: flow.id,
          token_hash: tokenHash,
          user_id: flow.userId,
          state: flow.state,
          created_at: flow.createdAt,
          expires_at: flow.expiresAt,
          failed_attempts: flow.failedAttempts,
          authenticated_at: flow.authenticatedAt,
          second_factor_at: flow.secondFactorAt,
          security_stamp: flow.securityStamp,
        })
        .execute();
    },

    async findSignInFlowByTokenHash(tokenHash) {
      const row = await db.selectFrom('sign_in_flows').selectAll().where('token_hash', '=', tokenHash).executeTakeFirst();
      if (!row) return null;
      return {
        id: row.id,
        userId: row.user_id,
        state: row.state as SignInFlowStateName,
        createdAt: row.created_at,
        expiresAt: row.expires_at,
        failedAttempts: row.failed_attempts,
        authenticatedAt: row.authenticated_at,
        secondFactorAt: row.second_factor_at,
        securityStamp: row.security_stamp,
      };
    },

    async recordSignInFlowFailure(id) {
      // Atomic increment: parallel wrong codes each count.
      const row = await db
        .updateTable('sign_in_flows')
        .set({ failed_attempts: sql<number>`failed_attempts + 1` })
        .where('id', '=', id)
        .returning('failed_attempts')
        .executeTakeFirst();
      return row?.failed_attempts ?? Number.MAX_SAFE_INTEGER;
    },

    async setSignInFlowState(id, from, to, secondFactorAt) {
      const result = await db
        .updateTable('sign_in_flows')
        .set({ state: to, ...(secondFactorAt !== undefined && { second_factor_at: secondFactorAt }) })
        .where('id', '=', id)
        .where('state', '=', from)
        .executeTakeFirst();
      return Number(result.numUpdatedRows) === 1;
    },

    async consumeSignInFlow(id) {
      // Single use: only the caller whose DELETE removed the row may issue a session.
      const result = await db.deleteFrom('sign_in_flows').where('id', '=', id).executeTakeFirst();
      return Number(result.numDeletedRows) === 1;
    },

    async deleteUserSignInFlows(userId) {
      await db.deleteFrom('sign_in_flows').where('user_id', '=', userId).execute();
    },
  };
}
