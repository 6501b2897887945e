// What `gatehouse serve` runs beside the requests for the audit chain (SPEC 2.15): a checkpoint for
// events a quiet period left unsigned, retention, and one shipper per configured stream.
import { accessSync, constants, readFileSync } from 'node:fs';
import { hostname } from 'node:os';
import { dirname } from 'node:path';
import { type Config, ConfigError } from '../../config/config.js';
import { applyAuditRetention, sealDueCheckpoint } from '../../core/audit/audit-maintenance.js';
import { HOUR, MINUTE } from '../../core/clock.js';
import type { CoreContext } from '../../core/context.js';
import { type AuditSink, createFileSink } from './audit-sink.js';
import { AuditShipper } from './audit-shipper.js';
import { createSyslogSink } from './syslog-sink.js';

export type AuditStreamSettings = Pick<Config, 'auditFile' | 'auditSyslogUrl' | 'auditSyslogCa'>;

/** The sinks the settings name. A folder that cannot take the file, or an unreadable CA file, stops start-up. */
export function auditSinksOf(settings: AuditStreamSettings, options: { settleInMilliseconds?: number } = {}): AuditSink[] {
  const host = hostname();
  const sinks: AuditSink[] = [];
  if (settings.auditFile) {
    try {
      accessSync(dirname(settings.auditFile), constants.W_OK);
    } catch {
      throw new ConfigError(`GATEHOUSE_AUDIT_FILE: the folder ${dirname(settings.auditFile)} does not exist or Gatehouse cannot write to it`);
    }
    sinks.push(createFileSink(settings.auditFile, host));
  }
  if (settings.auditSyslogUrl) {
    let ca: Buffer | undefined;
    try {
      ca = settings.auditSyslogCa ? readFileSync(settings.auditSyslogCa) : undefined;
    } catch (error) {
      throw new ConfigError(`GATEHOUSE_AUDIT_SYSLOG_CA: cannot read ${settings.auditSyslogCa} (${(error as NodeJS.ErrnoException).code ?? 'error'})`);
    }
    sinks.push(createSyslogSink({ url: settings.auditSyslogUrl, ca, origin: { hostname: host, processId: process.pid }, settleInMilliseconds: options.settleInMilliseconds }));
  }
  return sinks;
}

export interface AuditBackground {
  shippers: AuditShipper[];
  stop(): void;
}

export function startAuditBackground(ctx: CoreContext, sinks: AuditSink[]): AuditBackground {
  const warn = (what: string) => (error: unknown) => ctx.log.warn({ err: { message: (error as Error).message } }, what);
  // Often enough that a quiet period's events are signed soon after the interval ends.
  const sealing = setInterval(() => void sealDueCheckpoint(ctx).catch(warn('could not sign an audit checkpoint')), Math.min(MINUTE, ctx.settings.audit.checkpointEveryMilliseconds / 4));
  // Retention a minute after start (a server restarted often still gets to it), then hourly.
  const retain = () => void applyAuditRetention(ctx).catch(warn('could not apply audit retention'));
  const retention = ctx.settings.audit.retentionDays === null ? null : setInterval(retain, HOUR);
  const firstRetention = ctx.settings.audit.retentionDays === null ? null : setTimeout(retain, MINUTE);
  for (const timer of [sealing, retention, firstRetention]) timer?.unref();

  const shippers = sinks.map((sink) => new AuditShipper(ctx, sink));
  const previous = ctx.onAuditEvent;
  ctx.onAuditEvent = (type, outcome, details) => {
    previous?.(type, outcome, details);
    for (const shipper of shippers) shipper.nudge();
  };
  for (const shipper of shippers) shipper.start();
  return {
    shippers,
    stop() {
      clearInterval(sealing);
      if (retention) clearInterval(retention);
      if (firstRetention) clearTimeout(firstRetention);
      for (const shipper of shippers) shipper.stop();
    },
  };
}
