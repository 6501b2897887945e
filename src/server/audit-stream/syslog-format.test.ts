import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import type { ExportedEvent } from '../../core/audit/audit-export.js';
import { octetCounted, syslogMessage } from './syslog-format.js';

const record: ExportedEvent = {
  sequence: 42,
  previous_hash: '0a'.repeat(32),
  hash: 'b1'.repeat(32),
  event: {
    at: '2026-06-01T12:00:00.005Z',
    type: 'sign_in_failed',
    outcome: 'failure',
    actor_user_id: null,
    actor_username: 'ada',
    target_user_id: null,
    target_username: null,
    client_address: '192.0.2.1',
    user_agent: 'curl/8',
    details: { reason: 'wrong password' },
  },
};

describe('audit records as syslog messages', () => {
  test('are RFC 5424: authpriv, severity by outcome, the event type as MSGID, sequence and hashes as structured data', () => {
    assert.equal(
      syslogMessage(record, { hostname: 'appliance one', processId: 4242 }),
      `<84>1 2026-06-01T12:00:00.005Z appliance_one gatehouse 4242 sign_in_failed [audit@32473 sequence="42" hash="${'b1'.repeat(32)}" previous="${'0a'.repeat(32)}"] ${JSON.stringify(record)}`,
    );
    assert.match(syslogMessage({ ...record, event: { ...record.event, outcome: 'success' } }, { hostname: 'h', processId: 1 }), /^<85>1 /);
  });

  test('are framed by octet counting, the length in bytes (RFC 6587 §3.4.1)', () => {
    assert.equal(octetCounted('été').toString('utf8'), '5 été');
  });
});
