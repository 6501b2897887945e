// The OpenAPI document, true to what the routes do. Written from the routes themselves when the
// document is made, so a new route is described without further work:
// - `security` from the route's `config.auth` (public routes: none);
// - the success answers its schema declares (204 where it answers 204), each with a description;
// - every error answer it can give, with the envelope schema and the types of each status: those
//   that follow from how it is reached (credentials, a body, path parameters, the role) and those
//   its `config.errors` names;
// - unions of literals as one `enum`.
// test/http/openapi.test.ts validates the result, and the HTTP tests record every (route, status)
// they see and fail on one the document does not list (test/helpers/answer-recorder.ts).
import type { FastifyDynamicSwaggerOptions } from '@fastify/swagger';
import type { RouteOptions } from 'fastify';
import { type ErrorType, errorMessages } from '../core/errors.js';
import { errorStatus } from './error-status.js';
import { ErrorEnvelope } from './schemas.js';

declare module 'fastify' {
  interface FastifyContextConfig {
    /** Error types this route answers besides those that follow from its auth, input and path (openapi.ts). */
    errors?: ErrorType[];
  }
}

const BODY_METHODS = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);
const SUCCESS_DESCRIPTIONS: Record<string, string> = { '200': 'OK', '201': 'Created', '202': 'Accepted', '204': 'Done; no body' };

type RouteSchema = Record<string, unknown> & { response?: Record<string, Record<string, unknown>>; body?: unknown; querystring?: unknown; params?: unknown; hide?: boolean };

/** Every error type a route may answer, from how it is declared. */
export function errorTypesOfRoute(route: Pick<RouteOptions, 'method' | 'url' | 'config'>, schema: RouteSchema): Set<ErrorType> {
  const methods = (Array.isArray(route.method) ? route.method : [route.method]).map(String);
  const config = route.config ?? {};
  const auth = config.auth ?? 'public';
  const types = new Set<ErrorType>(['internal_error', 'service_unavailable']);
  const takesBody = methods.some((m) => BODY_METHODS.has(m));
  if (takesBody || schema.body || schema.querystring || schema.params) types.add('invalid_request');
  if (takesBody) {
    types.add('payload_too_large');
    types.add('unsupported_media_type');
  }
  if (schema.params) types.add('not_found');
  if (auth !== 'public') {
    for (const type of ['authentication_required', 'invalid_credentials', 'mfa_enabled_use_api_key', 'too_many_requests', 'factor_locked'] as const) types.add(type);
    if (!config.allowPendingPasswordChange) types.add('password_change_required');
    if (takesBody) {
      types.add('csrf_rejected');
      types.add('api_key_read_only');
    }
    if (auth === 'admin') types.add('forbidden');
    if (config.signInFlowStates?.length) types.add('sign_in_expired');
    if (config.refuseApiKey) types.add('api_key_not_allowed');
  }
  for (const type of config.errors ?? []) types.add(type);
  return types;
}

function errorResponses(types: Set<ErrorType>): Record<string, Record<string, unknown>> {
  const byStatus = new Map<number, ErrorType[]>();
  for (const type of types) byStatus.set(errorStatus[type], [...(byStatus.get(errorStatus[type]) ?? []), type]);
  const responses: Record<string, Record<string, unknown>> = {};
  for (const [status, list] of [...byStatus].sort(([a], [b]) => a - b)) {
    const retry = status === 429 || status === 503 ? ' Carries Retry-After.' : '';
    const challenge = status === 401 ? ' Carries WWW-Authenticate: Basic unless the request has X-Requested-With.' : '';
    responses[String(status)] = { ...ErrorEnvelope, description: `${list.map((type) => `\`${type}\`: ${errorMessages[type]}`).join(' · ')}${retry}${challenge}` };
  }
  return responses;
}

function securityOf(route: Pick<RouteOptions, 'config'>): Record<string, string[]>[] {
  if ((route.config?.auth ?? 'public') === 'public') return [];
  return route.config?.signInFlowStates?.length ? [{ session: [] }, { basic: [] }, { sign_in: [] }] : [{ session: [] }, { basic: [] }];
}

/** @fastify/swagger's per-route hook: the document's view of one route (its validation is not touched). */
export function describeRoute({ schema, url, route }: { schema: unknown; url: string; route: RouteOptions }): { schema: RouteSchema; url: string } {
  const declared = (schema ?? {}) as RouteSchema;
  if (declared.hide) return { schema: declared, url };
  const responses: Record<string, Record<string, unknown>> = {};
  for (const [status, answer] of Object.entries(declared.response ?? {})) {
    if (!/^2/.test(status)) continue;
    responses[status] = typeof answer.description === 'string' ? answer : { ...answer, description: SUCCESS_DESCRIPTIONS[status] ?? 'Success' };
  }
  Object.assign(responses, errorResponses(errorTypesOfRoute(route, declared)));
  return { schema: { ...declared, response: responses, security: securityOf(route) }, url };
}

/** `anyOf: [{enum:[a]}, {enum:[b]}, (null)]`, as TypeBox unions of literals come out: one `enum`. */
function mergeLiteralUnions(node: unknown): unknown {
  if (Array.isArray(node)) return node.map(mergeLiteralUnions);
  if (node === null || typeof node !== 'object') return node;
  const object = Object.fromEntries(Object.entries(node).map(([key, value]) => [key, mergeLiteralUnions(value)])) as Record<string, unknown>;
  const alternatives = object.anyOf;
  if (!Array.isArray(alternatives) || alternatives.length < 2) return object;
  const literals = alternatives as Record<string, unknown>[];
  const isNull = (a: Record<string, unknown>) => a.nullable === true && Array.isArray(a.enum) && a.enum.length === 1 && a.enum[0] === null;
  const values = literals.filter((a) => !isNull(a));
  const type = values[0]?.type;
  if (!values.every((a) => a.type === type && Array.isArray(a.enum) && Object.keys(a).every((k) => k === 'type' || k === 'enum'))) return object;
  const { anyOf: _dropped, ...rest } = object;
  const nullable = values.length < literals.length;
  return { ...rest, type, enum: values.flatMap((a) => a.enum as unknown[]), ...(nullable && { nullable: true }) };
}

export const openapiOptions: FastifyDynamicSwaggerOptions = {
  openapi: {
    openapi: '3.0.3',
    info: {
      title: 'Gatehouse',
      version: '0.1.0',
      description:
        'Accounts, MFA, API keys and policy for a storage appliance console. Every failure is the envelope {"error":{"type","message"}} ' +
        '(plus "fields" on invalid_request); clients branch on error.type (docs/error-codes.md).',
    },
    components: {
      securitySchemes: {
        basic: { type: 'http', scheme: 'basic', description: 'username:password, or api_key:api_token (an MFA account takes API keys only)' },
        session: { type: 'apiKey', in: 'cookie', name: 'gatehouse_session', description: 'the console session (__Host-gatehouse_session over HTTPS)' },
        sign_in: { type: 'apiKey', in: 'cookie', name: 'gatehouse_sign_in', description: 'a sign-in that must enroll in MFA before it gets a session' },
      },
    },
  },
  transform: describeRoute,
  transformObject: (document) => mergeLiteralUnions('openapiObject' in document ? document.openapiObject : document.swaggerObject) as never,
};
