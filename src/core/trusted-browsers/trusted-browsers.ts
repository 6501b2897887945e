// Trusted browsers (SPEC §2.14). A successful second factor with "Don't ask again on this browser"
// trusts the browser for N days (the administrator's setting). A later console sign-in of the same
// user in that browser passes with the password alone: the sign-in flow that the password started is
// completed here instead of by a code. Never for HTTP Basic, API keys or forward auth (they never
// reach this), never for a step-up (which always asks for a code in its own request).
//
// Each use rotates the secret (compare-and-set) and keeps the absolute expiry. A token that does not
// match the stored secret can only be an old one (the id is in the token and random): a replay,
// so the trusted browser is revoked and audited. So is a token presented from another browser.
import { auditChange, recordAuditEvent } from '../audit/audit-log.js';
import type { Client, CoreContext } from '../context.js';
import { hashToken } from '../crypto/server-keys.js';
import { readAuthenticationPolicy } from '../policy/authentication-policy.js';
import type { Session } from '../ports.js';
import { type IssuedSession, issueSession } from '../sessions/sessions.js';
import { findLiveSignInFlow } from '../sign-in/live-sign-in-flow.js';
import { stateAfterSecondFactor } from '../sign-in/sign-in-flow.js';
import { hasMfa, type User } from '../users/user.js';
import { browserIdHashOf } from './known-browsers.js';
import { newTrustedBrowserToken, parseTrustedBrowserToken, rotatedToken, type TrustedBrowser, type TrustRevocationReason, trustLifetimeOf } from './trusted-browser.js';

type Actor = { user: Pick<User, 'id' | 'username'> | null; client: Client | null };

export interface GrantedTrust {
  token: string;
  trusted: TrustedBrowser;
}

/**
 * After a second factor passed with "trust this browser": trusts the browser for the policy's N
 * days. Null when N is 0 (the checkbox is hidden) or the user's credentials changed since the code
 * was accepted (the session carries the stamp it was accepted under).
 */
export async function trustBrowser(ctx: CoreContext, input: { user: User; session: Session; browserId: string; client: Client }): Promise<GrantedTrust | null> {
  const { user, session, client } = input;
  const days = (await readAuthenticationPolicy(ctx.store)).trustedBrowserDays;
  if (days === 0 || !hasMfa(user)) return null;
  const now = ctx.clock.now();
  const { id, secret, token } = newTrustedBrowserToken();
  const trusted: TrustedBrowser = {
    id,
    userId: user.id,
    createdAt: now,
    expiresAt: now + trustLifetimeOf(days),
    lastUsedAt: null,
    lastUsedAddress: null,
    clientAddress: client.address,
    userAgent: client.userAgent.slice(0, 512),
    securityStamp: session.securityStamp,
  };
  const recorded = auditChange(ctx, ({ replaced }: { replaced: boolean }) => ({
    type: 'trusted_browser_granted',
    outcome: 'success',
    actor: user,
    target: user,
    client,
    details: { trusted_browser_id: id, days, expires_at: new Date(trusted.expiresAt).toISOString(), replaced },
  }));
  const granted = await ctx.store.trustBrowser({ ...trusted, browserIdHash: browserIdHashOf(input.browserId), tokenHash: hashToken(secret) }, recorded.audit);
  if (!granted.ok) return null;
  recorded.announce();
  return { token, trusted };
}

export type TrustedSignIn =
  | { ok: true; user: User; issued: IssuedSession; token: string; trusted: TrustedBrowser }
  /** Nothing to use (no or an unknown token, expired, not this user's, N is 0): ask for the code. */
  | { ok: false; reason: 'not_trusted' }
  /** A rotated-away token, or one from another browser: revoked. Ask for the code. */
  | { ok: false; reason: 'revoked' }
  | { ok: false; reason: 'sign_in_expired' };

/**
 * A sign-in waiting for its second factor, in a browser that presents a trusted-browser token of
 * the same user: completes it (AAL 2, `completed_by: trusted_browser`) and answers the rotated token.
 */
export async function signInWithTrustedBrowser(
  ctx: CoreContext,
  input: { flowToken: string | undefined; presented: string | undefined; browserId: string | undefined; client: Client },
): Promise<TrustedSignIn> {
  const parsed = parseTrustedBrowserToken(input.presented);
  if (!parsed) return { ok: false, reason: 'not_trusted' };
  const live = await findLiveSignInFlow(ctx, input.flowToken, ['awaiting_second_factor']);
  if (!live.ok) return { ok: false, reason: 'sign_in_expired' };
  const { flow, user } = live;
  const { client } = input;
  const policy = await readAuthenticationPolicy(ctx.store);
  // Only when a code would have finished the sign-in: nothing still due (an enrollment) is skipped.
  if (policy.trustedBrowserDays === 0 || stateAfterSecondFactor(user, policy).name !== 'authenticated') return { ok: false, reason: 'not_trusted' };
  const found = await ctx.store.findTrustedBrowser(parsed.id);
  const now = ctx.clock.now();
  if (!found || found.trusted.userId !== user.id) return { ok: false, reason: 'not_trusted' };
  const { trusted } = found;
  // Compared as hashes of equal length: no timing difference tells anything about the secret.
  if (hashToken(parsed.secret) !== found.tokenHash) return revoke(ctx, user, trusted, 'token_replayed', client);
  if (input.browserId === undefined || browserIdHashOf(input.browserId) !== found.browserIdHash) return revoke(ctx, user, trusted, 'token_from_other_browser', client);
  const lifetimeEnd = Math.min(trusted.expiresAt, trusted.createdAt + trustLifetimeOf(policy.trustedBrowserDays));
  if (lifetimeEnd <= now || trusted.securityStamp !== user.securityStamp) return { ok: false, reason: 'not_trusted' };

  // Single use of the flow first: only the request that consumed it may rotate and get a session.
  if (!(await ctx.store.consumeSignInFlow(flow.id))) return { ok: false, reason: 'sign_in_expired' };
  const next = rotatedToken(trusted.id);
  const recorded = auditChange(ctx, (rotated: TrustedBrowser) => ({
    type: 'trusted_browser_used',
    outcome: 'success',
    actor: user,
    target: user,
    client,
    details: { trusted_browser_id: rotated.id, token_rotated: true, expires_at: new Date(rotated.expiresAt).toISOString() },
  }));
  const rotated = await ctx.store.rotateTrustedBrowserToken(trusted.id, found.tokenHash, hashToken(next.secret), now, client.address, recorded.audit);
  if (!rotated) {
    // Another request rotated it between our read and our write: one of the two holds a stolen copy.
    // (Gone altogether: a revocation won the race; nothing more to do.)
    if (await ctx.store.findTrustedBrowser(trusted.id)) await revoke(ctx, user, trusted, 'token_replayed', client);
    return { ok: false, reason: 'sign_in_expired' };
  }
  recorded.announce();
  const issued = await issueSession(ctx, user, { aal: 2, authenticatedAt: now, client, completedBy: 'trusted_browser' });
  await recordAuditEvent(ctx, { type: 'sign_in_succeeded', outcome: 'success', actor: user, target: user, client, details: { aal: 2, factor: 'trusted_browser', trusted_browser_id: trusted.id } });
  return { ok: true, user, issued, token: next.token, trusted: rotated };
}

async function revoke(ctx: CoreContext, user: User, trusted: TrustedBrowser, reason: TrustRevocationReason, client: Client): Promise<TrustedSignIn> {
  ctx.log.warn({ event: 'trusted_browser_revoked', userId: user.id, trustedBrowserId: trusted.id, reason }, 'a trusted-browser token was presented that is no longer valid: the browser is no longer trusted');
  await revokeTrust(ctx, { user, client }, user, { id: trusted.id }, reason);
  return { ok: false, reason: 'revoked' };
}

/** Forget one (`id`) or all of a user's trusted browsers; answers how many were forgotten. Audited with the reason. */
export async function revokeTrust(ctx: CoreContext, actor: Actor, target: Pick<User, 'id' | 'username'>, which: { id?: string }, reason: TrustRevocationReason): Promise<number> {
  const recorded = auditChange(ctx, (revoked: TrustedBrowser[]) => ({
    type: 'trusted_browser_revoked',
    outcome: 'success',
    actor: actor.user,
    target,
    client: actor.client,
    details: { reason, revoked: revoked.length, ...(which.id !== undefined && { trusted_browser_id: which.id }) },
  }));
  const revoked = await ctx.store.revokeTrustedBrowsers(target.id, which, recorded.audit);
  if (revoked.length > 0) recorded.announce();
  return revoked.length;
}

/** The administrator lowered N: trust older than the new N ends now, the rest ends N days after it was granted. */
export async function limitTrustLifetime(ctx: CoreContext, actor: Actor, days: number): Promise<number> {
  const recorded = auditChange(ctx, (revoked: TrustedBrowser[]) => ({
    type: 'trusted_browser_revoked',
    outcome: 'success',
    actor: actor.user,
    client: actor.client,
    details: { reason: 'lifetime_lowered' satisfies TrustRevocationReason, days, revoked: revoked.length, users: new Set(revoked.map((t) => t.userId)).size },
  }));
  const revoked = await ctx.store.limitTrustedBrowserLifetime(trustLifetimeOf(days), ctx.clock.now(), recorded.audit);
  if (revoked.length > 0) recorded.announce();
  return revoked.length;
}
