// Builds the Fastify app from a core context and settings; reads no environment. Every answer that
// is not a success is the envelope {"error":{"type","message"}} with the status of error-status.ts.
import { randomUUID } from 'node:crypto';
import type { ServerOptions } from 'node:http';
import swagger from '@fastify/swagger';
import Fastify, { type FastifyInstance, type FastifyServerOptions } from 'fastify';
import type { Logger } from 'pino';
import type { CoreContext } from '../core/context.js';
import { isSecureRequest, registerSecureOrigin } from './auth/cookies.js';
import { registerRequestAuth } from './auth/request-auth.js';
import { answerClientError, CONNECTION_TIMEOUT_IN_MILLISECONDS, connectionsCheckingInterval, REQUEST_TIMEOUT_IN_MILLISECONDS } from './client-errors.js';
import { registerErrorHandling, sendError } from './error-handling.js';
import { registerMetrics } from './metrics.js';
import { openapiOptions } from './openapi.js';
import { lazyRequestLogger, OneLinePerRequest } from './request-logging.js';
import { apiKeyAdminRoutes } from './routes/admin/api-key-admin-routes.js';
import { auditChainRoutes } from './routes/admin/audit-chain-routes.js';
import { auditRoutes } from './routes/admin/audit-routes.js';
import { settingsRoutes } from './routes/admin/settings-routes.js';
import { trustedBrowserAdminRoutes } from './routes/admin/trusted-browser-admin-routes.js';
import { userRoutes } from './routes/admin/user-routes.js';
import { apiKeyRoutes } from './routes/account/api-key-routes.js';
import { meRoutes } from './routes/account/me-routes.js';
import { authenticatorRoutes } from './routes/account/authenticator-routes.js';
import { mfaRoutes } from './routes/account/mfa-routes.js';
import { trustedBrowserRoutes } from './routes/account/trusted-browser-routes.js';
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
  /** The whole request must arrive within this (30 s); tests set less. */
  requestTimeoutInMilliseconds?: number;
  connectionTimeoutInMilliseconds?: number;
  /** GATEHOUSE_METRICS_TOKEN: when set, GET /metrics needs `Authorization: Bearer <token>`. */
  metricsToken?: string | undefined;
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
  const requestTimeout = options.requestTimeoutInMilliseconds ?? REQUEST_TIMEOUT_IN_MILLISECONDS;
  // Node checks for requests over their time every connectionsCheckingInterval (30 s by default).
  const serverTimeouts = { requestTimeout, headersTimeout: requestTimeout, connectionsCheckingInterval: connectionsCheckingInterval(requestTimeout) };
  const serverOptions: FastifyServerOptions & { http?: ServerOptions } = {
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
    // A request Node's HTTP server refuses (bad bytes, headers over 16 KiB, too slow) gets the envelope too.
    clientErrorHandler: answerClientError,
    // SPEC 2.11: the whole request within 30 s (else 408 and the connection closed), and a
    // connection that stalls while a request is in progress closed after 60 s (client-errors.ts).
    requestTimeout,
    connectionTimeout: options.connectionTimeoutInMilliseconds ?? CONNECTION_TIMEOUT_IN_MILLISECONDS,
    http: serverTimeouts,
    // `verbose` gives each error its schema, from which the message names the rule; never the value.
    ajv: { customOptions: { removeAdditional: false, coerceTypes: false, allErrors: false, verbose: true } },
    ...(options.logger ? { loggerInstance: options.logger } : { logger: false }),
  };
  // Typed as the plain HTTP instance either way: the HTTPS server has the same Fastify surface.
  const app: FastifyInstance = options.https
    ? (Fastify({ ...serverOptions, https: { ...serverTimeouts, cert: options.https.cert, key: options.https.key } } as FastifyServerOptions))
    : Fastify(serverOptions);

  // A callback hook, not an async one: it runs on every answer, and a promise per answer shows.
  app.addHook('onSend', (request, reply, payload, done) => {
    reply.header('x-request-id', request.id);
    reply.headers(request.url.startsWith('/api/') ? API_HEADERS : COMMON_HEADERS);
    if (isSecureRequest(request)) reply.header('strict-transport-security', 'max-age=31536000');
    done(null, payload);
  });

  // JSON only: other bodies (text/plain included, which Fastify parses by default) answer 415.
  app.removeContentTypeParser('text/plain');
  await app.register(swagger, openapiOptions);
  registerErrorHandling(app);
  const publicOrigin = options.publicUrl ? new URL(options.publicUrl).origin : null;
  registerSecureOrigin(app, publicOrigin);
  registerRequestAuth(app, ctx, publicOrigin);
  registerMetrics(app, ctx, options.metricsToken);

  await app.register(healthRoutes, { ctx });
  await app.register(sessionRoutes, { ctx, publicOrigin });
  await app.register(meRoutes, { ctx });
  await app.register(mfaRoutes, { ctx });
  await app.register(authenticatorRoutes, { ctx });
  await app.register(trustedBrowserRoutes, { ctx });
  await app.register(userRoutes, { ctx });
  await app.register(trustedBrowserAdminRoutes, { ctx });
  await app.register(auditRoutes, { ctx });
  await app.register(auditChainRoutes, { ctx });
  await app.register(settingsRoutes, { ctx, smtpUrl: options.smtpUrl, outboxDir: options.outboxDir ?? 'data/outbox' });
  await app.register(apiKeyRoutes, { ctx });
  await app.register(apiKeyAdminRoutes, { ctx });
  await app.register(forwardAuthRoutes, { ctx, publicOrigin });
  // The web console at / (web/dist): GETs that no route answers, outside /api and the probes.
  await registerConsole(app);
  app.get('/api/openapi.json', { schema: { hide: true } }, async () => app.swagger());
  return app;
}
