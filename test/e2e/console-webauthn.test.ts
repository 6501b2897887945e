// Security keys and passkeys in Chromium (issue 13), with the DevTools Protocol's virtual
// authenticator: a USB security key without resident credentials or user verification, and a
// platform passkey (ctap2 "internal", resident key, user verification). The console is served at
// http://localhost:PORT: Chromium refuses 127.0.0.1 as an RP ID. The virtual authenticator skips
// the TLS check, so the "reached by an IP address" message has its own test.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import type { CDPSession, Page } from 'playwright-core';
import { addTestUser } from '../helpers/test-app.js';
import { assertAccessible } from './support/page-checks.js';
import { browserSkipReason, type Console, horizontalOverflow, openPage, startConsole } from './support/console-harness.js';

const skip = browserSkipReason() ?? false;
const passwordOf = (username: string) => `${username} has a long password`;

async function addVirtualAuthenticator(page: Page, kind: 'security_key' | 'passkey'): Promise<{ cdp: CDPSession; authenticatorId: string }> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('WebAuthn.enable');
  const options =
    kind === 'passkey'
      ? { protocol: 'ctap2', transport: 'internal', hasResidentKey: true, hasUserVerification: true, isUserVerified: true, automaticPresenceSimulation: true }
      : { protocol: 'ctap2', transport: 'usb', hasResidentKey: false, hasUserVerification: false, automaticPresenceSimulation: true };
  const { authenticatorId } = (await cdp.send('WebAuthn.addVirtualAuthenticator', { options } as never)) as { authenticatorId: string };
  return { cdp, authenticatorId };
}

async function signIn(page: Page, username: string, password: string): Promise<void> {
  await page.getByLabel('Username').fill(username);
  await page.getByLabel('Password').fill(password);
  await page.getByRole('button', { name: 'Sign in', exact: true }).click();
}

async function signOut(page: Page, username: string): Promise<void> {
  await page.getByRole('button', { name: username }).click();
  await page.getByRole('menuitem', { name: 'Sign out' }).click();
  await page.getByText('You have signed out.').waitFor();
}

/** The first-enrollment wizard with "Security key or passkey", through the recovery codes and Finish. */
async function enrollWithKey(page: Page, username: string, screenshot?: (name: string) => Promise<void>): Promise<void> {
  await page.getByRole('button', { name: username }).click();
  await page.getByRole('menuitem', { name: 'Enroll in Multifactor Authentication' }).click();
  await page.getByRole('heading', { name: 'Enroll in Multifactor Authentication' }).waitFor();
  await page.getByLabel(/Security key or passkey/).check();
  await assertAccessible(page, 'the wizard offering a security key');
  if (screenshot) await screenshot('webauthn-wizard-method');
  await page.getByRole('button', { name: 'Next' }).click();
  await page.getByRole('button', { name: 'Use your security key or passkey' }).click();
  await page.getByRole('list', { name: 'Recovery codes' }).waitFor();
  const finish = page.getByRole('button', { name: 'Finish' });
  assert.equal(await finish.isDisabled(), true, 'the same Finish gate as the other methods');
  await page.getByRole('button', { name: 'Copy the recovery codes' }).click();
  await finish.click();
  await page.getByRole('heading', { name: 'Account', level: 1 }).waitFor();
}

describe('security keys and passkeys in the console', { skip }, () => {
  let c: Console;

  before(async () => {
    c = await startConsole({}, { hostname: 'localhost' });
    await addTestUser(c.t, 'keyholder', { email: 'keyholder@example.com' });
    await addTestUser(c.t, 'passkeyholder', { email: 'passkeyholder@example.com' });
  });
  after(async () => {
    await c?.close();
  });

  test('a security key: added in the wizard, then the second factor at sign-in', async () => {
    const p = await openPage(c);
    const { page } = p;
    await addVirtualAuthenticator(page, 'security_key');
    await page.goto(`${c.origin}/account`);
    await signIn(page, 'keyholder', passwordOf('keyholder'));
    await page.getByRole('heading', { name: 'Account', level: 1 }).waitFor();
    await enrollWithKey(page, 'keyholder', (name) => p.screenshot(name));
    const [credential] = await c.t.ctx.store.listWebAuthnCredentials((await c.t.ctx.store.findUserByUsername('keyholder'))!.id);
    assert.equal(credential?.rpId, 'localhost');
    assert.equal(credential.discoverable, false, 'a USB key without resident credentials is a security key');

    await signOut(page, 'keyholder');
    await signIn(page, 'keyholder', passwordOf('keyholder'));
    const useKey = page.getByRole('button', { name: 'Use your security key or passkey' });
    await useKey.waitFor();
    await assertAccessible(page, 'the second-factor step with a key');
    await p.screenshot('webauthn-second-factor');
    await useKey.click();
    await page.getByRole('heading', { name: 'Account', level: 1 }).waitFor();
    p.assertNoConsoleErrors();
  });

  test('a passkey: signs in with no password, through the button and through autofill', async () => {
    const p = await openPage(c);
    const { page } = p;
    const virtual = await addVirtualAuthenticator(page, 'passkey');
    await page.goto(`${c.origin}/account`);
    await signIn(page, 'passkeyholder', passwordOf('passkeyholder'));
    await page.getByRole('heading', { name: 'Account', level: 1 }).waitFor();
    await enrollWithKey(page, 'passkeyholder');
    const [credential] = await c.t.ctx.store.listWebAuthnCredentials((await c.t.ctx.store.findUserByUsername('passkeyholder'))!.id);
    assert.equal(credential?.discoverable && credential.userVerified, true, 'a resident, user-verified credential is a passkey');

    // Autofill (conditional mediation): the sign-in page asks for a passkey as soon as it opens; the
    // virtual authenticator picks its one passkey the way a user picks it from the username field.
    await signOut(page, 'passkeyholder');
    await page.getByRole('heading', { name: 'Account', level: 1 }).waitFor();
    assert.equal(new URL(page.url()).pathname, '/account');

    // The button: with the key's presence held back, the autofill request waits on the sign-in page.
    const { cdp, authenticatorId } = virtual;
    await cdp.send('WebAuthn.setAutomaticPresenceSimulation', { authenticatorId, enabled: false });
    await signOut(page, 'passkeyholder');
    const button = page.getByRole('button', { name: 'Sign in with a passkey' });
    await button.waitFor();
    assert.equal(await page.getByLabel('Username').getAttribute('autocomplete'), 'username webauthn');
    await assertAccessible(page, 'the sign-in page with the passkey button');
    await p.screenshot('webauthn-sign-in');
    await cdp.send('WebAuthn.setAutomaticPresenceSimulation', { authenticatorId, enabled: true });
    await button.click();
    await page.getByRole('heading', { name: 'Account', level: 1 }).waitFor();
    const events = await c.t.ctx.store.listAuditEvents({ type: 'sign_in_succeeded', limit: 5 });
    assert.ok(events.filter((e) => e.targetUsername === 'passkeyholder' && e.details.passwordless === true).length >= 2);
    p.assertNoConsoleErrors();
  });

  test('reached by an IP address, the console says why keys are unavailable and what to do', async () => {
    const p = await openPage(c, { width: 390, height: 844 });
    const { page } = p;
    const byIp = c.origin.replace('localhost', '127.0.0.1');
    await page.goto(`${byIp}/account`);
    await page.getByLabel('Username').waitFor();
    assert.equal(await page.getByRole('button', { name: 'Sign in with a passkey' }).count(), 0, 'no passkey button where the browser would refuse');
    await addTestUser(c.t, 'by-ip');
    await signIn(page, 'by-ip', passwordOf('by-ip'));
    await page.getByRole('heading', { name: 'Account', level: 1 }).waitFor();
    await page.getByRole('button', { name: 'Menu' }).click().catch(() => undefined);
    await page.getByRole('button', { name: 'by-ip' }).click();
    await page.getByRole('menuitem', { name: 'Enroll in Multifactor Authentication' }).click();
    const reason = page.getByText(/unavailable at an IP address/);
    await reason.waitFor();
    assert.match(await reason.innerText(), /Open the console at http:\/\/localhost:\d+/);
    assert.equal(await page.getByLabel(/Security key or passkey/).isDisabled(), true);
    assert.ok((await horizontalOverflow(page)) <= 0, 'nothing scrolls sideways on a phone');
    await assertAccessible(page, 'the wizard with keys unavailable');
    await p.screenshot('webauthn-unavailable-by-ip');
    // (The harness's console watch allows the API's 4xx answers on the localhost origin only; this page is on 127.0.0.1.)
  });
});
