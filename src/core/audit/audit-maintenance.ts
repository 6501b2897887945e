// The audit chain's housekeeping (SPEC 2.15): checkpoints for quiet periods, and retention.
import { HOUR } from '../clock.js';
import type { CoreContext } from '../context.js';
import type { AuditSinkCursor } from '../ports.js';
import { auditChange, checkpointPolicyOf } from './audit-log.js';
import { isCheckpointDue } from './checkpoint-sealing.js';
import type { Checkpoint } from './checkpoints.js';

const DAY = 24 * HOUR;

/**
 * Appends sign a checkpoint when one is due as they write; this covers the time after the last
 * event (no append comes to sign it) and events written without a key (the CLI's). Several
 * instances may run it at once: the store re-checks under the chain lock, so one signs.
 */
export function sealDueCheckpoint(ctx: CoreContext): Promise<Checkpoint | null> {
  const policy = checkpointPolicyOf(ctx);
  const now = ctx.clock.now();
  return ctx.store.sealAuditCheckpoint(policy, now, (head) => isCheckpointDue(policy, head, now));
}

/**
 * Deletes events older than the retention period, a whole checkpoint at a time: everything up to
 * the newest checkpoint signed before the cut-off, which becomes the chain's start. Never what a
 * stream has yet to deliver — unless that stream delivered nothing for the whole period (abandoned).
 * The deletion is itself an event on the chain.
 */
export async function applyAuditRetention(ctx: CoreContext): Promise<{ throughSequence: number; deleted: number } | null> {
  const days = ctx.settings.audit.retentionDays;
  if (days === null) return null;
  const cutoff = ctx.clock.now() - days * DAY;
  const recorded = auditChange(ctx, ({ throughSequence, checkpointNumber, deleted }: { throughSequence: number; checkpointNumber: number; deleted: number }) => ({
    type: 'audit_events_deleted',
    outcome: 'success',
    details: { through_sequence: throughSequence, checkpoint: checkpointNumber, deleted, retention_days: days },
  }));
  const notPastSequence = undeliveredFloor(await ctx.store.listAuditSinks(), cutoff);
  const result = await ctx.store.pruneAuditEvents({ signedBefore: cutoff, notPastSequence }, recorded.audit);
  if (result) recorded.announce();
  return result;
}

/** The lowest cursor of the streams still delivering (any delivery since `since`). */
function undeliveredFloor(sinks: AuditSinkCursor[], since: number): number {
  const live = sinks.filter((sink) => sink.updatedAt >= since);
  return live.length === 0 ? Number.MAX_SAFE_INTEGER : Math.min(...live.map((sink) => sink.sequence));
}
