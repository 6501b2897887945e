import { type Kysely, sql } from 'kysely';
import type { EmailCodeBinding, EmailCodeStore } from '../core/ports.js';
import type { Database } from './schema.js';

export function createEmailCodeStore(db: Kysely<Database>): EmailCodeStore {
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
    async issueEmailCode(binding, code) {
      await db.transaction().execute(async (trx) => {
        const previous = await trx
          .updateTable('email_codes')
          .set({ superseded: 1 })
          .where('user_id', '=', binding.userId)
          .where('purpose', '=', binding.purpose)
          .where('bound_to', '=', binding.boundTo)
          .where('superseded', '=', 0)
          .returning('attempts')
          .execute();
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
    },

    async describeRecentEmailCodes(userId, since) {
      const latest = await db.selectFrom('email_codes').select('created_at').where('user_id', '=', userId).orderBy('created_at', 'desc').limit(1).executeTakeFirst();
      const recent = await db
        .selectFrom('email_codes')
        .select((eb) => eb.fn.countAll<number>().as('n'))
        .where('user_id', '=', userId)
        .where('created_at', '>=', since)
        .executeTakeFirstOrThrow();
      return { latestAt: latest?.created_at ?? null, count: Number(recent.n) };
    },

    async redeemEmailCode(binding, codeHash, at, maxAttempts) {
      const code = await live(binding).executeTakeFirst();
      if (!code || code.used_at !== null) return { ok: false, reason: 'no_code' };
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
      if (code.code_hash === codeHash) return { ok: false, reason: 'no_code' }; // another request used it first
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
