import { type Kysely, type RawBuilder, sql } from 'kysely';
import type { RefusalCount, ThrottleStore } from '../core/ports.js';
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
  const forgiveAddressAttempt = prepareWrite(
    db,
    (v: { address: string; windowStart: number }) =>
      db
        .updateTable('address_attempts')
        .set({ attempts: sql<number>`attempts - 1` })
        .where('address', '=', v.address)
        .where('window_start', '=', v.windowStart)
        .where('attempts', '>', 0),
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

    async forgiveAddressAttempt(address, windowStart) {
      await forgiveAddressAttempt({ address, windowStart });
    },

    async deleteAddressWindowsBefore(windowStart) {
      const result = await db.deleteFrom('address_attempts').where('window_start', '<', windowStart).where('address', 'not like', `${REFUSALS}%`).executeTakeFirst();
      return Number(result.numDeletedRows);
    },

    async countRefusal(kind, address, windowStart) {
      const [row] = (await countAddressAttempt({ address: refusalKey(kind, address), windowStart })).rows;
      if (!row) throw new Error('the refusal count upsert returned no row');
      return row.attempts;
    },

    async takeRefusalCountsBefore(windowStart) {
      // DELETE … RETURNING: of two instances taking at once, each row goes to one of them.
      const rows = await db
        .deleteFrom('address_attempts')
        .where('address', 'like', `${REFUSALS}%`)
        .where('window_start', '<', windowStart)
        .returning(['address', 'window_start', 'attempts'])
        .execute();
      return rows.flatMap((row) => {
        const parsed = parseRefusalKey(row.address);
        return parsed ? [{ ...parsed, windowStart: row.window_start, refusals: row.attempts } satisfies RefusalCount] : [];
      });
    },
  };
}

/**
 * Refusal counters share the table of per-address windows (no migration of their own), under keys
 * that no address can have: `refusals:<kind>:<address>`.
 */
const REFUSALS = 'refusals:';

function refusalKey(kind: string, address: string): string {
  if (kind.includes(':')) throw new TypeError('a refusal kind has no colon');
  return `${REFUSALS}${kind}:${address}`;
}

function parseRefusalKey(key: string): { kind: string; address: string } | null {
  const rest = key.slice(REFUSALS.length);
  const colon = rest.indexOf(':');
  return colon > 0 ? { kind: rest.slice(0, colon), address: rest.slice(colon + 1) } : null;
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
