// Builds the Fastify app from a core context and settings; reads no environment. Every answer that
// is not a success is the envelope {"error":{"type","message"}} with the status of error-status.ts.
import { randomUUID } from 'node:crypto';
import swagger from '@fastify/swagger';
import Fastify, { type FastifyInstance, type FastifyServerOptions } from 'fastify';
import type { Logger } from 'pino';
import type { CoreContext } from '../core/context.js';
import { registerRequestAuth } from './auth/request-auth.js';
import { registerErrorHandling, sendError } from './error-handling.js';
import { errorMessages } from '../core/errors.js';
import { registerMetrics } from './metrics.js';
import { lazyRequestLogger, OneLinePerRequest } from './request-logging.js';
import { apiKeyAdminRoutes } from './routes/admin/api-key-admin-routes.js';
import { auditChainRoutes } from './routes/admin/audit-chain-routes.js';
import { auditRoutes } from './routes/admin/audit-routes.js';
import { settingsRoutes } from './routes/admin/settings-routes.js';
import { userRoutes } from './routes/admin/user-routes.js';
import { apiKeyRoutes } from './routes/account/api-key-routes.js';
import { meRoutes } from './routes/account/me-routes.js';
import { mfaRoutes } from './routes/account/mfa-routes.js';
import { registerConsole } from './routes/public/console-routes.js';
import { forwardAuthRoutes } from './routes/public/forward-auth-routes.js';
import { healthRoutes } from './routes/public/health-routes.js';
import { sessionRoutes } from './routes/public/session-routes.js';

export interface AppOptions {
  ctx: CoreContext;
  /** A pino logger, or false for none. */
  logger: Logger | false;
  publicUrl?: string | undefined;
  /** Passed to Fastify's trustProxy: true, a hop count, or addresses/CIDRs. */
  trustProxy?: boolean | number | string | string[];
  https?: { cert: Buffer; key: Buffer } | null;
  bodyLimitInBytes?: number;
  /** GATEHOUSE_SMTP_URL, when e-mail delivery is set by the environment. */
  smtpUrl?: string | undefined;
  outboxDir?: string;
}

const COMMON_HEADERS = { 'x-content-type-options': 'nosniff' };
/** Answers about credentials and sessions are never cached (OWASP SM-2), nor framed or run. */
const API_HEADERS = {
  ...COMMON_HEADERS,
  'cache-control': 'no-store',
  'content-security-policy': "default-src 'none'; frame-ancestors 'none'",
  'referrer-policy': 'no-referrer',
};

export async function buildApp(options: AppOptions): Promise<FastifyInstance> {
  const { ctx } = options;
  const serverOptions: FastifyServerOptions = {
    bodyLimit: options.bodyLimitInBytes ?? 64 * 1024,
    trustProxy: (options.trustProxy ?? false) as FastifyServerOptions['trustProxy'],
    genReqId: () => randomUUID(),
    logController: new OneLinePerRequest(options.logger || null),
    childLoggerFactory: lazyRequestLogger,
    // During a graceful shutdown, requests already on open connections are served (the drain waits
    // for them) rather than answered with Fastify's own 503 body, which is not our envelope.
    return503OnClosing: false,
    // Errors the router raises before any route runs still answer in the envelope.
    frameworkErrors: (error, _request, reply) => {
      void sendError(reply, error.code === 'FST_ERR_MAX_PARAM_LENGTH' ? 'not_found' : 'invalid_request');
    },
    // A request Node's HTTP parser cannot read (bad bytes, headers over 16 KiB) gets the envelope too.
    clientErrorHandler: (error, socket) => {
      const tooLarge = (error as { code?: string }).code === 'HPE_HEADER_OVERFLOW';
      const body = JSON.stringify({ error: { type: 'invalid_request', message: tooLarge ? 'The request headers are too large.' : errorMessages.invalid_request } });
      if (socket.writable) {
        socket.end(`HTTP/1.1 ${tooLarge ? '431 Request Header Fields Too Large' : '400 Bad Request'}\r\ncontent-type: application/json; charset=utf-8\r\ncontent-length: ${Buffer.byteLength(body)}\r\nconnection: close\r\n\r\n${body}`);
      } else socket.destroy();
    },
    ajv: { customOptions: { removeAdditional: false, coerceTypes: false, allErrors: false } },
    ...(options.logger ? { loggerInstance: options.logger } : { logger: false }),
  };
  // Typed as the plain HTTP instance either way: the HTTPS server has the same Fastify surface.
  const app: FastifyInstance = options.https
    ? (Fastify({ ...serverOptions, https: { cert: options.https.cert, key: options.https.key } } as FastifyServerOptions))
    : Fastify(serverOptions);

  // A callback hook, not an async one: it runs on every answer, and a promise per answer shows.
  app.addHook('onSend', (request, reply, payload, done) => {
    reply.header('x-request-id', request.id);
    reply.headers(request.url.startsWith('/api/') ? API_HEADERS : COMMON_HEADERS);
    if (request.protocol === 'https') reply.header('strict-transport-security', 'max-age=31536000');
    done(null, payload);
  });

  // JSON only: other bodies (text/plain included, which Fastify parses by default) answer 415.
  app.removeContentTypeParser('text/plain');
  await app.register(swagger, {
    openapi: {
      openapi: '3.0.3',
      info: { title: 'Gatehouse', version: '0.1.0', description: 'Accounts, MFA, API keys and policy for a storage appliance console.' },
      components: {
        securitySchemes: {
          basic: { type: 'http', scheme: 'basic', description: 'username:password, or api_key:api_token' },
          session: { type: 'apiKey', in: 'cookie', name: 'gatehouse_session' },
        },
      },
    },
  });
  registerErrorHandling(app);
  const publicOrigin = options.publicUrl ? new URL(options.publicUrl).origin : null;
  registerRequestAuth(app, ctx, publicOrigin);
  registerMetrics(app, ctx);

  await app.register(healthRoutes, { ctx });
  await app.register(sessionRoutes, { ctx, publicOrigin });
  await app.register(meRoutes, { ctx });
  await app.register(mfaRoutes, { ctx });
  await app.register(userRoutes, { ctx });
  await app.register(auditRoutes, { ctx });
  await app.register(auditChainRoutes, { ctx });
  await app.register(settingsRoutes, { ctx, smtpUrl: options.smtpUrl, outboxDir: options.outboxDir ?? 'data/outbox' });
  await app.register(apiKeyRoutes, { ctx });
  await app.register(apiKeyAdminRoutes, { ctx });
  await app.register(forwardAuthRoutes, { ctx });
  // The web console at / (web/dist): GETs that no route answers, outside /api and the probes.
  await registerConsole(app);
  app.get('/api/openapi.json', { schema: { hide: true } }, async () => app.swagger());
  return app;
}
