// Adding an authenticator (SPEC 2.3, §2.12): start → verify a first code → active. The row being
// added is bound to the session or sign-in flow that started it (its chain): nothing else may verify
// or finish it (SPEC §2.11). The first-enrollment wizard (enrollment.ts) adds with recovery codes
// and a Finish step; once MFA is on, another authenticator is active as soon as it is verified.
import { randomBytes } from 'node:crypto';
import { auditChange, recordAuditEvent } from '../audit/audit-log.js';
import { MINUTE } from '../clock.js';
import type { Client, CoreContext } from '../context.js';
import type { KeepAlive } from '../ports.js';
import { readAuthenticationPolicy, requiredKindFor } from '../policy/authentication-policy.js';
import { claimAttempt, recordSuccessfulAttempt, userSubject } from '../throttling/throttling.js';
import { announceCredentialChange } from '../users/credential-change.js';
import type { User } from '../users/user.js';
import { type Authenticator, type AuthenticatorKind, normalizeAuthenticatorName, type PendingAuthenticator } from './authenticator.js';
import { strategies } from './registry.js';
import type { BeginAddingResult, ChallengeAnswer, SetupDetails } from './strategy.js';
import { relyingPartyFor } from './webauthn/relying-party.js';

/** Time to install an app, scan the code and (in the wizard) save the recovery codes. */
export const ADDING_LIFETIME = 15 * MINUTE;

export type StartAddingResult =
  | { ok: true; authenticator: Pick<Authenticator, 'id' | 'kind' | 'name'>; setup: SetupDetails }
  | { ok: false; reason: 'mfa_method_not_allowed' | 'invalid_authenticator_name' | 'authenticator_name_taken' }
  | Exclude<BeginAddingResult, { ok: true }>;

/** The first of a kind gets the kind's name; later ones are numbered ("Authenticator app 2"). */
function defaultName(kind: AuthenticatorKind, existing: readonly Authenticator[]): string {
  const base = strategies[kind].defaultName;
  const taken = new Set(existing.map((a) => a.name.toLowerCase()));
  if (!taken.has(base.toLowerCase())) return base;
  for (let n = 2; ; n++) if (!taken.has(`${base} ${n}`.toLowerCase())) return `${base} ${n}`;
}

export async function startAddingAuthenticator(
  ctx: CoreContext,
  input: { user: User; kind: AuthenticatorKind; name?: string | undefined; purpose: PendingAuthenticator['purpose']; chain: string; client: Client },
): Promise<StartAddingResult> {
  const { user, kind, client } = input;
  const policy = await readAuthenticationPolicy(ctx.store);
  if (!policy.allowedMethods.includes(kind)) return { ok: false, reason: 'mfa_method_not_allowed' };
  // An administrator who must hold a security key enrolls one, not another kind that would not do.
  const required = requiredKindFor(user, policy);
  if (input.purpose === 'enrollment' && required !== null && !user.mfaKinds.includes(required) && kind !== required) return { ok: false, reason: 'mfa_method_not_allowed' };
  const unavailable = strategies[kind].whyUnavailable(user);
  if (unavailable) return { ok: false, reason: unavailable };
  // The wizard's authenticator replaces the others at Finish: it takes the plain name.
  const existing = input.purpose === 'addition' ? await ctx.store.listAuthenticators(user.id) : [];
  const name = input.name === undefined ? defaultName(kind, existing) : normalizeAuthenticatorName(input.name);
  if (name === null) return { ok: false, reason: 'invalid_authenticator_name' };
  if (existing.some((a) => a.name.toLowerCase() === name.toLowerCase())) return { ok: false, reason: 'authenticator_name_taken' };
  const now = ctx.clock.now();
  const pending = { id: randomBytes(12).toString('base64url'), userId: user.id, kind, name, createdAt: now, purpose: input.purpose, boundTo: input.chain, expiresAt: now + ADDING_LIFETIME };
  const begun = await strategies[kind].beginAdding(ctx, { user, pending, client, relyingParty: relyingPartyFor(ctx.settings.webauthn, client.origin) });
  if (!begun.ok) return begun;
  await recordAuditEvent(ctx, {
    type: 'mfa_enrollment_started',
    outcome: 'success',
    actor: user,
    target: user,
    client,
    details: { method: kind, name, purpose: input.purpose, changing_from: user.mfaKinds[0] ?? null },
  });
  return { ok: true, authenticator: { id: pending.id, kind, name }, setup: begun.setup };
}

/** The caller's authenticator being added: started by this chain, not expired. */
export async function findOwnPendingAuthenticator(ctx: CoreContext, user: User, chain: string, id: string): Promise<PendingAuthenticator | null> {
  const pending = await ctx.store.findPendingAuthenticator(user.id, id, ctx.clock.now());
  return pending && pending.boundTo === chain ? pending : null;
}

export async function resendSetupCode(ctx: CoreContext, user: User, pending: PendingAuthenticator, client: Client): Promise<BeginAddingResult | { ok: false; reason: 'not_found' }> {
  const resend = strategies[pending.kind].resendSetup;
  if (!resend || pending.verifiedAt !== null) return { ok: false, reason: 'not_found' };
  return resend(ctx, { user, pending, client });
}

export type VerifyAddingResult = { ok: true } | { ok: false; reason: 'wrong_code' | 'locked' } | { ok: false; reason: 'throttled'; retryAfterInSeconds: number };

/** Checks the first code from the authenticator being added, under the kind's throttle. */
export async function verifyPendingAuthenticator(ctx: CoreContext, user: User, pending: PendingAuthenticator, answer: ChallengeAnswer, client: Client): Promise<VerifyAddingResult> {
  const strategy = strategies[pending.kind];
  await strategy.assertReadable?.(ctx, pending.id);
  const claim = await claimAttempt(ctx, userSubject(user), strategy.throttleFactor);
  if (!claim.ok) return claim;
  const verdict = await strategy.verifyAdding(ctx, { user, pending, answer, relyingParty: relyingPartyFor(ctx.settings.webauthn, client.origin) });
  if (verdict !== 'ok') {
    await recordAuditEvent(ctx, { type: 'second_factor_failed', outcome: 'failure', actor: user, target: user, client, details: { factor: strategy.throttleFactor, during: 'enrollment' } });
    return { ok: false, reason: 'wrong_code' };
  }
  await recordSuccessfulAttempt(ctx, userSubject(user), strategy.throttleFactor);
  return { ok: true };
}

export type AdditionResult = { ok: true; user: User; authenticator: Authenticator; endedSessions: number } | { ok: false; reason: 'not_found' | 'authenticator_limit_reached' };

/** Another authenticator, verified: active now. A credential change (SPEC §2.11): other sessions end. */
export async function activateAddedAuthenticator(ctx: CoreContext, input: { user: User; pending: PendingAuthenticator; keep: KeepAlive; client: Client }): Promise<AdditionResult> {
  const { pending, client } = input;
  // The event is written in the activation's transaction (SPEC §2.15).
  const recorded = auditChange(ctx, (done: { user: User; endedSessions: number }) => ({
    type: 'authenticator_added',
    outcome: 'success',
    actor: input.user,
    target: done.user,
    client,
    details: { kind: pending.kind, name: pending.name, authenticator_id: pending.id, ended_sessions: done.endedSessions },
  }));
  const activated = await ctx.store.activateAuthenticator(pending.id, ctx.clock.now(), input.keep, { replaceOthers: false, maxOfKind: strategies[pending.kind].maxPerUser }, recorded.audit);
  if (!activated.ok) return activated;
  recorded.announce();
  await announceCredentialChange(ctx, { user: activated.user, actor: input.user, client, notify: { kind: 'authenticator_added', authenticatorKind: pending.kind, name: pending.name } });
  return { ok: true, user: activated.user, authenticator: activated.authenticator, endedSessions: activated.endedSessions };
}
