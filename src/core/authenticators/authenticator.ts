// Authenticators (SPEC §2.12): the enrolled ways past the second factor. A user may hold several;
// each has a kind from the one list below, from which every union of kinds (route schemas, the
// administrator's allowed methods, the strategy registry) is built.
export const AUTHENTICATOR_KINDS = ['totp', 'email', 'webauthn'] as const;
export type AuthenticatorKind = (typeof AUTHENTICATOR_KINDS)[number];

export function isAuthenticatorKind(value: string): value is AuthenticatorKind {
  return (AUTHENTICATOR_KINDS as readonly string[]).includes(value);
}

export interface Authenticator {
  id: string;
  userId: string;
  kind: AuthenticatorKind;
  name: string;
  createdAt: number;
  lastUsedAt: number | null;
}

/** Being added: bound to the session or sign-in flow that started it, until it expires. */
export interface PendingAuthenticator extends Authenticator {
  /** `enrollment`: the first-enrollment wizard (recovery codes, then Finish); `addition`: active once verified. */
  purpose: 'enrollment' | 'addition';
  boundTo: string;
  expiresAt: number;
  verifiedAt: number | null;
  /** The wizard's recovery codes, set at verification, installed at Finish. */
  recoveryCodeHashes: string[] | null;
}

/** Names are for the user's own lists: 1 to 64 characters, no control characters. */
export function normalizeAuthenticatorName(name: string): string | null {
  const trimmed = name.trim().replace(/\s+/g, ' ');
  return trimmed.length >= 1 && trimmed.length <= 64 && !/\p{Cc}/u.test(trimmed) ? trimmed : null;
}

/** What a list shows of an authenticator: never a secret. */
export function describeAuthenticator(authenticator: Authenticator) {
  return {
    id: authenticator.id,
    kind: authenticator.kind,
    name: authenticator.name,
    created_at: new Date(authenticator.createdAt).toISOString(),
    last_used_at: authenticator.lastUsedAt === null ? null : new Date(authenticator.lastUsedAt).toISOString(),
  };
}

/** My own list: a security key or passkey says which it is (discoverable and user-verified at registration). */
export function describeOwnAuthenticators(authenticators: readonly Authenticator[], passkeyIds: ReadonlySet<string>) {
  return authenticators.map((a) => ({ ...describeAuthenticator(a), ...(a.kind === 'webauthn' && { passkey: passkeyIds.has(a.id) }) }));
}
