// Trusted browsers in the console (issue 14, SPEC §2.14), in Chromium: tick "Don't ask again on this
// browser", sign out, sign in with the password alone, forget the browser on the account page, and
// be asked for the code again; axe-core clean and no sideways scrolling on a phone.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import type { Page } from 'playwright-core';
import { Authenticator } from '../helpers/authenticator.js';
import { addTestUser } from '../helpers/test-app.js';
import { browserSkipReason, type Console, type ConsolePage, horizontalOverflow, nextCode, openPage, startConsole } from './support/console-harness.js';
import { assertAccessible } from './support/page-checks.js';

const skip = browserSkipReason() ?? false;
const PASSWORD = 'tess has a long password';

async function signIn(page: Page, username: string, password: string): Promise<void> {
  await page.getByLabel('Username').fill(username);
  await page.getByLabel('Password').fill(password);
  await page.getByRole('button', { name: 'Sign in' }).click();
}

async function signOut(page: Page, username: string): Promise<void> {
  await page.getByRole('button', { name: username }).click();
  await page.getByRole('menuitem', { name: 'Sign out' }).click();
  await page.getByText('You have signed out.').waitFor();
}

/** Enrolls `username` with an authenticator app over the REST API, as a REST client of the console would. */
async function enrollOverHttp(c: Console, username: string, password: string): Promise<Authenticator> {
  const headers = { 'content-type': 'application/json', origin: c.origin };
  const signedIn = await fetch(`${c.origin}/api/session`, { method: 'POST', headers, body: JSON.stringify({ username, password }) });
  const cookie = (signedIn.headers.getSetCookie().find((line) => line.startsWith('gatehouse_session=')) ?? '').split(';')[0]!;
  const call = async (path: string, body?: unknown) => {
    const response = await fetch(`${c.origin}${path}`, {
      method: 'POST',
      headers: body === undefined ? { origin: c.origin, cookie } : { ...headers, cookie },
      body: body === undefined ? null : JSON.stringify(body),
    });
    assert.ok(response.ok, `${path}: ${response.status} ${await response.clone().text()}`);
    return (await response.json()) as Record<string, unknown>;
  };
  const started = await call('/api/me/mfa/enrollment', { method: 'totp' });
  const authenticator = new Authenticator(String(started.secret));
  await call('/api/me/mfa/enrollment/verify', { code: nextCode(c, authenticator) });
  await call('/api/me/mfa/enrollment/finish');
  return authenticator;
}

describe('trusted browsers in the console', { skip }, () => {
  let c: Console;
  let p: ConsolePage;
  let page: Page;
  let app: Authenticator;

  before(async () => {
    c = await startConsole();
    await addTestUser(c.t, 'tess', { password: PASSWORD });
    app = await enrollOverHttp(c, 'tess', PASSWORD);
    p = await openPage(c);
    page = p.page;
  });
  after(async () => {
    await c?.close();
  });

  test('the second-factor step offers "Don\'t ask again on this browser for 30 days"; ticked, the browser is listed as trusted', async () => {
    await page.goto(`${c.origin}/account`);
    await signIn(page, 'tess', PASSWORD);
    await page.getByText('Enter the code from your authentication app.').waitFor();
    const remember = page.getByRole('checkbox', { name: 'Don’t ask again on this browser for 30 days' });
    assert.equal(await remember.isChecked(), false, 'not ticked unless the user asks');
    await remember.check();
    await assertAccessible(page, 'second factor with the trust checkbox');
    await p.screenshot('trusted-browser-second-factor');
    await page.getByLabel('Verification code').fill(nextCode(c, app));
    await page.getByRole('button', { name: 'Verify' }).click();
    await page.getByRole('heading', { name: 'Account', level: 1 }).waitFor();

    const card = page.getByRole('region', { name: 'Trusted browsers' });
    await card.getByText('This browser').waitFor();
    assert.match(await card.innerText(), /Chrome \d+ on Linux/);
    await assertAccessible(page, 'account with a trusted browser');
  });

  test('signed out, the same browser signs in with the password alone, and the session says so', async () => {
    await signOut(page, 'tess');
    await signIn(page, 'tess', PASSWORD);
    await page.getByRole('heading', { name: 'Account', level: 1 }).waitFor();
    const sessions = page.getByRole('region', { name: 'Sessions' });
    await sessions.getByText('Trusted browser').waitFor();
    await page.evaluate('window.scrollTo(0, 0)');
    await p.screenshot('trusted-browsers-account');
  });

  test('forgotten on the account page, the browser is asked for the code again', async () => {
    const card = page.getByRole('region', { name: 'Trusted browsers' });
    await card.getByRole('button', { name: /Forget Chrome \d+ on Linux/ }).click();
    await card.getByText(/will ask for a code at the next sign-in/).waitFor();
    await card.getByText('No browser is trusted.').waitFor();
    await signOut(page, 'tess');
    await signIn(page, 'tess', PASSWORD);
    await page.getByText('Enter the code from your authentication app.').waitFor();
    await page.getByLabel('Verification code').fill(nextCode(c, app));
    await page.getByRole('button', { name: 'Verify' }).click();
    await page.getByRole('heading', { name: 'Account', level: 1 }).waitFor();
    p.assertNoConsoleErrors();
  });

  test('on a phone the checkbox and the list fit the screen and pass axe-core', async () => {
    const phone = await openPage(c, { width: 390, height: 844 });
    const small = phone.page;
    await small.goto(`${c.origin}/account`);
    await signIn(small, 'tess', PASSWORD);
    await small.getByRole('checkbox', { name: /Don’t ask again on this browser/ }).check();
    assert.ok((await horizontalOverflow(small)) <= 0, 'the second-factor step does not scroll sideways');
    await assertAccessible(small, 'phone: second factor');
    await small.getByLabel('Verification code').fill(nextCode(c, app));
    await small.getByRole('button', { name: 'Verify' }).click();
    await small.getByRole('heading', { name: 'Account', level: 1 }).waitFor();
    await small.getByRole('region', { name: 'Trusted browsers' }).getByText('This browser').waitFor();
    const overflow = await horizontalOverflow(small);
    assert.ok(overflow <= 0, `no sideways scrolling (${overflow}px too wide)`);
    await assertAccessible(small, 'phone: account with trusted browsers');
    await phone.screenshot('phone-trusted-browsers');
    phone.assertNoConsoleErrors();
    await phone.context.close();
  });
});
