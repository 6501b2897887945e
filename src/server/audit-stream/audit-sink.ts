// Where the audit stream goes (SPEC 2.15): a JSON-lines file, or syslog over TCP or TLS. A sink
// takes records in chain order and says how far they are safely received; the shipper
// (audit-shipper.ts) stores that position as the sink's cursor, so a restart resumes there.
import { open } from 'node:fs/promises';
import { type ExportRecord, jsonLine } from '../../core/audit/audit-export.js';

/** Where the stream stands: the last event and the last checkpoint handed over. */
export interface StreamPosition {
  sequence: number;
  checkpointNumber: number;
}

export interface AuditSink {
  /** The cursor's name in the database: the same sink on every instance, another for another. */
  readonly name: string;
  /** Where records go, for logs (no credentials). */
  readonly description: string;
  /** Hands records over; rejects when the receiver cannot take them. */
  deliver(records: ExportRecord[], position: StreamPosition): Promise<void>;
  /** The furthest position received for good so far, or null. */
  confirmed(): StreamPosition | null;
  /** True (once) when records handed over were lost before confirmation: resend from the cursor. */
  takeLoss(): boolean;
  close(): void;
}

/**
 * Appends JSON lines to a file and syncs it to disk before a position counts as delivered. The
 * file is opened for each batch, so a log rotator may move it away at any time.
 */
export function createFileSink(path: string, host: string): AuditSink {
  let confirmed: StreamPosition | null = null;
  return {
    name: `file:${host}:${path}`,
    description: path,
    async deliver(records, position) {
      const file = await open(path, 'a+', 0o600);
      try {
        // A crash mid-write leaves half a line: end it, so the resent records start on lines of their own.
        const { size } = await file.stat();
        const last = size > 0 ? (await file.read(Buffer.alloc(1), 0, 1, size - 1)).buffer.toString('utf8') : '\n';
        await file.appendFile(`${last === '\n' ? '' : '\n'}${records.map(jsonLine).join('')}`, 'utf8');
        await file.sync();
      } finally {
        await file.close();
      }
      confirmed = position;
    },
    confirmed: () => confirmed,
    takeLoss: () => false,
    close() {},
  };
}
