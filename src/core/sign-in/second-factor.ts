// POST /api/session/second-factor: awaiting_second_factor → authenticated (AAL 2), or on to what
// is still due (a password change, an enrollment when the user's authenticators are of kinds no
// longer allowed). The code is checked against the authenticator the user chose (SPEC §2.12). A
// challenge lasts 10 minutes and allows 5 wrong codes; then the flow is gone and sign-in starts over.
import { recordAuditEvent } from '../audit/audit-log.js';
import { chooseTarget, offeredAuthenticators, type SecondFactorChoice } from '../authenticators/second-factor-choice.js';
import { checkSecondFactor, factorOf } from '../authenticators/second-factor-check.js';
import { strategies } from '../authenticators/registry.js';
import type { Client, CoreContext } from '../context.js';
import type { SendEmailCodeResult } from '../email-code/email-code-challenge.js';
import { readAuthenticationPolicy } from '../policy/authentication-policy.js';
import type { EmailCodeBinding, PersistedSignInFlow } from '../ports.js';
import { type IssuedSession, issueSession } from '../sessions/sessions.js';
import type { User } from '../users/user.js';
import { findLiveSignInFlow } from './live-sign-in-flow.js';
import { SIGN_IN_FLOW_MAX_FAILURES, stateAfterSecondFactor } from './sign-in-flow.js';

export type SecondFactorResult =
  | { ok: true; state: 'authenticated'; user: User; issued: IssuedSession }
  | { ok: true; state: 'awaiting_enrollment' | 'awaiting_password_change'; user: User }
  | { ok: false; reason: 'sign_in_expired' | 'invalid_credentials' | 'replayed' | 'used' | 'locked' | 'method_not_enrolled' }
  | { ok: false; reason: 'throttled'; retryAfterInSeconds: number };

/** An e-mail code sent during sign-in is good for this flow only. */
export function signInBinding(flow: Pick<PersistedSignInFlow, 'id' | 'userId'>): EmailCodeBinding {
  return { userId: flow.userId, purpose: 'sign_in', boundTo: flow.id };
}

/** POST /api/session/email-code: sends a sign-in code, for the user's authenticator whose codes are sent (the e-mail one). */
export async function sendSignInCode(
  ctx: CoreContext,
  input: { flowToken: string | undefined; client: Client },
): Promise<SendEmailCodeResult | { ok: false; reason: 'sign_in_expired' | 'method_not_enrolled' }> {
  const live = await findLiveSignInFlow(ctx, input.flowToken, ['awaiting_second_factor']);
  if (!live.ok) return { ok: false, reason: 'sign_in_expired' };
  const offered = await offeredAuthenticators(ctx, live.user, await readAuthenticationPolicy(ctx.store));
  const send = offered.map((a) => strategies[a.kind].sendChallenge).find((sender) => sender !== undefined);
  if (!send) return { ok: false, reason: 'method_not_enrolled' };
  return send(ctx, { user: live.user, binding: signInBinding(live.flow), client: input.client });
}

export async function completeSecondFactor(
  ctx: CoreContext,
  input: { flowToken: string | undefined; choice: SecondFactorChoice; code: string; client: Client },
): Promise<SecondFactorResult> {
  const live = await findLiveSignInFlow(ctx, input.flowToken, ['awaiting_second_factor']);
  if (!live.ok) return { ok: false, reason: 'sign_in_expired' };
  const { flow, user } = live;
  const { client } = input;
  const policy = await readAuthenticationPolicy(ctx.store);
  const target = chooseTarget(await offeredAuthenticators(ctx, user, policy), input.choice);
  if (target === null) return { ok: false, reason: 'method_not_enrolled' };

  const checked = await checkSecondFactor(ctx, user, target, input.code, client, signInBinding(flow));
  if (!checked.ok) {
    if (checked.reason === 'throttled') return checked;
    if (checked.reason === 'locked') return { ok: false, reason: 'locked' };
    // A right code that was used already is no guess (and when two requests race with one code, the
    // loser must not end the sign-in the winner is completing): only wrong codes count against this
    // challenge, and the fifth ends it.
    if (checked.reason === 'replayed' || checked.reason === 'used') return { ok: false, reason: checked.reason };
    if ((await ctx.store.recordSignInFlowFailure(flow.id)) >= SIGN_IN_FLOW_MAX_FAILURES) {
      await ctx.store.consumeSignInFlow(flow.id);
      return { ok: false, reason: 'sign_in_expired' };
    }
    return { ok: false, reason: 'invalid_credentials' };
  }

  const factor = factorOf(target);
  const next = stateAfterSecondFactor(user, policy);
  if (next.name === 'awaiting_enrollment' || next.name === 'awaiting_password_change') {
    if (!(await ctx.store.setSignInFlowState(flow.id, 'awaiting_second_factor', next.name, ctx.clock.now()))) return { ok: false, reason: 'sign_in_expired' };
    await recordAuditEvent(ctx, { type: 'second_factor_succeeded', outcome: 'success', actor: user, target: user, client, details: { factor, next: next.name } });
    return { ok: true, state: next.name, user };
  }
  // Single use: only the request that consumed the flow gets a session.
  if (!(await ctx.store.consumeSignInFlow(flow.id))) return { ok: false, reason: 'sign_in_expired' };
  const issued = await issueSession(ctx, user, { aal: 2, authenticatedAt: ctx.clock.now(), client });
  await recordAuditEvent(ctx, { type: 'sign_in_succeeded', outcome: 'success', actor: user, target: user, client, details: { aal: 2, factor } });
  return { ok: true, state: 'authenticated', user, issued };
}
