// What leaves Gatehouse of the audit chain — the JSON-lines file, syslog, and downloads — in one
// record format, so any receiver can check the chain: an event record carries its sequence, both
// hashes, and `event`, the exact content hashed (RFC 8785 of `event` → chainHash). Checkpoint
// records carry what was signed and the Ed25519 signature.
import type { AuditEventRecord, AuditFilter, AuditStore } from '../ports.js';
import { chainContentOf, type ChainedEventContent } from './audit-chain.js';
import type { Checkpoint } from './checkpoints.js';

export interface ExportedEvent {
  sequence: number;
  previous_hash: string;
  hash: string;
  event: ChainedEventContent;
}

export interface ExportedCheckpoint {
  checkpoint: { number: number; origin: string; sequence: number; hash: string; at: string; key_id: string; signature: string };
}

export type ExportRecord = ExportedEvent | ExportedCheckpoint;

export function exportedEvent(e: AuditEventRecord): ExportedEvent {
  return { sequence: e.sequence, previous_hash: e.previousHash, hash: e.hash, event: chainContentOf(e) };
}

export function exportedCheckpoint(c: Checkpoint): ExportedCheckpoint {
  return { checkpoint: { number: c.number, origin: c.origin, sequence: c.sequence, hash: c.hash, at: new Date(c.at).toISOString(), key_id: c.keyId, signature: c.signature } };
}

/** One JSON line (no line break inside: JSON escapes them). */
export function jsonLine(record: ExportRecord): string {
  return `${JSON.stringify(record)}\n`;
}

const CSV_COLUMNS = [
  'record', 'sequence', 'at', 'type', 'outcome', 'actor_id', 'actor_username', 'target_id', 'target_username', 'client_address', 'user_agent',
  'details', 'previous_hash', 'hash', 'checkpoint', 'origin', 'key_id', 'signature',
] as const;

export const CSV_HEADER = `${CSV_COLUMNS.join(',')}\r\n`;

/** RFC 4180 quoting; a cell a spreadsheet would run as a formula is prefixed with ' (OWASP CSV injection). */
function csvCell(value: string | number | null): string {
  if (value === null) return '';
  let text = String(value);
  if (/^[=+\-@\t\r]/.test(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

export function csvRow(record: ExportRecord): string {
  const cells: Partial<Record<(typeof CSV_COLUMNS)[number], string | number | null>> =
    'checkpoint' in record
      ? { record: 'checkpoint', sequence: record.checkpoint.sequence, at: record.checkpoint.at, hash: record.checkpoint.hash, checkpoint: record.checkpoint.number, origin: record.checkpoint.origin, key_id: record.checkpoint.key_id, signature: record.checkpoint.signature }
      : {
          record: 'event',
          sequence: record.sequence,
          at: record.event.at,
          type: record.event.type,
          outcome: record.event.outcome,
          actor_id: record.event.actor_user_id,
          actor_username: record.event.actor_username,
          target_id: record.event.target_user_id,
          target_username: record.event.target_username,
          client_address: record.event.client_address,
          user_agent: record.event.user_agent,
          details: JSON.stringify(record.event.details),
          previous_hash: record.previous_hash,
          hash: record.hash,
        };
  return `${CSV_COLUMNS.map((column) => csvCell(cells[column] ?? null)).join(',')}\r\n`;
}

/**
 * The events of a filtered range in chain order, then the checkpoints that cover it: the last one
 * before its first event, those within it, and the first one at or after its last event.
 */
export async function* exportAuditRange(store: AuditStore, filter: AuditFilter, batchSize = 1000): AsyncGenerator<ExportRecord> {
  let first: number | null = null;
  let last = 0;
  for (;;) {
    const batch = await store.readAuditChain({ afterSequence: last, limit: batchSize, filter });
    if (batch.length === 0) break;
    first ??= batch[0]!.sequence;
    last = batch.at(-1)!.sequence;
    for (const event of batch) yield exportedEvent(event);
  }
  if (first === null) return;
  const before = (await store.listAuditCheckpoints({ maxSequence: first - 1 })).at(-1);
  const within = await store.listAuditCheckpoints({ minSequence: first, maxSequence: last - 1 });
  const [after] = await store.listAuditCheckpoints({ minSequence: last, limit: 1 });
  for (const checkpoint of [before, ...within, after]) if (checkpoint) yield exportedCheckpoint(checkpoint);
}
