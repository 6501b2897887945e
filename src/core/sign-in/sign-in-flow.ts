// The sign-in flow (SPEC 2.2) as an explicit state machine; sign-in-flow.mermaid beside this file
// draws it. Non-final states are persisted (sign_in_flows), so any instance can continue a flow.
import { MINUTE } from '../clock.js';
import { type AuthenticationPolicy, mustEnroll } from '../policy/authentication-policy.js';
import { hasMfa, type User } from '../users/user.js';

export type SignInState =
  | { name: 'awaiting_password' }
  | { name: 'awaiting_second_factor' }
  /** A reset password is changed before an enrollment that is due (else the session may change it). */
  | { name: 'awaiting_password_change' }
  | { name: 'awaiting_enrollment'; reason: 'enforced' | 'method_disallowed' }
  | { name: 'authenticated'; aal: 1 | 2 };

/** A pending second factor or enrollment lasts 10 minutes (better-auth's figure; NIST OOB-2). */
export const SIGN_IN_FLOW_LIFETIME = 10 * MINUTE;
/** Wrong codes allowed in one challenge before sign-in starts over. */
export const SIGN_IN_FLOW_MAX_FAILURES = 5;

type SignInUser = Pick<User, 'mfaKinds' | 'mustChangePassword' | 'role'>;

/** awaiting_password → the state after the password was accepted. */
export function stateAfterPassword(user: SignInUser, policy: AuthenticationPolicy): SignInState {
  if (hasMfa(user)) return { name: 'awaiting_second_factor' };
  if (mustEnroll(user, policy)) return user.mustChangePassword ? { name: 'awaiting_password_change' } : { name: 'awaiting_enrollment', reason: 'enforced' };
  return { name: 'authenticated', aal: 1 };
}

/** awaiting_second_factor → the state after a correct code. */
export function stateAfterSecondFactor(user: SignInUser, policy: AuthenticationPolicy): SignInState {
  if (mustEnroll(user, policy)) return user.mustChangePassword ? { name: 'awaiting_password_change' } : { name: 'awaiting_enrollment', reason: 'method_disallowed' };
  return { name: 'authenticated', aal: 2 };
}

/** awaiting_password_change → the state after the new password was set. */
export function stateAfterPasswordChange(user: SignInUser, policy: AuthenticationPolicy, passedSecondFactor: boolean): SignInState {
  if (mustEnroll(user, policy)) return { name: 'awaiting_enrollment', reason: hasMfa(user) ? 'method_disallowed' : 'enforced' };
  return { name: 'authenticated', aal: passedSecondFactor ? 2 : 1 };
}
