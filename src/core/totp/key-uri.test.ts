import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { buildTotpKeyUri } from './key-uri.js';

const secretBase32 = 'HXDMVJECJJWSRB3HWIZR4IFUGFTMXBOZ';

function readLabel(uri: string) {
  const url = new URL(uri);
  const parts = url.pathname.slice(1).split(':');
  return { url, parts };
}

describe('buildTotpKeyUri (Key Uri Format)', () => {
  test('the wiki example "ACME Co" gives its URI with spaces as %20', () => {
    assert.equal(
      buildTotpKeyUri({ issuer: 'ACME Co', accountName: 'john.doe@email.com', secretBase32 }),
      `otpauth://totp/ACME%20Co:john.doe%40email.com?secret=${secretBase32}&issuer=ACME%20Co&algorithm=SHA1&digits=6&period=30`,
    );
  });

  test('the canonical "Example" URI carries the secret and issuer', () => {
    assert.equal(
      buildTotpKeyUri({ issuer: 'Example', accountName: 'alice@google.com', secretBase32: 'JBSWY3DPEHPK3PXP' }),
      'otpauth://totp/Example:alice%40google.com?secret=JBSWY3DPEHPK3PXP&issuer=Example&algorithm=SHA1&digits=6&period=30',
    );
  });

  test('a space is never encoded as +', () => {
    const uri = buildTotpKeyUri({ issuer: 'Big Corporation', accountName: 'Alice Smith', secretBase32 });
    assert.ok(!uri.includes('+'));
    assert.ok(uri.startsWith('otpauth://totp/Big%20Corporation:Alice%20Smith?'));
  });

  test('a colon in the issuer or account name is escaped and cannot split the label', () => {
    const uri = buildTotpKeyUri({ issuer: 'Evil:Corp', accountName: 'bob:admin', secretBase32 });
    assert.ok(uri.startsWith('otpauth://totp/Evil%3ACorp:bob%3Aadmin?'));
    const { parts } = readLabel(uri);
    assert.equal(parts.length, 2);
    assert.deepEqual(parts.map(decodeURIComponent), ['Evil:Corp', 'bob:admin']);
  });

  test('the issuer parameter equals the label prefix', () => {
    for (const issuer of ['ACME Co', 'Evil:Corp', 'Ünïcode & Co?', 'a/b#c']) {
      const { url, parts } = readLabel(buildTotpKeyUri({ issuer, accountName: 'someone', secretBase32 }));
      assert.equal(decodeURIComponent(parts[0]!), issuer);
      assert.equal(url.searchParams.get('issuer'), issuer);
    }
  });

  test('the secret parameter has no padding and only Base32 characters', () => {
    const { url } = readLabel(buildTotpKeyUri({ issuer: 'ACME Co', accountName: 'john', secretBase32 }));
    assert.match(url.searchParams.get('secret')!, /^[A-Z2-7]+$/);
    assert.equal(url.searchParams.get('algorithm'), 'SHA1');
    assert.equal(url.searchParams.get('digits'), '6');
    assert.equal(url.searchParams.get('period'), '30');
  });

  test('misuse throws: padded or lower-case secret, empty issuer or account', () => {
    assert.throws(() => buildTotpKeyUri({ issuer: 'A', accountName: 'b', secretBase32: 'MZXW6YQ=' }), TypeError);
    assert.throws(() => buildTotpKeyUri({ issuer: 'A', accountName: 'b', secretBase32: 'jbswy3dp' }), TypeError);
    assert.throws(() => buildTotpKeyUri({ issuer: '', accountName: 'b', secretBase32 }), TypeError);
    assert.throws(() => buildTotpKeyUri({ issuer: 'A', accountName: '', secretBase32 }), TypeError);
  });
});
