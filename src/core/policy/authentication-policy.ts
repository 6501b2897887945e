// The administrator's policy of SPEC 2.7: which authenticator kinds are allowed (the app always is)
// and whether MFA is enforced. Read from storage on use, so a change on one instance applies on all.
import { AUTHENTICATOR_KINDS, type AuthenticatorKind, isAuthenticatorKind } from '../authenticators/authenticator.js';
import type { Store } from '../ports.js';
import { DEFAULT_TRUSTED_BROWSER_DAYS, MAX_TRUSTED_BROWSER_DAYS } from '../trusted-browsers/trusted-browser.js';
import type { User } from '../users/user.js';

export interface AuthenticationPolicy {
  allowedMethods: AuthenticatorKind[];
  enforceMfa: boolean;
  /** "Don't ask again on this browser for N days" (SPEC §2.14): 0 to 90, 0 hides the checkbox. */
  trustedBrowserDays: number;
}

export const AUTHENTICATION_POLICY_KEY = 'authentication_policy';
export const DEFAULT_AUTHENTICATION_POLICY: AuthenticationPolicy = { allowedMethods: [...AUTHENTICATOR_KINDS], enforceMfa: false, trustedBrowserDays: DEFAULT_TRUSTED_BROWSER_DAYS };

/** A saved N, if it is one (a policy saved before trusted browsers existed has none: the default). */
export function validTrustedBrowserDays(days: unknown): number | null {
  return Number.isInteger(days) && (days as number) >= 0 && (days as number) <= MAX_TRUSTED_BROWSER_DAYS ? (days as number) : null;
}

export async function readAuthenticationPolicy(store: Store): Promise<AuthenticationPolicy> {
  const saved = (await store.readSetting(AUTHENTICATION_POLICY_KEY)) as Partial<AuthenticationPolicy> | null;
  if (!saved) return DEFAULT_AUTHENTICATION_POLICY;
  const allowed = (saved.allowedMethods ?? []).filter(isAuthenticatorKind);
  // The authenticator app can never be disallowed (vStor: "Authenticating via an app cannot be disallowed").
  return {
    allowedMethods: allowed.includes('totp') ? allowed : ['totp', ...allowed],
    enforceMfa: saved.enforceMfa === true,
    trustedBrowserDays: validTrustedBrowserDays(saved.trustedBrowserDays) ?? DEFAULT_TRUSTED_BROWSER_DAYS,
  };
}

/**
 * Must this user add an authenticator before getting a session? Without any: when MFA is enforced.
 * With some: when none of them is of an allowed kind (a user with one allowed simply uses it).
 */
export function mustEnroll(user: Pick<User, 'mfaKinds'>, policy: Pick<AuthenticationPolicy, 'allowedMethods' | 'enforceMfa'>): boolean {
  if (user.mfaKinds.length === 0) return policy.enforceMfa;
  return !user.mfaKinds.some((kind) => policy.allowedMethods.includes(kind));
}
