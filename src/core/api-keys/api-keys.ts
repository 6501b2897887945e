// API keys (SPEC 2.6; standards §6 KEY-3..5): a named pair of a public API key and a secret API
// token, shown once; only SHA-256 of the token is stored. A key may expire and may be read-only;
// an administrator's setting may cap the lifetime of new keys. Creation, revocation and policy
// changes are audited, and the owner is told by e-mail that a key was created.
import { auditChange } from '../audit/audit-log.js';
import { HOUR } from '../clock.js';
import type { Client, CoreContext } from '../context.js';
import { hashToken } from '../crypto/server-keys.js';
import { notifyUser } from '../notifications/notify-user.js';
import type { ApiKey, Store } from '../ports.js';
import type { User } from '../users/user.js';
import { generateApiKeyId, generateApiToken } from './api-key-format.js';

export const DAY = 24 * HOUR;
export const API_KEY_NAME_MAX_LENGTH = 64;
/** The largest cap an administrator may set: 100 years, i.e. "effectively none, but a number". */
export const MAX_LIFETIME_DAYS_LIMIT = 36_500;

export interface ApiKeyPolicy {
  /** New keys must expire within this many days; null: no cap (the default). */
  maxLifetimeDays: number | null;
}

export const API_KEY_POLICY_KEY = 'api_key_policy';
export const DEFAULT_API_KEY_POLICY: ApiKeyPolicy = { maxLifetimeDays: null };

function isValidLifetime(days: unknown): days is number {
  return typeof days === 'number' && Number.isInteger(days) && days >= 1 && days <= MAX_LIFETIME_DAYS_LIMIT;
}

/** Read on use, so a change on one instance applies on all. */
export async function readApiKeyPolicy(store: Store): Promise<ApiKeyPolicy> {
  return parseApiKeyPolicy(await store.readSetting(API_KEY_POLICY_KEY));
}

function parseApiKeyPolicy(saved: unknown): ApiKeyPolicy {
  const days = (saved as Partial<ApiKeyPolicy> | null)?.maxLifetimeDays;
  return { maxLifetimeDays: isValidLifetime(days) ? days : null };
}

export async function changeApiKeyPolicy(
  ctx: CoreContext,
  actor: User,
  policy: ApiKeyPolicy,
  client: Client,
): Promise<{ ok: true; policy: ApiKeyPolicy } | { ok: false; reason: 'invalid_api_key_lifetime' }> {
  if (policy.maxLifetimeDays !== null && !isValidLifetime(policy.maxLifetimeDays)) return { ok: false, reason: 'invalid_api_key_lifetime' };
  const recorded = auditChange(ctx, ({ previous }: { previous: unknown }) => ({
    type: 'api_key_policy_changed',
    outcome: 'success',
    actor,
    client,
    details: { max_lifetime_days: policy.maxLifetimeDays, previous_max_lifetime_days: parseApiKeyPolicy(previous).maxLifetimeDays },
  }));
  await ctx.store.writeSetting(API_KEY_POLICY_KEY, policy, ctx.clock.now(), recorded.audit);
  recorded.announce();
  return { ok: true, policy };
}

/** Trimmed; 1 to 64 characters; no control characters (they would corrupt lists and logs). */
export function normalizeApiKeyName(name: string): string | null {
  const trimmed = name.normalize('NFC').trim();
  if (trimmed.length < 1 || trimmed.length > API_KEY_NAME_MAX_LENGTH || /\p{Cc}/u.test(trimmed)) return null;
  return trimmed;
}

export type CreateApiKeyResult =
  | { ok: true; apiKey: ApiKey; token: string }
  | { ok: false; reason: 'invalid_api_key_name' | 'api_key_expiry_not_in_future' | 'api_key_name_taken' }
  | { ok: false; reason: 'api_key_lifetime_exceeded' | 'api_key_expiry_required'; maxLifetimeDays: number };

export async function createApiKey(
  ctx: CoreContext,
  input: { user: User; name: string; expiresAt: number | null; readOnly: boolean; client: Client },
): Promise<CreateApiKeyResult> {
  const { user, client } = input;
  const name = normalizeApiKeyName(input.name);
  if (name === null) return { ok: false, reason: 'invalid_api_key_name' };
  const now = ctx.clock.now();
  if (input.expiresAt !== null && input.expiresAt <= now) return { ok: false, reason: 'api_key_expiry_not_in_future' };
  const { maxLifetimeDays } = await readApiKeyPolicy(ctx.store);
  if (maxLifetimeDays !== null) {
    // KEY-5: with a cap, every new key expires, and no later than the cap allows.
    if (input.expiresAt === null) return { ok: false, reason: 'api_key_expiry_required', maxLifetimeDays };
    if (input.expiresAt > now + maxLifetimeDays * DAY) return { ok: false, reason: 'api_key_lifetime_exceeded', maxLifetimeDays };
  }
  const token = generateApiToken();
  const recorded = auditChange(ctx, (apiKey: ApiKey) => ({
    type: 'api_key_created',
    outcome: 'success',
    actor: user,
    target: user,
    client,
    details: { api_key: apiKey.id, name, expires_at: apiKey.expiresAt, read_only: apiKey.readOnly },
  }));
  const created = await ctx.store.createApiKey(
    { id: generateApiKeyId(), userId: user.id, name, tokenHash: hashToken(token), createdAt: now, expiresAt: input.expiresAt, readOnly: input.readOnly },
    recorded.audit,
  );
  if (!created.ok) return { ok: false, reason: 'api_key_name_taken' };
  recorded.announce();
  const { apiKey } = created;
  // KEY-4: binding a new credential is told to the owner.
  await notifyUser(ctx, user, { kind: 'api_key_created', keyName: name, apiKey: apiKey.id }, client);
  return { ok: true, apiKey, token };
}

/**
 * Revokes at once (the row is deleted; the next request with it is refused). The owner revokes
 * their own keys; an administrator (`anyOwner`) revokes anyone's. False: no such key (of theirs).
 */
export async function revokeApiKey(ctx: CoreContext, input: { actor: User; keyId: string; anyOwner: boolean; client: Client }): Promise<boolean> {
  const { actor, client } = input;
  const recorded = auditChange(ctx, ({ apiKey, owner }: { apiKey: ApiKey; owner: Pick<User, 'id' | 'username'> }) => ({
    type: 'api_key_revoked',
    outcome: 'success',
    actor,
    target: owner,
    client,
    details: { api_key: apiKey.id, name: apiKey.name, revoked_by: apiKey.userId === actor.id ? 'owner' : 'admin' },
  }));
  const revoked = await ctx.store.revokeApiKey(input.keyId, input.anyOwner ? undefined : actor.id, recorded.audit);
  if (!revoked) return false;
  recorded.announce();
  return true;
}

const iso = (at: number | null) => (at === null ? null : new Date(at).toISOString());

/** What a list shows of a key: never the token or its hash (the store does not even return it). */
export function describeApiKey(apiKey: ApiKey) {
  return {
    api_key: apiKey.id,
    name: apiKey.name,
    created_at: new Date(apiKey.createdAt).toISOString(),
    expires_at: iso(apiKey.expiresAt),
    read_only: apiKey.readOnly,
    last_used_at: iso(apiKey.lastUsedAt),
    last_used_address: apiKey.lastUsedAddress,
  };
}
