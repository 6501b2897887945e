import { type Kysely, type RawBuilder, sql } from 'kysely';
import type { ThrottleStore } from '../core/ports.js';
import { prepareWrite, standIn } from './prepared-query.js';
import type { Database } from './schema.js';

export function createThrottleStore(db: Kysely<Database>): ThrottleStore {
  // Typed parameters: PostgreSQL cannot infer a type for a bare parameter in `$1 + case … end`.
  const bigint = (value: number) => sql<number>`cast(${value} as bigint)`;
  // The claim is built and compiled once per schedule (the core has one), not on every sign-in.
  type Claim = ReturnType<typeof prepareClaim>;
  const claims = new WeakMap<(failures: number) => number, Map<number, Claim>>();
  const prepareClaim = (waitAfterFailures: (failures: number) => number, lockAt: number) => {
    const waitFor = (count: RawBuilder<number>) => {
      const cases = compressSchedule(waitAfterFailures, lockAt).map(({ from, to, wait }) => sql`when ${count} between ${from} and ${to} then ${bigint(wait)}`);
      return sql<number>`case ${sql.join(cases, sql` `)} else ${bigint(waitAfterFailures(lockAt))} end`;
    };
    return prepareWrite(
      db,
      (v: { subject: string; factor: string; firstNextAttemptAt: number; now: number }) =>
        db
          .insertInto('throttles')
          .values({ subject: v.subject, factor: v.factor, failures: 1, next_attempt_at: v.firstNextAttemptAt })
          .onConflict((oc) =>
            oc
              .columns(['subject', 'factor'])
              .doUpdateSet({
                failures: sql<number>`throttles.failures + 1`,
                next_attempt_at: sql<number>`${bigint(v.now)} + ${waitFor(sql<number>`throttles.failures + 1`)}`,
              })
              .where('throttles.next_attempt_at', '<=', v.now)
              .where('throttles.failures', '<', lockAt),
          )
          .returning(['failures', 'next_attempt_at']),
      { subject: standIn('text'), factor: standIn('text'), firstNextAttemptAt: standIn('number'), now: standIn('number') },
    );
  };
  const clearFailures = prepareWrite(
    db,
    (v: { subject: string; factor: string }) => db.deleteFrom('throttles').where('subject', '=', v.subject).where('factor', '=', v.factor),
    { subject: standIn('text'), factor: standIn('text') },
  );
  const countAddressAttempt = prepareWrite(
    db,
    (v: { address: string; windowStart: number }) =>
      db
        .insertInto('address_attempts')
        .values({ address: v.address, window_start: v.windowStart, attempts: 1 })
        .onConflict((oc) => oc.columns(['address', 'window_start']).doUpdateSet({ attempts: sql<number>`address_attempts.attempts + 1` }))
        .returning('attempts'),
    { address: standIn('text'), windowStart: standIn('number') },
  );
  return {
    async claimAttempt(subject, factor, now, waitAfterFailures, lockAt) {
      // One statement: insert the first failure, or add one when the subject may try now. The new
      // wait is computed from the new count inside the statement (a CASE over the schedule), so
      // parallel claims cannot all pass on a stale count.
      let bySchedule = claims.get(waitAfterFailures);
      if (!bySchedule) claims.set(waitAfterFailures, (bySchedule = new Map<number, Claim>()));
      let claim = bySchedule.get(lockAt);
      if (!claim) bySchedule.set(lockAt, (claim = prepareClaim(waitAfterFailures, lockAt)));
      const [row] = (await claim({ subject, factor, firstNextAttemptAt: now + waitAfterFailures(1), now })).rows;
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
      await clearFailures({ subject, factor });
    },

    async clearAllFailures(subject) {
      await db.deleteFrom('throttles').where('subject', '=', subject).execute();
    },

    async countAddressAttempt(address, windowStart) {
      const [row] = (await countAddressAttempt({ address, windowStart })).rows;
      if (!row) throw new Error('the address attempt upsert returned no row');
      return row.attempts;
    },

    async deleteAddressWindowsBefore(windowStart) {
      const result = await db.deleteFrom('address_attempts').where('window_start', '<', windowStart).executeTakeFirst();
      return Number(result.numDeletedRows);
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
