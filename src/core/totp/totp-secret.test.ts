import { randomBytes } from 'node:crypto';
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { decodeBase32, encodeBase32, generateTotpSecret, groupSecretForDisplay } from './totp-secret.js';

const hello = Uint8Array.from([0x48, 0x65, 0x6c, 0x6c, 0x6f, 0x21, 0xde, 0xad, 0xbe, 0xef]);

describe('TOTP secret and Base32 (RFC 4648)', () => {
  test('a generated secret is 20 bytes and 32 Base32 characters without padding', () => {
    const secret = generateTotpSecret();
    assert.equal(secret.length, 20);
    assert.match(encodeBase32(secret), /^[A-Z2-7]{32}$/);
  });

  test('two generated secrets differ', () => {
    assert.notDeepEqual(generateTotpSecret(), generateTotpSecret());
  });

  test('JBSWY3DPEHPK3PXP decodes to "Hello!" and DEADBEEF', () => {
    assert.deepEqual(decodeBase32('JBSWY3DPEHPK3PXP'), hello);
    assert.equal(encodeBase32(hello), 'JBSWY3DPEHPK3PXP');
  });

  test('the RFC 4226 secret encodes to its known Base32 form', () => {
    assert.equal(encodeBase32(new TextEncoder().encode('12345678901234567890')), 'GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ');
  });

  test('the RFC 4648 §10 vectors encode without padding and decode back', () => {
    const vectors = { '': '', f: 'MY', fo: 'MZXQ', foo: 'MZXW6', foob: 'MZXW6YQ', fooba: 'MZXW6YTB', foobar: 'MZXW6YTBOI' };
    for (const [plain, encoded] of Object.entries(vectors)) {
      const bytes = new TextEncoder().encode(plain);
      assert.equal(encodeBase32(bytes), encoded);
      assert.deepEqual(decodeBase32(encoded), bytes);
    }
  });

  test('byte strings of every length from 0 to 64 survive a round trip', () => {
    for (let length = 0; length <= 64; length++) {
      const bytes = new Uint8Array(randomBytes(length));
      assert.deepEqual(decodeBase32(encodeBase32(bytes)), bytes);
    }
  });

  test('a generated secret survives a round trip', () => {
    const secret = generateTotpSecret();
    assert.deepEqual(decodeBase32(encodeBase32(secret)), secret);
  });

  test('decoding ignores letter case, spaces and trailing padding', () => {
    assert.deepEqual(decodeBase32('jbsw y3dp ehpk 3pxp'), hello);
    assert.deepEqual(decodeBase32('MZXW6YQ='), new TextEncoder().encode('foob'));
  });

  test('decoding refuses characters outside the alphabet, impossible lengths and stray bits', () => {
    assert.equal(decodeBase32('JBSWY3DPEHPK3PX1'), null);
    assert.equal(decodeBase32('JBSWY3DPEHPK3PX8'), null);
    assert.equal(decodeBase32('JBSWY3DPEHPK3PXı'), null);
    assert.equal(decodeBase32('M'), null);
    assert.equal(decodeBase32('MZX'), null);
    // "MY" is "f"; "MZ" carries the same byte but a non-zero leftover bit.
    assert.deepEqual(decodeBase32('MY'), new TextEncoder().encode('f'));
    assert.equal(decodeBase32('MZ'), null);
  });

  test('a secret is shown in groups of four', () => {
    assert.equal(groupSecretForDisplay('JBSWY3DPEHPK3PXP'), 'JBSW Y3DP EHPK 3PXP');
    assert.equal(groupSecretForDisplay('MZXW6YQ'), 'MZXW 6YQ');
    assert.equal(groupSecretForDisplay(''), '');
  });
});
