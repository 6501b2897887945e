import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { computeHotpHmac, generateHotp, truncateHotpHmac } from './hotp.js';

// RFC 4226 Appendix D: the ASCII secret "12345678901234567890", HMAC-SHA-1, 6 digits.
const secret = new TextEncoder().encode('12345678901234567890');
const appendixD = [
  { count: 0n, hmac: 'cc93cf18508d94934c64b65d8ba7667fb7cde4b0', truncated: 0x4c93cf18, hotp: '755224' },
  { count: 1n, hmac: '75a48a19d4cbe100644e8ac1397eea747a2d33ab', truncated: 0x41397eea, hotp: '287082' },
  { count: 2n, hmac: '0bacb7fa082fef30782211938bc1c5e70416ff44', truncated: 0x82fef30, hotp: '359152' },
  { count: 3n, hmac: '66c28227d03a2d5529262ff016a1e6ef76557ece', truncated: 0x66ef7655, hotp: '969429' },
  { count: 4n, hmac: 'a904c900a64b35909874b33e61c5938a8e15ed1c', truncated: 0x61c5938a, hotp: '338314' },
  { count: 5n, hmac: 'a37e783d7b7233c083d4f62926c7a25f238d0316', truncated: 0x33c083d4, hotp: '254676' },
  { count: 6n, hmac: 'bc9cd28561042c83f219324d3c607256c03272ae', truncated: 0x7256c032, hotp: '287922' },
  { count: 7n, hmac: 'a4fb960c0bc06e1eabb804e5b397cdc4b45596fa', truncated: 0x4e5b397, hotp: '162583' },
  { count: 8n, hmac: '1b3c89f65e6c9e883012052823443f048b4332db', truncated: 0x2823443f, hotp: '399871' },
  { count: 9n, hmac: '1637409809a679dc698207310c8c7fc07290d9e5', truncated: 0x2679dc69, hotp: '520489' },
];

describe('HOTP (RFC 4226)', () => {
  for (const row of appendixD) {
    test(`counter ${row.count} gives the Appendix D HMAC, truncation and code ${row.hotp}`, () => {
      const hmac = computeHotpHmac(secret, row.count);
      assert.equal(Buffer.from(hmac).toString('hex'), row.hmac);
      assert.equal(truncateHotpHmac(hmac), row.truncated);
      assert.equal(generateHotp(secret, row.count), row.hotp);
    });
  }

  test('the §5.4 worked example truncates to 872921', () => {
    const hmac = Buffer.from('1f8698690e02ca16618550ef7f19da8e945b555a', 'hex');
    assert.equal(truncateHotpHmac(hmac), 0x50ef7f19);
    assert.equal(String(truncateHotpHmac(hmac) % 1_000_000), '872921');
  });

  test('a code keeps its leading zeros', () => {
    // RFC 6238 Appendix B, time 1234567890: T = 0x273EF07, 8 digits 89005924.
    assert.equal(generateHotp(secret, 0x273ef07n, 6), '005924');
    assert.equal(generateHotp(secret, 0x273ef07n, 8), '89005924');
  });

  test('a counter beyond 32 bits is written whole', () => {
    const hmacLow = computeHotpHmac(secret, 1n);
    const hmacHigh = computeHotpHmac(secret, 2n ** 32n + 1n);
    assert.notDeepEqual(hmacLow, hmacHigh);
    assert.doesNotThrow(() => generateHotp(secret, 2n ** 64n - 1n));
  });

  test('misuse throws: short key, negative or oversized counter, bad digits', () => {
    assert.throws(() => generateHotp(new Uint8Array(15), 0n), RangeError);
    assert.throws(() => generateHotp(secret, -1n), RangeError);
    assert.throws(() => generateHotp(secret, 2n ** 64n), RangeError);
    assert.throws(() => generateHotp(secret, 0n, 5), RangeError);
    assert.throws(() => generateHotp(secret, 0n, 9), RangeError);
  });
});
