// The e-mail path in Chromium, with a real SMTP server on loopback: the admin sets up delivery and
// sends a test message; a user enrolls with one-time e-mail passwords, signs in with an e-mailed
// code (with the resend countdown), and disables MFA with a code sent on request.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import type { Page } from 'playwright-core';
import { SmtpSink } from '../helpers/smtp-sink.js';
import { ADMIN_PASSWORD, addTestUser } from '../helpers/test-app.js';
import { browserSkipReason, type Console, type ConsolePage, openPage, startConsole } from './support/console-harness.js';

const skip = browserSkipReason() ?? false;
const ADDRESS = 'jordan@example.com';
const PASSWORD = 'jordan has a long password';

async function signIn(page: Page, username: string, password: string): Promise<void> {
  await page.getByLabel('Username').fill(username);
  await page.getByLabel('Password').fill(password);
  await page.getByRole('button', { name: 'Sign in' }).click();
}

/** Waits for a new code e-mail to `address` (after `before` messages) and reads the code from it. */
async function codeFromMail(sink: SmtpSink, address: string, before: number): Promise<string> {
  const deadline = Date.now() + 10_000;
  while (sink.to(address).length <= before) {
    if (Date.now() > deadline) throw new Error(`no new e-mail to ${address}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  return sink.latestCodeFor(address);
}

describe('the console with e-mail codes, against a loopback SMTP server', { skip }, () => {
  let c: Console;
  let sink: SmtpSink;
  let admin: ConsolePage;
  let user: ConsolePage;

  before(async () => {
    sink = await new SmtpSink().start();
    c = await startConsole();
    await addTestUser(c.t, 'jordan', { password: PASSWORD, email: ADDRESS });
    admin = await openPage(c);
    user = await openPage(c);
  });
  after(async () => {
    await c?.close();
    await sink?.stop();
  });

  test('the admin points e-mail delivery at the SMTP server and a test message arrives', async () => {
    const page = admin.page;
    await page.goto(`${c.origin}/admin/email`);
    await signIn(page, 'admin', ADMIN_PASSWORD);
    await page.getByRole('heading', { name: 'E-mail Delivery', level: 1 }).waitFor();
    await page.getByText('No SMTP server is set').waitFor();
    await page.getByLabel('Host').fill('127.0.0.1');
    await page.getByLabel('Port').fill(String(sink.port));
    await page.getByLabel('Security').selectOption('none');
    await page.getByLabel('Sender address').fill('gatehouse@appliance.test');
    await page.getByRole('button', { name: 'Save' }).click();
    await page.getByText('E-mail is sent through 127.0.0.1').waitFor();
    await page.getByLabel('Send to').fill('admin@example.com');
    await page.getByRole('button', { name: 'Send test e-mail' }).click();
    await page.getByText('The SMTP server accepted a test message for admin@example.com').waitFor();
    assert.equal(sink.to('admin@example.com').length, 1);
    await admin.screenshot('30-admin-email-delivery-smtp');
    admin.assertNoConsoleErrors();
  });

  test('a user enrolls with one-time e-mail passwords: the code comes by mail', async () => {
    const page = user.page;
    await page.goto(`${c.origin}/`);
    await signIn(page, 'jordan', PASSWORD);
    await page.getByRole('heading', { name: 'Account', level: 1 }).waitFor();
    await page.getByRole('button', { name: 'Enroll in Multifactor Authentication' }).click();
    const email = page.getByRole('radio', { name: /One-time e-mail password/ });
    assert.equal(await email.isEnabled(), true, 'the account has an address and the method is allowed');
    await email.check();
    const sent = sink.to(ADDRESS).length;
    await page.getByRole('button', { name: 'Next' }).click();
    await page.getByText(/We sent a 6-digit code to j\S*@example\.com/).waitFor();
    const resend = page.getByRole('button', { name: /Send a new code in \d+ s/ });
    assert.equal(await resend.isDisabled(), true, 'the resend button waits out the cooldown');
    await user.screenshot('31-enroll-email-code');
    await page.getByLabel('Code from the e-mail').fill(await codeFromMail(sink, ADDRESS, sent));
    await page.getByRole('button', { name: 'Next' }).click();
    await page.getByRole('list', { name: 'Recovery codes' }).waitFor();
    await page.getByRole('button', { name: 'Copy the recovery codes' }).click();
    await page.getByRole('button', { name: 'Finish' }).click();
    await page.getByText('Multifactor authentication is on.').waitFor();
    await page.getByText('One-time e-mail password').first().waitFor();
  });

  test('signing in sends a code to the masked address at once, with a resend countdown', async () => {
    const page = user.page;
    await page.getByRole('button', { name: 'jordan' }).click();
    await page.getByRole('menuitem', { name: 'Sign out' }).click();
    c.t.clock.advance(31_000);
    const sent = sink.to(ADDRESS).length;
    await signIn(page, 'jordan', PASSWORD);
    await page.getByText(/We sent a 6-digit code to j\S*@example\.com/).waitFor();
    await page.getByRole('button', { name: /Send a new code in \d+ s/ }).waitFor();
    await user.screenshot('32-second-factor-email');
    await page.getByLabel('Verification code').fill(await codeFromMail(sink, ADDRESS, sent));
    await page.getByRole('button', { name: 'Verify' }).click();
    await page.getByRole('heading', { name: 'Account', level: 1 }).waitFor();
  });

  test('MFA by e-mail is disabled with the password and a code sent by e-mail', async () => {
    const page = user.page;
    await page.getByRole('button', { name: 'jordan' }).click();
    await page.getByRole('menuitem', { name: 'Disable multifactor authentication' }).click();
    const dialog = page.getByRole('dialog', { name: 'Disable multifactor authentication' });
    c.t.clock.advance(31_000);
    const sent = sink.to(ADDRESS).length;
    await dialog.getByRole('button', { name: 'Send a code by e-mail' }).click();
    await dialog.getByText(/Code sent to j\S*@example\.com/).waitFor();
    await dialog.getByLabel('Password').fill(PASSWORD);
    await dialog.getByLabel('Verification code').fill(await codeFromMail(sink, ADDRESS, sent));
    await user.screenshot('33-disable-mfa-email', { fullPage: false });
    await dialog.getByRole('button', { name: 'Disable MFA' }).click();
    await page.getByText('Multifactor authentication is off.').waitFor();
    user.assertNoConsoleErrors();
  });
});
