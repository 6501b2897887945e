// `gatehouse audit verify` and `gatehouse audit public-key` (SPEC 2.15, docs/operations.md).
// verify exits 0 when the chain is intact, 1 when it is broken, 2 on any other error.
import { readFileSync } from 'node:fs';
import type { Config } from '../config/config.js';
import { type ChainVerification, verifyAuditChain } from '../core/audit/chain-verification.js';
import { type CheckpointVerifier, createCheckpointVerifier } from '../core/audit/checkpoints.js';
import { createCoreContext, createLogger } from '../server/gatehouse.js';
import { openStore } from '../storage/kysely-store.js';

/** A progress line on stderr every this many events, when the chain is longer than that. */
const PROGRESS_EVERY = 50_000;

const count = (n: number) => n.toLocaleString('en-US');

export function describeVerification(result: ChainVerification): string {
  if (!result.intact) {
    return `broken: ${result.kind} at event ${result.sequence}${result.checkpoint ? ` (checkpoint ${result.checkpoint})` : ''}\n  ${result.message}\n  (${count(result.eventsChecked)} events verified before it)`;
  }
  const span = result.firstSequence > 1 ? ` (${result.firstSequence}..${result.lastSequence}; earlier ones deleted by retention)` : '';
  const checkpoints = result.checkpoints ? `checkpoints ${result.checkpoints.first}..${result.checkpoints.last}` : 'no checkpoint yet';
  const unsigned = result.checkpoints && result.lastSequence > result.checkpoints.lastSequence ? `; events after ${result.checkpoints.lastSequence} await the next checkpoint` : '';
  return `intact: ${result.events} events${span}, ${checkpoints}${unsigned}`;
}

export async function runAuditCommand(config: Config, args: string[], options: { publicKey?: string }): Promise<number> {
  const [action] = args;
  if (action !== 'verify' && action !== 'public-key') {
    console.error('gatehouse: usage: gatehouse audit verify [--public-key FILE] | gatehouse audit public-key');
    return 2;
  }
  const store = await openStore(config.databaseUrl);
  try {
    const ctx = createCoreContext(config, store, createLogger('silent'));
    if (action === 'public-key') {
      process.stdout.write(ctx.keys.auditSigner.publicKeyPem);
      console.error(`key id ${ctx.keys.auditSigner.keyId}: keep a copy away from this host, and verify with --public-key`);
      return 0;
    }
    // With --public-key, checkpoints are checked against a key kept elsewhere, not the host's.
    let verifier: CheckpointVerifier;
    try {
      verifier = createCheckpointVerifier(options.publicKey ? readFileSync(options.publicKey, 'utf8') : ctx.keys.auditSigner.publicKeyPem);
    } catch (error) {
      console.error(`gatehouse: --public-key ${options.publicKey}: ${(error as Error).message}; give the PEM file \`gatehouse audit public-key\` printed`);
      return 2;
    }
    let nextProgress = PROGRESS_EVERY;
    const result = await verifyAuditChain(store, verifier, {
      onProgress: (checked, total) => {
        if (checked < nextProgress || total <= PROGRESS_EVERY) return;
        nextProgress = checked + PROGRESS_EVERY;
        console.error(`verified ${count(checked)} of ${count(total)} events…`);
      },
    });
    console.log(describeVerification(result));
    return result.intact ? 0 : 1;
  } finally {
    await store.close();
  }
}
