// Binding a new authenticator or changing where codes go needs a password proven within the last
// 10 minutes, or the password again in the request (NIST BIND-1; ASVS V7.5.1).
import type { Client, CoreContext } from '../../core/context.js';
import { FRESH_SIGN_IN_WINDOW } from '../../core/enrollment/enrollment.js';
import { PublicError } from '../../core/errors.js';
import { confirmStepUp, type StepUpFields } from '../../core/mfa/mfa-management.js';
import { verifyUserPassword } from '../../core/sign-in/password-verification.js';
import { hasMfa } from '../../core/users/user.js';
import type { RequestAuth } from './request-auth.js';

export async function requireFreshAuthentication(ctx: CoreContext, auth: RequestAuth, password: string | undefined): Promise<void> {
  if (auth.kind === 'password') return; // the password came with this very request
  if (auth.kind === 'api_key') throw new PublicError('api_key_not_allowed');
  const since = auth.kind === 'session' ? auth.session.authenticatedAt : auth.flow.authenticatedAt;
  if (ctx.clock.now() - since <= FRESH_SIGN_IN_WINDOW) return;
  if (password === undefined) throw new PublicError('reauthentication_required');
  const checked = await verifyUserPassword(ctx, auth.user.username, password);
  if (checked.ok) return;
  if (checked.reason === 'throttled') throw new PublicError('too_many_requests', { retryAfterInSeconds: checked.retryAfterInSeconds });
  throw new PublicError(checked.reason === 'locked' ? 'factor_locked' : 'invalid_credentials');
}

/**
 * Binding a new way past the second factor, or changing where codes go (SPEC §2.11). Without MFA: a
 * fresh sign-in or the password. With MFA: the password and a current second factor in the same
 * request, always; a fresh sign-in is not enough (a stolen cookie is one). A sign-in flow that passed
 * its second factor moments ago (forced to enroll because its method is no longer allowed) has just
 * given both.
 */
export async function requireStepUpToBind(
  ctx: CoreContext,
  auth: RequestAuth,
  proof: StepUpFields,
  client: Client,
): Promise<void> {
  if (auth.kind === 'api_key') throw new PublicError('api_key_not_allowed');
  if (!hasMfa(auth.user)) return requireFreshAuthentication(ctx, auth, proof.password);
  if (auth.kind === 'sign_in_flow' && auth.flow.secondFactorAt !== null) return;
  const confirmed = await confirmStepUp(ctx, auth.user, proof, client);
  if (confirmed.ok) return;
  switch (confirmed.reason) {
    case 'throttled':
      throw new PublicError('too_many_requests', { retryAfterInSeconds: confirmed.retryAfterInSeconds });
    case 'locked':
      throw new PublicError('factor_locked');
    case 'reauthentication_required':
      throw new PublicError('reauthentication_required', { message: 'Confirm with your password and a current code from your authenticator (or a recovery code, or your security key).' });
    case 'invalid_credentials':
    case 'mfa_not_enabled':
      throw new PublicError('invalid_credentials');
  }
}
