import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { generateEmailCode, normalizeEmailCode } from './email-code.js';

describe('e-mail codes', () => {
  test('a generated code is six digits', () => {
    for (let index = 0; index < 1000; index++) assert.match(generateEmailCode(), /^[0-9]{6}$/);
  });

  test('generated codes vary, and leading zeros are kept', () => {
    const codes = Array.from({ length: 5000 }, generateEmailCode);
    assert.ok(new Set(codes).size > 4900);
    // About 10% of codes start with 0; 5000 draws without one would be a broken generator.
    assert.ok(codes.some((code) => code.startsWith('0')));
  });

  test('a generated code normalizes to itself', () => {
    const code = generateEmailCode();
    assert.equal(normalizeEmailCode(code), code);
  });

  test('surrounding and internal spaces are removed', () => {
    assert.equal(normalizeEmailCode(' 012 345 '), '012345');
    assert.equal(normalizeEmailCode('\t012345\n'), '012345');
  });

  test('anything but six digits is refused', () => {
    for (const input of ['', '12345', '1234567', '12345a', '123-456', '１２３４５６', '+12345', ' '.repeat(40) + '123456']) {
      assert.equal(normalizeEmailCode(input), null, JSON.stringify(input));
    }
  });
});
