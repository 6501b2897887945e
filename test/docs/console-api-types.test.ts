// The console's API types are generated from the OpenAPI document the server writes from its route
// schemas (web/src/api/schema.ts): they must be current, so that a server change the console does
// not follow fails to compile, and the console must have a text for every error type.
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { test } from 'node:test';
import { API_TYPES_PATH, generateApiTypes } from '../../scripts/api-types.js';
import { errorTypes } from '../../src/core/errors.js';

test('web/src/api/schema.ts is what the server’s OpenAPI document generates (run `npm run generate:api-types` when this fails)', async () => {
  const current = await readFile(API_TYPES_PATH, 'utf8');
  assert.ok(current === (await generateApiTypes()), 'web/src/api/schema.ts is stale: run `npm run generate:api-types` and commit the result');
});

test('the console has a text (or deliberately shows the server’s message) for every error type of the catalogue', async () => {
  // Loaded at run time: the console's sources are compiled by their own tsconfig (web/), not this one.
  const { errorTexts } = (await import(new URL('../../web/src/api/error-text.ts', import.meta.url).href)) as { errorTexts: Record<string, string | null> };
  assert.deepEqual(Object.keys(errorTexts).sort(), [...errorTypes, 'network_error'].sort());
});
