import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { describe, test } from 'node:test';
import canonicalize from 'canonicalize';
import type { NewAuditEvent } from '../ports.js';
import { canonicalJson, chainContentOf, chainHash, GENESIS_HASH, storableDetails } from './audit-chain.js';

const event: NewAuditEvent = {
  at: Date.UTC(2026, 5, 1, 12, 0, 0, 5),
  type: 'user_added',
  outcome: 'success',
  actorUserId: null,
  actorUsername: 'admin',
  targetUserId: 'u-1',
  targetUsername: 'ada',
  clientAddress: '192.0.2.1',
  userAgent: 'curl/8',
  details: { role: 'standard' },
};

describe('the audit chain hash', () => {
  test('is SHA-256 over the tag, the previous hash, the sequence as 8 bytes and the RFC 8785 JSON', () => {
    // Written out by hand: members sorted by code unit, no spaces, the time in RFC 3339 with ms.
    const canonical =
      '{"actor_user_id":null,"actor_username":"admin","at":"2026-06-01T12:00:00.005Z","client_address":"192.0.2.1","details":{"role":"standard"},' +
      '"outcome":"success","target_user_id":"u-1","target_username":"ada","type":"user_added","user_agent":"curl/8"}';
    assert.equal(canonicalJson(chainContentOf(event)), canonical);
    const expected = createHash('sha256')
      .update('gatehouse audit chain v1\n')
      .update(Buffer.alloc(32))
      .update(Buffer.from([0, 0, 0, 0, 0, 0, 0, 7]))
      .update(canonical)
      .digest('hex');
    assert.equal(chainHash(GENESIS_HASH, 7, chainContentOf(event)), expected);
  });

  test('changes with any field, the sequence or the previous hash', () => {
    const base = chainHash(GENESIS_HASH, 1, chainContentOf(event));
    assert.notEqual(chainHash(GENESIS_HASH, 2, chainContentOf(event)), base);
    assert.notEqual(chainHash('11'.repeat(32), 1, chainContentOf(event)), base);
    assert.notEqual(chainHash(GENESIS_HASH, 1, chainContentOf({ ...event, outcome: 'failure' })), base);
    assert.notEqual(chainHash(GENESIS_HASH, 1, chainContentOf({ ...event, details: { role: 'admin' } })), base);
  });

  test('canonicalizes details as RFC 8785 §3.2.2 does (its example)', () => {
    const details = JSON.parse(
      '{"numbers": [333333333.33333329, 1E30, 4.50, 2e-3, 0.000000000000000000000000001], "string": "\\u20ac$\\u000F\\u000aA\'\\u0042\\u0022\\u005c\\\\\\"\\/", "literals": [null, true, false]}',
    ) as Record<string, unknown>;
    const canonical = canonicalJson(chainContentOf({ ...event, details }));
    assert.ok(canonical.includes('"details":{"literals":[null,true,false],"numbers":[333333333.3333333,1e+30,4.5,0.002,1e-27],"string":"€$\\u000f\\nA\'B\\"\\\\\\\\\\"/"}'), canonical);
  });

  test('stores details as they read back: undefined members dropped, lone surrogates replaced', () => {
    assert.deepEqual(storableDetails({ a: undefined, b: 'x\ud800y', c: ['\udfff'] }), { b: 'x\ufffdy', c: ['\ufffd'] });
    assert.doesNotThrow(() => canonicalJson(chainContentOf({ ...event, details: storableDetails({ name: '\ud83d' }) })));
  });
});

describe('the canonical JSON of an event', () => {
  test('is exactly what canonicalize writes for the whole event, for any strings', () => {
    const strings = ['', 'plain', 'ümlaut ✓ 𝄞', 'quote " backslash \\ slash /', 'controls \u0000\u0001\u001f\u007f\n\t', '\u2028\u2029', 'emoji 👩‍💻'];
    for (const text of strings) {
      const content = chainContentOf({ ...event, actorUsername: text, userAgent: text, targetUserId: null, details: { [text || 'empty']: text, z: [1.5, -0, 1e21], a: { b: null } } });
      assert.equal(canonicalJson(content), canonicalize(content), JSON.stringify(text));
    }
  });
});
