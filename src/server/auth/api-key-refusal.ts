// Why an API key is refused on a route that takes none, and what to use instead (SPEC 2.11: a key
// acts for its owner but cannot create credentials). The way out depends on the owner: a user
// whose password the REST API refuses (MFA on, or MFA to enroll) can only use the console.
import type { CoreContext } from '../../core/context.js';
import { PublicError } from '../../core/errors.js';
import { mustEnroll, readAuthenticationPolicy } from '../../core/policy/authentication-policy.js';
import { hasMfa, type User } from '../../core/users/user.js';

function whatKeysCannotDo(routeUrl: string): string {
  if (/\/api-keys(\/|$)/.test(routeUrl)) return 'An API key cannot create or revoke API keys, nor change their policy.';
  if (routeUrl.startsWith('/api/users')) return 'An API key cannot add users, change their role, or reset their password or MFA.';
  if (routeUrl.startsWith('/api/settings')) return 'An API key cannot change the authentication policy or e-mail delivery.';
  if (routeUrl.startsWith('/api/me/mfa')) return 'An API key cannot set up, change or turn off multifactor authentication.';
  if (routeUrl === '/api/me/password') return 'An API key cannot change the password.';
  return 'An API key cannot change the credentials or settings of an account.';
}

export async function apiKeyRefusal(ctx: CoreContext, routeUrl: string, owner: User): Promise<PublicError> {
  const passwordRefused = hasMfa(owner) || mustEnroll(owner, await readAuthenticationPolicy(ctx.store));
  const instead = passwordRefused ? 'Sign in to the console to do this.' : 'Sign in to the console, or send your username and password instead of the API key.';
  return new PublicError('api_key_not_allowed', { message: `${whatKeysCannotDo(routeUrl)} ${instead}` });
}
