import assert from 'node:assert/strict';
import { test } from 'node:test';
import { relyingPartyFor, webAuthnSettingsOf } from './relying-party.js';

test('the RP ID is the public URL’s host, or the configured parent domain, and the origin is exact', () => {
  const settings = webAuthnSettingsOf({ publicUrl: 'https://console.backup.example.com:8443/', rpId: undefined, name: 'Gatehouse' });
  assert.deepEqual(settings.relyingParty, { id: 'console.backup.example.com', origin: 'https://console.backup.example.com:8443', name: 'Gatehouse' });
  assert.equal(webAuthnSettingsOf({ publicUrl: 'https://console.backup.example.com', rpId: 'backup.example.com', name: 'G' }).relyingParty?.id, 'backup.example.com');
});

test('the request’s Host never becomes the relying party', () => {
  const settings = webAuthnSettingsOf({ publicUrl: 'https://console.example.com', rpId: undefined, name: 'G' });
  const rp = relyingPartyFor(settings, 'https://evil.example');
  assert.ok(rp.ok && rp.relyingParty.origin === 'https://console.example.com');
});

test('IP addresses, and no public URL away from localhost, are unavailable with a reason', () => {
  const byIp = relyingPartyFor(webAuthnSettingsOf({ publicUrl: 'http://192.0.2.5:8080', rpId: undefined, name: 'G' }), 'http://192.0.2.5:8080');
  assert.ok(!byIp.ok && byIp.why === 'public_url_is_ip_address');
  const v6 = relyingPartyFor(webAuthnSettingsOf({ publicUrl: 'http://[2001:db8::1]:8080', rpId: undefined, name: 'G' }), undefined);
  assert.ok(!v6.ok && v6.why === 'public_url_is_ip_address');
  const reached = relyingPartyFor(webAuthnSettingsOf({ publicUrl: 'https://console.example.com', rpId: undefined, name: 'G' }), 'http://10.0.0.7:8080');
  assert.ok(!reached.ok && reached.why === 'reached_by_ip_address' && reached.message.includes('https://console.example.com'));
  const none = webAuthnSettingsOf({ publicUrl: undefined, rpId: undefined, name: 'G' });
  assert.ok(relyingPartyFor(none, 'http://localhost:8080').ok);
  const elsewhere = relyingPartyFor(none, 'http://nas.local:8080');
  assert.ok(!elsewhere.ok && elsewhere.why === 'public_url_required');
});
