import type { Kysely, Transaction } from 'kysely';
import type { KeepAlive, MfaEnrollment, MfaStore } from '../core/ports.js';
import type { MfaMethod } from '../core/users/user.js';
import type { Database } from './schema.js';
import { applyCredentialChange } from './credential-change.js';
import { toUser } from './users-store.js';

/** Replaces the user's factor (or removes it: `method` null); a credential change (SPEC §2.11). */
async function replaceFactor(trx: Transaction<Database>, userId: string, at: number, method: MfaMethod | null, keep: KeepAlive) {
  await trx.deleteFrom('totp_factors').where('user_id', '=', userId).execute();
  await trx.deleteFrom('recovery_codes').where('user_id', '=', userId).execute();
  await trx.updateTable('users').set({ mfa_method: method }).where('id', '=', userId).execute();
  return (await applyCredentialChange(trx, userId, at, keep))?.endedSessions ?? 0;
}

export function createMfaStore(db: Kysely<Database>): MfaStore {
  return {
    async startEnrollment(e) {
      await db.transaction().execute(async (trx) => {
        await trx.deleteFrom('mfa_enrollments').where('user_id', '=', e.userId).execute();
        await trx
          .insertInto('mfa_enrollments')
          .values({
            id: e.id,
            user_id: e.userId,
            method: e.method,
            secret_ciphertext: e.secretCiphertext,
            recovery_code_hashes: null,
            accepted_step: null,
            verified_at: null,
            created_at: e.createdAt,
            expires_at: e.expiresAt,
            bound_to: e.boundTo,
          })
          .execute();
      });
    },

    async findEnrollment(userId) {
      const row = await db.selectFrom('mfa_enrollments').selectAll().where('user_id', '=', userId).executeTakeFirst();
      if (!row) return null;
      return {
        id: row.id,
        userId: row.user_id,
        method: row.method as MfaMethod,
        secretCiphertext: row.secret_ciphertext,
        recoveryCodeHashes: row.recovery_code_hashes ? (JSON.parse(row.recovery_code_hashes) as string[]) : null,
        acceptedStep: row.accepted_step,
        verifiedAt: row.verified_at,
        createdAt: row.created_at,
        expiresAt: row.expires_at,
        boundTo: row.bound_to,
      } satisfies MfaEnrollment;
    },

    async markEnrollmentVerified(id, recoveryCodeHashes, acceptedStep, at) {
      const result = await db
        .updateTable('mfa_enrollments')
        .set({ recovery_code_hashes: JSON.stringify(recoveryCodeHashes), accepted_step: acceptedStep, verified_at: at })
        .where('id', '=', id)
        .where('verified_at', 'is', null)
        .where('expires_at', '>', at)
        .executeTakeFirst();
      return Number(result.numUpdatedRows) === 1;
    },

    finishEnrollment(id, at, keep) {
      return db.transaction().execute(async (trx) => {
        // Deleting the verified enrollment is the single-winner step of Finish.
        const enrollment = await trx
          .deleteFrom('mfa_enrollments')
          .where('id', '=', id)
          .where('verified_at', 'is not', null)
          .where('expires_at', '>', at)
          .returningAll()
          .executeTakeFirst();
        if (!enrollment) return { ok: false } as const;
        const before = await trx.selectFrom('users').select('mfa_method').where('id', '=', enrollment.user_id).executeTakeFirst();
        if (!before) return { ok: false } as const;
        const endedSessions = await replaceFactor(trx, enrollment.user_id, at, enrollment.method as MfaMethod, keep);
        if (enrollment.method === 'totp' && enrollment.secret_ciphertext) {
          await trx
            .insertInto('totp_factors')
            .values({ user_id: enrollment.user_id, secret_ciphertext: enrollment.secret_ciphertext, last_used_step: enrollment.accepted_step ?? -1, created_at: at })
            .execute();
        }
        const hashes = JSON.parse(enrollment.recovery_code_hashes ?? '[]') as string[];
        if (hashes.length > 0) {
          await trx.insertInto('recovery_codes').values(hashes.map((code_hash) => ({ user_id: enrollment.user_id, code_hash, created_at: at, used_at: null }))).execute();
        }
        const user = await trx.selectFrom('users').selectAll().where('id', '=', enrollment.user_id).executeTakeFirstOrThrow();
        return { ok: true, user: toUser(user), previousMethod: before.mfa_method as MfaMethod | null, endedSessions } as const;
      });
    },

    async deleteEnrollment(userId) {
      await db.deleteFrom('mfa_enrollments').where('user_id', '=', userId).execute();
    },

    async findTotpFactor(userId) {
      const row = await db.selectFrom('totp_factors').select(['secret_ciphertext', 'last_used_step']).where('user_id', '=', userId).executeTakeFirst();
      return row ? { secretCiphertext: row.secret_ciphertext, lastUsedStep: row.last_used_step } : null;
    },

    async acceptTotpStep(userId, step) {
      // RFC 6238 §5.2: one statement, so two instances or two requests cannot both accept a step.
      const result = await db
        .updateTable('totp_factors')
        .set({ last_used_step: step })
        .where('user_id', '=', userId)
        .where('last_used_step', '<', step)
        .executeTakeFirst();
      return Number(result.numUpdatedRows) === 1;
    },

    async redeemRecoveryCode(userId, codeHash, at) {
      // Single use: only the request whose UPDATE changed the row succeeds.
      const result = await db
        .updateTable('recovery_codes')
        .set({ used_at: at })
        .where('user_id', '=', userId)
        .where('code_hash', '=', codeHash)
        .where('used_at', 'is', null)
        .executeTakeFirst();
      return Number(result.numUpdatedRows) === 1;
    },

    async countRecoveryCodes(userId) {
      const row = await db
        .selectFrom('recovery_codes')
        .select((eb) => eb.fn.countAll<number>().as('n'))
        .where('user_id', '=', userId)
        .where('used_at', 'is', null)
        .executeTakeFirstOrThrow();
      return Number(row.n);
    },

    async replaceRecoveryCodes(userId, codeHashes, at) {
      await db.transaction().execute(async (trx) => {
        await trx.deleteFrom('recovery_codes').where('user_id', '=', userId).execute();
        if (codeHashes.length > 0) {
          await trx.insertInto('recovery_codes').values(codeHashes.map((code_hash) => ({ user_id: userId, code_hash, created_at: at, used_at: null }))).execute();
        }
      });
    },

    rewrapTotpSecrets(rewrap) {
      return db.transaction().execute(async (trx) => {
        let rewritten = 0;
        let unreadable = 0;
        for (const row of await trx.selectFrom('totp_factors').select(['user_id', 'secret_ciphertext']).execute()) {
          const next = rewrap(row.user_id, row.secret_ciphertext);
          if (next === null) unreadable++;
          else {
            await trx.updateTable('totp_factors').set({ secret_ciphertext: next }).where('user_id', '=', row.user_id).execute();
            rewritten++;
          }
        }
        // Enrollments in progress are short-lived: one that cannot be rewrapped is simply dropped.
        for (const row of await trx.selectFrom('mfa_enrollments').select(['id', 'user_id', 'secret_ciphertext']).where('secret_ciphertext', 'is not', null).execute()) {
          const next = rewrap(row.user_id, row.secret_ciphertext!);
          if (next === null) await trx.deleteFrom('mfa_enrollments').where('id', '=', row.id).execute();
          else await trx.updateTable('mfa_enrollments').set({ secret_ciphertext: next }).where('id', '=', row.id).execute();
        }
        return { rewritten, unreadable };
      });
    },

    removeMfa(userId, at, keep) {
      return db.transaction().execute(async (trx) => {
        const endedSessions = await replaceFactor(trx, userId, at, null, keep);
        await trx.deleteFrom('mfa_enrollments').where('user_id', '=', userId).execute();
        const user = await trx.selectFrom('users').selectAll().where('id', '=', userId).executeTakeFirst();
        return user ? ({ ok: true, user: toUser(user), endedSessions } as const) : ({ ok: false } as const);
      });
    },
  };
}
