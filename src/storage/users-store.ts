import { type Kysely, type Selectable, sql, type Transaction } from 'kysely';
import type { Audited, UserChanges, UserStore } from '../core/ports.js';
import { normalizeUsername, type Role, type User } from '../core/users/user.js';
import { mfaKindsOf, parseMfaKinds } from './mfa-kinds.js';
import type { Dialect } from './database.js';
import type { Database, UsersTable } from './schema.js';
import type { KeptReads } from './database.js';
import { appendChangeEvents, applyCredentialChange, type CredentialChangeOutcome } from './credential-change.js';
import { prepareQuery } from './prepared-query.js';

export function toUser(row: Selectable<UsersTable> & { mfa_kinds: string | null }): User {
  return {
    id: row.id,
    username: row.username,
    email: row.email,
    role: row.role as Role,
    passwordHash: row.password_hash,
    mustChangePassword: row.must_change_password === 1,
    disabledAt: row.disabled_at,
    mfaKinds: parseMfaKinds(row.mfa_kinds),
    securityStamp: row.security_stamp,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}

/** SPEC §2.11: these changes move the security stamp on and end the user's other sessions. */
function isCredentialChange(user: User, changes: UserChanges): boolean {
  return (
    (changes.role !== undefined && changes.role !== user.role) ||
    (changes.email !== undefined && changes.email !== user.email) ||
    (changes.disabled !== undefined && changes.disabled !== (user.disabledAt !== null)) ||
    changes.passwordHash !== undefined
  );
}

/** Would this change take away an enabled admin? */
function removesAnAdmin(user: User, changes: UserChanges | 'delete'): boolean {
  if (user.role !== 'admin' || user.disabledAt !== null) return false;
  if (changes === 'delete') return true;
  return (changes.role !== undefined && changes.role !== 'admin') || changes.disabled === true;
}

/** A user read inside a transaction (or not). */
export async function findUserIn(executor: Kysely<Database> | Transaction<Database>, id: string): Promise<User | null> {
  const row = await executor.selectFrom('users').selectAll('users').select(mfaKindsOf('users.id')).where('id', '=', id).executeTakeFirst();
  return row ? toUser(row) : null;
}

export function createUserStore(db: Kysely<Database>, dialect: Dialect, kept?: KeptReads): UserStore {
  const userByNormalizedName = prepareQuery(
    db,
    (q) => q.selectFrom('users').selectAll('users').select(mfaKindsOf('users.id')).where('username_normalized', '=', ''),
    ([row]) => (row ? toUser(row) : null),
    kept,
  );
  const findById = findUserIn;

  // The last-admin guard reads then writes; PostgreSQL serializes it with a transaction-scoped
  // advisory lock, SQLite with its single writer (BEGIN IMMEDIATE semantics via the write below).
  async function withAdminGuard<T>(work: (trx: Transaction<Database>) => Promise<T>): Promise<T> {
    return db.transaction().execute(async (trx) => {
      if (dialect === 'postgres') await sql`select pg_advisory_xact_lock(7040, 1)`.execute(trx);
      return work(trx);
    });
  }

  async function otherEnabledAdminExists(trx: Transaction<Database>, id: string): Promise<boolean> {
    const row = await trx
      .selectFrom('users')
      .select('id')
      .where('role', '=', 'admin')
      .where('disabled_at', 'is', null)
      .where('id', '!=', id)
      .limit(1)
      .executeTakeFirst();
    return row !== undefined;
  }

  /** Appends the event describing `outcome`, if any, last in the transaction (and the trusted browsers a credential change revoked). */
  async function audited<T>(trx: Transaction<Database>, audit: Audited<T> | undefined, outcome: T, change: CredentialChangeOutcome | null = null): Promise<void> {
    await appendChangeEvents(trx, dialect, audit?.(outcome) ?? null, change);
  }

  return {
    createUser(user, at, audit) {
      return db.transaction().execute(async (trx) => {
        // ON CONFLICT DO NOTHING rather than catching the violation: a failed statement would
        // abort the whole transaction on PostgreSQL.
        const inserted = await trx
          .insertInto('users')
          .values({
            id: user.id,
            username: user.username,
            username_normalized: normalizeUsername(user.username),
            email: user.email,
            role: user.role,
            password_hash: user.passwordHash,
            must_change_password: user.mustChangePassword ? 1 : 0,
            disabled_at: null,
            security_stamp: 1,
            created_at: at,
            updated_at: at,
          })
          .onConflict((oc) => oc.column('username_normalized').doNothing())
          .executeTakeFirst();
        if (Number(inserted.numInsertedOrUpdatedRows ?? 0) === 0) return { ok: false, reason: 'username_taken' } as const;
        const created = (await findById(trx, user.id))!;
        await audited(trx, audit, created);
        return { ok: true, user: created } as const;
      });
    },

    findUserById: (id) => findById(db, id),

    findUserByUsername: (username) => userByNormalizedName(normalizeUsername(username)),

    async listUsers() {
      const rows = await db.selectFrom('users').selectAll('users').select(mfaKindsOf('users.id')).orderBy('username_normalized').execute();
      return rows.map(toUser);
    },

    async countUsers() {
      const row = await db.selectFrom('users').select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow();
      return Number(row.n);
    },

    updateUser(id, changes, at, keep, audit) {
      return withAdminGuard(async (trx) => {
        const user = await findById(trx, id);
        if (!user) return { ok: false, reason: 'not_found' } as const;
        if (changes.expectedSecurityStamp !== undefined && changes.expectedSecurityStamp !== user.securityStamp) return { ok: false, reason: 'stale' } as const;
        if (removesAnAdmin(user, changes) && !(await otherEnabledAdminExists(trx, id))) {
          return { ok: false, reason: 'last_admin' } as const;
        }
        let update = trx
          .updateTable('users')
          .set({
            ...(changes.role !== undefined && { role: changes.role }),
            ...(changes.email !== undefined && { email: changes.email }),
            ...(changes.disabled !== undefined && { disabled_at: changes.disabled ? (user.disabledAt ?? at) : null }),
            ...(changes.passwordHash !== undefined && { password_hash: changes.passwordHash }),
            ...(changes.mustChangePassword !== undefined && { must_change_password: changes.mustChangePassword ? 1 : 0 }),
            updated_at: at,
          })
          .where('id', '=', id);
        // The stamp is checked again in the statement itself: SQLite's deferred transaction and
        // PostgreSQL's read committed both let a concurrent change land between read and write.
        if (changes.expectedSecurityStamp !== undefined) update = update.where('security_stamp', '=', changes.expectedSecurityStamp);
        const result = await update.executeTakeFirst();
        if (Number(result.numUpdatedRows) === 0) return { ok: false, reason: 'stale' } as const;
        const changed = isCredentialChange(user, changes) ? await applyCredentialChange(trx, id, at, keep) : null;
        const after = (await findById(trx, id))!;
        const endedSessions = changed?.endedSessions ?? 0;
        await audited(trx, audit, { before: user, after, endedSessions }, changed);
        return { ok: true, user: after, endedSessions } as const;
      });
    },

    deleteUser(id, audit) {
      return withAdminGuard(async (trx) => {
        const user = await findById(trx, id);
        if (!user) return { ok: false, reason: 'not_found' } as const;
        if (removesAnAdmin(user, 'delete') && !(await otherEnabledAdminExists(trx, id))) {
          return { ok: false, reason: 'last_admin' } as const;
        }
        await trx.deleteFrom('users').where('id', '=', id).execute();
        await audited(trx, audit, user);
        return { ok: true, user } as const;
      });
    },
  };
}
