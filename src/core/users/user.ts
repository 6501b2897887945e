export const ROLES = ['admin', 'standard'] as const;
export type Role = (typeof ROLES)[number];

export const MFA_METHODS = ['totp', 'email'] as const;
export type MfaMethod = (typeof MFA_METHODS)[number];

export interface User {
  id: string;
  /** As entered at creation; unique without regard to case. */
  username: string;
  email: string | null;
  role: Role;
  passwordHash: string;
  mustChangePassword: boolean;
  disabledAt: number | null;
  /** The enrolled factor, or null when MFA is off. */
  mfaMethod: MfaMethod | null;
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
    mfa_enabled: user.mfaMethod !== null,
    mfa_method: user.mfaMethod,
    created_at: new Date(user.createdAt).toISOString(),
  };
}

export function normalizeUsername(username: string): string {
  return username.normalize('NFC').toLowerCase();
}
