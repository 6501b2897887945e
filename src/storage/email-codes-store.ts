import { type Kysely, sql, type Transaction } from 'kysely';
import type { EmailCodeBinding, EmailCodeIssue, EmailCodeLimits, EmailCodeStore } from '../core/ports.js';
import type { Dialect } from './database.js';
import type { Database } from './schema.js';

const HOUR = 3_600_000;

type Refusal = Extract<EmailCodeIssue, { ok: false }>;

class IssueRefused extends Error {
  constructor(readonly refusal: Refusal) {
    super(refusal.reason);
  }
}

/** The 30 s cooldown is per purpose (a sign-in code right after an enrollment code is fine); the hourly cap is per user. */
async function checkLimits(trx: Transaction<Database>, binding: EmailCodeBinding, at: number, limits: EmailCodeLimits): Promise<Refusal | null> {
  const latest = await trx
    .selectFrom('email_codes')
    .select('created_at')
    .where('user_id', '=', binding.userId)
    .where('purpose', '=', binding.purpose)
    .orderBy('created_at', 'desc')
    .limit(1)
    .executeTakeFirst();
  if (latest && at - latest.created_at < limits.cooldownInMilliseconds) {
    return { ok: false, reason: 'cooldown', retryAfterInMilliseconds: latest.created_at + limits.cooldownInMilliseconds - at };
  }
  const lastHour = await trx
    .selectFrom('email_codes')
    .select('created_at')
    .where('user_id', '=', binding.userId)
    .where('created_at', '>', at - HOUR)
    .orderBy('created_at', 'desc')
    .limit(limits.perHour)
    .execute();
  if (lastHour.length < limits.perHour) return null;
  // The oldest of the last `perHour` codes leaves the hour first.
  return { ok: false, reason: 'hourly_cap', retryAfterInMilliseconds: lastHour.at(-1)!.created_at + HOUR - at };
}

export function createEmailCodeStore(db: Kysely<Database>, dialect: Dialect): EmailCodeStore {
  const live = (binding: EmailCodeBinding) =>
    db
      .selectFrom('email_codes')
      .selectAll()
      .where('user_id', '=', binding.userId)
      .where('purpose', '=', binding.purpose)
      .where('bound_to', '=', binding.boundTo)
      .where('superseded', '=', 0)
      .orderBy('created_at', 'desc')
      .limit(1);

  return {
    async issueEmailCode(binding, code, limits) {
      try {
        await db.transaction().execute(async (trx) => {
          // One writer per user at a time: PostgreSQL takes a lock on the user; SQLite's first write
          // below takes its single write lock. Then check and insert see the same codes.
          if (dialect === 'postgres') await sql`select pg_advisory_xact_lock(7042, hashtext(${binding.userId}))`.execute(trx);
          const previous = await trx
            .updateTable('email_codes')
            .set({ superseded: 1 })
            .where('user_id', '=', binding.userId)
            .where('purpose', '=', binding.purpose)
            .where('bound_to', '=', binding.boundTo)
            .where('superseded', '=', 0)
            .returning('attempts')
            .execute();
          const refusal = await checkLimits(trx, binding, code.createdAt, limits);
          if (refusal) throw new IssueRefused(refusal);
          const inherited = Math.max(0, ...previous.map((row) => row.attempts));
          await trx
            .insertInto('email_codes')
            .values({
              id: code.id,
              user_id: binding.userId,
              purpose: binding.purpose,
              bound_to: binding.boundTo,
              code_hash: code.codeHash,
              created_at: code.createdAt,
              expires_at: code.expiresAt,
              attempts: inherited,
              used_at: null,
              superseded: 0,
            })
            .execute();
        });
      } catch (error) {
        // Thrown to roll the transaction back: the previous code stays live.
        if (error instanceof IssueRefused) return error.refusal;
        throw error;
      }
      return { ok: true };
    },

    async redeemEmailCode(binding, codeHash, at, maxAttempts) {
      const code = await live(binding).executeTakeFirst();
      if (!code) return { ok: false, reason: 'no_code' };
      if (code.used_at !== null) return { ok: false, reason: code.code_hash === codeHash ? 'used' : 'no_code' };
      if (code.expires_at <= at) return { ok: false, reason: 'expired' };
      if (code.attempts >= maxAttempts) return { ok: false, reason: 'too_many_attempts' };
      // Single use: the UPDATE succeeds for one request only, and only while the code is live.
      const redeemed = await db
        .updateTable('email_codes')
        .set({ used_at: at })
        .where('id', '=', code.id)
        .where('code_hash', '=', codeHash)
        .where('used_at', 'is', null)
        .where('superseded', '=', 0)
        .where('attempts', '<', maxAttempts)
        .where('expires_at', '>', at)
        .executeTakeFirst();
      if (Number(redeemed.numUpdatedRows) === 1) return { ok: true };
      if (code.code_hash === codeHash) return { ok: false, reason: 'used' }; // another request used it first
      const failed = await db
        .updateTable('email_codes')
        .set({ attempts: sql<number>`attempts + 1` })
        .where('id', '=', code.id)
        .returning('attempts')
        .executeTakeFirst();
      return { ok: false, reason: (failed?.attempts ?? maxAttempts) >= maxAttempts ? 'too_many_attempts' : 'wrong_code' };
    },
  };
}
