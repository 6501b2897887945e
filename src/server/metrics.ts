// Prometheus metrics at GET /metrics (prom-client), one registry per app: sign-ins by outcome,
// second-factor checks by method and outcome, API-key authentications, throttled requests, rows
// deleted by housekeeping per table, and a request latency histogram by route. Security counts
// come from the audit events, so every event the audit log records is counted the same way. The
// audit chain's head and each stream's lag are read from the database at each scrape (every
// instance shows every sink).
import { createHash, timingSafeEqual } from 'node:crypto';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { Counter, collectDefaultMetrics, Gauge, type Metric, Registry } from 'prom-client';
import type { CoreContext } from '../core/context.js';
import { PublicError } from '../core/errors.js';
import { SWEPT_TABLES } from '../core/housekeeping/housekeeping.js';
import { RequestLatencyHistogram } from './request-latency.js';

/**
 * GATEHOUSE_METRICS_TOKEN (off by default): /metrics then needs `Authorization: Bearer <token>`,
 * compared in constant time (as SHA-256 digests, so the lengths do not show either).
 */
function requireBearerToken(token: string) {
  const expected = createHash('sha256').update(token).digest();
  return async (request: FastifyRequest, reply: FastifyReply) => {
    const header = request.headers.authorization ?? '';
    const presented = /^Bearer [\x21-\x7e]+$/i.test(header) ? header.slice('Bearer '.length) : '';
    if (timingSafeEqual(createHash('sha256').update(presented).digest(), expected) && presented !== '') return;
    reply.header('www-authenticate', 'Bearer realm="metrics"');
    throw new PublicError('authentication_required', { message: 'Send the metrics token: Authorization: Bearer followed by the value of GATEHOUSE_METRICS_TOKEN.' });
  };
}

export function registerMetrics(app: FastifyInstance, ctx: CoreContext, metricsToken?: string): Registry {
  const registry = new Registry();
  collectDefaultMetrics({ register: registry, prefix: 'gatehouse_' });
  const signIns = new Counter({ name: 'gatehouse_sign_ins_total', help: 'Password sign-ins by outcome', labelNames: ['outcome'], registers: [registry] });
  const secondFactor = new Counter({
    name: 'gatehouse_second_factor_checks_total',
    help: 'Second-factor code checks by method and outcome',
    labelNames: ['method', 'outcome'],
    registers: [registry],
  });
  const apiKeys = new Counter({ name: 'gatehouse_api_key_authentications_total', help: 'API-key authentications by outcome', labelNames: ['outcome'], registers: [registry] });
  const throttled = new Counter({ name: 'gatehouse_throttled_requests_total', help: 'Requests answered 429', labelNames: ['route'], registers: [registry] });
  const swept = new Counter({ name: 'gatehouse_housekeeping_deleted_rows_total', help: 'Expired rows deleted by housekeeping, by table', labelNames: ['table'], registers: [registry] });
  for (const table of SWEPT_TABLES) swept.inc({ table }, 0);
  const previousSweep = ctx.onHousekeeping;
  ctx.onHousekeeping = (deleted) => {
    previousSweep?.(deleted);
    for (const [table, rows] of Object.entries(deleted)) swept.inc({ table }, rows);
  };
  const duration = new RequestLatencyHistogram();
  registry.registerMetric(duration as unknown as Metric);
  for (const outcome of ['success', 'failure', 'throttled', 'locked']) signIns.inc({ outcome }, 0);

  const previous = ctx.onAuditEvent;
  ctx.onAuditEvent = (type, outcome, details) => {
    previous?.(type, outcome, details);
    const factor = typeof details.factor === 'string' ? details.factor : 'unknown';
    switch (type) {
      case 'sign_in_succeeded':
        signIns.inc({ outcome: 'success' });
        break;
      case 'second_factor_succeeded':
        secondFactor.inc({ method: factor, outcome: 'success' });
        break;
      case 'sign_in_failed':
        signIns.inc({ outcome: 'failure' });
        break;
      case 'sign_in_throttled':
        signIns.inc({ outcome: 'throttled' });
        break;
      case 'factor_locked':
        if (factor === 'password') signIns.inc({ outcome: 'locked' });
        else secondFactor.inc({ method: factor, outcome: 'locked' });
        break;
      case 'second_factor_failed':
        secondFactor.inc({ method: factor, outcome: 'failure' });
        break;
      case 'totp_code_replayed':
        secondFactor.inc({ method: 'totp', outcome: 'replayed' });
        break;
      case 'second_factor_throttled':
        secondFactor.inc({ method: factor, outcome: 'throttled' });
        break;
      case 'recovery_code_used':
        secondFactor.inc({ method: 'recovery_code', outcome: 'success' });
        break;
      case 'api_key_refused':
        apiKeys.inc({ outcome: 'refused' });
        break;
    }
  };

  registerAuditChainGauges(registry, ctx);

  // Per answer, in a callback hook rather than an async one (a promise per answer shows).
  const apiKeySuccesses = apiKeys.labels({ outcome: 'success' });
  app.addHook('onResponse', (request, reply, done) => {
    const route = request.routeOptions.url ?? 'unmatched';
    duration.observe(request.method, route, reply.statusCode, reply.elapsedTime / 1000);
    if (reply.statusCode === 429) throttled.inc({ route });
    if (request.auth?.kind === 'api_key') apiKeySuccesses.inc();
    done();
  });

  app.get('/metrics', { schema: { hide: true }, onRequest: metricsToken === undefined ? [] : [requireBearerToken(metricsToken)] }, async (_request, reply) => {
    reply.header('content-type', registry.contentType);
    return registry.metrics();
  });
  return registry;
}

function registerAuditChainGauges(registry: Registry, ctx: CoreContext): void {
  const read = async () => {
    try {
      return { head: await ctx.store.readAuditChainHead(), sinks: await ctx.store.listAuditSinks() };
    } catch {
      return null; // the database is away: /readyz says so; the other metrics still answer
    }
  };
  let reading: ReturnType<typeof read> | null = null;
  // Both gauges of one scrape share one read.
  const once = () => (reading ??= read().finally(() => setImmediate(() => (reading = null))));
  new Gauge({
    name: 'gatehouse_audit_chain_sequence',
    help: 'Sequence number of the last audit event, and of the last signed checkpoint',
    labelNames: ['of'],
    registers: [registry],
    async collect() {
      const state = await once();
      if (!state) return;
      this.set({ of: 'event' }, state.head.sequence);
      this.set({ of: 'checkpoint' }, state.head.checkpointSequence);
    },
  });
  new Gauge({
    name: 'gatehouse_audit_sink_lag_events',
    help: 'Audit events written but not yet delivered, per stream (file:<host>:<path>, syslog:<url>)',
    labelNames: ['sink'],
    registers: [registry],
    async collect() {
      const state = await once();
      if (!state) return;
      this.reset();
      for (const sink of state.sinks) this.set({ sink: sink.name }, Math.max(0, state.head.sequence - sink.sequence));
    },
  });
}
