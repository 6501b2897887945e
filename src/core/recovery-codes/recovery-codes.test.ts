import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { RECOVERY_CODE_COUNT, generateRecoveryCodes, normalizeRecoveryCode } from './recovery-codes.js';

const displayFormat = /^[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{4}$/;

describe('recovery codes', () => {
  test('a set holds ten codes by default', () => {
    assert.equal(RECOVERY_CODE_COUNT, 10);
    assert.equal(generateRecoveryCodes().length, 10);
    assert.equal(generateRecoveryCodes(3).length, 3);
  });

  test('each code is four dash-separated groups of four Crockford characters', () => {
    for (const code of generateRecoveryCodes()) assert.match(code, displayFormat);
  });

  test('no code repeats within a set', () => {
    const codes = generateRecoveryCodes(200);
    assert.equal(new Set(codes).size, codes.length);
  });

  test('every character of the alphabet turns up, so all 5 bits vary', () => {
    const seen = new Set(generateRecoveryCodes(100).join('').replaceAll('-', ''));
    assert.equal(seen.size, 32);
  });

  test('a generated code normalizes to itself without dashes', () => {
    const [code] = generateRecoveryCodes(1);
    assert.equal(normalizeRecoveryCode(code!), code!.replaceAll('-', ''));
  });

  test('dashes, spaces and letter case do not matter', () => {
    for (const input of ['abcd-efgh-jkmn-pqrs', 'ABCDEFGHJKMNPQRS', ' AbCd efgh-JKMN-pqrs ', 'ABCD\tEFGH\nJKMN PQRS']) {
      assert.equal(normalizeRecoveryCode(input), 'ABCDEFGHJKMNPQRS', JSON.stringify(input));
    }
  });

  test('the look-alikes I and L read as 1 and O reads as 0', () => {
    assert.equal(normalizeRecoveryCode('ilIL-oO00-1111-0000'), '1111000011110000');
  });

  test('a code of the wrong length is refused', () => {
    assert.equal(normalizeRecoveryCode(''), null);
    assert.equal(normalizeRecoveryCode('ABCD-EFGH-JKMN-PQR'), null);
    assert.equal(normalizeRecoveryCode('ABCD-EFGH-JKMN-PQRST'), null);
    assert.equal(normalizeRecoveryCode(`${'-'.repeat(60)}ABCDEFGHJKMNPQRS`), null);
  });

  test('a character outside the alphabet is refused', () => {
    assert.equal(normalizeRecoveryCode('ABCD-EFGH-JKMN-PQRU'), null);
    assert.equal(normalizeRecoveryCode('ABCD-EFGH-JKMN-PQR_'), null);
    assert.equal(normalizeRecoveryCode('ABCD-EFGH-JKMN-PQRÉ'), null);
    // Dotless ı upper-cases to I; it must not sneak in as a 1.
    assert.equal(normalizeRecoveryCode('ABCD-EFGH-JKMN-PQRı'), null);
  });

  test('misuse throws: a count below one', () => {
    assert.throws(() => generateRecoveryCodes(0), RangeError);
    assert.throws(() => generateRecoveryCodes(1.5), RangeError);
  });
});
