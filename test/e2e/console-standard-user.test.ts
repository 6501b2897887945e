// The console as a standard user meets it: throttled sign-in with the wait shown, no admin pages
// (and the API refuses them), a forced password change after an admin reset, enrollment forced by
// the policy at sign-in, and the layout on a phone.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import type { Page } from 'playwright-core';
import { AUTHENTICATION_POLICY_KEY } from '../../src/core/policy/authentication-policy.js';
import { resetUserPassword } from '../../src/core/users/user-administration.js';
import type { User } from '../../src/core/users/user.js';
import { ADMIN_PASSWORD, addTestUser } from '../helpers/test-app.js';
import { browserSkipReason, type Console, type ConsolePage, horizontalOverflow, nextCode, openPage, readAuthenticatorFromScreen, startConsole } from './support/console-harness.js';

const skip = browserSkipReason() ?? false;
const PASSWORD = 'operator has a long password';
const TEMPORARY = 'temporary password from the admin';
const CHOSEN = 'operator chose this new password';

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

describe('the console, walked by a standard user', { skip }, () => {
  let c: Console;
  let p: ConsolePage;
  let page: Page;
  let operator: User;

  before(async () => {
    c = await startConsole();
    operator = await addTestUser(c.t, 'operator', { password: PASSWORD, email: 'operator@example.com' });
    p = await openPage(c);
    page = p.page;
  });
  after(async () => {
    await c?.close();
  });

  test('repeated wrong passwords are throttled and the console shows the wait from Retry-After', async () => {
    await page.goto(`${c.origin}/account`);
    let throttled = false;
    for (let attempt = 0; attempt < 8 && !throttled; attempt++) {
      await signIn(page, 'operator', `wrong password ${attempt}`);
      const alert = page.getByRole('alert');
      await alert.waitFor();
      throttled = /Too many attempts/.test(await alert.innerText());
      if (!throttled) await page.getByRole('button', { name: 'Sign in' }).waitFor();
    }
    assert.ok(throttled, 'the sign-in was throttled');
    assert.match(await page.getByRole('alert').innerText(), /Too many attempts\. Try again in \d+ seconds?\./);
    const button = page.getByRole('button', { name: /Try again in/ });
    assert.equal(await button.isDisabled(), true, 'the button waits out the Retry-After time');
    await p.screenshot('20-sign-in-throttled');
    // The wait passes on the server's clock; a fresh page has no countdown.
    c.t.clock.advance(20 * 60_000);
    await page.reload();
    await signIn(page, 'operator', PASSWORD);
    await page.getByRole('heading', { name: 'Account', level: 1 }).waitFor();
    assert.equal(new URL(page.url()).pathname, '/account', 'back on the page first asked for');
  });

  test('a standard user sees no admin pages, and the API refuses them anyway', async () => {
    const sections = await page.getByRole('navigation', { name: 'Sections' }).getByRole('link').allInnerTexts();
    assert.deepEqual(sections, ['Account', 'API Keys']);
    await page.goto(`${c.origin}/admin/users`);
    await page.getByText('This page is for administrators.').waitFor();
    const status = await page.evaluate(async () => (await fetch('/api/users')).status);
    assert.equal(status, 403);
    const settings = await page.evaluate(async () => (await fetch('/api/settings/authentication')).json());
    assert.equal((settings as { error: { type: string } }).error.type, 'forbidden');
    await page.getByRole('link', { name: 'Go to your account' }).click();
    await page.getByRole('heading', { name: 'Account', level: 1 }).waitFor();
    await p.screenshot('21-account-standard-user');
  });

  test('on a phone the console fits the screen', async () => {
    const phone = await openPage(c, { width: 390, height: 844 });
    await phone.page.goto(`${c.origin}/`);
    await phone.page.getByRole('heading', { name: 'Sign in' }).waitFor();
    await phone.screenshot('22-phone-sign-in', { fullPage: false });
    await signIn(phone.page, 'operator', PASSWORD);
    await phone.page.getByRole('heading', { name: 'Account', level: 1 }).waitFor();
    const overflow = await horizontalOverflow(phone.page);
    assert.ok(overflow <= 0, `no sideways scrolling (${overflow}px too wide)`);
    await phone.screenshot('23-phone-account');
    phone.assertNoConsoleErrors();
    await phone.context.close();
  });

  test('after an admin reset the password, the next sign-in asks for a new one first', async () => {
    const reset = await resetUserPassword(c.t.ctx, { user: c.t.admin, client: null }, operator.id, TEMPORARY);
    assert.ok(reset.ok);
    // The reset ended every session of the user: the console says so at the next request.
    await page.reload();
    await page.getByRole('heading', { name: 'Sign in' }).waitFor();
    await signIn(page, 'operator', TEMPORARY);
    await page.getByRole('heading', { name: 'Change your password' }).waitFor();
    await page.getByLabel('Current (temporary) password').fill(TEMPORARY);
    await page.getByLabel('New password', { exact: true }).fill(CHOSEN);
    await page.getByLabel('Repeat the new password').fill('a different one entirely');
    await page.getByRole('button', { name: 'Change password and continue' }).click();
    await page.getByText('The two new passwords are not the same.').waitFor();
    await page.getByLabel('Repeat the new password').fill(CHOSEN);
    await p.screenshot('24-password-change-required');
    await page.getByRole('button', { name: 'Change password and continue' }).click();
    await page.getByRole('heading', { name: 'Account', level: 1 }).waitFor();
  });

  test('when MFA is enforced, sign-in leads through enrollment before the console opens', async () => {
    await c.t.ctx.store.writeSetting(AUTHENTICATION_POLICY_KEY, { allowedMethods: ['totp', 'email'], enforceMfa: true }, c.t.clock.now());
    await signOut(page, 'operator');
    await signIn(page, 'operator', CHOSEN);
    await page.getByRole('heading', { name: 'Set up multifactor authentication' }).waitFor();
    await page.getByText('Your administrator requires multifactor authentication.').waitFor();
    await p.screenshot('25-forced-enrollment');
    await page.getByRole('button', { name: 'Next' }).click();
    const { authenticator } = await readAuthenticatorFromScreen(page);
    await page.getByLabel('Code from the app').fill(nextCode(c, authenticator));
    await page.getByRole('button', { name: 'Next' }).click();
    await page.getByRole('list', { name: 'Recovery codes' }).waitFor();
    const finish = page.getByRole('button', { name: 'Finish' });
    assert.equal(await finish.isDisabled(), true);
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Download' }).click()]);
    assert.equal(download.suggestedFilename(), 'gatehouse-recovery-codes-operator.txt');
    assert.equal(await finish.isEnabled(), true, 'Download also enables Finish');
    await finish.click();
    await page.getByRole('heading', { name: 'Account', level: 1 }).waitFor();
    await page.getByText('Multifactor authentication is on.').waitFor();
    await page.getByText('Required by your administrator').waitFor();

    // While enforced, the disable dialog offers changing the method instead.
    await page.getByRole('button', { name: 'operator' }).click();
    await page.getByRole('menuitem', { name: 'Disable multifactor authentication' }).click();
    const dialog = page.getByRole('dialog', { name: 'Disable multifactor authentication' });
    await dialog.getByText('cannot be turned off').waitFor();
    await dialog.getByRole('button', { name: 'Close' }).first().click();
    p.assertNoConsoleErrors();
  });

  test("an administrator resets the user's MFA from the Users page", async () => {
    await c.t.ctx.store.writeSetting(AUTHENTICATION_POLICY_KEY, { allowedMethods: ['totp', 'email'], enforceMfa: false }, c.t.clock.now());
    const admin = await openPage(c);
    await admin.page.goto(`${c.origin}/admin/users`);
    await signIn(admin.page, 'admin', ADMIN_PASSWORD);
    await admin.page.getByRole('button', { name: 'Manage operator' }).click();
    const manage = admin.page.getByRole('dialog', { name: 'User operator' });
    await manage.getByRole('button', { name: 'Reset MFA' }).click();
    await manage.getByRole('group', { name: 'Confirm' }).getByRole('button', { name: 'Reset MFA' }).click();
    await manage.getByText('must enroll again at the next sign-in').waitFor();
    await manage.getByRole('button', { name: 'Close' }).click();
    await admin.page.getByRole('row', { name: /operator/ }).getByText('Off').waitFor();
    admin.assertNoConsoleErrors();
    await admin.context.close();
  });
});
