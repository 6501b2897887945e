// Ships the audit chain to one sink, at least once and in order (SPEC 2.15). The sink's cursor lives
// in the database with a lease: on every instance configured with the sink a shipper runs, and the
// one holding the lease ships; if it dies, another takes over when the lease runs out. The cursor
// moves only to what the sink confirmed, so a restart or an outage of the receiver resumes there:
// nothing is skipped; records in flight at a failure may arrive twice, with the same sequence.
import { randomUUID } from 'node:crypto';
import { type ExportRecord, exportedCheckpoint, exportedEvent } from '../../core/audit/audit-export.js';
import type { CoreContext } from '../../core/context.js';
import type { AuditSink, StreamPosition } from './audit-sink.js';

const BATCH = 500;
const LEASE_IN_MILLISECONDS = 30_000;
const IDLE_IN_MILLISECONDS = 1000;
const MAX_BACKOFF_IN_MILLISECONDS = 10_000;

export class AuditShipper {
  /** Who holds the lease: this shipper, in this process. */
  private readonly holder = randomUUID();
  /** What has been handed to the sink; null: start again from the stored cursor. */
  private sent: StreamPosition | null = null;
  private timer: NodeJS.Timeout | null = null;
  private running = false;
  private stopped = false;
  private failures = 0;

  constructor(
    private readonly ctx: CoreContext,
    readonly sink: AuditSink,
  ) {}

  start(): void {
    this.schedule(0);
  }

  /** Ship soon (an event was just written here); during an outage the retry pause stands. */
  nudge(): void {
    if (!this.running && !this.stopped && this.failures === 0) this.schedule(0);
  }

  stop(): void {
    this.stopped = true;
    if (this.timer) clearTimeout(this.timer);
    this.sink.close();
  }

  private schedule(delay: number): void {
    if (this.stopped) return;
    if (this.timer) clearTimeout(this.timer);
    this.timer = setTimeout(() => void this.run(), delay);
    this.timer.unref();
  }

  private async run(): Promise<void> {
    this.running = true;
    let delay = IDLE_IN_MILLISECONDS;
    try {
      delay = (await this.round()) ? 0 : IDLE_IN_MILLISECONDS;
      if (this.failures > 0) this.ctx.log.info({ sink: this.sink.description }, 'the audit stream is delivering again');
      this.failures = 0;
    } catch (error) {
      // Start again from the stored cursor, with a growing pause; one log line per outage.
      this.sink.close();
      this.sent = null;
      if (this.failures === 0) this.ctx.log.warn({ sink: this.sink.description, err: { message: (error as Error).message } }, 'the audit stream cannot deliver; retrying');
      this.failures++;
      delay = Math.min(MAX_BACKOFF_IN_MILLISECONDS, 500 * 2 ** this.failures);
    } finally {
      this.running = false;
    }
    this.schedule(delay);
  }

  /** One batch: answers true when there may be more to ship at once. */
  private async round(): Promise<boolean> {
    const { store, clock } = this.ctx;
    const cursor = await store.claimAuditSink(this.sink.name, this.holder, clock.now(), LEASE_IN_MILLISECONDS);
    if (!cursor) {
      // Another instance ships to this sink.
      this.sink.close();
      this.sent = null;
      return false;
    }
    if (this.sink.takeLoss() || this.sent === null || this.sent.sequence < cursor.sequence) this.sent = { sequence: cursor.sequence, checkpointNumber: cursor.checkpointNumber };
    await this.storeConfirmed(cursor);
    const events = await store.readAuditChain({ afterSequence: this.sent.sequence, limit: BATCH });
    const through = events.at(-1)?.sequence ?? this.sent.sequence;
    const checkpoints = await store.listAuditCheckpoints({ afterNumber: this.sent.checkpointNumber, maxSequence: through });
    if (events.length === 0 && checkpoints.length === 0) return false;
    // Each checkpoint right after the event it covers.
    const records: ExportRecord[] = [];
    let next = 0;
    for (const event of events) {
      while (checkpoints[next] && checkpoints[next]!.sequence < event.sequence) records.push(exportedCheckpoint(checkpoints[next++]!));
      records.push(exportedEvent(event));
    }
    records.push(...checkpoints.slice(next).map(exportedCheckpoint));
    const position = { sequence: through, checkpointNumber: checkpoints.at(-1)?.number ?? this.sent.checkpointNumber };
    await this.sink.deliver(records, position);
    this.sent = position;
    await this.storeConfirmed(cursor);
    return events.length === BATCH;
  }

  private async storeConfirmed(cursor: StreamPosition): Promise<void> {
    const confirmed = this.sink.confirmed();
    if (!confirmed || (confirmed.sequence <= cursor.sequence && confirmed.checkpointNumber <= cursor.checkpointNumber)) return;
    if (!(await this.ctx.store.advanceAuditSink(this.sink.name, this.holder, confirmed, this.ctx.clock.now()))) throw new Error('the lease on the audit stream was lost');
    cursor.sequence = confirmed.sequence;
    cursor.checkpointNumber = confirmed.checkpointNumber;
  }
}
