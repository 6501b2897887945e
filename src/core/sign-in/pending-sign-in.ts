// What the console needs to show for a sign-in that is not finished: the second-factor methods
// (and where an e-mail code would go), the password change that comes first, or which methods a
// forced enrollment may use.
import type { CoreContext } from '../context.js';
import { maskEmail } from '../notifications/notify-user.js';
import { readAuthenticationPolicy } from '../policy/authentication-policy.js';
import type { SignInFlowStateName } from '../ports.js';
import { describeUser, type User } from '../users/user.js';

export async function describePendingSignIn(ctx: CoreContext, user: User, state: SignInFlowStateName) {
  if (state === 'awaiting_second_factor') {
    return {
      state,
      methods: [...(user.mfaMethod ? [user.mfaMethod] : []), 'recovery_code'],
      ...(user.mfaMethod === 'email' && user.email && { email_masked: maskEmail(user.email) }),
    };
  }
  // The user typed this account's name and its (reset) password: they may see who they are.
  if (state === 'awaiting_password_change') return { state, user: describeUser(user) };
  const policy = await readAuthenticationPolicy(ctx.store);
  return { state, allowed_methods: policy.allowedMethods, email_available: user.email !== null && policy.allowedMethods.includes('email') };
}
