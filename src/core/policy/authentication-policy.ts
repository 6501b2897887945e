// The administrator's policy of SPEC 2.7: which MFA methods are allowed (the app always is) and
// whether MFA is enforced. Read from storage on use, so a change on one instance applies on all.
import type { Store } from '../ports.js';
import { MFA_METHODS, type MfaMethod, type User } from '../users/user.js';

export interface AuthenticationPolicy {
  allowedMethods: MfaMethod[];
  enforceMfa: boolean;
}

export const AUTHENTICATION_POLICY_KEY = 'authentication_policy';
export const DEFAULT_AUTHENTICATION_POLICY: AuthenticationPolicy = { allowedMethods: ['totp', 'email'], enforceMfa: false };

export async function readAuthenticationPolicy(store: Store): Promise<AuthenticationPolicy> {
  const saved = (await store.readSetting(AUTHENTICATION_POLICY_KEY)) as Partial<AuthenticationPolicy> | null;
  if (!saved) return DEFAULT_AUTHENTICATION_POLICY;
  const allowed = (saved.allowedMethods ?? []).filter((m): m is MfaMethod => (MFA_METHODS as readonly string[]).includes(m));
  // The authenticator app can never be disallowed (vStor: "Authenticating via an app cannot be disallowed").
  return { allowedMethods: allowed.includes('totp') ? allowed : ['totp', ...allowed], enforceMfa: saved.enforceMfa === true };
}

/** Must this user enroll (again) before getting a session? */
export function mustEnroll(user: Pick<User, 'mfaMethod'>, policy: AuthenticationPolicy): boolean {
  if (user.mfaMethod === null) return policy.enforceMfa;
  return !policy.allowedMethods.includes(user.mfaMethod);
}
