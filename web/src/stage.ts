// Where this browser stands with the server: the screen the shell shows.
import type { AuthenticatorView, SignInAnswer, UserView } from './api/types.ts';

export type Stage =
  | { kind: 'loading' }
  | { kind: 'signed_out'; notice?: string; username?: string }
  | { kind: 'second_factor'; authenticators: AuthenticatorView[]; emailMasked?: string; username: string }
  /** `reason`: enforced (no MFA yet), or method_disallowed (the user's authenticators are of kinds no longer allowed). */
  | { kind: 'must_enroll'; allowedMethods?: string[]; emailAvailable?: boolean; reason?: 'enforced' | 'method_disallowed'; username: string }
  /** `inSignIn`: before an enrollment that is due, inside the sign-in (no session yet). */
  | { kind: 'must_change_password'; user: UserView; inSignIn?: boolean }
  | { kind: 'signed_in'; user: UserView };

/** The stage a sign-in answer leads to. */
export function stageOf(answer: SignInAnswer, username: string): Stage {
  if (answer.state === 'awaiting_second_factor') return { kind: 'second_factor', authenticators: answer.authenticators ?? [], ...(answer.email_masked && { emailMasked: answer.email_masked }), username };
  if (answer.state === 'awaiting_password_change' && answer.user) return { kind: 'must_change_password', user: answer.user, inSignIn: true };
  if (answer.state === 'awaiting_enrollment') {
    const allowedMethods = answer.allowed_methods ?? answer.methods;
    return {
      kind: 'must_enroll',
      ...(allowedMethods && { allowedMethods }),
      ...(answer.email_available !== undefined && { emailAvailable: answer.email_available }),
      ...(answer.reason && { reason: answer.reason }),
      username,
    };
  }
  if (!answer.user) return { kind: 'signed_out' };
  return answer.user.must_change_password ? { kind: 'must_change_password', user: answer.user } : { kind: 'signed_in', user: answer.user };
}
