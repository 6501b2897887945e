// Malformed and hostile HTTP requests for the fuzz test (issue 7 §4), drawn from a seeded PRNG over
// the operations of the OpenAPI document. Each case says who sends it (anonymous, the admin's
// session, the admin's Basic credentials) and, where the answer is certain, what it must be.
import { declaredType, exampleBody, exampleOf, type FieldHints, type JsonSchema, objectSchemaOf, type Operation } from './openapi-operations.js';
import type { SeededRandom } from './seeded-random.js';

export type Identity = 'anonymous' | 'session' | 'basic';

export interface FuzzCase {
  id: number;
  category: string;
  identity: Identity;
  method: string;
  url: string;
  headers: Record<string, string | string[]>;
  payload?: string | Buffer;
  /** The route the case was drawn from (the URL may no longer match it). */
  operation: string;
  /** The one answer this input may get, when it is certain. */
  expect?: { status: number; type: string };
}

export interface FuzzInputs {
  operations: Operation[];
  random: SeededRandom;
  /** Plausible values for path parameters, by name (existing users, keys, sessions). */
  pathValues: Record<string, string[]>;
  /** Plausible values for body fields and query parameters, by name. */
  hints: FieldHints;
}

/** Marks every string the fuzzer sends as a secret: none may come back in an error or a log line. */
export const SECRET_MARK = 'FuzzSecret';
/** Marks other hostile strings: none may come back in an error message. */
export const CANARY = 'FuzzCanary';

const KIB = 1024;
export const BODY_LIMIT_IN_BYTES = 64 * KIB;
const BODY_METHODS = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);
const HUGE = 'h'.repeat(100 * KIB);

export const HOSTILE_STRINGS: readonly string[] = [
  '',
  ' ',
  '\u0000',
  'a\u0000b',
  '\ud800',
  '\udfff\ud800x',
  '\u202eevil',
  '\ufeffbom',
  'ＡＤＭＩＮ',
  'Admin',
  ' admin ',
  'admin\u0000',
  '\r\nX-Injected: 1',
  'x\r\n\r\n<html>',
  '<script>alert(1)</script>',
  "' OR '1'='1' --",
  '"; DROP TABLE users; --',
  '../../../../etc/passwd',
  '..\\..\\windows\\win.ini',
  '%00%0d%0a',
  '${jndi:ldap://127.0.0.1/x}',
  '{{7*7}}',
  '\u0007\u0008\u001b[31mred',
  'e\u0301',
  '🔒'.repeat(40),
  'x'.repeat(65),
  'x'.repeat(257),
  'x'.repeat(1025),
  '__proto__',
  'constructor',
  `${CANARY}-string`,
  'not-an-email@',
  'a@b',
  'gk_AAAAAAAAAAAAAAAA',
  '0',
  '-1',
  'true',
  'null',
  '2030-02-30T25:61:61Z',
  '1970-01-01T00:00:00Z',
  '+275760-09-13T00:00:00.000Z',
];

const HOSTILE_PATH_SEGMENTS: readonly string[] = [
  '.',
  '..',
  '%2e%2e',
  '%2E%2E%2F%2E%2E%2Fetc%2Fpasswd',
  '..%2f..%2f..%2fetc%2fpasswd',
  '..%5c..%5cwindows%5cwin.ini',
  '%252e%252e%252f',
  '%c0%ae%c0%ae',
  '%00',
  'a%00b',
  '%0d%0aX-Injected:%201',
  '%ff%fe',
  '%',
  '%zz',
  '%E2%82',
  'x'.repeat(5000),
  'x'.repeat(65),
  "'%20OR%201=1--",
  '%27%3B%20DROP%20TABLE%20users%3B--',
  '__proto__',
  'constructor',
  'prototype',
  '-1',
  '0',
  '1e309',
  '99999999999999999999999',
  'null',
  '%7B%7D',
  '%5B%5D',
  '%24%7Bjndi%3Aldap%3A%2F%2Fx%7D',
  '%3Cscript%3E',
  '%F0%9F%94%92',
  '%20',
  'gk_' + 'A'.repeat(16),
  'gk_' + 'A'.repeat(100),
  `${CANARY}-segment`,
];

const TRAVERSAL_URLS: readonly string[] = [
  '/api/../etc/passwd',
  '/api/%2e%2e/%2e%2e/etc/passwd',
  '/api/users/..%2f..%2f..%2fetc%2fpasswd',
  '/api/%2e%2e%2f%2e%2e%2fetc%2fpasswd',
  '/..%2f..%2fetc%2fpasswd',
  '/%2e%2e/%2e%2e/etc/passwd',
  '/....//....//etc/passwd',
  '/assets/..%2f..%2f..%2fpackage.json',
  '/assets/%2e%2e/%2e%2e/%2e%2e/package.json',
  '/%c0%ae%c0%ae/%c0%ae%c0%ae/etc/passwd',
  '/\\..\\..\\etc\\passwd',
  '/favicon.svg%00.html',
  '/index.html%00',
  '/%00',
  '/api/users/%00',
  '/api/me%00',
  '/api/me/%2e%2e/users',
  '/api/me/..;/users',
  '/api/me;jsessionid=x',
  '//api//me',
  '/api/me//',
  '/API/ME',
  '/api/me%2f',
  '/api/users%2f',
  '/api/users/%ff',
  '/api/users/%',
  '/api/openapi.json/..%2f..%2f',
  '/healthz%00',
  '/readyz/../api/users',
  '/metrics/..%2f..%2fapi%2fusers',
  '/api/%0d%0aX-Injected:%201',
  '/api/auth/verify/../../../etc/shadow',
  '/.env',
  '/.git/config',
  '/data/gatehouse.sqlite',
  '/node_modules/fastify/package.json',
];

const HOSTILE_QUERIES: readonly string[] = [
  'limit=1&limit=2',
  'limit=-1',
  'limit=0',
  'limit=1e309',
  'limit=99999999999999999999',
  'limit=1.5',
  'limit=%20%201',
  'before=-5',
  'before=999999999999999',
  'before=0x10',
  'limit[]=1',
  'limit[a]=1',
  'type[]=x&type[]=y',
  'user=%00',
  'user=%ff',
  'user=%',
  'user[__proto__][x]=1',
  '__proto__=1',
  '__proto__[admin]=true',
  'constructor[prototype][admin]=true',
  'preview=true&preview=1',
  'preview=yes',
  '%zz=1',
  '=1',
  '&&&',
  `type=${'x'.repeat(100 * KIB)}`,
  `${'k'.repeat(10 * KIB)}=1`,
  `user=${CANARY}`,
];

const WRONG_VALUES: Record<string, readonly unknown[]> = {
  string: ['', 'x', `${CANARY}-wrong-type`, '0', 'true', 'null', '1e309'],
  integer: [0, -1, 1, 2 ** 53, -(2 ** 53), 1e308, 65536],
  number: [1.5, -0.5, 1e-300],
  boolean: [true, false],
  null: [null],
  array: [[], [1], ['a', 'b'], [null], [[]], ['totp', 'totp']],
  object: [{}, { a: 1 }, { type: 'string' }, { toString: 'x' }],
};

/** Raw JSON tokens that JSON.stringify cannot produce. */
const RAW_TOKENS: readonly string[] = ['1e309', '-1e309', '-0', '1E400', '0.0000000000000000000000001', '123456789012345678901234567890', '"\\ud800"', '"\\u0000"', '"\\\\u0000"'];

const INVALID_JSON: readonly string[] = [
  '{',
  '}',
  '{"username":',
  '{"username":"admin"',
  '{"username":"admin",}',
  "{'username':'admin'}",
  '{username:"admin"}',
  '{"a":1}}',
  '{"a":1}{"b":2}',
  '[1,2,',
  'NaN',
  'Infinity',
  'undefined',
  'tru',
  '"unterminated',
  '"\\x41"',
  '"\\u12"',
  '{"a":"\u0000"}',
  '{"a":01}',
  '{"a":.5}',
  '{"a":+1}',
  '{"a":0x10}',
  '\ufeff{"a":1}',
  '/* comment */ {"a":1}',
  '{"a":1} // trailing',
  '   ',
  '\u0000',
  '{"a":"\\',
];

const NON_JSON_CONTENT_TYPES: readonly string[] = [
  'text/plain',
  'text/plain; charset=utf-8',
  'application/x-www-form-urlencoded',
  'multipart/form-data; boundary=x',
  'application/xml',
  'text/xml',
  'application/octet-stream',
  'text/html',
  'image/png',
  'application/javascript',
  'application/jsonp',
];

const ODD_JSON_CONTENT_TYPES: readonly string[] = [
  'application/json; charset=utf-16',
  'application/json; charset=latin1',
  'APPLICATION/JSON',
  'application/json;;',
  'application/json, text/plain',
  ' application/json',
  'application/json\u0000',
  'application/vnd.api+json',
  'application/problem+json',
  'application/*',
  '*/*',
  '',
  ';',
  'application/json; boundary=' + 'x'.repeat(5000),
];

const ODD_METHODS: readonly string[] = ['GET', 'HEAD', 'POST', 'PUT', 'PATCH', 'DELETE', 'OPTIONS', 'TRACE', 'QUERY', 'PROPFIND', 'SEARCH', 'CONNECT', 'LOCK', 'MKCOL', 'PURGE', 'M-SEARCH'];
// (light-my-request accepts only the methods Node knows; others are sent over a raw socket in the fuzz test.)

type Generator = (inputs: FuzzInputs, operation: Operation, draft: FuzzCase) => void;

/** Percent-encodes the UTF-8 bytes of any string (encodeURIComponent throws on a lone surrogate). */
function percentEncode(value: string): string {
  return [...Buffer.from(value, 'utf8')].map((b) => (/[A-Za-z0-9._~-]/.test(String.fromCharCode(b)) ? String.fromCharCode(b) : `%${b.toString(16).padStart(2, '0').toUpperCase()}`)).join('');
}

function jsonObjectOf(operation: Operation): JsonSchema | null {
  return operation.body ? objectSchemaOf(operation.body) : null;
}

function validBody(inputs: FuzzInputs, operation: Operation): Record<string, unknown> {
  const schema = jsonObjectOf(operation);
  if (!schema) return {};
  return exampleBody(schema, inputs.hints, inputs.random.chance(0.5) ? 'all' : 'required');
}

/** The path with plausible parameter values (or, when `hostile`, one hostile segment). */
function resolvePath(inputs: FuzzInputs, operation: Operation, hostile: boolean): string {
  const { random } = inputs;
  const hostileIndex = hostile ? random.int(operation.pathParameters.length) : -1;
  let index = 0;
  return operation.path.replace(/\{(\w+)\}/g, (_, name: string) => {
    const value = index++ === hostileIndex ? random.pick(HOSTILE_PATH_SEGMENTS) : percentEncode(random.pick(inputs.pathValues[name] ?? ['x']));
    return value;
  });
}

function withQuery(inputs: FuzzInputs, operation: Operation, url: string): string {
  const parameters = operation.queryParameters.filter(() => inputs.random.chance(0.5));
  if (parameters.length === 0) return url;
  const query = parameters.map((p) => `${percentEncode(p.name)}=${percentEncode(String(exampleOf(p.schema, p.name, inputs.hints)))}`);
  return `${url}?${query.join('&')}`;
}

function setJson(draft: FuzzCase, payload: string | Buffer): void {
  draft.headers['content-type'] = 'application/json';
  draft.payload = payload;
  if (draft.method === 'GET' || draft.method === 'HEAD') draft.method = 'POST';
}

/** 413 is certain only on a route that exists, for a method whose body Fastify reads. */
function expectIfRouteKnown(draft: FuzzCase, operation: Operation, status: number, type: string): void {
  if (draft.method === operation.method && BODY_METHODS.has(draft.method) && !draft.url.includes('%')) {
    draft.expect = { status, type };
  }
}

/** A body field to mutate: a declared one when there is one, else a made-up name. */
function someField(inputs: FuzzInputs, operation: Operation): { name: string; schema: JsonSchema } {
  const properties = jsonObjectOf(operation)?.properties ?? {};
  const names = Object.keys(properties);
  if (names.length === 0) return { name: inputs.random.pick(['password', 'code', 'name', 'x']), schema: { type: 'string' } };
  const name = inputs.random.pick(names);
  return { name, schema: properties[name]! };
}

function nested(depth: number, kind: 'array' | 'object'): string {
  return kind === 'array' ? `${'['.repeat(depth)}${']'.repeat(depth)}` : `${'{"a":'.repeat(depth)}1${'}'.repeat(depth)}`;
}

/** The Basic header of arbitrary bytes (not necessarily UTF-8). */
function basicOf(bytes: Buffer | string): string {
  return `Basic ${Buffer.from(bytes as string).toString('base64')}`;
}

function hostileAuthorization(random: SeededRandom): string | string[] {
  const user = random.pick(['fuzz.target', 'nobody', 'ghost']);
  const secret = `${SECRET_MARK}-basic-${random.int(1000)}`;
  const choices: (() => string | string[])[] = [
    () => 'Basic',
    () => 'Basic ',
    () => 'Basic    ',
    () => 'Basic ====',
    () => 'Basic !!!!',
    () => 'Basic ' + Buffer.from(`${user}:${secret}`).toString('base64').replace(/=+$/, ''),
    () => 'Basic ' + Buffer.from(`${user}:${secret}`).toString('base64') + '==',
    () => 'Basic ' + Buffer.from(`${user}:${secret}`).toString('base64url'),
    () => basicOf('no-colon-at-all'),
    () => basicOf(`:${secret}`),
    () => basicOf(`${user}:`),
    () => basicOf(Buffer.concat([Buffer.from(`${user}:`), random.bytes(12)]) as unknown as string),
    () => basicOf(Buffer.from([0xff, 0xfe, 0x3a, 0x80, 0xc0, 0xaf]) as unknown as string),
    () => basicOf(Buffer.from([0xed, 0xa0, 0x80, 0x3a, 0x41]) as unknown as string),
    () => basicOf(`us\u0000er:${secret}`),
    () => basicOf(`us\r\ner:${secret}`),
    () => basicOf(`\u001b[31m:${secret}`),
    () => basicOf(`${user}:pa\u0000ss\r\n${secret}`),
    () => basicOf(`${user}:${'p'.repeat(2000)}`),
    () => basicOf(`${'u'.repeat(3000)}:${secret}`),
    () => 'Basic ' + 'A'.repeat(5000),
    () => 'basic ' + Buffer.from(`${user}:${secret}`).toString('base64'),
    () => 'BASIC ' + Buffer.from(`${user}:${secret}`).toString('base64'),
    () => 'Basic\t' + Buffer.from(`${user}:${secret}`).toString('base64'),
    () => 'Basic ' + Buffer.from(`${user}:${secret}`).toString('base64').replace(/(.{4})/, '$1 '),
    () => `Bearer ${SECRET_MARK}-bearer`,
    () => `Bearer gt_${'A'.repeat(38)}`,
    () => 'Bearer ',
    () => 'Digest username="admin", realm="x", nonce="y", response="z"',
    () => 'Negotiate YIIBhg==',
    () => 'NTLM TlRMTVNTUAABAAAAB4IIAAAAAAAAAAAAAAAAAAAAAAA=',
    () => `Token ${SECRET_MARK}-token`,
    () => '',
    () => ' ',
    () => '\r\nBasic x',
    () => basicOf(`gk_${'A'.repeat(16)}:gt_${'B'.repeat(38)}`),
    () => basicOf(`gk_${'A'.repeat(16)}:${secret}`),
    () => basicOf(`gt_${'C'.repeat(38)}:${secret}`),
    () => basicOf(`gk_${'A'.repeat(15)}\u0000:${secret}`),
    () => [basicOf(`${user}:${secret}`), basicOf(`ghost:${secret}`)],
  ];
  return random.pick(choices)();
}

const generators: Record<string, { weight: number; generate: Generator }> = {
  valid: {
    weight: 4,
    generate(inputs, operation, draft) {
      if (jsonObjectOf(operation)) setJson(draft, JSON.stringify(validBody(inputs, operation)));
    },
  },
  wrong_type: {
    weight: 12,
    generate(inputs, operation, draft) {
      const body = validBody(inputs, operation);
      const { name, schema } = someField(inputs, operation);
      const declared = declaredType(schema);
      const types = Object.keys(WRONG_VALUES).filter((t) => t !== declared && !(declared === 'number' && t === 'integer') && !(schema.nullable && t === 'null'));
      if (inputs.random.chance(0.15)) {
        body[name] = '\u0001RAW\u0001';
        setJson(draft, JSON.stringify(body).replace('"\\u0001RAW\\u0001"', inputs.random.pick(RAW_TOKENS)));
        return;
      }
      body[name] = inputs.random.pick(WRONG_VALUES[inputs.random.pick(types)]!);
      setJson(draft, JSON.stringify(body));
    },
  },
  missing_required: {
    weight: 5,
    generate(inputs, operation, draft) {
      const body = exampleBody(jsonObjectOf(operation) ?? {}, inputs.hints, 'all');
      const required = jsonObjectOf(operation)?.required ?? Object.keys(body);
      if (required.length > 0) delete body[inputs.random.pick(required)];
      if (inputs.random.chance(0.3)) for (const name of required) delete body[name];
      setJson(draft, JSON.stringify(body));
    },
  },
  extra_field: {
    weight: 5,
    generate(inputs, operation, draft) {
      const body = validBody(inputs, operation);
      const extra = inputs.random.pick(['extra', 'role', 'is_admin', 'admin', 'user_id', 'id', 'mfa_enabled', 'password_hash', 'Username', 'username ', '', '\u0000', 'x'.repeat(5000)]);
      body[extra] = inputs.random.pick([true, 'admin', `${CANARY}-extra`, 1, null, {}]);
      setJson(draft, JSON.stringify(body));
    },
  },
  hostile_string: {
    weight: 9,
    generate(inputs, operation, draft) {
      const body = validBody(inputs, operation);
      const { name } = someField(inputs, operation);
      body[name] = inputs.random.pick(HOSTILE_STRINGS);
      setJson(draft, JSON.stringify(body));
    },
  },
  huge_string: {
    weight: 4,
    generate(inputs, operation, draft) {
      const body = validBody(inputs, operation);
      body[someField(inputs, operation).name] = HUGE;
      setJson(draft, JSON.stringify(body));
      expectIfRouteKnown(draft, operation, 413, 'payload_too_large');
    },
  },
  big_under_limit: {
    weight: 3,
    generate(inputs, operation, draft) {
      const body = validBody(inputs, operation);
      body[someField(inputs, operation).name] = 'b'.repeat(60 * KIB);
      setJson(draft, JSON.stringify(body));
    },
  },
  over_limit: {
    weight: 4,
    generate(inputs, operation, draft) {
      const extra = 1 + inputs.random.int(3 * BODY_LIMIT_IN_BYTES);
      const payload = inputs.random.chance(0.5) ? JSON.stringify({ pad: 'p'.repeat(BODY_LIMIT_IN_BYTES + extra) }) : `[${'1,'.repeat((BODY_LIMIT_IN_BYTES + extra) / 2)}1]`;
      setJson(draft, payload);
      expectIfRouteKnown(draft, operation, 413, 'payload_too_large');
    },
  },
  deep_nesting: {
    weight: 4,
    generate(inputs, operation, draft) {
      const kind = inputs.random.pick(['array', 'object'] as const);
      const deep = nested(10_000, kind);
      if (inputs.random.chance(0.5)) {
        setJson(draft, deep);
        return;
      }
      const body = validBody(inputs, operation);
      body[someField(inputs, operation).name] = '\u0001RAW\u0001';
      setJson(draft, JSON.stringify(body).replace('"\\u0001RAW\\u0001"', nested(10_000, kind)));
    },
  },
  invalid_json: {
    weight: 7,
    generate(inputs, _operation, draft) {
      const text = inputs.random.pick(INVALID_JSON);
      setJson(draft, inputs.random.chance(0.2) ? Buffer.concat([Buffer.from('{"a":"'), inputs.random.bytes(16), Buffer.from('"}')]) : text);
    },
  },
  proto_keys: {
    weight: 6,
    generate(inputs, operation, draft) {
      const valid = JSON.stringify(validBody(inputs, operation)).slice(1, -1);
      const sep = valid ? ',' : '';
      const field = someField(inputs, operation).name;
      const payload = inputs.random.pick([
        `{"__proto__":{"role":"admin"}${sep}${valid}}`,
        `{${valid}${sep}"__proto__":{"isAdmin":true}}`,
        `{"constructor":{"prototype":{"role":"admin"}}${sep}${valid}}`,
        `{${valid}${sep}"constructor":{"prototype":null}}`,
        `{${valid}${sep}"prototype":{}}`,
        `{"${field}":"first","${field}":"second"${sep}${valid}}`,
        `{${valid}${sep}"${field}":{"__proto__":{"x":1}}}`,
        `{${valid}${sep}"${field}":[{"constructor":{"prototype":{"x":1}}}]}`,
        `{"\\u005f_proto__":{"role":"admin"}${sep}${valid}}`,
        `{"hasOwnProperty":1,"toString":1,"valueOf":1${sep}${valid}}`,
        `[{"__proto__":{}}]`,
      ]);
      setJson(draft, payload);
    },
  },
  top_level_type: {
    weight: 3,
    generate(inputs, _operation, draft) {
      setJson(draft, inputs.random.pick(['[]', '"x"', '1', '0', '-1', 'true', 'false', 'null', '[{}]', '""', '1e309']));
    },
  },
  content_type: {
    weight: 6,
    generate(inputs, operation, draft) {
      const body = JSON.stringify(validBody(inputs, operation));
      if (draft.method === 'GET' || draft.method === 'HEAD') draft.method = 'POST';
      draft.payload = inputs.random.pick([body, 'username=admin&password=x', '<xml/>', '--x\r\n\r\n--x--', body]);
      const roll = inputs.random.int(4);
      if (roll === 0) {
        draft.headers['content-type'] = inputs.random.pick(ODD_JSON_CONTENT_TYPES);
      } else if (roll === 1) {
        // A content length that lies about the body.
        draft.headers['content-type'] = 'application/json';
        draft.headers['content-length'] = inputs.random.pick(['0', '1', '-1', 'abc', '99999999999999999999', String(Buffer.byteLength(draft.payload) + 10)]);
      } else {
        draft.headers['content-type'] = inputs.random.pick(NON_JSON_CONTENT_TYPES);
        expectIfRouteKnown(draft, operation, 415, 'unsupported_media_type');
      }
    },
  },
  empty_body: {
    weight: 4,
    generate(inputs, _operation, draft) {
      if (draft.method === 'GET' || draft.method === 'HEAD') draft.method = 'POST';
      const roll = inputs.random.int(3);
      if (roll === 0) {
        draft.headers['content-type'] = 'application/json';
        draft.payload = '';
      } else if (roll === 1) {
        draft.headers['content-type'] = 'application/json';
        draft.headers['content-length'] = '0';
      }
    },
  },
  authorization: {
    weight: 10,
    generate(inputs, operation, draft) {
      draft.headers.authorization = hostileAuthorization(inputs.random);
      if (jsonObjectOf(operation)) setJson(draft, JSON.stringify(validBody(inputs, operation)));
    },
  },
  long_header: {
    weight: 3,
    generate(inputs, _operation, draft) {
      const name = inputs.random.pick(['user-agent', 'cookie', 'origin', 'authorization', 'x-forwarded-for', 'x-forwarded-method', 'accept', 'sec-fetch-site', 'x-request-id', 'content-type', 'x-custom']);
      const prefix = name === 'cookie' ? 'gatehouse_session=' : name === 'authorization' ? 'Basic ' : '';
      draft.headers[name] = prefix + 'L'.repeat(100 * KIB);
      if (inputs.random.chance(0.2)) {
        for (let i = 0; i < 500; i++) draft.headers[`x-many-${i}`] = String(i);
      }
    },
  },
  header_injection: {
    weight: 4,
    generate(inputs, operation, draft) {
      const name = inputs.random.pick(['user-agent', 'origin', 'cookie', 'authorization', 'x-forwarded-method', 'x-forwarded-for', 'sec-fetch-site', 'host', 'content-type', 'accept-language', 'x-request-id']);
      const injected = inputs.random.pick(['\r\nX-Injected: 1', '\r\nSet-Cookie: injected=1', '\nX-Injected: 1', '\r\n\r\nHTTP/1.1 200 OK\r\nX-Injected: 1', '\u0000X-Injected: 1', '%0d%0aX-Injected:%201', '\u2028X-Injected: 1']);
      const base = name === 'authorization' ? basicOf(`fuzz.target:${SECRET_MARK}-inject`) : name === 'cookie' ? 'gatehouse_session=abc' : name === 'origin' ? 'http://gatehouse.test' : 'value';
      draft.headers[name] = inputs.random.chance(0.5) ? base + injected : injected + base;
      if (jsonObjectOf(operation) && inputs.random.chance(0.5)) setJson(draft, JSON.stringify(validBody(inputs, operation)));
    },
  },
  hostile_path: {
    weight: 6,
    generate(inputs, operation, draft) {
      if (operation.pathParameters.length > 0 && inputs.random.chance(0.6)) {
        draft.url = resolvePath(inputs, operation, true);
      } else {
        draft.url = inputs.random.pick(TRAVERSAL_URLS);
        draft.method = inputs.random.pick(['GET', 'GET', 'POST', 'DELETE', 'HEAD']);
      }
      if (BODY_METHODS.has(draft.method) && jsonObjectOf(operation)) setJson(draft, JSON.stringify(validBody(inputs, operation)));
    },
  },
  odd_method: {
    weight: 6,
    generate(inputs, operation, draft) {
      draft.method = inputs.random.pick(ODD_METHODS.filter((m) => m !== operation.method));
      if (BODY_METHODS.has(draft.method) && inputs.random.chance(0.5)) {
        draft.headers['content-type'] = 'application/json';
        draft.payload = JSON.stringify(validBody(inputs, operation));
      }
    },
  },
  hostile_query: {
    weight: 6,
    generate(inputs, operation, draft) {
      const [path] = draft.url.split('?');
      const declared = operation.queryParameters.map((p) => `${p.name}=${percentEncode(inputs.random.pick(HOSTILE_STRINGS))}`);
      const query = declared.length > 0 && inputs.random.chance(0.4) ? inputs.random.pick(declared) : inputs.random.pick(HOSTILE_QUERIES);
      draft.url = `${path}?${query}`;
      if (jsonObjectOf(operation)) setJson(draft, JSON.stringify(validBody(inputs, operation)));
    },
  },
  hostile_cookie: {
    weight: 3,
    generate(inputs, operation, draft) {
      draft.headers.cookie = inputs.random.pick([
        'gatehouse_session=',
        'gatehouse_session=%ff%fe',
        'gatehouse_session=%',
        'gatehouse_session="quoted"',
        `gatehouse_session=${'A'.repeat(43)}`,
        `gatehouse_session=${'A'.repeat(43)}; gatehouse_session=${'B'.repeat(43)}`,
        'gatehouse_sign_in=%00',
        `gatehouse_sign_in=${'C'.repeat(43)}`,
        '__proto__=1; constructor=2',
        '=;;;=; ;',
        'gatehouse_session=a\u0000b',
        `gatehouse_session=${'x'.repeat(5000)}`,
        '__Host-gatehouse_session=abc',
      ]);
      if (jsonObjectOf(operation)) setJson(draft, JSON.stringify(validBody(inputs, operation)));
    },
  },
};

export const CATEGORIES = Object.keys(generators);

/** `count` cases, the same ones for the same seed. */
export function generateCases(inputs: FuzzInputs, count: number): FuzzCase[] {
  const { random, operations } = inputs;
  const weighted = Object.entries(generators).flatMap(([name, g]) => Array<string>(g.weight).fill(name));
  const cases: FuzzCase[] = [];
  for (let id = 0; id < count; id++) {
    const operation = random.pick(operations);
    const category = random.pick(weighted);
    const draft: FuzzCase = {
      id,
      category,
      identity: random.pick(['anonymous', 'session', 'basic'] as const),
      method: operation.method,
      url: withQuery(inputs, operation, resolvePath(inputs, operation, false)),
      headers: { 'user-agent': 'gatehouse-fuzz' },
      operation: `${operation.method} ${operation.path}`,
    };
    generators[category]!.generate(inputs, operation, draft);
    cases.push(draft);
  }
  return cases;
}
