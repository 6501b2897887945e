// Validation errors are sentences people read (issue 17 §1): "Username: at most 64 characters.",
// with the wire names of the fields in `fields`. Every operation of the OpenAPI document gets, for
// each of its fields, a value one character too long and a value of the wrong type; no answer may
// carry a schema path, an Ajv keyword or the value sent.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import type { InjectOptions, LightMyRequestResponse } from 'fastify';
import { declaredType, exampleBody, type JsonSchema, objectSchemaOf, type Operation, operationsOf } from '../helpers/openapi-operations.js';
import { ADMIN_PASSWORD, basic, ORIGIN, startTestApp, type TestApp } from '../helpers/test-app.js';
import { availableDatabaseKinds } from '../helpers/test-databases.js';

/** What a message for people never contains: Ajv's words, schema paths, JSON pointers. */
const MACHINE_WORDS = /must NOT|must be equal to|must match|must have required|must be (string|integer|number|boolean|object|array|null)\b|anyOf|oneOf|allOf|constant|pattern "|schema|body\/|querystring|params\/|\/[a-z_]+\/|#\/|instancePath|additionalProperties|minLength|maxLength|\bNaN\b|undefined|\[object/;
const MARK = 'TooLongValueMark';

const HINTS = {
  username: 'someone',
  password: 'a long password 1',
  current_password: 'a long password 1',
  new_password: 'a long password 2',
  code: '123456',
  method: 'totp',
  email: 'someone@example.com',
  to: 'someone@example.com',
  name: 'a key',
  host: '127.0.0.1',
  port: 25,
  security: 'none',
  sender: 'Gatehouse <gatehouse@appliance.test>',
  max_lifetime_days: 30,
  role: 'standard',
  enforce_mfa: false,
  allowed_methods: ['totp'],
};

function assertReadable(response: LightMyRequestResponse, field: string, what: string): string {
  assert.equal(response.statusCode, 400, `${what}: ${response.body}`);
  const { error } = response.json() as { error: { type: string; message: string; fields?: string[] } };
  assert.equal(error.type, 'invalid_request', what);
  assert.match(error.message, /^[A-Z].*\.$/, `${what}: a sentence: ${error.message}`);
  assert.doesNotMatch(error.message, MACHINE_WORDS, `${what}: no schema words: ${error.message}`);
  assert.ok(!error.message.includes(MARK), `${what}: the value sent is not repeated`);
  assert.deepEqual(error.fields, [field], `${what}: fields names ${field}`);
  return error.message;
}

function pathOf(operation: Operation): string {
  return operation.path.replace(/\{(\w+)\}/g, 'x');
}

for (const kind of await availableDatabaseKinds()) {
  describe(`validation messages (${kind})`, () => {
    let t: TestApp;
    let operations: Operation[];
    const admin = { authorization: basic('admin', ADMIN_PASSWORD), origin: ORIGIN };
    const send = (options: InjectOptions) => t.app.inject({ ...options, headers: { ...admin, ...options.headers } });

    before(async () => {
      t = await startTestApp(kind);
      operations = operationsOf((await t.app.inject({ method: 'GET', url: '/api/openapi.json' })).json());
    });
    after(() => t.close());

    test('the examples of the issue read as sentences that name the field', async () => {
      const cases: [InjectOptions, string, string][] = [
        [{ method: 'POST', url: '/api/users', payload: { username: 'u'.repeat(300), password: 'a long password 1', role: 'standard' } }, 'username', 'Username: at most 64 characters.'],
        [{ method: 'POST', url: '/api/users', payload: { username: 'carol', password: 'a long password 1', role: 'root' } }, 'role', 'Role: must be admin or standard.'],
        [{ method: 'POST', url: '/api/users', payload: { username: 'carol', password: 'a long password 1', role: 'standard', email: `${'e'.repeat(300)}@example.com` } }, 'email', 'E-mail address: at most 254 characters.'],
        [{ method: 'POST', url: '/api/session', headers: { authorization: '' }, payload: { username: 'admin', password: 'p'.repeat(2000) } }, 'password', 'Password: at most 1024 characters.'],
        [{ method: 'POST', url: '/api/session/second-factor', payload: { method: 'recovery_code', code: 'c'.repeat(100) } }, 'code', 'Code: at most 64 characters.'],
        [{ method: 'GET', url: `/api/audit-events?user=${'a'.repeat(300)}` }, 'user', 'User: at most 256 characters.'],
        [{ method: 'POST', url: '/api/users', payload: { password: 'a long password 1', role: 'standard' } }, 'username', 'Username: required.'],
        [{ method: 'PATCH', url: `/api/users/${'x'}`, payload: { disabled: 'yes' } }, 'disabled', 'Disabled: must be true or false.'],
        [{ method: 'POST', url: '/api/users', payload: { username: 'carol', password: 'a long password 1', role: 'standard', email: 12 } }, 'email', 'E-mail address: must be text or null.'],
      ];
      for (const [options, field, message] of cases) {
        const response = await send(options);
        assert.equal(assertReadable(response, field, `${String(options.method)} ${JSON.stringify(options.url)}`), message);
      }
    });

    test('an unknown field or parameter is refused without repeating its name', async () => {
      for (const options of [
        { method: 'POST', url: '/api/session', headers: { authorization: '' }, payload: { username: 'admin', password: 'x', [MARK]: 1 } },
        { method: 'GET', url: `/api/audit-events?${MARK}=1` },
      ] as InjectOptions[]) {
        const response = await send(options);
        assert.equal(response.statusCode, 400);
        const { error } = response.json() as { error: { message: string; fields?: string[] } };
        assert.doesNotMatch(error.message, MACHINE_WORDS);
        assert.ok(!response.body.includes(MARK), 'the unknown name is not repeated');
        assert.match(error.message, /does not take/);
      }
    });

    test('every field of every operation, one character too long or of the wrong type, gets a sentence naming it', async () => {
      let checked = 0;
      for (const operation of operations) {
        const body = operation.body ? objectSchemaOf(operation.body) : null;
        const properties = Object.entries(body?.properties ?? {});
        for (const [field, schema] of properties) {
          const valid = exampleBody(body!, HINTS, 'required');
          for (const [label, value] of badValues(schema)) {
            const response = await send({ method: operation.method as InjectOptions['method'], url: pathOf(operation), payload: { ...valid, [field]: value } });
            assertReadable(response, field, `${operation.method} ${operation.path} ${field} ${label}`);
            checked++;
          }
        }
        for (const { name, schema } of operation.queryParameters) {
          if (schema.maxLength === undefined) continue;
          const response = await send({ method: operation.method as InjectOptions['method'], url: `${pathOf(operation)}?${name}=${'1'.repeat(schema.maxLength + 1)}` });
          assertReadable(response, name, `${operation.method} ${operation.path} ?${name} over-long`);
          checked++;
        }
      }
      assert.ok(checked >= 60, `checked ${checked} fields`);
    });
  });
}

/** Values one character over the limit, and of a wrong JSON type, for a field's schema. */
function badValues(schema: JsonSchema): [string, unknown][] {
  const values: [string, unknown][] = [];
  const text = schema.maxLength !== undefined ? schema : (schema.anyOf ?? []).find((a) => a.maxLength !== undefined);
  if (text?.maxLength !== undefined) values.push(['over-long', `${MARK}${'x'.repeat(text.maxLength)}`]);
  const type = declaredType(schema);
  const wrong: Record<string, unknown> = { string: 12345, integer: 'twelve', number: 'twelve', boolean: 'yes', array: 'one', object: 7 };
  if (type in wrong) values.push(['wrong type', wrong[type]]);
  return values;
}
