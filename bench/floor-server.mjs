// The floor: bare Fastify doing only the least work any signed-in session request must do, in
// steps (FLOOR_STEP), to show how close to "hello world" such a request can come on this machine.
//   1  the session answer: read the cookie, SHA-256 it, find the session in a Map, answer the same
//      JSON Gatehouse answers (no database, no hooks)
//   2  + the answer's headers (request id, no-store, CSP, nosniff, referrer) from an onSend hook
//      and the request latency histogram from an onResponse hook (Gatehouse's own class)
//   3  + one JSON access-log line per request to stdout, batched (Gatehouse's own line and destination)
import { hash, randomUUID } from 'node:crypto';
import { parse } from 'cookie';
import Fastify from 'fastify';
import pino from 'pino';
import { batchedStdout } from '../dist/server/log-destination.js';
import { RequestLatencyHistogram } from '../dist/server/request-latency.js';
import { OneLinePerRequest } from '../dist/server/request-logging.js';

const step = Number(process.env.FLOOR_STEP ?? 1);
const FLOOR_TOKEN = 'x'.repeat(43);
const app = Fastify({ logger: false, genReqId: () => randomUUID() });

const now = Date.now();
const sessions = new Map([
  [
    hash('sha256', FLOOR_TOKEN, 'base64url'),
    Object.freeze({
      session: Object.freeze({ id: 'AiPCkjwXVOeZSjrr', aal: 1, createdAt: now }),
      user: Object.freeze({ id: '48ac48a0-bd65-4c6a-894c-02bb9a147f30', username: 'admin', email: null, role: 'admin', disabledAt: null, mustChangePassword: false, mfaMethod: null, createdAt: now }),
    }),
  ],
]);

if (step >= 2) {
  const headers = { 'x-content-type-options': 'nosniff', 'cache-control': 'no-store', 'content-security-policy': "default-src 'none'; frame-ancestors 'none'", 'referrer-policy': 'no-referrer' };
  app.addHook('onSend', (request, reply, payload, done) => {
    reply.header('x-request-id', request.id);
    reply.headers(headers);
    done(null, payload);
  });
  const latency = new RequestLatencyHistogram();
  const accessLog = step >= 3 ? new OneLinePerRequest(pino({ base: { service: 'gatehouse' } }, batchedStdout())) : null;
  app.addHook('onResponse', (request, reply, done) => {
    latency.observe(request.method, request.routeOptions.url ?? 'unmatched', reply.statusCode, reply.elapsedTime / 1000);
    accessLog?.requestCompleted(null, request, reply);
    done();
  });
}

app.get('/api/session', async (request, reply) => {
  const token = parse(request.headers.cookie ?? '').gatehouse_session;
  const found = token === undefined ? undefined : sessions.get(hash('sha256', token, 'base64url'));
  if (!found) return reply.code(401).send({ error: { type: 'authentication_required', message: 'Sign in.' } });
  const { user, session } = found;
  return {
    state: 'authenticated',
    user: {
      id: user.id, username: user.username, email: user.email, role: user.role, disabled: user.disabledAt !== null,
      must_change_password: user.mustChangePassword, mfa_enabled: user.mfaMethod !== null, mfa_method: user.mfaMethod, created_at: new Date(user.createdAt).toISOString(),
    },
    session: { id: session.id, mfa: session.aal === 2, created_at: new Date(session.createdAt).toISOString() },
  };
});

await app.listen({ host: '127.0.0.1', port: 0 });
process.stdout.write(`listening ${app.server.address().port}\n`);
