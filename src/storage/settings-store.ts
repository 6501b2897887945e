import type { Kysely } from 'kysely';
import type { SettingsStore } from '../core/ports.js';
import type { KeptReads } from './database.js';
import { prepareQuery } from './prepared-query.js';
import type { Database } from './schema.js';

export function createSettingsStore(db: Kysely<Database>, kept?: KeptReads): SettingsStore {
  const settingByKey = prepareQuery(
    db,
    (q) => q.selectFrom('settings').select('value').where('key', '=', ''),
    ([row]) => (row ? (JSON.parse(row.value) as unknown) : null),
    kept,
  );
  return {
    readSetting: (key) => settingByKey(key),
    async writeSetting(key, value, at) {
      const text = JSON.stringify(value);
      await db
        .insertInto('settings')
        .values({ key, value: text, updated_at: at })
        .onConflict((oc) => oc.column('key').doUpdateSet({ value: text, updated_at: at }))
        .execute();
    },
  };
}
