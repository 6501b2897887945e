// The checkpoints' own checks: each signature valid under the audit key, numbers without a gap.
// (Whether each signed hash matches the chain is checked while walking the events.)
import { type Checkpoint, checkpointNote, type CheckpointVerifier } from './checkpoints.js';

export interface CheckpointBreak {
  kind: 'checkpoint_signature_invalid' | 'removed_checkpoint';
  sequence: number;
  checkpoint: number;
  message: string;
}

/** The first checkpoint that fails, in number order, or null. */
export function checkpointBreak(checkpoints: Checkpoint[], verifier: CheckpointVerifier): CheckpointBreak | null {
  let previous: Checkpoint | null = null;
  for (const checkpoint of checkpoints) {
    if (previous && checkpoint.number !== previous.number + 1) {
      return {
        kind: 'removed_checkpoint',
        sequence: previous.sequence + 1,
        checkpoint: previous.number + 1,
        message: `Checkpoint ${previous.number + 1} is missing: it was deleted.`,
      };
    }
    if (!verifier.verify(checkpointNote(checkpoint), checkpoint.signature)) {
      const otherKey = checkpoint.keyId !== verifier.keyId ? ` It names key ${checkpoint.keyId}; the audit key is ${verifier.keyId}.` : '';
      return {
        kind: 'checkpoint_signature_invalid',
        sequence: checkpoint.sequence,
        checkpoint: checkpoint.number,
        message: `Checkpoint ${checkpoint.number} (event ${checkpoint.sequence}) has no valid signature of the audit key: it was forged or altered.${otherKey}`,
      };
    }
    previous = checkpoint;
  }
  return null;
}
