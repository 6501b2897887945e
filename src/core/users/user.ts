import type { AuthenticatorKind } from '../authenticators/authenticator.js';

export const ROLES = ['admin', 'standard'] as const;
export type Role = (typeof ROLES)[number];

export interface User {
  id: string;
  /** As entered at creation; unique without regard to case. */
  username: string;
  email: string | null;
  role: Role;
  passwordHash: string;
  mustChangePassword: boolean;
  disabledAt: number | null;
  /**
   * The kinds of the user's authenticators, the most recently used first (derived from them when the
   * user is read); MFA is on while there is one.
   */
  mfaKinds: readonly AuthenticatorKind[];
  /** Bumped on every change to credentials, role, status or MFA: cached credentials compare it. */
  securityStamp: number;
  createdAt: number;
  updatedAt: number;
}

/** What an API answer may show of a user: never the hash. */
export function describeUser(user: User) {
  return {
    id: user.id,
    username: user.username,
    email: user.email,
    role: user.role,
    disabled: user.disabledAt !== null,
    must_change_password: user.mustChangePassword,
    mfa_enabled: user.mfaKinds.length > 0,
    /** Kept for older clients: the kind of the authenticator used most recently. */
    mfa_method: user.mfaKinds[0] ?? null,
    mfa_kinds: [...user.mfaKinds],
    created_at: new Date(user.createdAt).toISOString(),
  };
}

export function normalizeUsername(username: string): string {
  return username.normalize('NFC').toLowerCase();
}

export function hasMfa(user: Pick<User, 'mfaKinds'>): boolean {
  return user.mfaKinds.length > 0;
}
