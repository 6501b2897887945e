// A user's MFA status is derived from their authenticators whenever the user is read, so it can
// never disagree with them: one correlated subquery, the kinds of the active authenticators, the
// most recently used first. string_agg with ORDER BY is PostgreSQL's, and SQLite's since 3.44 (the
// version better-sqlite3 bundles is newer).
import { sql } from 'kysely';
import { type AuthenticatorKind, isAuthenticatorKind } from '../core/authenticators/authenticator.js';

export function mfaKindsOf(userIdColumn: string) {
  return sql<string | null>`(SELECT string_agg(a.kind, ',' ORDER BY coalesce(a.last_used_at, a.activated_at) DESC, a.id) FROM authenticators a WHERE a.user_id = ${sql.ref(userIdColumn)} AND a.activated_at IS NOT NULL)`.as('mfa_kinds');
}

/** The column back as kinds, each once, in order. */
export function parseMfaKinds(value: string | null): AuthenticatorKind[] {
  if (value === null || value === '') return [];
  return [...new Set(value.split(','))].filter(isAuthenticatorKind);
}
