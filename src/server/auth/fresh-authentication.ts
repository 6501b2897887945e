// Binding a new authenticator or changing where codes go needs a password proven within the last
// 10 minutes, or the password again in the request (NIST BIND-1; ASVS V7.5.1).
import type { CoreContext } from '../../core/context.js';
import { FRESH_SIGN_IN_WINDOW } from '../../core/enrollment/enrollment.js';
import { PublicError } from '../../core/errors.js';
import { verifyUserPassword } from '../../core/sign-in/password-verification.js';
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
