import type { Kysely } from 'kysely';
import type { SettingsStore } from '../core/ports.js';
import { appendToAuditChain } from './audit-chain-writer.js';
import type { Dialect, KeptReads } from './database.js';
import { prepareQuery } from './prepared-query.js';
import type { Database } from './schema.js';

export function createSettingsStore(db: Kysely<Database>, dialect: Dialect, kept?: KeptReads): SettingsStore {
  const settingByKey = prepareQuery(
    db,
    (q) => q.selectFrom('settings').select('value').where('key', '=', ''),
    ([row]) => (row ? (JSON.parse(row.value) as unknown) : null),
    kept,
  );
  return {
    readSetting: (key) => settingByKey(key),
    async writeSetting(key, value, at, audit) {
      const text = JSON.stringify(value);
      await db.transaction().execute(async (trx) => {
        const previous = audit ? await trx.selectFrom('settings').select('value').where('key', '=', key).executeTakeFirst() : undefined;
        await trx
          .insertInto('settings')
          .values({ key, value: text, updated_at: at })
          .onConflict((oc) => oc.column('key').doUpdateSet({ value: text, updated_at: at }))
          .execute();
        const entry = audit?.({ previous: previous ? (JSON.parse(previous.value) as unknown) : null });
        if (entry) await appendToAuditChain(trx, dialect, entry);
      });
    },
  };
}
