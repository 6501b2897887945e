// Requests that Node's HTTP server refuses before Fastify sees them still get the envelope: bytes
// its parser cannot read (400), headers over 16 KiB (431), and a request whose headers and body did
// not all arrive within the request timeout (408, SPEC 2.11: a client that announces a body and
// sends it slowly must not hold a connection). The connection is closed after the answer.
import type { Duplex } from 'node:stream';
import { errorMessages } from '../core/errors.js';

/** Request timeout default: the whole request (headers and body) within 30 s. */
export const REQUEST_TIMEOUT_IN_MILLISECONDS = 30_000;
/**
 * While a request is in progress, a connection on which nothing moves for this long is closed (a
 * client that stops reading its answer, say). Longer than any handler takes (the SMTP test waits at
 * most 40 s) and than the request timeout; idle keep-alive connections close after Fastify's 72 s.
 */
export const CONNECTION_TIMEOUT_IN_MILLISECONDS = 60_000;

/** How often Node looks for requests over their time: a tenth of the timeout, at most every second. */
export function connectionsCheckingInterval(requestTimeoutInMilliseconds: number): number {
  return Math.min(1000, Math.max(10, Math.floor(requestTimeoutInMilliseconds / 10)));
}

const ANSWERS: Record<string, { status: string; type: 'request_timeout' | 'invalid_request'; message: string }> = {
  ERR_HTTP_REQUEST_TIMEOUT: { status: '408 Request Timeout', type: 'request_timeout', message: errorMessages.request_timeout },
  HPE_HEADER_OVERFLOW: { status: '431 Request Header Fields Too Large', type: 'invalid_request', message: 'The request headers are too large.' },
};
const BAD_REQUEST = { status: '400 Bad Request', type: 'invalid_request', message: errorMessages.invalid_request } as const;

export function answerClientError(error: Error & { code?: string }, socket: Duplex): void {
  // A reset connection is gone: nothing to answer.
  if (error.code === 'ECONNRESET' || socket.destroyed) return;
  const answer = ANSWERS[error.code ?? ''] ?? BAD_REQUEST;
  const inProgress = (socket as Duplex & { _httpMessage?: { headersSent?: boolean } | null })._httpMessage;
  if (!socket.writable || inProgress?.headersSent) {
    socket.destroy();
    return;
  }
  const body = JSON.stringify({ error: { type: answer.type, message: answer.message } });
  // Closed once the answer is flushed, whether or not the client reads it and closes its side.
  socket.once('finish', () => socket.destroy());
  socket.end(`HTTP/1.1 ${answer.status}\r\ncontent-type: application/json; charset=utf-8\r\ncontent-length: ${Buffer.byteLength(body)}\r\nconnection: close\r\n\r\n${body}`);
}
