// Trusted browsers and the browsers users sign in from (SPEC §2.14). A grant and each rotation are
// one statement each behind one verb; the grant takes the user's row lock first, like every other
// transaction that changes a user's credentials, and only while the user's stamp is the grant's.
import { type Kysely, type Selectable, sql, type Transaction } from 'kysely';
import type { Audited, TrustedBrowserStore } from '../core/ports.js';
import type { TrustedBrowser } from '../core/trusted-browsers/trusted-browser.js';
import { appendToAuditChain } from './audit-chain-writer.js';
import type { Dialect } from './database.js';
import type { Database, TrustedBrowsersTable } from './schema.js';

function toTrustedBrowser(row: Selectable<TrustedBrowsersTable>): TrustedBrowser {
  return {
    id: row.id,
    userId: row.user_id,
    createdAt: Number(row.created_at),
    expiresAt: Number(row.expires_at),
    lastUsedAt: row.last_used_at === null ? null : Number(row.last_used_at),
    lastUsedAddress: row.last_used_address,
    clientAddress: row.client_address,
    userAgent: row.user_agent,
    securityStamp: Number(row.security_stamp),
  };
}

class StaleGrant extends Error {}

export function createTrustedBrowserStore(db: Kysely<Database>, dialect: Dialect): TrustedBrowserStore {
  async function audited<T>(trx: Transaction<Database>, audit: Audited<T> | undefined, outcome: T): Promise<void> {
    const entry = audit?.(outcome);
    if (entry) await appendToAuditChain(trx, dialect, entry);
  }

  return {
    async trustBrowser(trusted, audit) {
      try {
        return await db.transaction().execute(async (trx) => {
          // The user's row lock, taken only while the stamp is the grant's: a credential change that
          // committed since the second factor passed refuses the grant; one that comes later waits
          // for this transaction and then deletes what it inserted.
          const locked = await trx
            .updateTable('users')
            .set({ updated_at: sql<number>`updated_at` })
            .where('id', '=', trusted.userId)
            .where('security_stamp', '=', trusted.securityStamp)
            .where('disabled_at', 'is', null)
            .executeTakeFirst();
          if (Number(locked.numUpdatedRows) !== 1) throw new StaleGrant();
          // One per user per browser: a new grant replaces the old one.
          const replaced = await trx.deleteFrom('trusted_browsers').where('user_id', '=', trusted.userId).where('browser_id_hash', '=', trusted.browserIdHash).executeTakeFirst();
          await trx
            .insertInto('trusted_browsers')
            .values({
              id: trusted.id,
              user_id: trusted.userId,
              browser_id_hash: trusted.browserIdHash,
              token_hash: trusted.tokenHash,
              created_at: trusted.createdAt,
              expires_at: trusted.expiresAt,
              last_used_at: trusted.lastUsedAt,
              last_used_address: trusted.lastUsedAddress,
              client_address: trusted.clientAddress,
              user_agent: trusted.userAgent,
              security_stamp: trusted.securityStamp,
            })
            .execute();
          const outcome = { trusted: { ...trusted }, replaced: Number(replaced.numDeletedRows) > 0 };
          await audited(trx, audit, outcome);
          return { ok: true, replaced: outcome.replaced } as const;
        });
      } catch (error) {
        if (error instanceof StaleGrant) return { ok: false, reason: 'credentials_changed' };
        throw error;
      }
    },

    async findTrustedBrowser(id) {
      const row = await db.selectFrom('trusted_browsers').selectAll().where('id', '=', id).executeTakeFirst();
      return row ? { trusted: toTrustedBrowser(row), browserIdHash: row.browser_id_hash, tokenHash: row.token_hash } : null;
    },

    rotateTrustedBrowserToken(id, fromTokenHash, toTokenHash, at, address, audit) {
      return db.transaction().execute(async (trx) => {
        // Single winner: of two uses of one token, one rotates it; the other holds a rotated-away token.
        const row = await trx
          .updateTable('trusted_browsers')
          .set({ token_hash: toTokenHash, last_used_at: at, last_used_address: address })
          .where('id', '=', id)
          .where('token_hash', '=', fromTokenHash)
          .where('expires_at', '>', at)
          .returningAll()
          .executeTakeFirst();
        if (!row) return null;
        const trusted = toTrustedBrowser(row);
        await audited(trx, audit, trusted);
        return trusted;
      });
    },

    async listTrustedBrowsers(userId) {
      const rows = await db.selectFrom('trusted_browsers').selectAll().where('user_id', '=', userId).orderBy('created_at', 'desc').orderBy('id').execute();
      return rows.map(toTrustedBrowser);
    },

    revokeTrustedBrowsers(userId, which, audit) {
      return db.transaction().execute(async (trx) => {
        let query = trx.deleteFrom('trusted_browsers').where('user_id', '=', userId);
        if (which.id !== undefined) query = query.where('id', '=', which.id);
        const revoked = (await query.returningAll().execute()).map(toTrustedBrowser);
        if (revoked.length > 0) await audited(trx, audit, revoked);
        return revoked;
      });
    },

    limitTrustedBrowserLifetime(lifetimeInMilliseconds, at, audit) {
      return db.transaction().execute(async (trx) => {
        const revoked = (await trx.deleteFrom('trusted_browsers').where('created_at', '<=', at - lifetimeInMilliseconds).returningAll().execute()).map(toTrustedBrowser);
        await trx
          .updateTable('trusted_browsers')
          .set({ expires_at: sql<number>`created_at + ${lifetimeInMilliseconds}` })
          .where(sql<boolean>`expires_at > created_at + ${lifetimeInMilliseconds}`)
          .execute();
        if (revoked.length > 0) await audited(trx, audit, revoked);
        return revoked;
      });
    },

    recordKnownBrowser(userId, browserIdHash, at) {
      return db.transaction().execute(async (trx) => {
        const seen = await trx
          .updateTable('known_browsers')
          .set({ last_seen_at: at })
          .where('user_id', '=', userId)
          .where('browser_id_hash', '=', browserIdHash)
          .executeTakeFirst();
        if (Number(seen.numUpdatedRows) === 1) return { known: true, firstBrowser: false };
        const other = await trx.selectFrom('known_browsers').select('user_id').where('user_id', '=', userId).limit(1).executeTakeFirst();
        // Two first sign-ins from one browser at once: the second insert does nothing.
        await trx
          .insertInto('known_browsers')
          .values({ user_id: userId, browser_id_hash: browserIdHash, first_seen_at: at, last_seen_at: at })
          .onConflict((oc) => oc.columns(['user_id', 'browser_id_hash']).doUpdateSet({ last_seen_at: at }))
          .execute();
        return { known: false, firstBrowser: other === undefined };
      });
    },
  };
}
