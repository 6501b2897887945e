// The audit chain (SPEC 2.15): every event has a sequence number and
//   hash = SHA-256(tag ‖ previous hash (32 bytes) ‖ sequence (uint64, big-endian) ‖ JCS(event))
// where JCS is RFC 8785 canonical JSON (the `canonicalize` package). The hashed content is the
// event as stored, whatever its type: the chain knows nothing of AUDIT_EVENT_TYPES.
import { hash } from 'node:crypto';
import canonicalize from 'canonicalize';
import type { NewAuditEvent } from '../ports.js';

/** Domain separation: no other hash of ours starts with these bytes. */
const CHAIN_TAG = Buffer.from('gatehouse audit chain v1\n', 'utf8');

/** The previous hash of the first event ever written: 32 zero bytes. */
export const GENESIS_HASH = '0'.repeat(64);

/** What is hashed of an event: everything stored about it except its row id and chain fields. */
export interface ChainedEventContent {
  at: string;
  type: string;
  outcome: string;
  actor_user_id: string | null;
  actor_username: string | null;
  target_user_id: string | null;
  target_username: string | null;
  client_address: string | null;
  user_agent: string | null;
  details: Record<string, unknown>;
}

/** The content of an event as the chain hashes it (and as exports carry it). */
export function chainContentOf(event: NewAuditEvent): ChainedEventContent {
  return {
    at: new Date(event.at).toISOString(),
    type: event.type,
    outcome: event.outcome,
    actor_user_id: event.actorUserId,
    actor_username: event.actorUsername,
    target_user_id: event.targetUserId,
    target_username: event.targetUsername,
    client_address: event.clientAddress,
    user_agent: event.userAgent,
    details: event.details,
  };
}

const json = JSON.stringify;

/**
 * RFC 8785 canonical JSON of the content. The members are known, so they are written here in JCS
 * order (sorted by UTF-16 code units) with JCS's string form (ECMAScript's JSON.stringify, which
 * RFC 8785 §3.2.2.2 adopts); `canonicalize` writes the details, whose members vary. The same text
 * as canonicalize(content), at about half the cost (verification does this per event).
 */
export function canonicalJson(c: ChainedEventContent): string {
  const details = canonicalize(c.details);
  if (details === undefined) throw new TypeError('audit event details must be a JSON object');
  return (
    `{"actor_user_id":${json(c.actor_user_id)},"actor_username":${json(c.actor_username)},"at":${json(c.at)},"client_address":${json(c.client_address)},` +
    `"details":${details},"outcome":${json(c.outcome)},"target_user_id":${json(c.target_user_id)},"target_username":${json(c.target_username)},` +
    `"type":${json(c.type)},"user_agent":${json(c.user_agent)}}`
  );
}

/** The chain hash of an event, in lower-case hex. */
export function chainHash(previousHash: string, sequence: number, content: ChainedEventContent): string {
  const text = canonicalJson(content);
  const prefix = CHAIN_TAG.length;
  const input = Buffer.alloc(prefix + 40 + Buffer.byteLength(text, 'utf8'));
  CHAIN_TAG.copy(input, 0);
  // A previous hash that is not 64 hex digits (tampered) leaves zeros: it then fails its link check.
  input.write(previousHash.slice(0, 64), prefix, 32, 'hex');
  input.writeBigUInt64BE(BigInt(sequence), prefix + 32);
  input.write(text, prefix + 40, 'utf8');
  return hash('sha256', input, 'hex');
}

/**
 * Details exactly as they will be read back: through JSON (undefined members dropped) and with any
 * lone UTF-16 surrogate replaced by U+FFFD, which RFC 8785 (I-JSON) cannot represent. The stored
 * text and the hashed content are then the same value.
 */
export function storableDetails(details: Record<string, unknown>): Record<string, unknown> {
  return JSON.parse(JSON.stringify(details, (_key, value: unknown) => (typeof value === 'string' ? wellFormed(value) : value))) as Record<string, unknown>;
}

/** Any text field of an event, made representable in canonical JSON (see storableDetails). */
export function wellFormed(text: string): string;
export function wellFormed(text: string | null): string | null;
export function wellFormed(text: string | null): string | null {
  return text === null ? null : (text as string & { toWellFormed(): string }).toWellFormed();
}
