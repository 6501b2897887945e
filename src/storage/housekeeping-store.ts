// The sweeps of core/housekeeping: each deletes what can no longer be used from one table.
import { type Kysely, sql } from 'kysely';
import type { HousekeepingStore } from '../core/ports.js';
import type { Dialect } from './database.js';
import type { Database } from './schema.js';

/** pg_try_advisory_lock(7040, 2): "housekeeping" (7040, 1 guards the last administrator). */
const HOUSEKEEPING_LOCK = sql`7040, 2`;

const deleted = (result: { numDeletedRows: bigint }) => Number(result.numDeletedRows);

export function createHousekeepingStore(db: Kysely<Database>, dialect: Dialect): HousekeepingStore {
  return {
    async runHousekeepingAlone(work) {
      if (dialect === 'sqlite') return { ran: true, result: await work() };
      // A session lock on one connection held for the whole sweep: another instance's try fails
      // at once instead of queueing a second sweep behind this one.
      return db.connection().execute(async (connection) => {
        const { rows } = await sql<{ locked: boolean }>`select pg_try_advisory_lock(${HOUSEKEEPING_LOCK}) as locked`.execute(connection);
        if (!rows[0]?.locked) return { ran: false } as const;
        try {
          return { ran: true, result: await work() } as const;
        } finally {
          await sql`select pg_advisory_unlock(${HOUSEKEEPING_LOCK})`.execute(connection);
        }
      });
    },

    async deleteExpiredSignInFlows(now) {
      return deleted(await db.deleteFrom('sign_in_flows').where('expires_at', '<=', now).executeTakeFirst());
    },

    async deleteExpiredEnrollments(now) {
      // An authenticator being added that was never activated: its row, and its kind's data with it.
      return deleted(await db.deleteFrom('authenticators').where('activated_at', 'is', null).where('expires_at', '<=', now).executeTakeFirst());
    },

    async deleteExpiredWebAuthnChallenges(now) {
      return deleted(await db.deleteFrom('webauthn_challenges').where('expires_at', '<=', now).executeTakeFirst());
    },

    async deleteEmailCodesCreatedBefore(createdBefore) {
      return deleted(await db.deleteFrom('email_codes').where('created_at', '<', createdBefore).executeTakeFirst());
    },

    async deleteThrottlesOfNoUser(nextAttemptBefore) {
      // The subjects are core/throttling's `user:<id>` and `username:<normalized username>`.
      const result = await db
        .deleteFrom('throttles')
        .where('next_attempt_at', '<', nextAttemptBefore)
        .where((eb) =>
          eb.not(
            eb.exists(
              eb
                .selectFrom('users')
                .select(sql`1`.as('one'))
                .where((inner) =>
                  inner.or([
                    inner(sql`'user:' || users.id`, '=', sql.ref('throttles.subject')),
                    inner(sql`'username:' || users.username_normalized`, '=', sql.ref('throttles.subject')),
                  ]),
                ),
            ),
          ),
        )
        .executeTakeFirst();
      return deleted(result);
    },

    async deleteServerInstancesSeenBefore(seenBefore) {
      return deleted(await db.deleteFrom('server_instances').where('seen_at', '<', seenBefore).executeTakeFirst());
    },

    async deleteExpiredTrustedBrowsers(now) {
      return deleted(await db.deleteFrom('trusted_browsers').where('expires_at', '<=', now).executeTakeFirst());
    },

    async deleteKnownBrowsersSeenBefore(seenBefore) {
      return deleted(await db.deleteFrom('known_browsers').where('last_seen_at', '<', seenBefore).executeTakeFirst());
    },
  };
}
