import type { Kysely, Selectable } from 'kysely';
import type { ApiKey, ApiKeyStore } from '../core/ports.js';
import { appendToAuditChain } from './audit-chain-writer.js';
import type { Dialect, KeptReads } from './database.js';
import { prepareQuery } from './prepared-query.js';
import type { ApiKeysTable, Database } from './schema.js';
import { mfaKindsOf } from './mfa-kinds.js';
import { toUser } from './users-store.js';

type ApiKeyRow = Omit<Selectable<ApiKeysTable>, 'token_hash' | 'first_used_at'>;

/** `id` and `createdAt` apart: the hot join renames them (see toSession). */
function toApiKey(row: Omit<ApiKeyRow, 'id' | 'created_at'>, id: string, createdAt: number): ApiKey {
  return {
    id,
    userId: row.user_id,
    name: row.name,
    createdAt,
    expiresAt: row.expires_at,
    readOnly: row.read_only === 1,
    lastUsedAt: row.last_used_at,
    lastUsedAddress: row.last_used_address,
  };
}

const KEY_COLUMNS = ['k.id', 'k.user_id', 'k.name', 'k.created_at', 'k.expires_at', 'k.read_only', 'k.last_used_at', 'k.last_used_address'] as const;

export function createApiKeyStore(db: Kysely<Database>, dialect: Dialect, kept?: KeptReads): ApiKeyStore {
  // One primary-key lookup joined to the owner by primary key: the whole cost of a request.
  const keyWithOwner = prepareQuery(db, (q) =>
    q
      .selectFrom('api_keys as k')
      .innerJoin('users as u', 'u.id', 'k.user_id')
      .select([
        'k.id as k_id', 'k.user_id', 'k.name', 'k.token_hash', 'k.created_at as k_created_at', 'k.expires_at', 'k.read_only',
        'k.last_used_at', 'k.last_used_address',
        'u.id', 'u.username', 'u.username_normalized', 'u.email', 'u.role', 'u.password_hash',
        'u.must_change_password', 'u.disabled_at', 'u.security_stamp', 'u.created_at', 'u.updated_at', mfaKindsOf('u.id'),
      ])
      .where('k.id', '=', ''),
    ([row]) => (row ? { apiKey: toApiKey(row, row.k_id, row.k_created_at), tokenHash: row.token_hash, user: toUser(row) } : null),
    kept,
  );
  return {
    createApiKey(key, audit) {
      const row = {
        id: key.id,
        user_id: key.userId,
        name: key.name,
        token_hash: key.tokenHash,
        created_at: key.createdAt,
        expires_at: key.expiresAt,
        read_only: key.readOnly ? 1 : 0,
        last_used_at: null,
        last_used_address: null,
        first_used_at: null,
      };
      return db.transaction().execute(async (trx) => {
        // The (user_id, name) index decides, so two concurrent creations cannot share a name.
        const inserted = await trx
          .insertInto('api_keys')
          .values(row)
          .onConflict((oc) => oc.columns(['user_id', 'name']).doNothing())
          .executeTakeFirst();
        if (Number(inserted.numInsertedOrUpdatedRows ?? 0) === 0) return { ok: false, reason: 'name_taken' } as const;
        const apiKey = toApiKey(row, row.id, row.created_at);
        const entry = audit?.(apiKey);
        if (entry) await appendToAuditChain(trx, dialect, entry);
        return { ok: true, apiKey } as const;
      });
    },

    findApiKeyWithOwner: (id) => keyWithOwner(id),

    async listApiKeys({ userId }) {
      let query = db
        .selectFrom('api_keys as k')
        .innerJoin('users as u', 'u.id', 'k.user_id')
        .select([...KEY_COLUMNS, 'u.username'])
        .orderBy('k.created_at', 'desc')
        .orderBy('k.id');
      if (userId !== undefined) query = query.where('k.user_id', '=', userId);
      const rows = await query.execute();
      return rows.map((row) => ({ apiKey: toApiKey(row, row.id, row.created_at), owner: { id: row.user_id, username: row.username } }));
    },

    revokeApiKey(id, userId, audit) {
      return db.transaction().execute(async (trx) => {
        let query = trx.deleteFrom('api_keys').where('id', '=', id);
        if (userId !== undefined) query = query.where('user_id', '=', userId);
        const row = await query
          .returning(['id', 'user_id', 'name', 'created_at', 'expires_at', 'read_only', 'last_used_at', 'last_used_address'])
          .executeTakeFirst();
        if (!row) return null;
        const apiKey = toApiKey(row, row.id, row.created_at);
        if (audit) {
          const owner = await trx.selectFrom('users').select(['id', 'username']).where('id', '=', apiKey.userId).executeTakeFirst();
          const entry = audit({ apiKey, owner: owner ?? { id: apiKey.userId, username: '' } });
          if (entry) await appendToAuditChain(trx, dialect, entry);
        }
        return apiKey;
      });
    },

    async recordApiKeyUse(id, at, address, minIntervalInMilliseconds) {
      if (!(minIntervalInMilliseconds > 0)) throw new RangeError('the interval between recorded uses must be positive');
      // One conditional statement: of any number of instances racing, only a write that finds the
      // stored time old enough lands. first_used_at is set by the first write only, so returning
      // it equal to `at` means this write was the first use (a later write needs at > first + interval).
      const row = await db
        .updateTable('api_keys')
        .set((eb) => ({
          last_used_at: at,
          last_used_address: address,
          first_used_at: eb.fn.coalesce('first_used_at', eb.val(at)),
        }))
        .where('id', '=', id)
        .where((eb) => eb.or([eb('last_used_at', 'is', null), eb('last_used_at', '<', at - minIntervalInMilliseconds)]))
        .returning('first_used_at')
        .executeTakeFirst();
      if (!row) return { written: false, firstUse: false };
      return { written: true, firstUse: Number(row.first_used_at) === at };
    },
  };
}
