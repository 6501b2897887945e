// SPEC 2.11: refusals from one address are summarised in the audit log rather than written one row
// each (2,000 random API keys once wrote 2,000 rows in 3 s). The first refusal of a kind from an
// address in each minute is audited as itself, with its details; the others in that minute only add
// to a counter in storage, shared by every instance. The first refusal of a later minute (of any
// kind, from any address, on any instance) takes the finished counters, each to exactly one taker,
// and writes one `refusals_summarised` event for each with its count. So an address writes at most
// one event of its own a minute, plus one summary per minute it was busy.
import { MINUTE } from '../clock.js';
import type { Client, CoreContext } from '../context.js';
import { type AuditEvent, recordAuditEvent } from './audit-log.js';

export type SummarisedRefusal = AuditEvent & { type: 'api_key_refused' | 'sign_in_throttled'; client: Client };

function windowStartOf(now: number): number {
  return now - (now % MINUTE);
}

export async function auditRefusal(ctx: CoreContext, event: SummarisedRefusal): Promise<void> {
  const windowStart = windowStartOf(ctx.clock.now());
  const refusals = await ctx.store.countRefusal(event.type, event.client.address, windowStart);
  if (refusals > 1) {
    // Not stored, but still counted where every event is (the metrics).
    ctx.onAuditEvent?.(event.type, event.outcome, event.details ?? {});
    return;
  }
  await recordAuditEvent(ctx, event);
  await summariseRefusals(ctx);
}

/** Writes the summaries of the minutes that are over; answers how many it wrote. */
export async function summariseRefusals(ctx: CoreContext): Promise<number> {
  const finished = await ctx.store.takeRefusalCountsBefore(windowStartOf(ctx.clock.now()));
  let written = 0;
  for (const counted of finished) {
    // A minute with one refusal is told by that refusal's own event.
    if (counted.refusals < 2) continue;
    await recordAuditEvent(ctx, {
      type: 'refusals_summarised',
      outcome: 'refused',
      client: { address: counted.address, userAgent: '' },
      details: {
        refused: counted.kind,
        refusals: counted.refusals,
        from: new Date(counted.windowStart).toISOString(),
        until: new Date(counted.windowStart + MINUTE).toISOString(),
      },
    });
    written++;
  }
  return written;
}
