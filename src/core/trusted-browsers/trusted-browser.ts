// A trusted browser (SPEC §2.14): a browser in which a user passed the second factor and asked not
// to be asked again for N days. Its cookie holds `<id>.<secret>` (128-bit id, 256-bit secret); the
// store keeps the secret's SHA-256 only, replaced at every use while the absolute expiry stays.
import { DAY } from '../clock.js';
import { generateToken } from '../crypto/server-keys.js';
import { describeUserAgent } from './user-agent.js';

export interface TrustedBrowser {
  /** Public id: in the cookie's token, in lists and in Forget. */
  id: string;
  userId: string;
  createdAt: number;
  /** Absolute: set at the grant, never moved by a use. */
  expiresAt: number;
  lastUsedAt: number | null;
  lastUsedAddress: string | null;
  /** Where and in what browser trust was granted. */
  clientAddress: string;
  userAgent: string;
  /** The user's security stamp at the grant: trust dies with it (SPEC §2.11). */
  securityStamp: number;
}

export interface NewTrustedBrowser extends TrustedBrowser {
  /** SHA-256 of the browser id cookie: one trusted browser per user per browser. */
  browserIdHash: string;
  tokenHash: string;
}

/** The administrator's N: default 30 days, 0 (off) to 90. */
export const DEFAULT_TRUSTED_BROWSER_DAYS = 30;
export const MAX_TRUSTED_BROWSER_DAYS = 90;

export const trustLifetimeOf = (days: number) => days * DAY;

/** Why trust ended: a credential change names itself by its audit event type (password_changed, …). */
export type TrustRevocationReason = 'forgotten' | 'forgotten_by_admin' | 'signed_out_everywhere' | 'lifetime_lowered' | 'token_replayed' | 'token_from_other_browser';

const ID_BYTES = 12;
const SECRET_BYTES = 32;
const ID_LENGTH = 16;
const SECRET_LENGTH = 43;
const BASE64URL = /^[A-Za-z0-9_-]+$/;

export function newTrustedBrowserToken(): { id: string; secret: string; token: string } {
  const id = generateToken(ID_BYTES);
  return { id, ...rotatedToken(id) };
}

/** A new secret for the same trusted browser. */
export function rotatedToken(id: string): { secret: string; token: string } {
  const secret = generateToken(SECRET_BYTES);
  return { secret, token: `${id}.${secret}` };
}

/** `<id>.<secret>` as we issue them; anything else is no token (and costs no lookup). */
export function parseTrustedBrowserToken(token: string | undefined): { id: string; secret: string } | null {
  if (token === undefined || token.length !== ID_LENGTH + 1 + SECRET_LENGTH) return null;
  const [id, secret] = token.split('.');
  if (id?.length !== ID_LENGTH || secret?.length !== SECRET_LENGTH || !BASE64URL.test(id) || !BASE64URL.test(secret)) return null;
  return { id, secret };
}

/** As the account page and the API show it: never the token or a hash. */
export function describeTrustedBrowser(trusted: TrustedBrowser, currentId: string | null) {
  const { browser, system } = describeUserAgent(trusted.userAgent);
  return {
    id: trusted.id,
    current: trusted.id === currentId,
    browser,
    os: system,
    user_agent: trusted.userAgent,
    created_at: new Date(trusted.createdAt).toISOString(),
    created_address: trusted.clientAddress,
    last_used_at: trusted.lastUsedAt === null ? null : new Date(trusted.lastUsedAt).toISOString(),
    last_used_address: trusted.lastUsedAddress,
    expires_at: new Date(trusted.expiresAt).toISOString(),
  };
}
