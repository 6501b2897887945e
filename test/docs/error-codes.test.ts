// docs/error-codes.md, src/core/errors.ts and src/server/error-status.ts say the same thing.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import { errorMessages, errorTypes } from '../../src/core/errors.js';
import { errorStatus } from '../../src/server/error-status.js';

const documented = new Map(
  readFileSync(new URL('../../docs/error-codes.md', import.meta.url), 'utf8')
    .split('\n')
    .map((line) => line.match(/^\| `([a-z_]+)` \| (\d{3}) \| (.*?) \| .* \|$/))
    .filter((match): match is RegExpMatchArray => match !== null)
    .map(([, type, status, message]) => [type!, { status: Number(status), message: message! }]),
);

test('every error type in the catalogue is documented with its status and message', () => {
  for (const type of errorTypes) {
    assert.deepEqual(documented.get(type), { status: errorStatus[type], message: errorMessages[type] }, type);
  }
});

test('the documentation lists no error type the catalogue does not have', () => {
  assert.deepEqual([...documented.keys()].sort(), [...errorTypes].sort());
});

test('every status is an HTTP error status', () => {
  for (const type of errorTypes) assert.ok(errorStatus[type] >= 400 && errorStatus[type] <= 599, type);
});
