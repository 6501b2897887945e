// awaiting_password_change → awaiting_enrollment | authenticated (SPEC 2.2; issue 11): a user whose
// password an administrator reset, and who must enroll, sets a new password inside the sign-in; the
// flow then goes on to what is still due. The flow survived the password change because it made it.
import { recordAuditEvent } from '../audit/audit-log.js';
import type { Client, CoreContext } from '../context.js';
import type { PersistedSignInFlow } from '../ports.js';
import { readAuthenticationPolicy } from '../policy/authentication-policy.js';
import { type IssuedSession, issueSession } from '../sessions/sessions.js';
import type { User } from '../users/user.js';
import { stateAfterPasswordChange } from './sign-in-flow.js';

export type AfterPasswordChange =
  | { ok: true; state: 'awaiting_enrollment' }
  | { ok: true; state: 'authenticated'; issued: IssuedSession }
  | { ok: false; reason: 'sign_in_expired' };

export async function continueSignInAfterPasswordChange(ctx: CoreContext, flow: PersistedSignInFlow, user: User, client: Client): Promise<AfterPasswordChange> {
  const next = stateAfterPasswordChange(user, await readAuthenticationPolicy(ctx.store), flow.secondFactorAt !== null);
  if (next.name === 'awaiting_enrollment') {
    return (await ctx.store.setSignInFlowState(flow.id, 'awaiting_password_change', 'awaiting_enrollment')) ? { ok: true, state: next.name } : { ok: false, reason: 'sign_in_expired' };
  }
  if (next.name !== 'authenticated') throw new Error(`no way from awaiting_password_change to ${next.name}`);
  // Single use: only the request that consumed the flow gets a session.
  if (!(await ctx.store.consumeSignInFlow(flow.id))) return { ok: false, reason: 'sign_in_expired' };
  const issued = await issueSession(ctx, user, { aal: next.aal, authenticatedAt: ctx.clock.now(), client });
  await recordAuditEvent(ctx, { type: 'sign_in_succeeded', outcome: 'success', actor: user, target: user, client, details: { aal: next.aal, via: 'password_change' } });
  return { ok: true, state: 'authenticated', issued };
}
