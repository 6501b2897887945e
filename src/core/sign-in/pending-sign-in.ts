// What the console needs to show for a sign-in that is not finished: the authenticators it may use
// (the one used last first, and where a sent code would go), the password change that comes first,
// or which methods a forced enrollment may use.
import { describeAuthenticator } from '../authenticators/authenticator.js';
import { strategies } from '../authenticators/registry.js';
import { offeredAuthenticators } from '../authenticators/second-factor-choice.js';
import type { CoreContext } from '../context.js';
import { maskEmail } from '../notifications/notify-user.js';
import { readAuthenticationPolicy } from '../policy/authentication-policy.js';
import type { SignInFlowStateName } from '../ports.js';
import { describeUser, hasMfa, type User } from '../users/user.js';

export async function describePendingSignIn(ctx: CoreContext, user: User, state: SignInFlowStateName) {
  const policy = await readAuthenticationPolicy(ctx.store);
  if (state === 'awaiting_second_factor') {
    const offered = await offeredAuthenticators(ctx, user, policy);
    const sendsCodes = offered.some((a) => strategies[a.kind].sendChallenge !== undefined);
    return {
      state,
      authenticators: offered.map(describeAuthenticator),
      /** Kept for older clients: the kinds on offer, then the recovery code. */
      methods: [...new Set(offered.map((a) => a.kind)), 'recovery_code'],
      ...(sendsCodes && user.email && { email_masked: maskEmail(user.email) }),
    };
  }
  // The user typed this account's name and its (reset) password: they may see who they are.
  if (state === 'awaiting_password_change') return { state, user: describeUser(user) };
  return {
    state,
    /** Why an enrollment is due: MFA is enforced and the user has none, or their authenticators are all of kinds no longer allowed. */
    reason: hasMfa(user) ? ('method_disallowed' as const) : ('enforced' as const),
    allowed_methods: policy.allowedMethods,
    email_available: policy.allowedMethods.includes('email') && strategies.email.whyUnavailable(user) === null,
  };
}
