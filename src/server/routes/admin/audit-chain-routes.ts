// GET /api/audit-events/verification: the chain verified now — intact, or its first break (SPEC 2.15).
// GET /api/audit-events/export: a filtered range as JSON lines or CSV, with the checkpoints covering it.
import { Readable } from 'node:stream';
import { Type } from '@sinclair/typebox';
import type { FastifyInstance } from 'fastify';
import { CSV_HEADER, csvRow, exportAuditRange, type ExportRecord, jsonLine } from '../../../core/audit/audit-export.js';
import { type ChainVerification, verifyAuditChain } from '../../../core/audit/chain-verification.js';
import { createCheckpointVerifier } from '../../../core/audit/checkpoints.js';
import type { CoreContext } from '../../../core/context.js';
import { PublicError } from '../../../core/errors.js';
import { Timestamp, withErrors } from '../../schemas.js';
import { typed } from '../../type-provider.js';

const Nullable = <T extends Parameters<typeof Type.Union>[0][number]>(schema: T) => Type.Union([schema, Type.Null()]);

const VerificationView = Type.Object({
  intact: Type.Boolean(),
  verified_at: Timestamp,
  events: Type.Integer({ description: 'events checked' }),
  first_sequence: Nullable(Type.Integer()),
  last_sequence: Nullable(Type.Integer()),
  last_event_at: Nullable(Timestamp),
  checkpoints: Nullable(Type.Object({ first: Type.Integer(), last: Type.Integer(), last_sequence: Type.Integer(), last_at: Timestamp })),
  break: Nullable(
    Type.Object({
      kind: Type.String({ description: 'changed_event, removed_event, reordered, checkpoint_signature_invalid, checkpoint_mismatch, removed_checkpoint or truncated' }),
      sequence: Type.Integer(),
      checkpoint: Nullable(Type.Integer()),
      message: Type.String(),
    }),
  ),
});

const iso = (at: number) => new Date(at).toISOString();

function describeVerification(result: ChainVerification, at: number) {
  if (!result.intact) {
    const { kind, sequence, checkpoint, message } = result;
    const unknown = { first_sequence: null, last_sequence: null, last_event_at: null, checkpoints: null };
    return { intact: false, verified_at: iso(at), events: result.eventsChecked, ...unknown, break: { kind, sequence, checkpoint: checkpoint ?? null, message } };
  }
  const c = result.checkpoints;
  return {
    intact: true,
    verified_at: iso(at),
    events: result.events,
    first_sequence: result.events ? result.firstSequence : null,
    last_sequence: result.events ? result.lastSequence : null,
    last_event_at: result.lastEventAt === null ? null : iso(result.lastEventAt),
    checkpoints: c ? { first: c.first, last: c.last, last_sequence: c.lastSequence, last_at: iso(c.lastAt) } : null,
    break: null,
  };
}

/** `2026-06-01` (midnight UTC) or an RFC 3339 time. */
const TIME = /^\d{4}-\d{2}-\d{2}(?:T\d{2}:\d{2}(?::\d{2}(?:\.\d{1,9})?)?(?:Z|[+-]\d{2}:\d{2}))?$/i;

function parseTime(value: string | undefined, name: string): number | undefined {
  if (value === undefined || value === '') return undefined;
  const at = TIME.test(value) ? Date.parse(value) : Number.NaN;
  if (Number.isNaN(at)) throw new PublicError('invalid_request', { message: `${name} must be a date (2026-06-01) or an RFC 3339 time (2026-06-01T12:00:00Z).` });
  return at;
}

async function* mapLines<T>(records: AsyncIterable<T>, line: (record: T) => string): AsyncGenerator<string> {
  for await (const record of records) yield line(record);
}

async function* csvLines(records: AsyncIterable<ExportRecord>): AsyncGenerator<string> {
  yield CSV_HEADER;
  yield* mapLines(records, csvRow);
}

export async function auditChainRoutes(app: FastifyInstance, { ctx }: { ctx: CoreContext }): Promise<void> {
  const verifier = createCheckpointVerifier(ctx.keys.auditSigner.publicKeyPem);
  // One walk at a time: concurrent requests share it rather than each reading the whole chain.
  let running: Promise<{ result: ChainVerification; at: number }> | null = null;
  const verifyOnce = () =>
    (running ??= (async () => ({ result: await verifyAuditChain(ctx.store, verifier), at: ctx.clock.now() }))().finally(() => {
      running = null;
    }));

  typed(app).get(
    '/api/audit-events/verification',
    {
      config: { auth: 'admin' },
      schema: { tags: ['audit'], summary: 'Verify the audit chain and its signed checkpoints now', response: withErrors({ 200: VerificationView }) },
    },
    async () => {
      const { result, at } = await verifyOnce();
      if (!result.intact) ctx.log.warn({ kind: result.kind, sequence: result.sequence }, 'the audit chain is broken');
      return describeVerification(result, at);
    },
  );

  typed(app).get(
    '/api/audit-events/export',
    {
      config: { auth: 'admin' },
      schema: {
        tags: ['audit'],
        summary: 'Download events as JSON lines or CSV, in chain order, with the checkpoints that cover them',
        description: 'from (inclusive) and to (exclusive): a date (midnight UTC) or an RFC 3339 time. Each record carries its sequence and hashes (docs/operations.md).',
        querystring: Type.Object(
          {
            from: Type.Optional(Type.String({ maxLength: 40 })),
            to: Type.Optional(Type.String({ maxLength: 40 })),
            type: Type.Optional(Type.String({ maxLength: 64 })),
            user: Type.Optional(Type.String({ maxLength: 256, description: 'user id or username (actor or target)' })),
            format: Type.Optional(Type.Union([Type.Literal('jsonl'), Type.Literal('csv')])),
          },
          { additionalProperties: false },
        ),
        response: withErrors({ 200: Type.String({ description: 'application/x-ndjson or text/csv' }) }),
      },
    },
    async (request, reply) => {
      const { from, to, type, user, format = 'jsonl' } = request.query;
      const fromAt = parseTime(from, 'from');
      const toAt = parseTime(to, 'to');
      if (fromAt !== undefined && toAt !== undefined && fromAt >= toAt) throw new PublicError('invalid_request', { message: 'from must be earlier than to.' });
      const found = user ? ((await ctx.store.findUserById(user)) ?? (await ctx.store.findUserByUsername(user))) : null;
      const records = exportAuditRange(ctx.store, {
        type: type || undefined,
        userId: user ? (found?.id ?? user) : undefined,
        username: user ? (found?.username ?? user) : undefined,
        fromAt,
        toAt,
      });
      const lines = format === 'csv' ? csvLines(records) : mapLines(records, jsonLine);
      const stamp = iso(ctx.clock.now()).replace(/[-:]/g, '').slice(0, 13);
      return reply
        .header('content-type', format === 'csv' ? 'text/csv; charset=utf-8' : 'application/x-ndjson; charset=utf-8')
        .header('content-disposition', `attachment; filename="gatehouse-audit-${stamp}.${format}"`)
        // A stream is sent as it is (the 200 schema documents it, nothing serializes it).
        .send(Readable.from(lines) as unknown as string);
    },
  );
}
