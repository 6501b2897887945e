// Versioned migrations, applied in name order at start and by `gatehouse migrate`.
import { type Kysely, type Migration, type MigrationProvider, Migrator } from 'kysely';
import type { Dialect } from '../database.js';
import * as foundation from './001-foundation.js';
import * as mfa from './002-mfa.js';
import * as apiKeys from './003-api-keys.js';
import * as emailCodes from './004-email-codes.js';
import * as securityStamps from './005-security-stamps.js';
import * as authenticators from './006-authenticators.js';
import * as auditChain from './007-audit-chain.js';
import * as operations from './008-operations.js';
import * as webauthn from './009-webauthn.js';
import * as trustedBrowsers from './010-trusted-browsers.js';
import * as changeTracking from './011-change-tracking.js';

type DialectMigration = { up(db: Kysely<unknown>, dialect: Dialect): Promise<void> };

const migrations: Record<string, DialectMigration> = {
  '001-foundation': foundation,
  '002-mfa': mfa,
  '003-api-keys': apiKeys,
  '004-email-codes': emailCodes,
  '005-security-stamps': securityStamps,
  '006-authenticators': authenticators,
  '007-audit-chain': auditChain,
  '008-operations': operations,
  '009-webauthn': webauthn,
  '010-trusted-browsers': trustedBrowsers,
  '011-change-tracking': changeTracking,
};

class InCodeMigrationProvider implements MigrationProvider {
  constructor(private readonly dialect: Dialect) {}
  async getMigrations(): Promise<Record<string, Migration>> {
    return Object.fromEntries(
      Object.entries(migrations).map(([name, m]) => [name, { up: (db: Kysely<unknown>) => m.up(db, this.dialect) }]),
    );
  }
}

function migratorOf(db: Kysely<unknown>, dialect: Dialect): Migrator {
  return new Migrator({ db, provider: new InCodeMigrationProvider(dialect), migrationTableName: 'gatehouse_migrations', migrationLockTableName: 'gatehouse_migrations_lock' });
}

/** Up to and including `name`: how the upgrade tests build a database as an earlier release left it. */
export async function migrateTo(db: Kysely<unknown>, dialect: Dialect, name: string): Promise<void> {
  const { error } = await migratorOf(db, dialect).migrateTo(name);
  if (error) throw error instanceof Error ? error : new Error('migration failed', { cause: error });
}

export async function migrateToLatest(db: Kysely<unknown>, dialect: Dialect): Promise<string[]> {
  const { error, results } = await migratorOf(db, dialect).migrateToLatest();
  if (error) throw error instanceof Error ? error : new Error('migration failed', { cause: error });
  return (results ?? []).filter((r) => r.status === 'Success').map((r) => r.migrationName);
}
