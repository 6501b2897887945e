// When a checkpoint is due, and signing one (SPEC 2.15): every `everyEvents` events or
// `everyMilliseconds` after the last checkpoint, whichever comes first, and only over new events.
import type { AuditChainHead, CheckpointPolicy } from '../ports.js';
import { type Checkpoint, checkpointNote } from './checkpoints.js';

/** Is a checkpoint due at `at` over this head? Never twice over the same event. */
export function isCheckpointDue(policy: Pick<CheckpointPolicy, 'everyEvents' | 'everyMilliseconds'>, head: AuditChainHead, at: number): boolean {
  if (head.sequence <= head.checkpointSequence) return false;
  return head.sequence - head.checkpointSequence >= policy.everyEvents || at - head.checkpointAt >= policy.everyMilliseconds;
}

/** The next checkpoint over the head, signed. */
export function signCheckpoint(policy: CheckpointPolicy, head: Pick<AuditChainHead, 'sequence' | 'hash' | 'checkpointNumber'>, at: number): Checkpoint {
  const unsigned = { origin: policy.origin, number: head.checkpointNumber + 1, sequence: head.sequence, hash: head.hash, at };
  return { ...unsigned, keyId: policy.signer.keyId, signature: policy.signer.sign(checkpointNote(unsigned)) };
}
