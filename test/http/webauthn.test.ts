// Security keys and passkeys (issue 13, SPEC 2.13) over HTTP on both databases, with a software
// authenticator (test/helpers/soft-authenticator.ts): registration, the second factor, passwordless
// sign-in, step-up with a key, the policy switches, and what must be refused — another origin,
// another RP ID, a challenge used twice or issued to another flow, no user verification for a
// passkey, a hardware key's counter that does not rise, one challenge raced on two instances.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { AUTHENTICATION_POLICY_KEY, DEFAULT_AUTHENTICATION_POLICY } from '../../src/core/policy/authentication-policy.js';
import { enrollTotp } from '../helpers/mfa-steps.js';
import { SmtpSink } from '../helpers/smtp-sink.js';
import { type Lies, SoftAuthenticator } from '../helpers/soft-authenticator.js';
import { ADMIN_PASSWORD, addTestUser, Browser, errorTypeOf, ORIGIN, startTestApp, type TestApp } from '../helpers/test-app.js';
import { availableDatabaseKinds } from '../helpers/test-databases.js';

const passwordOf = (username: string) => `${username} has a long password`;
type Options = { challenge: string; rpId?: string; rp: { id?: string }; allowCredentials?: { id: string }[]; excludeCredentials?: { id: string }[]; userVerification?: string };
const publicKeyOf = (response: { json(): unknown }) => (response.json() as { public_key: Options }).public_key;

for (const kind of await availableDatabaseKinds()) {
  describe(`security keys and passkeys (${kind})`, () => {
    let t: TestApp;
    let smtp: SmtpSink;
    let counter = 0;
    before(async () => {
      smtp = await new SmtpSink().start();
      t = await startTestApp(kind, { env: { GATEHOUSE_SMTP_URL: smtp.url } });
    });
    after(async () => {
      await t.close();
      await smtp.stop();
    });

    const newKey = (options: ConstructorParameters<typeof SoftAuthenticator>[1] = {}) => new SoftAuthenticator(ORIGIN, options);

    /** A new user, signed in (no MFA yet) in the returned browser. */
    async function newUser(role: 'admin' | 'standard' = 'standard') {
      const username = `key-user-${++counter}`;
      const user = await addTestUser(t, username, { role, email: `${username}@example.test` });
      const browser = new Browser(t.app);
      assert.equal((await browser.signIn(username, passwordOf(username))).statusCode, 200);
      return { user, username, browser };
    }

    /** The first-enrollment wizard with a key: options, registration, recovery codes, Finish. */
    async function enrollKey(browser: Browser, key: SoftAuthenticator) {
      const started = await browser.request('POST', '/api/me/mfa/enrollment', { method: 'webauthn' });
      assert.equal(started.statusCode, 200, started.body);
      const options = publicKeyOf(started);
      const verified = await browser.request('POST', '/api/me/mfa/enrollment/verify', { webauthn_response: key.register(options) });
      assert.equal(verified.statusCode, 200, verified.body);
      const recoveryCodes = (verified.json() as { recovery_codes: string[] }).recovery_codes;
      assert.equal(recoveryCodes.length, 10, 'the same recovery-code step as the other kinds');
      const finished = await browser.request('POST', '/api/me/mfa/enrollment/finish');
      assert.equal(finished.statusCode, 200, finished.body);
      return { recoveryCodes, options };
    }

    /** Password, then the key as the second factor, in a fresh browser. */
    async function signInWithKey(username: string, key: SoftAuthenticator, lies: Lies = {}) {
      const browser = new Browser(t.app);
      const first = await browser.signIn(username, passwordOf(username));
      assert.equal((first.json() as { state: string }).state, 'awaiting_second_factor');
      const challenge = await browser.request('POST', '/api/session/webauthn-challenge');
      assert.equal(challenge.statusCode, 200, challenge.body);
      const options = publicKeyOf(challenge);
      const answer = await browser.request('POST', '/api/session/second-factor', { webauthn_response: key.assert(options, lies) });
      return { browser, answer, options };
    }

    async function passkeySignIn(key: SoftAuthenticator, lies: Lies = {}, browser = new Browser(t.app)) {
      const started = await browser.request('POST', '/api/session/passkey/options');
      assert.equal(started.statusCode, 200, started.body);
      const options = publicKeyOf(started);
      const answer = await browser.request('POST', '/api/session/passkey', { webauthn_response: key.assert(options, lies) });
      return { browser, answer, options };
    }

    /** A step-up challenge for this session, answered by the key. */
    async function keyStepUp(browser: Browser, key: SoftAuthenticator, lies: Lies = {}) {
      const challenge = await browser.request('POST', '/api/me/mfa/webauthn-challenge');
      assert.equal(challenge.statusCode, 200, challenge.body);
      return key.assert(publicKeyOf(challenge), lies);
    }

    const auditOf = async (type: string) => t.ctx.store.listAuditEvents({ type, limit: 20 });

    test('a security key is registered through the wizard, with the RP ID and origin of the public URL, and recorded as what it is', async () => {
      const { user, browser } = await newUser();
      const key = newKey();
      const { options } = await enrollKey(browser, key);
      assert.equal(options.rp.id, 'gatehouse.test');
      const selection = (options as unknown as { authenticatorSelection: Record<string, string>; extensions: Record<string, boolean>; attestation: string }).authenticatorSelection;
      assert.equal(selection.residentKey, 'preferred');
      assert.equal(selection.userVerification, 'preferred');
      assert.deepEqual((options as unknown as { extensions: unknown }).extensions, { credProps: true });
      const [stored] = await t.ctx.store.listWebAuthnCredentials(user.id);
      assert.equal(stored?.credentialId, key.id);
      assert.equal(stored.rpId, 'gatehouse.test');
      assert.equal(stored.discoverable, false, 'a key without a resident credential is not a passkey');
      assert.equal(stored.userVerified, false);
      assert.equal(stored.backupEligible, false);
      assert.deepEqual(stored.transports, ['usb']);
      assert.equal(stored.attestationFormat, 'none');
      const me = (await browser.request('GET', '/api/me')).json() as { mfa_kinds: string[] };
      assert.deepEqual(me.mfa_kinds, ['webauthn']);
    });

    test('the key is the second factor at sign-in: its options list the user’s keys with transports and do not require user verification', async () => {
      const { username, browser } = await newUser();
      const key = newKey();
      await enrollKey(browser, key);
      const { answer, options, browser: signedIn } = await signInWithKey(username, key);
      assert.equal(answer.statusCode, 200, answer.body);
      assert.equal((answer.json() as { state: string }).state, 'authenticated');
      assert.deepEqual(options.allowCredentials?.map((c) => c.id), [key.id]);
      assert.equal(options.userVerification, 'discouraged');
      const session = (await signedIn.request('GET', '/api/session')).json() as { session: { mfa: boolean } };
      assert.equal(session.session.mfa, true);
    });

    test('a passkey signs in without a password: an MFA-level session at once, audited and e-mailed', async () => {
      const { username, user, browser } = await newUser();
      const passkey = newKey({ passkey: true });
      await enrollKey(browser, passkey);
      const { answer, options, browser: signedIn } = await passkeySignIn(passkey);
      assert.equal(answer.statusCode, 200, answer.body);
      assert.equal((answer.json() as { state: string; user: { username: string } }).user.username, username);
      assert.deepEqual(options.allowCredentials ?? [], [], 'any passkey of this site');
      assert.equal(options.userVerification, 'required');
      assert.equal(((await signedIn.request('GET', '/api/session')).json() as { session: { mfa: boolean } }).session.mfa, true);
      const [event] = (await auditOf('sign_in_succeeded')).filter((e) => e.targetUserId === user.id);
      assert.equal(event?.details.passwordless, true);
      assert.ok(smtp.to(`${username}@example.test`).some((m) => /signed in with a passkey/.test(m.subject)));
    });

    test('a security key, or a passkey without user verification in the assertion, signs nobody in', async () => {
      const { browser } = await newUser();
      const key = newKey();
      await enrollKey(browser, key);
      const refused = await passkeySignIn(key, { userVerified: true });
      assert.equal(refused.answer.statusCode, 401);
      assert.equal(errorTypeOf(refused.answer), 'invalid_credentials');

      const { browser: other } = await newUser();
      const passkey = newKey({ passkey: true });
      await enrollKey(other, passkey);
      const noUv = await passkeySignIn(passkey, { userVerified: false });
      assert.equal(noUv.answer.statusCode, 401);
      assert.equal(noUv.answer.cookies.find((c) => c.name === 'gatehouse_session'), undefined);
      const why = (await auditOf('passkey_sign_in_failed')).map((e) => e.details.why);
      assert.ok(why.includes('not_a_passkey') && why.includes('refused_by_library'), JSON.stringify(why));
    });

    test('an assertion made for another origin or another RP ID is refused', async () => {
      const { username, browser } = await newUser();
      const key = newKey();
      await enrollKey(browser, key);
      const phished = await signInWithKey(username, key, { origin: 'https://gatehouse.test.evil.example' });
      assert.equal(phished.answer.statusCode, 401);
      assert.equal(errorTypeOf(phished.answer), 'invalid_credentials');
      const otherRp = await signInWithKey(username, key, { rpId: 'evil.example' });
      assert.equal(otherRp.answer.statusCode, 401);
      const forged = await signInWithKey(username, key, { forgeSignature: true });
      assert.equal(forged.answer.statusCode, 401);
      // Registration is held to the same origin.
      const { browser: b2 } = await newUser();
      const started = await b2.request('POST', '/api/me/mfa/enrollment', { method: 'webauthn' });
      const wrong = await b2.request('POST', '/api/me/mfa/enrollment/verify', { webauthn_response: newKey().register(publicKeyOf(started), { origin: 'https://evil.example' }) });
      assert.equal(wrong.statusCode, 401);
    });

    test('a challenge works once, and only for the flow it was issued to', async () => {
      const { username, browser } = await newUser();
      const key = newKey();
      await enrollKey(browser, key);
      const first = await signInWithKey(username, key);
      assert.equal(first.answer.statusCode, 200);
      // The same challenge again, from a new sign-in of the same user: it is gone.
      const again = new Browser(t.app);
      await again.signIn(username, passwordOf(username));
      const replay = await again.request('POST', '/api/session/second-factor', { webauthn_response: key.assert(first.options) });
      assert.equal(replay.statusCode, 401);
      // A challenge issued to flow A, answered in flow B.
      const flowA = new Browser(t.app);
      await flowA.signIn(username, passwordOf(username));
      const optionsA = publicKeyOf(await flowA.request('POST', '/api/session/webauthn-challenge'));
      const flowB = new Browser(t.app);
      await flowB.signIn(username, passwordOf(username));
      const crossed = await flowB.request('POST', '/api/session/second-factor', { webauthn_response: key.assert(optionsA) });
      assert.equal(crossed.statusCode, 401);
      // A passkey challenge is bound to the browser that asked for it.
      const { browser: pb } = await newUser();
      const passkey = newKey({ passkey: true });
      await enrollKey(pb, passkey);
      const asked = new Browser(t.app);
      const options = publicKeyOf(await asked.request('POST', '/api/session/passkey/options'));
      const stranger = new Browser(t.app);
      const stolen = await stranger.request('POST', '/api/session/passkey', { webauthn_response: passkey.assert(options) });
      assert.equal(stolen.statusCode, 401);
      // …and dies after 5 minutes.
      const late = new Browser(t.app);
      const lateOptions = publicKeyOf(await late.request('POST', '/api/session/passkey/options'));
      t.clock.advance(5 * 60_000 + 1);
      assert.equal((await late.request('POST', '/api/session/passkey', { webauthn_response: passkey.assert(lateOptions) })).statusCode, 401);
    });

    test('one challenge answered on two instances at once: exactly one sign-in', async () => {
      const sibling = await t.sibling();
      try {
        const { browser } = await newUser();
        const passkey = newKey({ passkey: true });
        await enrollKey(browser, passkey);
        const asker = new Browser(t.app);
        const options = publicKeyOf(await asker.request('POST', '/api/session/passkey/options'));
        const response = passkey.assert(options);
        const onSibling = new Browser(sibling.app);
        for (const [name, value] of asker.cookies) onSibling.cookies.set(name, value);
        const answers = await Promise.all([asker.request('POST', '/api/session/passkey', { webauthn_response: response }), onSibling.request('POST', '/api/session/passkey', { webauthn_response: response })]);
        assert.deepEqual(answers.map((a) => a.statusCode).sort(), [200, 401]);
      } finally {
        await sibling.close();
      }
    });

    test('a hardware key whose counter does not rise is refused, audited and its owner e-mailed', async () => {
      const { username, browser } = await newUser();
      const key = newKey({ counter: 10 });
      await enrollKey(browser, key);
      assert.equal((await signInWithKey(username, key)).answer.statusCode, 200);
      const cloned = await signInWithKey(username, key, { counter: 5 });
      assert.equal(cloned.answer.statusCode, 401);
      const [event] = await auditOf('webauthn_counter_regression');
      assert.equal(event?.targetUsername, username);
      assert.equal(event.details.received_counter, 5);
      assert.ok(smtp.to(`${username}@example.test`).some((m) => /may have been copied/.test(m.subject)));
      // The genuine key, counting on, still works.
      assert.equal((await signInWithKey(username, key)).answer.statusCode, 200);
    });

    test('a synced passkey may keep a zero counter', async () => {
      const { browser } = await newUser();
      const passkey = newKey({ passkey: true, synced: true, counter: 0, counterStep: 0 });
      await enrollKey(browser, passkey);
      for (let i = 0; i < 3; i++) assert.equal((await passkeySignIn(passkey)).answer.statusCode, 200);
    });

    test('step-up with a key: adding a passkey, regenerating recovery codes, removing a key, disabling MFA', async () => {
      const { username, browser } = await newUser();
      const key = newKey();
      await enrollKey(browser, key);
      const { browser: session } = await signInWithKey(username, key);
      // Without a second factor: refused.
      const bare = await session.request('POST', '/api/me/authenticators', { kind: 'webauthn', password: passwordOf(username) });
      assert.equal(errorTypeOf(bare), 'reauthentication_required');
      const passkey = newKey({ passkey: true });
      const added = await session.request('POST', '/api/me/authenticators', { kind: 'webauthn', name: 'Laptop', password: passwordOf(username), webauthn_response: await keyStepUp(session, key) });
      assert.equal(added.statusCode, 201, added.body);
      const { id, public_key } = added.json() as { id: string; public_key: Options };
      assert.deepEqual(public_key.excludeCredentials?.map((c) => c.id), [key.id], 'the keys the user has already');
      const verified = await session.request('POST', `/api/me/authenticators/${id}/verify`, { webauthn_response: passkey.register(public_key) });
      assert.equal(verified.statusCode, 200, verified.body);
      const listed = ((await session.request('GET', '/api/me/authenticators')).json() as { authenticators: { id: string; kind: string; name: string; passkey?: boolean }[] }).authenticators;
      assert.deepEqual(listed.map((a) => [a.name, a.passkey]).sort(), [['Laptop', true], ['Security key', false]], 'each says whether it is a passkey');

      const codes = await session.request('POST', '/api/me/mfa/recovery-codes', { password: passwordOf(username), webauthn_response: await keyStepUp(session, passkey) });
      assert.equal(codes.statusCode, 200, codes.body);
      // A step-up challenge of another session is no good here.
      const { browser: otherSession } = await signInWithKey(username, key);
      const foreign = await keyStepUp(otherSession, key);
      const refused = await session.request('POST', '/api/me/mfa/recovery-codes', { password: passwordOf(username), webauthn_response: foreign });
      assert.equal(refused.statusCode, 401);

      const removed = await session.request('DELETE', `/api/me/authenticators/${id}`, { password: passwordOf(username), webauthn_response: await keyStepUp(session, key) });
      assert.equal(removed.statusCode, 200, removed.body);
      assert.ok((await auditOf('authenticator_removed')).some((e) => e.targetUsername === username && e.details.kind === 'webauthn'));
      const disabled = await session.request('POST', '/api/me/mfa/disable', { password: passwordOf(username), webauthn_response: await keyStepUp(session, key) });
      assert.equal(disabled.statusCode, 200, disabled.body);
      assert.equal((await t.ctx.store.listWebAuthnCredentials((disabled.json() as { user: { id: string } }).user.id)).length, 0);
    });

    test('adding a key ends the user’s other sessions and sign-ins in progress', async () => {
      const { username, browser } = await newUser();
      const app = (await enrollTotp(t, browser)).authenticator;
      const pendingSignIn = new Browser(t.app);
      await pendingSignIn.signIn(username, passwordOf(username));
      const added = await browser.request('POST', '/api/me/authenticators', { kind: 'webauthn', password: passwordOf(username), code: app.codeAt(t.clock.now()) });
      assert.equal(added.statusCode, 201, added.body);
      t.clock.advance(30_000);
      const { id, public_key } = added.json() as { id: string; public_key: Options };
      // Only the session that started it can verify it.
      const key = newKey();
      const elsewhere = await pendingSignIn.request('POST', `/api/me/authenticators/${id}/verify`, { webauthn_response: key.register(public_key) });
      assert.notEqual(elsewhere.statusCode, 200);
      const verified = await browser.request('POST', `/api/me/authenticators/${id}/verify`, { webauthn_response: key.register(public_key) });
      assert.equal(verified.statusCode, 200, verified.body);
      assert.ok((await auditOf('authenticator_added')).some((e) => e.targetUsername === username && e.details.kind === 'webauthn'));
      assert.ok(smtp.to(`${username}@example.test`).some((m) => /authenticator was added/.test(m.subject)));
      // The sign-in that was waiting for its second factor died with the change.
      const dead = await pendingSignIn.request('POST', '/api/session/webauthn-challenge');
      assert.equal(errorTypeOf(dead), 'sign_in_expired');
    });

    test('policy: keys required of administrators (only by an admin who has one), and the passwordless switch', async () => {
      const admin = new Browser(t.app);
      await admin.signIn('admin', ADMIN_PASSWORD);
      const app = await enrollTotp(t, admin);
      const put = (browser: Browser, body: Record<string, unknown>) =>
        browser.request('PUT', '/api/settings/authentication', { allowed_methods: ['totp', 'email', 'webauthn'], enforce_mfa: false, ...body });
      const notYet = await put(admin, { require_webauthn_for_admins: true });
      assert.equal(errorTypeOf(notYet), 'admin_mfa_required');
      assert.match((notYet.json() as { error: { message: string } }).error.message, /security key or passkey/);

      const adminKey = newKey();
      const added = await admin.request('POST', '/api/me/authenticators', { kind: 'webauthn', password: ADMIN_PASSWORD, code: app.authenticator.codeAt(t.clock.now()) });
      t.clock.advance(30_000);
      const { id, public_key } = added.json() as { id: string; public_key: Options };
      assert.equal((await admin.request('POST', `/api/me/authenticators/${id}/verify`, { webauthn_response: adminKey.register(public_key) })).statusCode, 200);
      const on = await put(admin, { require_webauthn_for_admins: true });
      assert.equal(on.statusCode, 200, on.body);
      assert.equal((on.json() as { require_webauthn_for_admins: boolean }).require_webauthn_for_admins, true);

      // Another admin without a key must add one at next sign-in, and only a key will do.
      const { username: otherAdmin } = await newUser('admin');
      const next = new Browser(t.app);
      const answer = (await next.signIn(otherAdmin, passwordOf(otherAdmin))).json() as { state: string };
      assert.equal(answer.state, 'awaiting_enrollment');
      assert.equal(errorTypeOf(await next.request('POST', '/api/me/mfa/enrollment', { method: 'totp' })), 'mfa_method_not_allowed');
      await enrollKey(next, newKey());
      assert.equal(((await next.request('GET', '/api/session')).json() as { state: string }).state, 'authenticated');

      // Turning it off is a weakening: the step-up, here with the key.
      const off = await put(admin, { require_webauthn_for_admins: false });
      assert.equal(errorTypeOf(off), 'reauthentication_required');
      const confirmed = await put(admin, { require_webauthn_for_admins: false, password: ADMIN_PASSWORD, webauthn_response: await keyStepUp(admin, adminKey) });
      assert.equal(confirmed.statusCode, 200, confirmed.body);

      // Passwordless off: the button is gone and the route refuses.
      const { browser: pb } = await newUser();
      const passkey = newKey({ passkey: true });
      await enrollKey(pb, passkey);
      assert.equal((await put(admin, { allow_passkey_sign_in: false })).statusCode, 200);
      assert.equal(((await new Browser(t.app).request('GET', '/api/webauthn')).json() as { passkey_sign_in: boolean }).passkey_sign_in, false);
      assert.equal(errorTypeOf(await new Browser(t.app).request('POST', '/api/session/passkey/options')), 'passkey_sign_in_disabled');
      await t.ctx.store.writeSetting(AUTHENTICATION_POLICY_KEY, DEFAULT_AUTHENTICATION_POLICY, t.clock.now());
    });

    test('a disabled user’s passkey signs nobody in; a dead session’s step-up challenge is useless', async () => {
      const { user, browser } = await newUser();
      const passkey = newKey({ passkey: true });
      await enrollKey(browser, passkey);
      const admin = new Browser(t.app);
      await admin.signIn('admin', ADMIN_PASSWORD);
      await t.ctx.store.updateUser(user.id, { disabled: true }, t.clock.now());
      const refused = await passkeySignIn(passkey);
      assert.equal(refused.answer.statusCode, 401);
      assert.equal(errorTypeOf(refused.answer), 'invalid_credentials');
    });

    test('a key whose RP ID is no longer this server’s is named in a warning at start-up', async () => {
      const { browser } = await newUser();
      await enrollKey(browser, newKey());
      const moved = await startTestApp(kind, { database: t.database, env: { GATEHOUSE_PUBLIC_URL: 'https://backup.example.com' } });
      try {
        assert.ok(moved.logs.some((line) => line.includes('webauthn_rp_id_mismatch') && line.includes('gatehouse.test')), moved.logs.join('\n'));
      } finally {
        await moved.close();
      }
    });
  });
}

describe('where security keys are unavailable', () => {
  test('a public URL with an IP address: webauthn_unavailable with the reason and what to set', async () => {
    const t = await startTestApp('sqlite', { env: { GATEHOUSE_PUBLIC_URL: 'http://192.0.2.5:8080' } });
    try {
      const availability = (await t.app.inject({ method: 'GET', url: '/api/webauthn' })).json() as { available: boolean; reason: string; message: string };
      assert.equal(availability.available, false);
      assert.equal(availability.reason, 'public_url_is_ip_address');
      assert.match(availability.message, /GATEHOUSE_PUBLIC_URL/);
      const browser = new Browser(t.app);
      await addTestUser(t, 'ip-user');
      await browser.request('POST', '/api/session', { username: 'ip-user', password: passwordOf('ip-user') }, { origin: 'http://192.0.2.5:8080' });
      const started = await browser.request('POST', '/api/me/mfa/enrollment', { method: 'webauthn' }, { origin: 'http://192.0.2.5:8080' });
      assert.equal(started.statusCode, 409, started.body);
      assert.equal(errorTypeOf(started), 'webauthn_unavailable');
      assert.equal(errorTypeOf(await t.app.inject({ method: 'POST', url: '/api/session/passkey/options', headers: { origin: 'http://192.0.2.5:8080' } })), 'webauthn_unavailable');
    } finally {
      await t.close();
    }
  });

  test('a console reached by an IP address says to open it at its host name', async () => {
    const t = await startTestApp('sqlite');
    try {
      const answer = (await t.app.inject({ method: 'GET', url: '/api/webauthn', headers: { host: '10.0.0.7:8080' } })).json() as { available: boolean; reason: string; message: string };
      assert.equal(answer.reason, 'reached_by_ip_address');
      assert.match(answer.message, /http:\/\/gatehouse\.test/);
    } finally {
      await t.close();
    }
  });

  test('without a public URL, only localhost works', async () => {
    const t = await startTestApp('sqlite', { env: { GATEHOUSE_PUBLIC_URL: '' } });
    try {
      const local = (await t.app.inject({ method: 'GET', url: '/api/webauthn', headers: { host: 'localhost:8080' } })).json() as { available: boolean; rp_id: string };
      assert.deepEqual([local.available, local.rp_id], [true, 'localhost']);
      const byName = (await t.app.inject({ method: 'GET', url: '/api/webauthn', headers: { host: 'nas.example.com' } })).json() as { available: boolean; reason: string };
      assert.deepEqual([byName.available, byName.reason], [false, 'public_url_required']);
    } finally {
      await t.close();
    }
  });

  test('GATEHOUSE_WEBAUTHN_RP_ID must be the public host or a parent domain of it', async () => {
    const { loadConfig } = await import('../../src/config/config.js');
    const base = { GATEHOUSE_PUBLIC_URL: 'https://gatehouse.backup.example.com' };
    assert.equal(loadConfig({ ...base, GATEHOUSE_WEBAUTHN_RP_ID: 'backup.example.com' }, '/nonexistent').webauthnRpId, 'backup.example.com');
    assert.throws(() => loadConfig({ ...base, GATEHOUSE_WEBAUTHN_RP_ID: 'other.example.com' }, '/nonexistent'), /GATEHOUSE_WEBAUTHN_RP_ID must be the host of GATEHOUSE_PUBLIC_URL/);
    assert.throws(() => loadConfig({ ...base, GATEHOUSE_WEBAUTHN_RP_ID: '192.0.2.1' }, '/nonexistent'), /not an IP address/);
    assert.throws(() => loadConfig({ GATEHOUSE_WEBAUTHN_RP_ID: 'example.com' }, '/nonexistent'), /needs GATEHOUSE_PUBLIC_URL/);
  });
});
