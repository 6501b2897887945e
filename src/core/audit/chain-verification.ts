// Verifying the audit chain (SPEC 2.15): every checkpoint's signature, then every event in sequence
// order — its hash over its own content (changed?), its link to the one before (removed? moved?),
// the signed hash at each checkpoint (rewritten?) — and the end against the head and the last
// checkpoint (truncated?). The answer is "intact" or the first break, named by its kind.
import type { AuditEventRecord, AuditStore } from '../ports.js';
import { chainContentOf, chainHash, GENESIS_HASH } from './audit-chain.js';
import { checkpointBreak, type CheckpointBreak } from './checkpoint-verification.js';
import type { Checkpoint, CheckpointVerifier } from './checkpoints.js';

export type ChainBreakKind = 'changed_event' | 'removed_event' | 'reordered' | 'checkpoint_signature_invalid' | 'checkpoint_mismatch' | 'removed_checkpoint' | 'truncated';

export interface ChainBreak {
  kind: ChainBreakKind;
  /** The event where the chain breaks (for a checkpoint, the event it covers). */
  sequence: number;
  checkpoint?: number;
  message: string;
}

export type ChainVerification =
  | {
      intact: true;
      events: number;
      /** First and last event kept (0 and 0 when there is none). */
      firstSequence: number;
      lastSequence: number;
      lastEventAt: number | null;
      checkpoints: { first: number; last: number; lastSequence: number; lastAt: number } | null;
    }
  | ({ intact: false; eventsChecked: number } & ChainBreak);

export interface VerifyOptions {
  batchSize?: number;
  /** Called after each batch with the events checked so far and the chain's last sequence. */
  onProgress?: (checked: number, total: number) => void;
}

/** The event type retention appends; the chain's start must be explained by one. */
const RETENTION_EVENT = 'audit_events_deleted';

export async function verifyAuditChain(store: AuditStore, verifier: CheckpointVerifier, options: VerifyOptions = {}): Promise<ChainVerification> {
  const batchSize = options.batchSize ?? 10_000;
  const checkpoints = await store.listAuditCheckpoints();
  const head = await store.readAuditChainHead();
  // A checkpoint's break counts only if no event breaks the chain earlier.
  const badCheckpoint: CheckpointBreak | null = checkpointBreak(checkpoints, verifier);
  const bySequence = new Map(checkpoints.map((c) => [c.sequence, c]));
  let checked = 0;
  let previous: { sequence: number; hash: string } | null = null;
  let first: AuditEventRecord | null = null;
  let last: AuditEventRecord | null = null;
  const retentionCuts = new Set<number>();
  const broken = (found: ChainBreak): ChainVerification => {
    const earlier = badCheckpoint && badCheckpoint.sequence <= found.sequence ? badCheckpoint : found;
    return { intact: false, eventsChecked: checked, ...earlier };
  };

  let batch = await store.readAuditChain({ afterSequence: 0, limit: batchSize });
  while (batch.length > 0) {
    let next: AuditEventRecord[] | null = null;
    const lookahead = async () => (next ??= await store.readAuditChain({ afterSequence: batch.at(-1)!.sequence, limit: batchSize }));
    for (let i = 0; i < batch.length; i++) {
      const event = batch[i]!;
      if (previous === null) {
        first = event;
        previous = startOf(event, bySequence);
        if (previous === null) return broken(missingStart(event));
      }
      if (badCheckpoint && event.sequence > badCheckpoint.sequence) return broken(badCheckpoint);
      // The common case without a promise per event; a break is then looked at closely.
      if (!follows(event, previous)) return broken(await linkBreak(event, previous, async () => [...batch.slice(i + 1), ...(await lookahead())]));
      const checkpoint = bySequence.get(event.sequence);
      if (checkpoint && checkpoint.hash !== event.hash) {
        return broken({
          kind: 'checkpoint_mismatch',
          sequence: event.sequence,
          checkpoint: checkpoint.number,
          message: `The events up to ${event.sequence} were rewritten after checkpoint ${checkpoint.number} signed them: the chain's hash there is not the signed one.`,
        });
      }
      if (event.type === RETENTION_EVENT && typeof event.details.through_sequence === 'number') retentionCuts.add(event.details.through_sequence);
      previous = { sequence: event.sequence, hash: event.hash };
      last = event;
      checked++;
    }
    options.onProgress?.(checked, Math.max(head.sequence, last?.sequence ?? 0));
    batch = next ?? (await store.readAuditChain({ afterSequence: last!.sequence, limit: batchSize }));
  }

  const end = endBreak(last?.sequence ?? 0, head.sequence, checkpoints);
  if (end) return broken(end);
  if (badCheckpoint) return broken(badCheckpoint);
  if (first && first.sequence > 1 && !retentionCuts.has(first.sequence - 1)) return broken(missingStart(first));
  const newest = checkpoints.at(-1);
  return {
    intact: true,
    events: checked,
    firstSequence: first?.sequence ?? 0,
    lastSequence: last?.sequence ?? 0,
    lastEventAt: last?.at ?? null,
    checkpoints: newest ? { first: checkpoints[0]!.number, last: newest.number, lastSequence: newest.sequence, lastAt: newest.at } : null,
  };
}

/** What the first event kept must link to: the genesis, or the checkpoint retention cut at. */
function startOf(event: AuditEventRecord, bySequence: Map<number, Checkpoint>): { sequence: number; hash: string } | null {
  if (event.sequence === 1) return { sequence: 0, hash: GENESIS_HASH };
  const cut = bySequence.get(event.sequence - 1);
  return cut ? { sequence: cut.sequence, hash: cut.hash } : null;
}

function missingStart(event: AuditEventRecord): ChainBreak {
  const range = event.sequence === 2 ? 'Event 1 is' : `Events 1 to ${event.sequence - 1} are`;
  return { kind: 'removed_event', sequence: 1, message: `${range} missing, and no retention run deleted them: they were removed from the start of the chain.` };
}

/** Whether `event` is intact and comes right after `previous`. */
function follows(event: AuditEventRecord, previous: { sequence: number; hash: string }): boolean {
  return event.sequence === previous.sequence + 1 && event.previousHash === previous.hash && chainHash(event.previousHash, event.sequence, chainContentOf(event)) === event.hash;
}

/** Why `event` does not follow `previous` on the chain (`follows` said it does not). */
async function linkBreak(event: AuditEventRecord, previous: { sequence: number; hash: string }, later: () => Promise<AuditEventRecord[]>): Promise<ChainBreak> {
  const expected = previous.sequence + 1;
  if (event.sequence > expected) {
    const range = event.sequence === expected + 1 ? `Event ${expected} is` : `Events ${expected} to ${event.sequence - 1} are`;
    return { kind: 'removed_event', sequence: expected, message: `${range} missing: deleted from the chain.` };
  }
  if (event.sequence < expected) return { kind: 'reordered', sequence: event.sequence, message: `Event ${event.sequence} appears twice in the chain: events were moved.` };
  const content = chainContentOf(event);
  const selfValid = chainHash(event.previousHash, event.sequence, content) === event.hash;
  if (event.previousHash === previous.hash) {
    return { kind: 'changed_event', sequence: event.sequence, message: `Event ${event.sequence} was changed after it was written: its content no longer matches its hash.` };
  }
  // The link is broken. Is the true successor of `previous` further on? Then events were moved.
  if ((await later()).some((e) => e.previousHash === previous.hash)) {
    return { kind: 'reordered', sequence: event.sequence, message: `Event ${event.sequence} is out of order: events were moved or swapped.` };
  }
  if (selfValid && previous.sequence > 0) {
    return { kind: 'changed_event', sequence: previous.sequence, message: `Event ${previous.sequence} was changed after it was written: its hash is not the one event ${event.sequence} recorded.` };
  }
  if (selfValid || chainHash(previous.hash, event.sequence, content) === event.hash) {
    return { kind: 'changed_event', sequence: event.sequence, message: `Event ${event.sequence} was changed after it was written: its link to event ${previous.sequence} was altered.` };
  }
  return { kind: 'removed_event', sequence: event.sequence, message: `An event before ${event.sequence} was deleted and the ones after it renumbered.` };
}

/** Whether the chain stops short of what the head or the last checkpoint recorded. */
function endBreak(lastSequence: number, headSequence: number, checkpoints: Checkpoint[]): ChainBreak | null {
  const newest = checkpoints.at(-1);
  if (newest && newest.sequence > lastSequence) {
    return {
      kind: 'truncated',
      sequence: lastSequence + 1,
      checkpoint: newest.number,
      message: `The chain ends at event ${lastSequence}, but checkpoint ${newest.number} covers events up to ${newest.sequence}: events were cut from the end.`,
    };
  }
  if (headSequence > lastSequence) {
    return { kind: 'truncated', sequence: lastSequence + 1, message: `The chain ends at event ${lastSequence}, but ${headSequence} were written: events were cut from the end.` };
  }
  if (headSequence < lastSequence) {
    return { kind: 'changed_event', sequence: headSequence + 1, message: `Events after ${headSequence} were written outside Gatehouse: the chain's head does not know them.` };
  }
  return null;
}
