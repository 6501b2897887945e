// API keys as a client uses them, shared by the API-key, forward-auth and nginx tests.
import assert from 'node:assert/strict';
import type { InjectOptions, LightMyRequestResponse } from 'fastify';
import { basic, type Browser, type TestApp } from './test-app.js';

export interface CreatedApiKey {
  api_key: string;
  api_token: string;
  name: string;
  created_at: string;
  expires_at: string | null;
  read_only: boolean;
}

/** Creates a key through the console API as the browser's signed-in user; asserts 201. */
export async function createApiKey(browser: Browser, body: { name: string; expires_at?: string | null; read_only?: boolean; password?: string }): Promise<CreatedApiKey> {
  const response = await browser.request('POST', '/api/me/api-keys', body);
  assert.equal(response.statusCode, 201, response.body);
  return response.json() as CreatedApiKey;
}

let clients = 0;
/**
 * A client address of its own for each request that does not name one: refusals are counted and
 * summarised per address and minute (SPEC 2.11), and the tests' clock stands still.
 */
function nextClientAddress(): string {
  clients += 1;
  return `198.18.${Math.floor(clients / 250) % 250}.${(clients % 250) + 1}`;
}

/** A REST client's request with `Authorization: Basic base64(api_key:api_token)`, as curl -u sends it. */
export function requestWithApiKey(
  t: TestApp,
  key: Pick<CreatedApiKey, 'api_key' | 'api_token'>,
  options: { method?: InjectOptions['method']; url?: string; payload?: InjectOptions['payload']; address?: string } = {},
): Promise<LightMyRequestResponse> {
  return t.app.inject({
    method: options.method ?? 'GET',
    url: options.url ?? '/api/me',
    remoteAddress: options.address ?? nextClientAddress(),
    headers: { authorization: basic(key.api_key, key.api_token), 'user-agent': 'curl/8.5.0' },
    ...(options.payload !== undefined && { payload: options.payload }),
  });
}
