import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { generateTotp, timeStepAt } from './totp.js';

// RFC 6238 Appendix B: X = 30, T0 = 0, 8 digits. The SHA-256 and SHA-512 rows use the 32- and
// 64-byte seeds of the Appendix A reference code, not the 20-byte one named in the prose.
const seeds = {
  SHA1: new TextEncoder().encode('12345678901234567890'),
  SHA256: new TextEncoder().encode('12345678901234567890123456789012'),
  SHA512: new TextEncoder().encode('1234567890123456789012345678901234567890123456789012345678901234'),
} as const;

const appendixB = [
  { seconds: 59, step: 0x1n, SHA1: '94287082', SHA256: '46119246', SHA512: '90693936' },
  { seconds: 1111111109, step: 0x23523ecn, SHA1: '07081804', SHA256: '68084774', SHA512: '25091201' },
  { seconds: 1111111111, step: 0x23523edn, SHA1: '14050471', SHA256: '67062674', SHA512: '99943326' },
  { seconds: 1234567890, step: 0x273ef07n, SHA1: '89005924', SHA256: '91819424', SHA512: '93441116' },
  { seconds: 2000000000, step: 0x3f940aan, SHA1: '69279037', SHA256: '90698825', SHA512: '38618901' },
  { seconds: 20000000000, step: 0x27bc86aan, SHA1: '65353130', SHA256: '77737706', SHA512: '47863826' },
];

const sixDigitSha1 = [
  { seconds: 59, code: '287082' },
  { seconds: 1111111109, code: '081804' },
  { seconds: 1111111111, code: '050471' },
  { seconds: 1234567890, code: '005924' },
  { seconds: 2000000000, code: '279037' },
  { seconds: 20000000000, code: '353130' },
];

describe('TOTP (RFC 6238)', () => {
  for (const row of appendixB) {
    test(`time ${row.seconds} falls in step 0x${row.step.toString(16)}`, () => {
      assert.equal(timeStepAt(row.seconds * 1000), row.step);
    });
    for (const algorithm of ['SHA1', 'SHA256', 'SHA512'] as const) {
      test(`time ${row.seconds} with ${algorithm} gives ${row[algorithm]}`, () => {
        const code = generateTotp(seeds[algorithm], row.seconds * 1000, { digits: 8, algorithm });
        assert.equal(code, row[algorithm]);
      });
    }
  }

  for (const row of sixDigitSha1) {
    test(`time ${row.seconds} gives the 6-digit SHA-1 code ${row.code}, leading zeros kept`, () => {
      assert.equal(generateTotp(seeds.SHA1, row.seconds * 1000), row.code);
    });
  }

  test('a time beyond 2038 gives a step above 32 bits without wrapping', () => {
    assert.equal(timeStepAt(2 ** 32 * 30_000), 2n ** 32n);
    assert.equal(timeStepAt(20000000000 * 1000), 666666666n);
  });

  test('a step starts on the boundary and ends a millisecond before the next', () => {
    assert.equal(timeStepAt(29_999), 0n);
    assert.equal(timeStepAt(30_000), 1n);
    assert.equal(timeStepAt(59_999.9), 1n);
    assert.equal(timeStepAt(60_000, 60), 1n);
  });

  test('misuse throws: negative or non-finite time, bad period', () => {
    assert.throws(() => timeStepAt(-1), RangeError);
    assert.throws(() => timeStepAt(Number.NaN), RangeError);
    assert.throws(() => timeStepAt(0, 0), RangeError);
    assert.throws(() => timeStepAt(0, 1.5), RangeError);
  });
});
