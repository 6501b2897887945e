// The OpenAPI document tells the truth (issue 17 §5): it validates as OpenAPI 3.0, every operation
// says how it is authenticated, lists its real success status and every error status it may give
// with the envelope schema, and writes unions of literals as enums. That every answer the HTTP
// tests see is listed is checked by test/helpers/answer-recorder.ts and scripts/run-tests.mjs.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import SwaggerParser from '@apidevtools/swagger-parser';
import Fastify from 'fastify';
import swagger from '@fastify/swagger';
import { errorMessages, errorTypes } from '../../src/core/errors.js';
import { errorStatus } from '../../src/server/error-status.js';
import { openapiOptions } from '../../src/server/openapi.js';
import { recordAnswers, undocumentedAnswers } from '../helpers/answer-recorder.js';
import { ADMIN_PASSWORD, basic, startTestApp, type TestApp } from '../helpers/test-app.js';

interface Response {
  description: string;
  content?: { 'application/json'?: { schema?: { properties?: { error?: { properties?: Record<string, unknown> } } } } };
}
interface Operation {
  security?: Record<string, string[]>[];
  responses: Record<string, Response>;
}
type Document = { paths: Record<string, Record<string, Operation>>; components: { securitySchemes: Record<string, unknown> } };

const PUBLIC = new Set(['POST /api/session', 'GET /api/session', 'POST /api/session/second-factor', 'POST /api/session/email-code', 'POST /api/session/webauthn-challenge', 'POST /api/session/passkey/options', 'POST /api/session/passkey', 'GET /api/webauthn', 'GET /api/auth/verify', 'GET /healthz', 'GET /readyz']);

describe('the OpenAPI document', () => {
  let t: TestApp;
  let document: Document;
  const operations: [string, Operation][] = [];

  before(async () => {
    t = await startTestApp('sqlite');
    document = (await t.app.inject({ method: 'GET', url: '/api/openapi.json' })).json();
    for (const [path, methods] of Object.entries(document.paths)) for (const [method, operation] of Object.entries(methods)) operations.push([`${method.toUpperCase()} ${path}`, operation]);
  });
  after(() => t.close());

  test('is valid OpenAPI 3.0 by an outside validator', async () => {
    // The parser changes what it is given: it gets a copy.
    await SwaggerParser.validate(structuredClone(document) as never);
  });

  test('every operation says how it is authenticated: public ones need nothing, the others a session or Basic', () => {
    assert.deepEqual(Object.keys(document.components.securitySchemes).sort(), ['basic', 'session', 'sign_in']);
    for (const [name, operation] of operations) {
      assert.ok(Array.isArray(operation.security), `${name} has security`);
      if (PUBLIC.has(name)) assert.deepEqual(operation.security, [], `${name} is public`);
      else assert.deepEqual(operation.security!.slice(0, 2), [{ session: [] }, { basic: [] }], `${name} takes a session or Basic`);
    }
  });

  test('routes that answer 204 are documented with 204, not 200', () => {
    for (const name of ['DELETE /api/session', 'DELETE /api/users/{id}', 'DELETE /api/me/api-keys/{api_key}', 'DELETE /api/api-keys/{api_key}', 'POST /api/users/{id}/unlock', 'DELETE /api/me/sessions/{id}']) {
      const operation = operations.find(([n]) => n === name)?.[1];
      assert.ok(operation, name);
      assert.ok(operation.responses['204'], `${name} documents 204`);
      assert.equal(operation.responses['200'], undefined, `${name} documents no 200`);
    }
  });

  test('every answer has a description of its own, and every error answer the envelope schema and the types it may carry', () => {
    for (const [name, operation] of operations) {
      assert.ok(Object.keys(operation.responses).some((status) => status.startsWith('2')), `${name} documents its success`);
      for (const [status, response] of Object.entries(operation.responses)) {
        assert.notEqual(response.description, 'Default Response', `${name} ${status}`);
        if (Number(status) < 400) continue;
        const envelope = response.content?.['application/json']?.schema?.properties?.error?.properties;
        assert.deepEqual(Object.keys(envelope ?? {}), ['type', 'message', 'fields'], `${name} ${status}: the envelope`);
        const types = [...response.description.matchAll(/`([a-z_]+)`/g)].map((m) => m[1]!);
        assert.ok(types.length > 0, `${name} ${status} names its types`);
        for (const type of types) {
          assert.ok(errorTypes.includes(type as never), `${name} ${status}: ${type} is in the catalogue`);
          assert.equal(errorStatus[type as keyof typeof errorStatus], Number(status), `${name}: ${type} is a ${status}`);
          assert.ok(response.description.includes(errorMessages[type as keyof typeof errorMessages]), `${name}: ${type}'s message`);
        }
      }
    }
  });

  test('the statuses the API gives are documented where they happen: 404, 409, 413, 415, 429, 502 and 503', () => {
    const statuses = (name: string) => Object.keys(operations.find(([n]) => n === name)![1].responses);
    assert.ok(statuses('POST /api/users').includes('409'), 'username_taken');
    assert.ok(statuses('POST /api/users').includes('413') && statuses('POST /api/users').includes('415'), 'body limits');
    assert.ok(statuses('GET /api/users/{id}').includes('404'));
    assert.ok(statuses('POST /api/session').includes('429'));
    assert.ok(statuses('POST /api/settings/smtp/test').includes('502'));
    for (const [name, operation] of operations) assert.ok(operation.responses['503'], `${name} may be unavailable`);
    assert.ok(!statuses('GET /api/users').includes('413'), 'a GET takes no body');
  });

  test('unions of literals are enums', () => {
    const text = JSON.stringify(document);
    const role = (document.paths['/api/users'] as unknown as { get: { responses: { 200: { content: { 'application/json': { schema: { properties: { users: { items: { properties: Record<string, unknown> } } } } } } } } } }).get
      .responses[200].content['application/json'].schema.properties.users.items.properties;
    assert.deepEqual(role.role, { type: 'string', enum: ['admin', 'standard'] });
    assert.deepEqual(role.mfa_method, { type: 'string', enum: ['totp', 'email', 'webauthn'], nullable: true, description: 'the kind of the authenticator used most recently (kept for older clients; see mfa_kinds)' });
    assert.deepEqual(role.mfa_kinds, { type: 'array', items: { type: 'string', enum: ['totp', 'email', 'webauthn'] }, description: "the kinds of the user's authenticators, the most recently used first" });
    assert.doesNotMatch(text, /"anyOf":\[\{"type":"string","enum":\["[a-z_]+"\]\}/, 'no anyOf list of single literals is left');
  });

  test('an answer the document does not list is caught by the recorder', async () => {
    const app = Fastify();
    await app.register(swagger, openapiOptions);
    app.get('/api/teapot', { schema: { response: { 200: { type: 'object' } } } }, async (_request, reply) => reply.code(418 as 200).send({}));
    app.get('/api/fine', { schema: { response: { 200: { type: 'object' } } } }, async () => ({}));
    const recorded = new Map<string, boolean>();
    recordAnswers(app, recorded);
    await app.ready();
    await app.inject({ url: '/api/teapot' });
    await app.inject({ url: '/api/fine' });
    await app.close();
    const undocumented = undocumentedAnswers(recorded);
    assert.ok(undocumented.includes('GET /api/teapot 418'));
    assert.ok(!undocumented.includes('GET /api/fine 200'));
  });

  test('a REST client gets a Basic challenge on 401; the console, which sends X-Requested-With, does not', async () => {
    for (const url of ['/api/me', '/api/users', '/api/me/api-keys']) {
      const anonymous = await t.app.inject({ url });
      assert.equal(anonymous.statusCode, 401);
      assert.equal(anonymous.headers['www-authenticate'], 'Basic realm="Gatehouse", charset="UTF-8"', url);
      const wrong = await t.app.inject({ url, headers: { authorization: basic('admin', `${ADMIN_PASSWORD}!`) } });
      assert.equal(wrong.headers['www-authenticate'], 'Basic realm="Gatehouse", charset="UTF-8"', `${url} with a wrong password`);
      const fromConsole = await t.app.inject({ url, headers: { 'x-requested-with': 'XMLHttpRequest' } });
      assert.equal(fromConsole.statusCode, 401);
      assert.equal(fromConsole.headers['www-authenticate'], undefined, `${url} from the console`);
    }
    const signedIn = await t.app.inject({ url: '/api/me', headers: { authorization: basic('admin', ADMIN_PASSWORD) } });
    assert.equal(signedIn.headers['www-authenticate'], undefined, 'no challenge on success');
  });
});
