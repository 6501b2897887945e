import type { Kysely } from 'kysely';
import type { SettingsStore } from '../core/ports.js';
import type { FastReader } from './database.js';
import { prepareQuery } from './prepared-query.js';
import type { Database } from './schema.js';

export function createSettingsStore(db: Kysely<Database>, reader?: FastReader): SettingsStore {
  const settingByKey = prepareQuery(db, (q) => q.selectFrom('settings').select('value').where('key', '=', ''), reader);
  return {
    async readSetting(key) {
      const [row] = await settingByKey(key);
      return row ? (JSON.parse(row.value) as unknown) : null;
    },
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
