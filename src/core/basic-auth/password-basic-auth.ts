// HTTP Basic username:password on the REST API (SPEC 2.6). Once a user has MFA, or must enroll
// because MFA is enforced, the password is refused on the API with mfa_enabled_use_api_key, after
// it was verified (a wrong password answers invalid_credentials, so MFA status cannot be probed),
// and the refusal is audited: a working password on an MFA account is a warning sign. A password
// that is not in the cache is checked under the client address's limit of failures (SPEC 2.11).
import { recordAuditEvent } from '../audit/audit-log.js';
import { auditRefusal } from '../audit/refusal-summary.js';
import type { Client, CoreContext } from '../context.js';
import { mustEnroll, readAuthenticationPolicy } from '../policy/authentication-policy.js';
import { verifyPasswordFromAddress } from '../throttling/address-limit.js';
import { hasMfa, type User } from '../users/user.js';
import { usernameForLog } from '../users/user-validation.js';

export type BasicPasswordResult =
  | { ok: true; user: User }
  | { ok: false; reason: 'invalid_credentials' | 'locked' }
  /** `enrollmentDue`: the user has no MFA yet but must set it up (enforcement), so the password is refused all the same. */
  | { ok: false; reason: 'mfa_enabled_use_api_key'; enrollmentDue: boolean }
  | { ok: false; reason: 'throttled'; retryAfterInSeconds: number };

export async function authenticateWithPassword(ctx: CoreContext, username: string, password: string, client: Client): Promise<BasicPasswordResult> {
  const now = ctx.clock.now();
  // The cache key is a salted hash of the pair: the cache never holds a password.
  const cacheKey = ctx.credentialCache.keyOf('basic', username, password);
  const known = await ctx.store.findUserByUsername(username);
  if (known && known.disabledAt === null && ctx.credentialCache.has(cacheKey, known.id, known.securityStamp, now)) {
    return refuseIfMfa(ctx, known, client);
  }

  const checked = await verifyPasswordFromAddress(ctx, client.address, username, password);
  if (!checked.ok) {
    if (checked.reason === 'address_throttled') {
      await auditRefusal(ctx, { type: 'sign_in_throttled', outcome: 'refused', client, details: { username: usernameForLog(username), limit: 'address', via: 'basic' } });
      return { ok: false, reason: 'throttled', retryAfterInSeconds: checked.retryAfterInSeconds };
    }
    if (checked.reason === 'invalid_credentials') {
      ctx.log.info({ event: 'basic_auth_failed', username: usernameForLog(username), why: checked.why }, 'Basic password refused');
    }
    return checked.reason === 'throttled'
      ? { ok: false, reason: 'throttled', retryAfterInSeconds: checked.retryAfterInSeconds }
      : { ok: false, reason: checked.reason === 'locked' ? 'locked' : 'invalid_credentials' };
  }
  const result = await refuseIfMfa(ctx, checked.user, client);
  if (result.ok) ctx.credentialCache.remember(cacheKey, checked.user.id, checked.user.securityStamp, now);
  return result;
}

async function refuseIfMfa(ctx: CoreContext, user: User, client: Client): Promise<BasicPasswordResult> {
  const refused = hasMfa(user) || mustEnroll(user, await readAuthenticationPolicy(ctx.store));
  if (!refused) return { ok: true, user };
  ctx.credentialCache.forgetUser(user.id);
  ctx.log.warn({ event: 'password_on_api_refused', userId: user.id }, 'a correct password was sent on the REST API for an account with MFA');
  await recordAuditEvent(ctx, { type: 'password_on_api_refused', outcome: 'refused', actor: user, target: user, client });
  return { ok: false, reason: 'mfa_enabled_use_api_key', enrollmentDue: !hasMfa(user) };
}
