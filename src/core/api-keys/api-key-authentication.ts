// HTTP Basic api_key:api_token (SPEC 2.6; standards §6). The checksum comes first, so a mistyped
// or made-up token is refused without touching storage; then one indexed read of the key and its
// owner, a constant-time compare of SHA-256(token), expiry and owner status. No Argon2id, and MFA
// does not matter: the key is the credential. Every refusal gives the caller the same answer; the
// reason goes to the log line and the audit log, the token never does. Refusals count against the
// client address's limit (429 beyond it) and are summarised in the audit log (SPEC 2.11).
import { timingSafeEqual } from 'node:crypto';
import { recordAuditEvent } from '../audit/audit-log.js';
import { auditRefusal } from '../audit/refusal-summary.js';
import { MINUTE } from '../clock.js';
import type { Client, CoreContext } from '../context.js';
import { hashToken } from '../crypto/server-keys.js';
import type { ApiKey } from '../ports.js';
import { countAddressFailure } from '../throttling/address-limit.js';
import type { User } from '../users/user.js';
import { hasValidApiTokenChecksum, isWellFormedApiKeyId } from './api-key-format.js';

/** last_used_at is written at most once per interval per key, not on every request. */
export const LAST_USE_INTERVAL = MINUTE;

export type ApiKeyRefusal = 'malformed' | 'not_found' | 'wrong_token' | 'expired' | 'user_disabled';

export type ApiKeyAuthentication =
  | { ok: true; user: User; apiKey: ApiKey }
  | { ok: false; reason: ApiKeyRefusal }
  /** Refused, and the client address is over its limit of failures (429). */
  | { ok: false; reason: 'throttled'; retryAfterInSeconds: number };

export async function authenticateWithApiKey(ctx: CoreContext, keyId: string, token: string, client: Client): Promise<ApiKeyAuthentication> {
  if (!isWellFormedApiKeyId(keyId) || !hasValidApiTokenChecksum(token)) {
    // Not even the audit log is written: a typo costs no storage call at all. The id is logged
    // only when it has the key format (it is public); whatever else was sent is not.
    ctx.log.info({ event: 'api_key_refused', apiKey: isWellFormedApiKeyId(keyId) ? keyId : null, reason: 'malformed' }, 'API key refused: malformed');
    return { ok: false, reason: 'malformed' };
  }
  const found = await ctx.store.findApiKeyWithOwner(keyId);
  if (!found) return refuse(ctx, keyId, 'not_found', null, client);
  if (!sameHash(hashToken(token), found.tokenHash)) return refuse(ctx, keyId, 'wrong_token', found.user, client);
  const now = ctx.clock.now();
  // KEY-5: an expired key does not authenticate, from its expiry instant on.
  if (found.apiKey.expiresAt !== null && found.apiKey.expiresAt <= now) return refuse(ctx, keyId, 'expired', found.user, client);
  // The owner is read with the key on every request, so disabling the user stops the key at once.
  if (found.user.disabledAt !== null) return refuse(ctx, keyId, 'user_disabled', found.user, client);
  return { ok: true, user: found.user, apiKey: await noteUse(ctx, found.apiKey, found.user, now, client) };
}

function sameHash(presented: string, stored: string): boolean {
  const left = Buffer.from(presented);
  const right = Buffer.from(stored);
  // Constant time: how many leading characters matched must not show in the response time.
  return left.length === right.length && timingSafeEqual(left, right);
}

async function refuse(ctx: CoreContext, keyId: string, reason: ApiKeyRefusal, owner: User | null, client: Client): Promise<ApiKeyAuthentication> {
  const fields = { event: 'api_key_refused', apiKey: keyId, reason, userId: owner?.id ?? null };
  // A real key id with a wrong token means someone holds the id but not the secret.
  if (reason === 'wrong_token') ctx.log.warn(fields, `API key refused: ${reason}`);
  else ctx.log.info(fields, `API key refused: ${reason}`);
  await auditRefusal(ctx, { type: 'api_key_refused', outcome: 'refused', target: owner, client, details: { api_key: keyId, reason } });
  const limit = await countAddressFailure(ctx, client.address);
  return limit.ok ? { ok: false, reason } : { ok: false, reason: 'throttled', retryAfterInSeconds: limit.retryAfterInSeconds };
}

/**
 * Records the use when the stored one is over a minute old; the very first use is audited. Answers
 * the key as it now stands (a copy: what the store answers may be shared, and is never changed).
 */
async function noteUse(ctx: CoreContext, apiKey: ApiKey, owner: User, now: number, client: Client): Promise<ApiKey> {
  if (apiKey.lastUsedAt !== null && now - apiKey.lastUsedAt <= LAST_USE_INTERVAL) return apiKey;
  const recorded = await ctx.store.recordApiKeyUse(apiKey.id, now, client.address, LAST_USE_INTERVAL);
  if (!recorded.written) return apiKey;
  if (recorded.firstUse) {
    await recordAuditEvent(ctx, { type: 'api_key_first_used', outcome: 'success', actor: owner, target: owner, client, details: { api_key: apiKey.id, name: apiKey.name } });
  }
  return { ...apiKey, lastUsedAt: now, lastUsedAddress: client.address };
}
