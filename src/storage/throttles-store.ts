import { type Kysely, type RawBuilder, sql } from 'kysely';
import type { ThrottleStore } from '../core/ports.js';
import type { Database } from './schema.js';

export function createThrottleStore(db: Kysely<Database>): ThrottleStore {
  return {
    async claimAttempt(subject, factor, now, waitAfterFailures, lockAt) {
      // One statement: insert the first failure, or add one when the subject may try now. The new
      // wait is computed from the new count inside the statement (a CASE over the schedule), so
      // parallel claims cannot all pass on a stale count.
      // Typed parameters: PostgreSQL cannot infer a type for a bare parameter in `$1 + case … end`.
      const bigint = (value: number) => sql<number>`cast(${value} as bigint)`;
      const waitFor = (count: RawBuilder<number>) => {
        const cases = compressSchedule(waitAfterFailures, lockAt).map(
          ({ from, to, wait }) => sql`when ${count} between ${from} and ${to} then ${bigint(wait)}`,
        );
        return sql<number>`case ${sql.join(cases, sql` `)} else ${bigint(waitAfterFailures(lockAt))} end`;
      };
      const row = await db
        .insertInto('throttles')
        .values({ subject, factor, failures: 1, next_attempt_at: now + waitAfterFailures(1) })
        .onConflict((oc) =>
          oc
            .columns(['subject', 'factor'])
            .doUpdateSet({
              failures: sql<number>`throttles.failures + 1`,
              next_attempt_at: sql<number>`${bigint(now)} + ${waitFor(sql<number>`throttles.failures + 1`)}`,
            })
            .where('throttles.next_attempt_at', '<=', now)
            .where('throttles.failures', '<', lockAt),
        )
        .returning(['failures', 'next_attempt_at'])
        .executeTakeFirst();
      return row ? { failures: row.failures, nextAttemptAt: row.next_attempt_at } : null;
    },

    async findThrottle(subject, factor) {
      const row = await db
        .selectFrom('throttles')
        .select(['failures', 'next_attempt_at'])
        .where('subject', '=', subject)
        .where('factor', '=', factor)
        .executeTakeFirst();
      return row ? { failures: row.failures, nextAttemptAt: row.next_attempt_at } : null;
    },

    async clearFailures(subject, factor) {
      await db.deleteFrom('throttles').where('subject', '=', subject).where('factor', '=', factor).execute();
    },

    async clearAllFailures(subject) {
      await db.deleteFrom('throttles').where('subject', '=', subject).execute();
    },

    async countAddressAttempt(address, windowStart) {
      const row = await db
        .insertInto('address_attempts')
        .values({ address, window_start: windowStart, attempts: 1 })
        .onConflict((oc) => oc.columns(['address', 'window_start']).doUpdateSet({ attempts: sql<number>`address_attempts.attempts + 1` }))
        .returning('attempts')
        .executeTakeFirstOrThrow();
      return row.attempts;
    },

    async deleteAddressWindowsBefore(windowStart) {
      await db.deleteFrom('address_attempts').where('window_start', '<', windowStart).execute();
    },
  };
}

/** Runs of equal waits, e.g. 1–4 → 0, 5 → 30 s, …, 10–100 → 15 min: a short CASE expression. */
function compressSchedule(waitAfterFailures: (failures: number) => number, lockAt: number) {
  const runs: { from: number; to: number; wait: number }[] = [];
  for (let failures = 1; failures <= lockAt; failures++) {
    const wait = waitAfterFailures(failures);
    const last = runs[runs.length - 1];
    if (last && last.wait === wait) last.to = failures;
    else runs.push({ from: failures, to: failures, wait });
  }
  return runs;
}
