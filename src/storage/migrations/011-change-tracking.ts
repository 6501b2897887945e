import type { Kysely } from 'kysely';
import { prepareChangeTracking, trackChanges } from '../change-tracking.js';
import type { Dialect } from '../database.js';

// Per-table invalidation of the kept reads (issue 18): the tables whose rows the hot reads answer
// from (a session and its user, a key and its owner, a user by name with the kinds of their
// authenticators, a setting) report their changes. A table a later kept read depends on is added
// by one `trackChanges` line in that release's migration; until then its reads drop on any change
// (SQLite) or go to the database every time (PostgreSQL).
export async function up(db: Kysely<unknown>, dialect: Dialect): Promise<void> {
  await prepareChangeTracking(db, dialect);
  for (const table of ['users', 'sessions', 'api_keys', 'authenticators', 'settings']) await trackChanges(db, dialect, table);
}
