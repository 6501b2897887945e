// A sign-in in progress is alive while it has not expired, its user is enabled, the user's security
// stamp is the one it started under (SPEC §2.11: any credential change ends it), and what it waits
// for is still due. A dead flow answers like an expired one.
import type { CoreContext } from '../context.js';
import { hashToken } from '../crypto/server-keys.js';
import { mustEnroll, readAuthenticationPolicy } from '../policy/authentication-policy.js';
import type { PersistedSignInFlow, SignInFlowStateName } from '../ports.js';
import { hasMfa, type User } from '../users/user.js';

export type LiveSignInFlow = { ok: true; flow: PersistedSignInFlow; user: User } | { ok: false; reason: 'no_flow' | 'sign_in_expired' };

/** The flow behind a sign-in cookie, if it is alive and in one of `states`. */
export async function findLiveSignInFlow(ctx: CoreContext, flowToken: string | undefined, states: readonly SignInFlowStateName[]): Promise<LiveSignInFlow> {
  if (flowToken === undefined) return { ok: false, reason: 'no_flow' };
  // Tokens we issue are 43 characters; anything else cannot match and costs no lookup.
  const flow = flowToken.length === 43 ? await ctx.store.findSignInFlowByTokenHash(hashToken(flowToken)) : null;
  if (!flow || !states.includes(flow.state) || flow.expiresAt <= ctx.clock.now()) return { ok: false, reason: 'sign_in_expired' };
  const user = await ctx.store.findUserById(flow.userId);
  if (!user || user.disabledAt !== null || user.securityStamp !== flow.securityStamp) return { ok: false, reason: 'sign_in_expired' };
  if (!(await isStillDue(ctx, flow, user))) return { ok: false, reason: 'sign_in_expired' };
  return { ok: true, flow, user };
}

async function isStillDue(ctx: CoreContext, flow: PersistedSignInFlow, user: User): Promise<boolean> {
  switch (flow.state) {
    case 'awaiting_second_factor':
      return hasMfa(user);
    case 'awaiting_password_change':
      return user.mustChangePassword;
    case 'awaiting_enrollment':
      // Usable only while the user must still enroll (an enrollment elsewhere, or enforcement turned
      // off, leaves it nothing to do).
      return mustEnroll(user, await readAuthenticationPolicy(ctx.store));
  }
}
