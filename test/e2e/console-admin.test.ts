// The console as an administrator walks it in Chromium: sign in, enroll with an authentication app
// using the key shown on screen, save the recovery codes, sign in again with a code, make an API key
// and use it as a REST client, set the authentication policy, read the audit log, disable MFA.
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { after, before, describe, test } from 'node:test';
import type { Page } from 'playwright-core';
import type { Authenticator } from '../helpers/authenticator.js';
import { readQrCode } from '../helpers/authenticator.js';
import { ADMIN_PASSWORD } from '../helpers/test-app.js';
import {
  basicRequest,
  browserSkipReason,
  type Console,
  type ConsolePage,
  nextCode,
  openPage,
  readAuthenticatorFromScreen,
  readClipboard,
  startConsole,
  waitForEveryRow,
} from './support/console-harness.js';

const skip = browserSkipReason() ?? false;

async function signIn(page: Page, username: string, password: string): Promise<void> {
  await page.getByLabel('Username').fill(username);
  await page.getByLabel('Password').fill(password);
  await page.getByRole('button', { name: 'Sign in' }).click();
}

async function openUserMenu(page: Page, username: string): Promise<void> {
  await page.getByRole('button', { name: username }).click();
  await page.getByRole('menu').waitFor();
}

describe('the console, walked by an administrator', { skip }, () => {
  let c: Console;
  let p: ConsolePage;
  let page: Page;
  let authenticator: Authenticator;
  let recoveryCodes: string[];

  before(async () => {
    c = await startConsole();
    p = await openPage(c);
    page = p.page;
  });
  after(async () => {
    await c?.close();
  });

  test('the sign-in screen asks for username and password and says what went wrong', async () => {
    await page.goto(`${c.origin}/`);
    await page.getByRole('heading', { name: 'Sign in' }).waitFor();
    await p.screenshot('01-sign-in');
    await signIn(page, 'admin', 'not the password');
    await page.getByRole('alert').filter({ hasText: 'The username or password is not correct.' }).waitFor();
    assert.equal(await page.getByLabel('Password').inputValue(), '', 'the wrong password is cleared');
    await signIn(page, 'admin', ADMIN_PASSWORD);
    await page.getByRole('heading', { name: 'Account', level: 1 }).waitFor();
    assert.equal(new URL(page.url()).pathname, '/account');
    await page.getByText('Off', { exact: true }).first().waitFor();
    await p.screenshot('02-account-mfa-off');
  });

  test('the username menu offers enrollment while MFA is off', async () => {
    await openUserMenu(page, 'admin');
    const items = await page.getByRole('menuitem').allInnerTexts();
    assert.deepEqual(items, ['Enroll in Multifactor Authentication', 'Manage API Keys', 'Sessions', 'Change password', 'Sign out']);
    await p.screenshot('03-user-menu', { fullPage: false });
    // Keyboard: the first item has focus; Escape closes the menu and returns to the button.
    await page.keyboard.press('Escape');
    assert.equal(await page.getByRole('menu').isHidden(), true);
    await page.keyboard.press('ArrowDown');
    // The menu moves focus to its first item on the next animation frame: Enter waits for it.
    await page.getByRole('menuitem', { name: 'Enroll in Multifactor Authentication' }).and(page.locator(':focus')).waitFor();
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { name: 'Enroll in Multifactor Authentication' }).waitFor();
  });

  test('enrollment shows the e-mail option unavailable, with the reason and without the e-mail warning', async () => {
    const email = page.getByRole('radio', { name: /One-time e-mail password/ });
    assert.equal(await email.isDisabled(), true, 'no address on the account: e-mail cannot be chosen');
    await page.getByText('Unavailable: set an e-mail address on your account first').waitFor();
    assert.equal(await page.getByText('We recommend you use an authentication app.').count(), 0, 'no warning about a method that cannot be chosen');
    assert.equal(await page.getByRole('radio', { name: /Authentication app/ }).isChecked(), true);
    await p.screenshot('04-enroll-method');
    await page.getByRole('button', { name: 'Next' }).click();
  });

  test('the QR code and the key grouped by four name the same secret; a wrong code is refused readably', async () => {
    await page.getByRole('img', { name: /QR code/ }).waitFor();
    const shown = await page.getByLabel('Key for manual entry').innerText();
    assert.match(shown, /^([A-Z2-7]{4} ){7}[A-Z2-7]{4}$/, 'eight groups of four');
    ({ authenticator } = await readAuthenticatorFromScreen(page));
    const qr = await page.getByRole('img', { name: /QR code/ }).getAttribute('src');
    const uri = readQrCode(qr ?? '') ?? 'no QR code';
    assert.ok(uri.startsWith('otpauth://totp/Gatehouse:admin?'), uri);
    assert.equal(new URL(uri).searchParams.get('secret'), shown.replace(/\s+/g, ''));
    await page.getByRole('button', { name: 'Copy key' }).click();
    assert.equal(await readClipboard(page), shown.replace(/\s+/g, ''));
    await p.screenshot('05-enroll-qr-code');

    await page.getByLabel('Code from the app').fill('000000');
    await page.getByRole('button', { name: 'Next' }).click();
    await page.getByRole('alert').filter({ hasText: 'That code is not correct.' }).waitFor();
    await page.getByText('check that your phone’s clock is set automatically').waitFor();

    await page.getByLabel('Code from the app').fill(nextCode(c, authenticator));
    await page.getByRole('button', { name: 'Next' }).click();
    await page.getByRole('list', { name: 'Recovery codes' }).waitFor();
  });

  test('Finish stays disabled until the recovery codes are copied; Download names the file after the user', async () => {
    recoveryCodes = await page.getByRole('list', { name: 'Recovery codes' }).locator('code').allInnerTexts();
    assert.equal(recoveryCodes.length, 10);
    for (const code of recoveryCodes) assert.match(code, /^[a-z0-9]{4}-[a-z0-9]{4}-[a-z0-9]{4}-[a-z0-9]{4}$/i);
    const finish = page.getByRole('button', { name: 'Finish' });
    assert.equal(await finish.isDisabled(), true, 'Finish is disabled before the codes are saved');
    await page.getByText('The Finish button will be enabled once you copy or download the recovery codes.').waitFor();
    await p.screenshot('06-enroll-recovery-codes');

    await page.getByRole('button', { name: 'Copy the recovery codes' }).click();
    assert.equal(await readClipboard(page), recoveryCodes.join('\n'));
    assert.equal(await finish.isEnabled(), true, 'Finish is enabled once the codes were copied');

    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Download' }).click()]);
    assert.equal(download.suggestedFilename(), 'gatehouse-recovery-codes-admin.txt');
    const text = await readFile((await download.path())!, 'utf8');
    assert.match(text, /^Gatehouse recovery codes/);
    assert.match(text, /User: +admin/);
    assert.match(text, /Created: +\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2} UTC/);
    for (const code of recoveryCodes) assert.ok(text.includes(code));

    await finish.click();
    await page.getByText('Multifactor authentication is on.').waitFor();
    await page.getByText('10 of 10').waitFor();
    await p.screenshot('07-account-mfa-on');
  });

  test('with MFA on, the menu offers disable and change; sign-out and sign-in ask for a code', async () => {
    await openUserMenu(page, 'admin');
    const items = await page.getByRole('menuitem').allInnerTexts();
    assert.deepEqual(items.slice(0, 2), ['Disable multifactor authentication', 'Change multifactor authentication method']);
    await page.getByRole('menuitem', { name: 'Sign out' }).click();
    await page.getByText('You have signed out.').waitFor();

    await signIn(page, 'admin', ADMIN_PASSWORD);
    await page.getByText('Enter the code from your authentication app.').waitFor();
    await page.getByRole('button', { name: 'Use a recovery code' }).waitFor();
    await p.screenshot('08-second-factor');
    await page.getByLabel('Verification code').fill(nextCode(c, authenticator));
    await page.getByRole('button', { name: 'Verify' }).click();
    await page.getByRole('heading', { name: 'Account', level: 1 }).waitFor();
  });

  test('a recovery code signs in once, and the account page counts what is left', async () => {
    await openUserMenu(page, 'admin');
    await page.getByRole('menuitem', { name: 'Sign out' }).click();
    await signIn(page, 'admin', ADMIN_PASSWORD);
    await page.getByRole('button', { name: 'Use a recovery code' }).click();
    await page.getByLabel('Recovery code').fill(recoveryCodes[0]!.toLowerCase());
    await page.getByRole('button', { name: 'Verify' }).click();
    await page.getByRole('heading', { name: 'Account', level: 1 }).waitFor();
    await page.getByText('9 of 10').waitFor();
  });

  test('new recovery codes need the password and a code, and Done waits until they are saved', async () => {
    await page.getByRole('button', { name: 'Generate new recovery codes' }).click();
    const ask = page.getByRole('dialog', { name: 'Generate new recovery codes' });
    await ask.getByLabel('Password').fill(ADMIN_PASSWORD);
    await ask.getByLabel('Verification code').fill(nextCode(c, authenticator));
    await ask.getByRole('button', { name: 'Generate new codes' }).click();
    const shown = page.getByRole('dialog', { name: 'Your new recovery codes' });
    await shown.getByRole('list', { name: 'Recovery codes' }).waitFor();
    const codes = await shown.getByRole('list', { name: 'Recovery codes' }).locator('code').allInnerTexts();
    assert.equal(codes.length, 10);
    assert.equal(codes.includes(recoveryCodes[1]!), false, 'a new set');
    const done = shown.getByRole('button', { name: 'Done' });
    assert.equal(await done.isDisabled(), true);
    await Promise.all([page.waitForEvent('download'), shown.getByRole('button', { name: 'Download' }).click()]);
    await done.click();
    await page.getByText('10 of 10').waitFor();
    recoveryCodes = codes;
  });

  test('the method can be changed: a new key replaces the old one at Finish', async () => {
    await openUserMenu(page, 'admin');
    await page.getByRole('menuitem', { name: 'Change multifactor authentication method' }).click();
    await page.getByRole('heading', { name: 'Change multifactor authentication method' }).waitFor();
    await page.getByText('You now sign in with').waitFor();
    // A change of method is a step-up: the password and a code from the current app.
    await page.getByRole('textbox', { name: 'Password' }).fill(ADMIN_PASSWORD);
    await page.getByRole('textbox', { name: 'Verification code' }).fill(nextCode(c, authenticator));
    await page.getByRole('button', { name: 'Next' }).click();
    const fresh = await readAuthenticatorFromScreen(page);
    await page.getByLabel('Code from the app').fill(nextCode(c, fresh.authenticator));
    await page.getByRole('button', { name: 'Next' }).click();
    await page.getByRole('button', { name: 'Copy the recovery codes' }).click();
    await page.getByRole('button', { name: 'Finish' }).click();
    await page.getByText('Your multifactor authentication method was changed.').waitFor();
    authenticator = fresh.authenticator;
  });

  test('a second app is added on the account page, chosen at sign-in under "Use another method", and the first one removed', async () => {
    const table = page.getByRole('table', { name: 'My authenticators' });
    const firstName = (await table.locator('td[data-label="Authenticator"]').first().innerText()).trim();
    await page.getByRole('button', { name: 'Add an authenticator' }).click();
    const add = page.getByRole('dialog', { name: 'Add an authenticator' });
    await add.getByLabel('Name').fill('Backup phone');
    await add.getByLabel('Password').fill(ADMIN_PASSWORD);
    await add.getByLabel('Verification code').fill(nextCode(c, authenticator));
    await add.getByRole('button', { name: 'Next' }).click();
    const setup = page.getByRole('dialog', { name: 'Add “Backup phone”' });
    await setup.getByRole('img', { name: /QR code/ }).waitFor();
    const backup = await readAuthenticatorFromScreen(page);
    await setup.getByLabel('Code from the app').fill(nextCode(c, backup.authenticator));
    await setup.getByRole('button', { name: 'Add' }).click();
    await page.getByText('“Backup phone” was added').waitFor();
    await table.getByRole('cell', { name: 'Backup phone', exact: true }).waitFor();
    assert.equal(await table.locator('tbody tr').count(), 2, 'both apps are listed');
    await p.screenshot('08a-authenticators');

    // The next sign-in opens on the app used last; the other one is a choice away.
    await openUserMenu(page, 'admin');
    await page.getByRole('menuitem', { name: 'Sign out' }).click();
    await signIn(page, 'admin', ADMIN_PASSWORD);
    await page.getByRole('button', { name: 'Use another method' }).click();
    const ways = page.getByRole('list', { name: 'Ways to sign in' });
    await ways.getByRole('button', { name: 'A recovery code' }).waitFor();
    await p.screenshot('08b-second-factor-chooser');
    const other = (await ways.getByRole('button').allInnerTexts()).find((text) => !/recovery code/.test(text)) ?? '';
    await ways.getByRole('button', { name: other.trim() }).click();
    const usingBackup = other.includes('Backup phone');
    await page.getByLabel('Verification code').fill(nextCode(c, usingBackup ? backup.authenticator : authenticator));
    await page.getByRole('button', { name: 'Verify' }).click();
    await page.getByRole('heading', { name: 'Account', level: 1 }).waitFor();

    // Removing the first app needs the password and a code; the backup phone carries on alone.
    await table.getByRole('button', { name: `Remove ${firstName}` }).click();
    const remove = page.getByRole('dialog', { name: `Remove “${firstName}”` });
    await remove.getByLabel('Password').fill(ADMIN_PASSWORD);
    await remove.getByLabel('Code from').selectOption({ label: 'Backup phone (Authentication app)' });
    await remove.getByLabel('Verification code').fill(nextCode(c, backup.authenticator));
    await remove.getByRole('button', { name: 'Remove' }).click();
    await page.getByText(`“${firstName}” was removed`).waitFor();
    assert.deepEqual(await table.locator('td[data-label="Authenticator"]').allInnerTexts(), ['Backup phone']);
    authenticator = backup.authenticator;
  });

  test('the e-mail address is set on the account page', async () => {
    await page.getByRole('button', { name: 'Add an address' }).click();
    await page.getByRole('textbox', { name: 'E-mail address' }).fill('admin@example.com');
    await page.getByRole('button', { name: 'Save address' }).click();
    await page.getByText('The e-mail address was saved.').waitFor();
    await page.getByText('admin@example.com').waitFor();
  });

  test('a new API key is shown once with the DPX hint and works as HTTP Basic, where the password is refused', async () => {
    await openUserMenu(page, 'admin');
    await page.getByRole('menuitem', { name: 'Manage API Keys' }).click();
    await page.getByRole('heading', { name: 'Manage API Keys', level: 1 }).waitFor();
    await page.getByRole('button', { name: 'Generate New API Key' }).click();
    const dialog = page.getByRole('dialog', { name: 'Generate New API Key' });
    await dialog.getByLabel('Name').fill('DPX master server');
    await dialog.getByRole('button', { name: 'Generate API Key' }).click();

    const created = page.getByRole('dialog', { name: 'Your new API key' });
    await created.getByText('enter the API key as the username and the token as the password').waitFor();
    await created.getByRole('button', { name: 'Copy API key' }).click();
    const apiKey = await readClipboard(page);
    await created.getByRole('button', { name: 'Copy API token' }).click();
    const apiToken = await readClipboard(page);
    assert.match(apiKey, /^gk_/);
    assert.match(apiToken, /^gt_/);
    await p.screenshot('09-api-key-created', { fullPage: false });

    const withKey = await basicRequest(c, '/api/me', apiKey, apiToken);
    assert.equal(withKey.status, 200);
    assert.equal((withKey.body as { username: string }).username, 'admin');
    const withPassword = await basicRequest(c, '/api/me', 'admin', ADMIN_PASSWORD);
    assert.equal(withPassword.status, 401);
    assert.equal((withPassword.body as { error: { type: string } }).error.type, 'mfa_enabled_use_api_key');

    await created.getByRole('button', { name: 'Done' }).click();
    const row = page.getByRole('row', { name: /DPX master server/ }).first();
    await row.waitFor();
    assert.ok((await row.innerText()).includes(apiKey), 'the list shows the key (never the token)');
    assert.equal((await page.content()).includes(apiToken), false, 'the token is gone from the page');
    await p.screenshot('10-api-keys');

    // A read-only key with an expiry date: listed with both, and refused for writes.
    await page.getByRole('button', { name: 'Generate New API Key' }).click();
    const second = page.getByRole('dialog', { name: 'Generate New API Key' });
    await second.getByLabel('Name').fill('reporting');
    await second.getByLabel('Expires on (optional)').fill(new Date(Date.now() + 30 * 86_400_000).toISOString().slice(0, 10));
    await second.getByRole('checkbox', { name: /Read-only/ }).check();
    await second.getByRole('button', { name: 'Generate API Key' }).click();
    const reader = page.getByRole('dialog', { name: 'Your new API key' });
    await reader.getByRole('button', { name: 'Copy API key' }).click();
    const readerKey = await readClipboard(page);
    await reader.getByRole('button', { name: 'Copy API token' }).click();
    const readerToken = await readClipboard(page);
    await reader.getByRole('button', { name: 'Done' }).click();
    const readerRow = page.getByRole('row', { name: /reporting/ }).first();
    await readerRow.getByText('Read-only').waitFor();
    assert.doesNotMatch(await readerRow.innerText(), /Never\s+Never/, 'the expiry date is listed');
    assert.equal((await basicRequest(c, '/api/me', readerKey, readerToken)).status, 200);
    const write = await basicRequest(c, '/api/me/sessions', readerKey, readerToken, 'DELETE');
    assert.equal((write.body as { error: { type: string } }).error.type, 'api_key_read_only');

    await row.getByRole('button', { name: /Revoke/ }).click();
    const confirm = page.getByRole('dialog', { name: 'Revoke API key' });
    await confirm.getByRole('button', { name: 'Revoke API key' }).click();
    await page.getByText('was revoked').waitFor();
    assert.equal((await basicRequest(c, '/api/me', apiKey, apiToken)).status, 401, 'a revoked key is refused');
  });

  test('the Users page lists users, adds one and manages them', async () => {
    await page.getByRole('link', { name: 'Users' }).click();
    await page.getByRole('heading', { name: 'Users', level: 1 }).waitFor();
    await page.getByRole('button', { name: 'Add user' }).click();
    const add = page.getByRole('dialog', { name: 'Add user' });
    await add.getByLabel('Username').fill('operator');
    await add.getByLabel('Password', { exact: true }).fill('short');
    await add.getByRole('button', { name: 'Add user' }).click();
    await add.getByRole('alert').waitFor();
    assert.match(await add.getByRole('alert').innerText(), /characters|password/i, 'the policy problem is shown as the server says it');
    await add.getByLabel('Password', { exact: true }).fill('operator has a long password');
    await add.getByLabel('E-mail address (optional)').fill('operator@example.com');
    await add.getByRole('button', { name: 'Add user' }).click();
    await page.getByRole('row', { name: /operator/ }).waitFor();
    await p.screenshot('11-admin-users');

    await page.getByRole('button', { name: 'Manage operator' }).click();
    const manage = page.getByRole('dialog', { name: 'User operator' });
    await manage.getByRole('button', { name: 'Unlock' }).click();
    await manage.getByText('Failed attempts were cleared').waitFor();
    await manage.getByRole('button', { name: 'Disable user' }).click();
    await manage.getByRole('group', { name: 'Confirm' }).getByRole('button', { name: 'Disable user' }).click();
    await manage.getByText('operator is disabled').waitFor();
    await p.screenshot('12-admin-manage-user', { fullPage: false });
    await manage.getByRole('button', { name: 'Enable user' }).click();
    await manage.getByText('operator is enabled again.').waitFor();
    await manage.getByLabel('Temporary password').fill('a temporary password for operator');
    await manage.getByRole('button', { name: 'Reset password' }).click();
    await manage.getByText('must choose a new one at the next sign-in').waitFor();
    await manage.getByRole('button', { name: 'End sessions' }).click();
    await manage.getByText('0 sessions ended.').waitFor();
    await manage.getByRole('button', { name: 'Close' }).click();
  });

  test('Default User Settings: the app is always allowed; e-mail can be disallowed; enforcement on, then off with password and code', async () => {
    await page.getByRole('link', { name: 'Default User Settings' }).click();
    await page.getByRole('heading', { name: 'Authentication Methods' }).waitFor();
    const app = page.getByRole('checkbox', { name: /Authentication app/ });
    assert.equal(await app.isChecked(), true);
    assert.equal(await app.isDisabled(), true);

    await page.getByRole('checkbox', { name: /One-time e-mail password/ }).uncheck();
    await page.getByText('No user has to change anything.').waitFor();
    await page.getByRole('button', { name: 'Save' }).click();
    await page.getByText('The authentication methods were saved.').waitFor();

    await page.getByRole('switch', { name: 'Enforce multifactor authentication for all users' }).check();
    await page.getByText('1 user without multifactor authentication must set it up at the next sign-in.').waitFor();
    await p.screenshot('13-admin-authentication-methods');
    await page.getByRole('button', { name: 'Save' }).click();
    await page.getByText('The authentication methods were saved.').waitFor();

    await page.getByRole('switch', { name: 'Enforce multifactor authentication for all users' }).uncheck();
    await page.getByText('To turn enforcement off, confirm with your password').waitFor();
    await page.getByLabel('Password', { exact: true }).fill(ADMIN_PASSWORD);
    await page.getByLabel('Verification code').fill('000000');
    await page.getByRole('button', { name: 'Save' }).click();
    await page.getByRole('alert').filter({ hasText: 'The password or the code is not correct.' }).waitFor();
    await page.getByLabel('Verification code').fill(nextCode(c, authenticator));
    await page.getByRole('button', { name: 'Save' }).click();
    await page.getByText('The authentication methods were saved.').waitFor();
    assert.equal(await page.getByRole('switch', { name: 'Enforce multifactor authentication for all users' }).isChecked(), false);

    await page.getByRole('checkbox', { name: /One-time e-mail password/ }).check();
    await page.getByRole('button', { name: 'Save' }).click();
    await page.getByText('The authentication methods were saved.').waitFor();
  });

  test('E-mail Delivery says mail goes to the outbox without an SMTP server', async () => {
    await page.getByRole('link', { name: 'E-mail Delivery' }).click();
    await page.getByText('No SMTP server is set').waitFor();
    await p.screenshot('14-admin-email-delivery');
  });

  test('the audit log pages and filters the events of this walk', async () => {
    await page.getByRole('link', { name: 'Audit Log' }).click();
    await page.getByRole('heading', { name: 'Audit Log', level: 1 }).waitFor();
    await page.getByRole('cell', { name: 'Policy changed' }).first().waitFor();
    await p.screenshot('15-admin-audit-log');
    // More than one page of events by now: older and back.
    await page.getByRole('button', { name: 'Older →' }).click();
    await page.getByText('Page 2').waitFor();
    await page.getByRole('cell', { name: 'MFA enabled' }).first().waitFor();
    await page.getByRole('button', { name: '← Newer' }).click();
    await page.getByText('Page 1').waitFor();

    await page.getByLabel('Event', { exact: true }).selectOption('api_key_created');
    await page.getByRole('button', { name: 'Apply' }).click();
    await waitForEveryRow(page, 'API key created');
    assert.equal(await page.getByRole('row').count(), 3, 'a header and the two api_key_created events');
    assert.equal(await page.getByRole('button', { name: 'Older →' }).isDisabled(), true);
  });

  test('sessions can be listed and ended', async () => {
    await openUserMenu(page, 'admin');
    await page.getByRole('menuitem', { name: 'Sessions' }).click();
    await page.getByRole('heading', { name: 'Sessions', level: 1 }).waitFor();
    await page.getByText('This session').waitFor();
    await p.screenshot('16-sessions');
  });

  test('MFA is disabled with the password and a current code', async () => {
    await openUserMenu(page, 'admin');
    await page.getByRole('menuitem', { name: 'Disable multifactor authentication' }).click();
    const dialog = page.getByRole('dialog', { name: 'Disable multifactor authentication' });
    await dialog.getByLabel('Password').fill(ADMIN_PASSWORD);
    await dialog.getByLabel('Verification code').fill(nextCode(c, authenticator));
    await p.screenshot('17-disable-mfa', { fullPage: false });
    await dialog.getByRole('button', { name: 'Disable MFA' }).click();
    await page.getByText('Multifactor authentication is off.').waitFor();
    await openUserMenu(page, 'admin');
    assert.equal(await page.getByRole('menuitem', { name: 'Enroll in Multifactor Authentication' }).count(), 1);
    await page.keyboard.press('Escape');
    p.assertNoConsoleErrors();
  });
});
