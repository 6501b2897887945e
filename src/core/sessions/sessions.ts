// Console sessions (SPEC 2.2; ASVS 5.0 V7): an opaque 256-bit token in the cookie, only its
// SHA-256 in storage; idle and absolute timeouts enforced here, on the server.
import { randomBytes } from 'node:crypto';
import { MINUTE } from '../clock.js';
import type { Client, CoreContext } from '../context.js';
import { generateToken, hashToken } from '../crypto/server-keys.js';
import type { Session, SessionCompletion } from '../ports.js';
import type { User } from '../users/user.js';

/** last_seen_at is written at most once a minute: idle expiry is exact to within that minute. */
export const TOUCH_INTERVAL = MINUTE;

export interface IssuedSession {
  token: string;
  session: Session;
}

export async function issueSession(
  ctx: CoreContext,
  user: User,
  options: {
    aal: 1 | 2;
    authenticatedAt: number;
    client: Client;
    /** Keep a renewed session's absolute end. */
    expiresAt?: number;
    /** How the sign-in passed (SPEC §2.14 shows a trusted browser apart from a code). */
    completedBy?: SessionCompletion;
  },
): Promise<IssuedSession> {
  const now = ctx.clock.now();
  const token = generateToken(32);
  const session: Session = {
    id: randomBytes(12).toString('base64url'),
    userId: user.id,
    createdAt: now,
    lastSeenAt: now,
    expiresAt: options.expiresAt ?? now + ctx.settings.sessionAbsoluteTimeoutInMilliseconds,
    authenticatedAt: options.authenticatedAt,
    aal: options.aal,
    clientAddress: options.client.address,
    userAgent: options.client.userAgent.slice(0, 512),
    securityStamp: user.securityStamp,
    completedBy: options.completedBy ?? null,
  };
  await ctx.store.createSession(session, hashToken(token));
  return { token, session };
}

export type SessionLookup =
  | { ok: true; session: Session; user: User }
  | { ok: false; reason: 'unknown' | 'expired' | 'idle' | 'user_disabled' | 'credentials_changed' };

export async function resolveSession(ctx: CoreContext, token: string): Promise<SessionLookup> {
  // Tokens we issue are 43 characters; anything else cannot match and costs no lookup.
  if (token.length !== 43) return { ok: false, reason: 'unknown' };
  const found = await ctx.store.findSessionByTokenHash(hashToken(token));
  if (!found) return { ok: false, reason: 'unknown' };
  const { session, user } = found;
  const now = ctx.clock.now();
  if (session.expiresAt <= now) return { ok: false, reason: 'expired' };
  if (session.lastSeenAt + ctx.settings.sessionIdleTimeoutInMilliseconds <= now) return { ok: false, reason: 'idle' };
  if (user.disabledAt !== null) return { ok: false, reason: 'user_disabled' };
  // SPEC §2.11: a credential change ends every session but the one that made it (carried over to
  // the new stamp in the same transaction); one that read the old row a moment before still stops.
  if (session.securityStamp !== user.securityStamp) return { ok: false, reason: 'credentials_changed' };
  if (now - session.lastSeenAt >= TOUCH_INTERVAL) {
    await ctx.store.touchSession(session.id, now);
    // What the store answers may be shared (kept in memory): never changed in place.
    return { ok: true, session: { ...session, lastSeenAt: now }, user };
  }
  return { ok: true, session, user };
}

/** Describes a session for its owner; `current` marks the one making the request. */
export function describeSession(session: Session, currentSessionId: string | null, idleTimeoutInMilliseconds: number) {
  return {
    id: session.id,
    current: session.id === currentSessionId,
    created_at: new Date(session.createdAt).toISOString(),
    last_seen_at: new Date(session.lastSeenAt).toISOString(),
    expires_at: new Date(Math.min(session.expiresAt, session.lastSeenAt + idleTimeoutInMilliseconds)).toISOString(),
    mfa: session.aal === 2,
    completed_by: session.completedBy ?? null,
    client_address: session.clientAddress,
    user_agent: session.userAgent,
  };
}
