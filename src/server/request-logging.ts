// One log line per request, written when it completes: method, path, status, client, time and the
// request id (Fastify's default writes two). No headers, so no cookie or Authorization value.
//
// That line is the most frequent thing Gatehouse does besides answering, so it is cheap: it is
// formatted here from those fields alone and written straight to the logger's destination, in
// pino's format (same level, time and bindings). Going through pino would cost a child logger per
// request and a redaction pass over a line that holds nothing to redact — about a fifth of a
// signed-in request's CPU. Every other line (errors, warnings, the core's security events) still
// goes through pino and its redaction.
import { type FastifyBaseLogger, type FastifyReply, type FastifyRequest, LogController } from 'fastify';
import pino, { type Bindings, type ChildLoggerOptions, type Logger } from 'pino';

const INFO = 30;
const DEBUG = 20;

export class OneLinePerRequest extends LogController {
  readonly #logger: Logger | null;
  /** pino's destination and its bindings (`,"service":"gatehouse"`), read once through pino.symbols, pino's documented way in for integrations. */
  readonly #destination: { write(line: string): unknown } | null;
  readonly #bindings: string;

  constructor(logger: Logger | null) {
    super({ requestIdLogLabel: 'request_id' });
    this.#logger = logger;
    const internals = logger as unknown as Record<symbol, unknown> | null;
    this.#destination = (internals?.[pino.symbols.streamSym] as { write(line: string): unknown } | undefined) ?? null;
    this.#bindings = (internals?.[pino.symbols.chindingsSym] as string | undefined) ?? '';
  }

  override incomingRequest(): void {}

  override requestCompleted(error: Error | null | undefined, request: FastifyRequest, reply: FastifyReply): void {
    if (error) {
      reply.log.error(
        { req: { method: request.method, url: request.url, remoteAddress: request.ip }, res: { statusCode: reply.statusCode }, responseTime: reply.elapsedTime, err: error },
        'request errored',
      );
      return;
    }
    // The console's own files (index.html, assets, the favicon) found no route: they log at debug,
    // so the log shows what the API did. The level is read per request: it may change while running.
    const level = request.routeOptions.url === undefined && !request.url.startsWith('/api') ? DEBUG : INFO;
    if (this.#destination === null || !this.#logger?.isLevelEnabled(level === INFO ? 'info' : 'debug')) return;
    this.#destination.write(
      `{"level":${level},"time":${Date.now()}${this.#bindings},"request_id":${JSON.stringify(request.id)},` +
        `"req":{"method":${JSON.stringify(request.method)},"url":${JSON.stringify(request.url)},"remoteAddress":${JSON.stringify(request.ip ?? null)}},` +
        `"res":{"statusCode":${reply.statusCode}},"responseTime":${reply.elapsedTime},"msg":"request completed"}\n`,
    );
  }
}

/**
 * Fastify's `childLoggerFactory`: `request.log` carries the request id, but the pino child behind it
 * is made only when something is logged, which most requests never do.
 */
export function lazyRequestLogger(parent: FastifyBaseLogger, bindings: Bindings, options: ChildLoggerOptions): FastifyBaseLogger {
  return new RequestLogger(parent, bindings, options);
}

class RequestLogger implements FastifyBaseLogger {
  readonly #parent: FastifyBaseLogger;
  readonly #bindings: Bindings;
  readonly #options: ChildLoggerOptions;
  #child: FastifyBaseLogger | undefined;

  constructor(parent: FastifyBaseLogger, bindings: Bindings, options: ChildLoggerOptions) {
    this.#parent = parent;
    this.#bindings = bindings;
    this.#options = options;
  }

  #logger(): FastifyBaseLogger {
    return (this.#child ??= this.#parent.child(this.#bindings, this.#options));
  }

  get level(): string {
    return this.#child?.level ?? this.#options.level ?? this.#parent.level;
  }

  set level(level: string) {
    this.#logger().level = level;
  }

  #log(level: 'fatal' | 'error' | 'warn' | 'info' | 'debug' | 'trace' | 'silent', args: unknown[]): void {
    const logger = this.#logger();
    Reflect.apply(logger[level], logger, args);
  }

  fatal(...args: unknown[]): void { this.#log('fatal', args); }
  error(...args: unknown[]): void { this.#log('error', args); }
  warn(...args: unknown[]): void { this.#log('warn', args); }
  info(...args: unknown[]): void { this.#log('info', args); }
  debug(...args: unknown[]): void { this.#log('debug', args); }
  trace(...args: unknown[]): void { this.#log('trace', args); }
  silent(...args: unknown[]): void { this.#log('silent', args); }

  child(bindings: Bindings, options?: ChildLoggerOptions): FastifyBaseLogger {
    return this.#logger().child(bindings, options);
  }
}
