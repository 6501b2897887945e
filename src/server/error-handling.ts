// Every failure leaves in the envelope: our PublicErrors, Fastify's own (bad JSON, body too large,
// wrong content type, schema validation), 404s, and anything unexpected (500, logged with its stack).
import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { UnreadableSecretError } from '../core/crypto/unreadable-secret.js';
import { type ErrorType, errorMessages, PublicError } from '../core/errors.js';
import { HashQueueFullError } from '../core/passwords/password-hashing.js';
import { errorStatus } from './error-status.js';
import { describeValidation } from './validation-messages.js';

/** RFC 7235 §4.1, RFC 7617 §2.1: the scheme a REST client may answer a 401 with. */
export const BASIC_CHALLENGE = 'Basic realm="Gatehouse", charset="UTF-8"';

/**
 * The console's own fetches say so (X-Requested-With, as jQuery and Spring Security use it): a 401
 * to them carries no challenge, so the browser never shows its own login dialog over the console.
 */
export function isConsoleRequest(request: FastifyRequest): boolean {
  return request.headers['x-requested-with'] !== undefined;
}

export function sendError(reply: FastifyReply, type: ErrorType, message?: string, retryAfterInSeconds?: number, fields?: string[]): FastifyReply {
  if (retryAfterInSeconds !== undefined) reply.header('retry-after', String(retryAfterInSeconds));
  const status = errorStatus[type];
  // Forward auth (/api/auth/verify) sets its own challenge, for every caller.
  if (status === 401 && reply.request.url.startsWith('/api/') && !reply.hasHeader('www-authenticate') && !isConsoleRequest(reply.request)) {
    reply.header('www-authenticate', BASIC_CHALLENGE);
  }
  const error = fields && fields.length > 0 ? { type, message: message ?? errorMessages[type], fields } : { type, message: message ?? errorMessages[type] };
  return reply.code(status).send({ error });
}

const FASTIFY_CODES: Record<string, ErrorType> = {
  FST_ERR_CTP_BODY_TOO_LARGE: 'payload_too_large',
  FST_ERR_CTP_INVALID_MEDIA_TYPE: 'unsupported_media_type',
  FST_ERR_CTP_INVALID_CONTENT_LENGTH: 'invalid_request',
  FST_ERR_CTP_EMPTY_JSON_BODY: 'invalid_request',
  FST_ERR_CTP_INVALID_JSON_BODY: 'invalid_request',
  FST_ERR_CTP_INVALID_TYPE: 'invalid_request',
  FST_ERR_BAD_URL: 'not_found',
  FST_ERR_ASYNC_CONSTRAINT: 'invalid_request',
};

const UNREADABLE_SECRET_MESSAGE = 'Authenticator codes cannot be checked right now because of a fault on the server. Use a recovery code, or try again later.';

/** Errors that mean the database is out of reach: the request may succeed later (503). */
function isStorageUnavailable(error: unknown): boolean {
  const code = (error as { code?: unknown }).code;
  return (
    typeof code === 'string' &&
    (['ECONNREFUSED', 'ECONNRESET', 'ETIMEDOUT', 'EPIPE', 'ENOTFOUND', 'EAI_AGAIN', 'SQLITE_BUSY', '57P01', '57P03', '08006', '08001', '08003'].includes(code))
  ) || /Connection terminated|connection timeout|timeout exceeded when trying to connect|Query read timeout/i.test(String((error as Error).message));
}

/**
 * The client went away before its request was complete (an aborted upload: Node reports ECONNRESET
 * "aborted" on the request stream, the same code a lost database connection has). Told apart by
 * the request itself: its body never arrived whole, and its connection is gone. (A request whose
 * body was read is not it: Node destroys a request stream once its body has been consumed.)
 */
function isClientGone(request: FastifyRequest): boolean {
  return request.raw.complete === false && request.raw.socket?.destroyed === true;
}

export function registerErrorHandling(app: FastifyInstance): void {
  app.setNotFoundHandler((_request, reply) => sendError(reply, 'not_found'));

  app.setErrorHandler((error: FastifyError, request, reply) => {
    if (error instanceof PublicError) return sendError(reply, error.type, error.message, error.retryAfterInSeconds, error.fields);
    // SPEC 2.11: the queue of password hashes is bounded; a full one answers at once.
    if (error instanceof HashQueueFullError) return sendError(reply, 'server_busy', undefined, 1);
    if (error.validation) {
      // A sentence that names the field and the rule, never the value sent.
      const { message, fields } = describeValidation(error.validation, error.validationContext ?? 'body');
      return sendError(reply, 'invalid_request', message, undefined, fields);
    }
    const mapped = error.code ? FASTIFY_CODES[error.code] : undefined;
    if (mapped) return sendError(reply, mapped);
    // PostgreSQL refuses U+0000 in text (22021) and jsonb (22P05): input no column can hold, not a fault.
    if (error.code === '22021' || error.code === '22P05') return sendError(reply, 'invalid_request');
    if (isClientGone(request)) {
      request.log.info({ err: { message: error.message, code: error.code } }, 'client closed the connection before the request was complete');
      // Nobody reads this answer; it ends the request's lifecycle.
      return sendError(reply, 'invalid_request', 'The request was not complete.');
    }
    if (error instanceof UnreadableSecretError) {
      // The user did nothing wrong (nothing was counted against them): the operator must act.
      request.log.error(
        { event: 'secret_unreadable', secret: error.secret, userId: error.userId },
        'a stored secret cannot be decrypted with the server keys this process holds: was the key rotated while it ran? Restart it (docs/operations.md)',
      );
      return sendError(reply, 'service_unavailable', UNREADABLE_SECRET_MESSAGE, 60);
    }
    if (isStorageUnavailable(error)) {
      request.log.error({ err: { message: error.message, code: error.code } }, 'storage unavailable');
      return sendError(reply, 'service_unavailable', undefined, 5);
    }
    if (typeof error.statusCode === 'number' && error.statusCode >= 400 && error.statusCode < 500) {
      return sendError(reply, error.statusCode === 404 ? 'not_found' : 'invalid_request');
    }
    request.log.error({ err: error }, 'unexpected error');
    return sendError(reply, 'internal_error');
  });
}
