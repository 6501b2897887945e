// Authenticators (SPEC §2.12) and recovery codes. Every "exactly once" is one statement: a TOTP
// step, a recovery code, an activation, a removal. Activation and removal are credential changes:
// they run applyCredentialChange in their transaction.
import { type Kysely, type Selectable, sql, type Transaction } from 'kysely';
import type { Authenticator, AuthenticatorKind, PendingAuthenticator } from '../core/authenticators/authenticator.js';
import type { Audited, AuthenticatorStore } from '../core/ports.js';
import { appendToAuditChain } from './audit-chain-writer.js';
import type { Dialect } from './database.js';
import { applyCredentialChange, lockUser } from './credential-change.js';
import type { AuthenticatorsTable, Database } from './schema.js';
import { isUniqueViolation } from './unique-violation.js';
import { findUserIn } from './users-store.js';

type Row = Selectable<AuthenticatorsTable>;

function toAuthenticator(row: Row): Authenticator {
  return { id: row.id, userId: row.user_id, kind: row.kind as AuthenticatorKind, name: row.name, createdAt: row.created_at, lastUsedAt: row.last_used_at };
}

function toPending(row: Row): PendingAuthenticator {
  return {
    ...toAuthenticator(row),
    purpose: row.purpose === 'enrollment' ? 'enrollment' : 'addition',
    boundTo: row.bound_to ?? '',
    expiresAt: row.expires_at ?? 0,
    verifiedAt: row.verified_at,
    recoveryCodeHashes: row.pending_recovery_code_hashes === null ? null : (JSON.parse(row.pending_recovery_code_hashes) as string[]),
  };
}

/** Thrown inside a transaction to roll it back with an answer. */
class Refused extends Error {
  constructor(readonly reason: 'not_found' | 'authenticator_limit_reached') {
    super(reason);
  }
}

async function countActive(trx: Transaction<Database>, userId: string, kind: string): Promise<number> {
  const row = await trx
    .selectFrom('authenticators')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where('user_id', '=', userId)
    .where('kind', '=', kind)
    .where('activated_at', 'is not', null)
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

async function insertRecoveryCodes(trx: Transaction<Database>, userId: string, hashes: string[], at: number) {
  await trx.deleteFrom('recovery_codes').where('user_id', '=', userId).execute();
  if (hashes.length > 0) await trx.insertInto('recovery_codes').values(hashes.map((code_hash) => ({ user_id: userId, code_hash, created_at: at, used_at: null }))).execute();
}

/** Appends the event describing `outcome`, if any, last in the transaction (SPEC §2.15). */
async function audited<T>(trx: Transaction<Database>, dialect: Dialect, audit: Audited<T> | undefined, outcome: T): Promise<void> {
  const entry = audit?.(outcome);
  if (entry) await appendToAuditChain(trx, dialect, entry);
}

export function createAuthenticatorStore(db: Kysely<Database>, dialect: Dialect): AuthenticatorStore {
  const active = (executor: Kysely<Database> | Transaction<Database>, userId: string) =>
    executor.selectFrom('authenticators').selectAll().where('user_id', '=', userId).where('activated_at', 'is not', null);

  return {
    async listAuthenticators(userId) {
      const rows = await active(db, userId).orderBy(sql`coalesce(last_used_at, activated_at)`, 'desc').orderBy('id').execute();
      return rows.map(toAuthenticator);
    },

    startAddingAuthenticator(pending, data, maxOfKind) {
      return db.transaction().execute(async (trx) => {
        // The wizard's authenticator replaces all the others at Finish: no limit to hit.
        if (pending.purpose === 'addition' && (await countActive(trx, pending.userId, pending.kind)) >= maxOfKind) return { ok: false, reason: 'authenticator_limit_reached' } as const;
        await trx
          .insertInto('authenticators')
          .values({
            id: pending.id,
            user_id: pending.userId,
            kind: pending.kind,
            name: pending.name,
            created_at: pending.createdAt,
            last_used_at: null,
            activated_at: null,
            purpose: pending.purpose,
            bound_to: pending.boundTo,
            expires_at: pending.expiresAt,
            verified_at: null,
            pending_recovery_code_hashes: null,
          })
          .execute();
        if (data.totpSecretCiphertext !== undefined) {
          await trx.insertInto('totp_authenticators').values({ authenticator_id: pending.id, user_id: pending.userId, secret_ciphertext: data.totpSecretCiphertext, last_used_step: -1 }).execute();
        }
        return { ok: true } as const;
      });
    },

    async findPendingAuthenticator(userId, id, at) {
      const row = await db
        .selectFrom('authenticators')
        .selectAll()
        .where('id', '=', id)
        .where('user_id', '=', userId)
        .where('activated_at', 'is', null)
        .where('expires_at', '>', at)
        .executeTakeFirst();
      return row ? toPending(row) : null;
    },

    async findPendingEnrollment(userId, boundTo, at) {
      const row = await db
        .selectFrom('authenticators')
        .selectAll()
        .where('user_id', '=', userId)
        .where('bound_to', '=', boundTo)
        .where('purpose', '=', 'enrollment')
        .where('activated_at', 'is', null)
        .where('expires_at', '>', at)
        .orderBy('created_at', 'desc')
        .limit(1)
        .executeTakeFirst();
      return row ? toPending(row) : null;
    },

    async replacePendingRecoveryCodes(id, recoveryCodeHashes, at) {
      const result = await db
        .updateTable('authenticators')
        .set({ pending_recovery_code_hashes: JSON.stringify(recoveryCodeHashes) })
        .where('id', '=', id)
        .where('activated_at', 'is', null)
        .where('verified_at', 'is not', null)
        .where('expires_at', '>', at)
        .executeTakeFirst();
      return Number(result.numUpdatedRows) === 1;
    },

    async markAuthenticatorVerified(id, recoveryCodeHashes, at) {
      const result = await db
        .updateTable('authenticators')
        .set({ verified_at: at, pending_recovery_code_hashes: recoveryCodeHashes === null ? null : JSON.stringify(recoveryCodeHashes) })
        .where('id', '=', id)
        .where('activated_at', 'is', null)
        .where('verified_at', 'is', null)
        .where('expires_at', '>', at)
        .executeTakeFirst();
      return Number(result.numUpdatedRows) === 1;
    },

    async activateAuthenticator(id, at, keep, options, audit) {
      const owner = await db.selectFrom('authenticators').select('user_id').where('id', '=', id).executeTakeFirst();
      if (!owner) return { ok: false, reason: 'not_found' };
      try {
        return await db.transaction().execute(async (trx) => {
          await lockUser(trx, owner.user_id);
          // The single-winner step: only a live row being added becomes active, once.
          const activated = await trx
            .updateTable('authenticators')
            .set({ activated_at: at, purpose: null, bound_to: null, expires_at: null, verified_at: sql<number>`coalesce(verified_at, ${at})` })
            .where('id', '=', id)
            .where('activated_at', 'is', null)
            .where('expires_at', '>', at)
            .where((eb) => eb.or([eb('purpose', '!=', 'enrollment'), eb('verified_at', 'is not', null)]))
            .returningAll()
            .executeTakeFirst();
          if (!activated) throw new Refused('not_found');
          const userId = activated.user_id;
          // The user is locked: a concurrent activation counts after this one commits.
          const changed = await applyCredentialChange(trx, userId, at, keep);
          if (!changed) throw new Refused('not_found');
          let replaced: Authenticator[] = [];
          if (options.replaceOthers) {
            const others = await active(trx, userId).where('id', '!=', id).execute();
            replaced = others.map(toAuthenticator);
            if (others.length > 0) await trx.deleteFrom('authenticators').where('id', 'in', others.map((o) => o.id)).execute();
            await insertRecoveryCodes(trx, userId, toPending(activated).recoveryCodeHashes ?? [], at);
            await trx.updateTable('authenticators').set({ pending_recovery_code_hashes: null }).where('id', '=', id).execute();
          } else if ((await countActive(trx, userId, activated.kind)) > options.maxOfKind) {
            throw new Refused('authenticator_limit_reached');
          }
          const result = { ok: true, user: (await findUserIn(trx, userId))!, authenticator: toAuthenticator(activated), replaced, endedSessions: changed.endedSessions } as const;
          await audited(trx, dialect, audit, result);
          return result;
        });
      } catch (error) {
        if (error instanceof Refused) return { ok: false, reason: error.reason };
        // A second e-mail authenticator activated at the same moment: the unique index decides.
        if (isUniqueViolation(error)) return { ok: false, reason: 'authenticator_limit_reached' };
        throw error;
      }
    },

    async renameAuthenticator(userId, id, name) {
      const row = await db.updateTable('authenticators').set({ name }).where('id', '=', id).where('user_id', '=', userId).where('activated_at', 'is not', null).returningAll().executeTakeFirst();
      return row ? toAuthenticator(row) : null;
    },

    removeAuthenticator(userId, id, at, keep, audit) {
      return db.transaction().execute(async (trx) => {
        await lockUser(trx, userId);
        // Single winner: of two removals of one authenticator, one deletes it.
        const removed = await trx.deleteFrom('authenticators').where('id', '=', id).where('user_id', '=', userId).where('activated_at', 'is not', null).returningAll().executeTakeFirst();
        if (!removed) return { ok: false } as const;
        const changed = await applyCredentialChange(trx, userId, at, keep);
        // The last one gone, MFA is off: its recovery codes go with it (SPEC 2.5).
        if ((await active(trx, userId).executeTakeFirst()) === undefined) await trx.deleteFrom('recovery_codes').where('user_id', '=', userId).execute();
        const result = { ok: true, user: (await findUserIn(trx, userId))!, authenticator: toAuthenticator(removed), endedSessions: changed?.endedSessions ?? 0 } as const;
        await audited(trx, dialect, audit, result);
        return result;
      });
    },

    async recordAuthenticatorUse(id, at) {
      await db.updateTable('authenticators').set({ last_used_at: at }).where('id', '=', id).execute();
    },

    async findTotpSecret(authenticatorId) {
      const row = await db.selectFrom('totp_authenticators').select(['user_id', 'secret_ciphertext', 'last_used_step']).where('authenticator_id', '=', authenticatorId).executeTakeFirst();
      return row ? { userId: row.user_id, secretCiphertext: row.secret_ciphertext, lastUsedStep: Number(row.last_used_step) } : null;
    },

    async acceptTotpStep(authenticatorId, step) {
      // RFC 6238 §5.2: one statement, so two instances or two requests cannot both accept a step.
      const result = await db
        .updateTable('totp_authenticators')
        .set({ last_used_step: step })
        .where('authenticator_id', '=', authenticatorId)
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
      if (Number(result.numUpdatedRows) === 1) return 'ok';
      const used = await db.selectFrom('recovery_codes').select('user_id').where('user_id', '=', userId).where('code_hash', '=', codeHash).executeTakeFirst();
      return used ? 'used' : 'wrong_code';
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
      await db.transaction().execute((trx) => insertRecoveryCodes(trx, userId, codeHashes, at));
    },

    rewrapTotpSecrets(rewrap) {
      return db.transaction().execute(async (trx) => {
        let rewritten = 0;
        let unreadable = 0;
        for (const row of await trx
          .selectFrom('totp_authenticators as t')
          .innerJoin('authenticators as a', 'a.id', 't.authenticator_id')
          .select(['t.authenticator_id', 't.user_id', 't.secret_ciphertext', 'a.activated_at'])
          .execute()) {
          const next = rewrap(row.user_id, row.secret_ciphertext);
          if (next !== null) {
            await trx.updateTable('totp_authenticators').set({ secret_ciphertext: next }).where('authenticator_id', '=', row.authenticator_id).execute();
            if (row.activated_at !== null) rewritten++;
          } else if (row.activated_at === null) {
            // One being added is short-lived: one that cannot be rewrapped is simply dropped.
            await trx.deleteFrom('authenticators').where('id', '=', row.authenticator_id).execute();
          } else unreadable++;
        }
        return { rewritten, unreadable };
      });
    },

    removeMfa(userId, at, keep, audit) {
      return db.transaction().execute(async (trx) => {
        await lockUser(trx, userId);
        const removed = (await active(trx, userId).execute()).map(toAuthenticator);
        await trx.deleteFrom('authenticators').where('user_id', '=', userId).execute();
        await trx.deleteFrom('recovery_codes').where('user_id', '=', userId).execute();
        const changed = await applyCredentialChange(trx, userId, at, keep);
        if (!changed) return { ok: false } as const;
        const result = { ok: true, user: (await findUserIn(trx, userId))!, removed, endedSessions: changed.endedSessions } as const;
        await audited(trx, dialect, audit, result);
        return result;
      });
    },
  };
}
