import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { crc32 } from 'node:zlib';
import {
  computeApiTokenChecksum,
  generateApiKeyId,
  generateApiToken,
  hasValidApiTokenChecksum,
  isWellFormedApiKeyId,
} from './api-key-format.js';

const BASE62 = '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz';

function decodeBase62(text: string): number {
  return [...text].reduce((value, char) => value * 62 + BASE62.indexOf(char), 0);
}

describe('API key and token format', () => {
  test('an API key is gk_ and 16 base62 characters', () => {
    for (let index = 0; index < 100; index++) assert.match(generateApiKeyId(), /^gk_[0-9A-Za-z]{16}$/);
  });

  test('an API token is gt_ and 38 base62 characters with a valid checksum', () => {
    for (let index = 0; index < 100; index++) {
      const token = generateApiToken();
      assert.match(token, /^gt_[0-9A-Za-z]{38}$/);
      assert.equal(token.length, 41);
      assert.equal(hasValidApiTokenChecksum(token), true);
    }
  });

  test('generated keys and tokens do not repeat', () => {
    const keys = new Set(Array.from({ length: 1000 }, generateApiKeyId));
    const tokens = new Set(Array.from({ length: 1000 }, generateApiToken));
    assert.equal(keys.size, 1000);
    assert.equal(tokens.size, 1000);
  });

  test('every base62 character turns up in the random part', () => {
    const seen = new Set(Array.from({ length: 200 }, () => generateApiToken().slice(3, 35)).join(''));
    assert.equal(seen.size, 62);
  });

  test('the checksum is the CRC-32 of the random part only, in base62', () => {
    const token = generateApiToken();
    const randomPart = token.slice(3, 35);
    assert.equal(decodeBase62(token.slice(35)), crc32(randomPart));
    assert.notEqual(decodeBase62(token.slice(35)), crc32(token.slice(0, 35)));
  });

  test('the CRC-32 is the standard one (check value of "123456789")', () => {
    assert.equal(crc32('123456789'), 0xcbf43926);
    assert.equal(decodeBase62(computeApiTokenChecksum('123456789')), 0xcbf43926);
  });

  test('a small checksum is left-padded with zeros to six characters', () => {
    // CRC-32 of the empty string is 0.
    assert.equal(computeApiTokenChecksum(''), '000000');
  });

  test('every single-character substitution anywhere after the prefix fails the checksum', () => {
    for (let round = 0; round < 3; round++) {
      const token = generateApiToken();
      for (let position = 3; position < token.length; position++) {
        for (const replacement of BASE62) {
          if (replacement === token[position]) continue;
          const mistyped = token.slice(0, position) + replacement + token.slice(position + 1);
          assert.equal(hasValidApiTokenChecksum(mistyped), false, `${position}:${replacement}`);
        }
      }
    }
  });

  test('a token with the wrong prefix, length or alphabet is refused', () => {
    const token = generateApiToken();
    assert.equal(hasValidApiTokenChecksum(`gk_${token.slice(3)}`), false);
    assert.equal(hasValidApiTokenChecksum(token.slice(0, 40)), false);
    assert.equal(hasValidApiTokenChecksum(`${token}0`), false);
    assert.equal(hasValidApiTokenChecksum(`${token.slice(0, 10)}-${token.slice(11)}`), false);
    assert.equal(hasValidApiTokenChecksum(''), false);
  });

  test('an API key id with the wrong prefix, length or alphabet is not well formed', () => {
    const key = generateApiKeyId();
    assert.equal(isWellFormedApiKeyId(key), true);
    assert.equal(isWellFormedApiKeyId(`gt_${key.slice(3)}`), false);
    assert.equal(isWellFormedApiKeyId(key.slice(0, 18)), false);
    assert.equal(isWellFormedApiKeyId(`${key}A`), false);
    assert.equal(isWellFormedApiKeyId(`${key.slice(0, 18)}_`), false);
    assert.equal(isWellFormedApiKeyId(`${key}\n`), false);
  });
});
