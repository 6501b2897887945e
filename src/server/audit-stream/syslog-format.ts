// Audit records as syslog messages: RFC 5424, framed by octet counting (RFC 6587 §3.4.1) for TCP
// and TLS (RFC 5425). The message is the same JSON record as the file and downloads carry; the
// structured data repeats sequence and hashes so a receiver can index or check them.
import type { ExportRecord } from '../../core/audit/audit-export.js';

/** RFC 5424 §6.2.1: facility 10, security/authorization (authpriv). */
const AUTHPRIV = 10;
const SEVERITY = { warning: 4, notice: 5, informational: 6 } as const;
/** RFC 5612's enterprise number for documentation: Gatehouse has none registered. */
const ENTERPRISE = 32473;

/** PRINTUSASCII only (RFC 5424 §6), at most `length` characters; '-' when empty. */
function token(text: string, length: number): string {
  return text.replace(/[^!-~]/g, '_').slice(0, length) || '-';
}

export interface SyslogOrigin {
  hostname: string;
  processId: number;
}

export function syslogMessage(record: ExportRecord, origin: SyslogOrigin): string {
  const header = (severity: number, at: string, messageId: string) =>
    `<${AUTHPRIV * 8 + severity}>1 ${at} ${token(origin.hostname, 255)} gatehouse ${origin.processId} ${token(messageId, 32)}`;
  // SD-PARAM values here are decimal or hex: nothing to escape (RFC 5424 §6.3.3).
  if ('checkpoint' in record) {
    const c = record.checkpoint;
    return `${header(SEVERITY.informational, c.at, 'checkpoint')} [checkpoint@${ENTERPRISE} number="${c.number}" sequence="${c.sequence}" hash="${token(c.hash, 128)}"] ${JSON.stringify(record)}`;
  }
  const severity = record.event.outcome === 'success' ? SEVERITY.notice : SEVERITY.warning;
  return `${header(severity, record.event.at, record.event.type)} [audit@${ENTERPRISE} sequence="${record.sequence}" hash="${token(record.hash, 128)}" previous="${token(record.previous_hash, 128)}"] ${JSON.stringify(record)}`;
}

/** RFC 6587 §3.4.1: MSG-LEN SP SYSLOG-MSG, the length in octets. */
export function octetCounted(message: string): Buffer {
  const body = Buffer.from(message, 'utf8');
  return Buffer.concat([Buffer.from(`${body.length} `, 'ascii'), body]);
}
