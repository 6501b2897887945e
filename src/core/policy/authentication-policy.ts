// The administrator's policy of SPEC 2.7: which authenticator kinds are allowed (the app always is)
// and whether MFA is enforced. Read from storage on use, so a change on one instance applies on all.
import { AUTHENTICATOR_KINDS, type AuthenticatorKind, isAuthenticatorKind } from '../authenticators/authenticator.js';
import type { Store } from '../ports.js';
import { DEFAULT_TRUSTED_BROWSER_DAYS, MAX_TRUSTED_BROWSER_DAYS } from '../trusted-browsers/trusted-browser.js';
import type { User } from '../users/user.js';

export interface AuthenticationPolicy {
  allowedMethods: AuthenticatorKind[];
  enforceMfa: boolean;
  /** "Require a security key or passkey for administrators" (SPEC 2.13). */
  requireWebAuthnForAdmins: boolean;
  /** Whether a passkey alone may sign a user in (SPEC 2.13); on by default. */
  allowPasswordless: boolean;
  /** "Don't ask again on this browser for N days" (SPEC §2.14): 0 to 90, 0 hides the checkbox. */
  trustedBrowserDays: number;
}

export const AUTHENTICATION_POLICY_KEY = 'authentication_policy';
export const DEFAULT_AUTHENTICATION_POLICY: AuthenticationPolicy = {
  allowedMethods: [...AUTHENTICATOR_KINDS],
  enforceMfa: false,
  requireWebAuthnForAdmins: false,
  allowPasswordless: true,
  trustedBrowserDays: DEFAULT_TRUSTED_BROWSER_DAYS,
};

/** A saved N, if it is one (a policy saved before trusted browsers existed has none: the default). */
export function validTrustedBrowserDays(days: unknown): number | null {
  return Number.isInteger(days) && (days as number) >= 0 && (days as number) <= MAX_TRUSTED_BROWSER_DAYS ? (days as number) : null;
}

export async function readAuthenticationPolicy(store: Store): Promise<AuthenticationPolicy> {
  const saved = (await store.readSetting(AUTHENTICATION_POLICY_KEY)) as Partial<AuthenticationPolicy> | null;
  if (!saved) return DEFAULT_AUTHENTICATION_POLICY;
  const allowed = (saved.allowedMethods ?? []).filter(isAuthenticatorKind);
  // The authenticator app can never be disallowed (vStor: "Authenticating via an app cannot be disallowed").
  const allowedMethods: AuthenticatorKind[] = allowed.includes('totp') ? allowed : ['totp', ...allowed];
  return {
    allowedMethods,
    enforceMfa: saved.enforceMfa === true,
    // Only meaningful while security keys are allowed at all.
    requireWebAuthnForAdmins: saved.requireWebAuthnForAdmins === true && allowedMethods.includes('webauthn'),
    allowPasswordless: saved.allowPasswordless !== false,
    trustedBrowserDays: validTrustedBrowserDays(saved.trustedBrowserDays) ?? DEFAULT_TRUSTED_BROWSER_DAYS,
  };
}

/**
 * Must this user add an authenticator before getting a session? Without any: when MFA is enforced.
 * With some: when none of them is of an allowed kind (a user with one allowed simply uses it).
 */
export function mustEnroll(user: Pick<User, 'mfaKinds' | 'role'>, policy: AuthenticationPolicy): boolean {
  if (requiredKindFor(user, policy) !== null && !user.mfaKinds.includes('webauthn')) return true;
  if (user.mfaKinds.length === 0) return policy.enforceMfa;
  return !user.mfaKinds.some((kind) => policy.allowedMethods.includes(kind));
}

/**
 * The kind this user must hold, or null: administrators must hold a security key or passkey when the
 * policy says so (an admin without one adds one at next sign-in, as enforcement makes users enroll).
 */
export function requiredKindFor(user: Pick<User, 'role'>, policy: AuthenticationPolicy): 'webauthn' | null {
  return policy.requireWebAuthnForAdmins && user.role === 'admin' ? 'webauthn' : null;
}
