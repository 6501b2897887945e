// What a new administrator meets in the console (issue 17): no browser login dialog over the
// console, lists that stay current, a first password that must be changed, a policy preview that
// counts each user once, audit details in words with the filter in the address, a phone layout
// that never scrolls sideways, axe-core clean (WCAG 2.2 AA) on every page and step at desktop and
// phone size, inputs with the API's limits, and the small things of §14.
import assert from 'node:assert/strict';
import { addActiveAuthenticator } from '../helpers/authenticator-rows.js';
import { readFile } from 'node:fs/promises';
import { after, before, describe, test } from 'node:test';
import type { Page } from 'playwright-core';
import type { Authenticator } from '../helpers/authenticator.js';
import { createApiKey } from '../helpers/api-key-steps.js';
import { enrollTotp } from '../helpers/mfa-steps.js';
import { ADMIN_PASSWORD, addTestUser, Browser } from '../helpers/test-app.js';
import { browserSkipReason, type Console, type ConsolePage, horizontalOverflow, nextCode, openPage, readAuthenticatorFromScreen, startConsole } from './support/console-harness.js';
import { assertAccessible, assertInputLimits, fieldLimits } from './support/page-checks.js';

const skip = browserSkipReason() ?? false;

/** An API caller whose writes say they come from the console's origin (its CSRF check). */
class SameOriginBrowser extends Browser {
  constructor(
    c: Console,
    private readonly origin = c.origin,
  ) {
    super(c.t.app);
  }
  override request(...[method, url, body, headers = {}]: Parameters<Browser['request']>) {
    return super.request(method, url, body, { origin: this.origin, ...headers });
  }
}
const PHONE = { width: 390, height: 844 };

/** The elements that reach past the right edge of the screen, for a failure message. */
async function tooWide(page: Page): Promise<string> {
  return String(
    await page.evaluate(
      `[...document.querySelectorAll('body *')].filter((e) => e.getBoundingClientRect().right > document.documentElement.clientWidth + 1).slice(0, 5).map((e) => e.tagName.toLowerCase() + '.' + [...e.classList].join('.') + ' ' + Math.round(e.getBoundingClientRect().right)).join(', ')`,
    ),
  );
}

async function signIn(page: Page, username: string, password: string): Promise<void> {
  await page.getByLabel('Username').fill(username);
  await page.getByLabel('Password').fill(password);
  await page.getByRole('button', { name: 'Sign in' }).click();
}

describe('the console, polished', { skip }, () => {
  let c: Console;
  let desk: ConsolePage;
  let page: Page;
  let limits: Map<string, number>;
  /** axe-core and the input limits, on the page as it is now. */
  const check = async (where: string, target: Page = page) => {
    await assertAccessible(target, where);
    await assertInputLimits(target, limits, where);
  };

  before(async () => {
    c = await startConsole();
    limits = await fieldLimits(c.origin);
    await addTestUser(c.t, 'ada', { role: 'admin' });
    await addTestUser(c.t, 'sam');
    const emil = await addTestUser(c.t, 'emil', { email: 'emil@example.com' });
    await addActiveAuthenticator(c.t.ctx.store, emil.id, 'email', c.t.clock.now());
    desk = await openPage(c);
    page = desk.page;
  });
  after(async () => {
    await c?.close();
  });

  test('the sign-in screen keeps the username after a sign-in that expired at the second factor', async () => {
    const tina = new SameOriginBrowser(c);
    await addTestUser(c.t, 'tina');
    assert.equal((await tina.signIn('tina', 'tina has a long password')).statusCode, 200);
    const { authenticator } = await enrollTotp(c.t, tina);
    await page.goto(`${c.origin}/`);
    await page.getByRole('heading', { name: 'Sign in' }).waitFor();
    await check('sign-in');
    await signIn(page, 'tina', 'tina has a long password');
    await page.getByLabel('Verification code').waitFor();
    await assertAccessible(page, 'second factor');
    c.t.clock.advance(11 * 60_000);
    await page.getByLabel('Verification code').fill(nextCode(c, authenticator));
    await page.getByRole('button', { name: 'Verify' }).click();
    await page.getByRole('heading', { name: 'Sign in' }).waitFor();
    assert.equal(await page.getByLabel('Username').inputValue(), 'tina', 'the username is kept');
    await page.getByLabel('Username').fill('');
  });

  test('the console never makes the browser ask for credentials; a plain visit to the API is challenged', async () => {
    await signIn(page, 'admin', ADMIN_PASSWORD);
    await page.getByRole('heading', { name: 'Account', level: 1 }).waitFor();
    await check('account');
    // Chromium's own login dialog is what Fetch.authRequired reports (handleAuthRequests).
    const cdp = await desk.context.newCDPSession(page);
    const challenges: string[] = [];
    cdp.on('Fetch.requestPaused', (event: { requestId: string }) => void cdp.send('Fetch.continueRequest', { requestId: event.requestId }).catch(() => {}));
    cdp.on('Fetch.authRequired', (event: { requestId: string; request: { url: string } }) => {
      challenges.push(new URL(event.request.url).pathname);
      void cdp.send('Fetch.continueWithAuth', { requestId: event.requestId, authChallengeResponse: { response: 'CancelAuth' } }).catch(() => {});
    });
    await cdp.send('Fetch.enable', { handleAuthRequests: true, patterns: [{ urlPattern: '*' }] });
    try {
      await c.t.ctx.store.endUserSessions(c.t.admin.id);
      await page.getByRole('link', { name: 'API Keys' }).click();
      await page.getByText('Your session has ended. Sign in again.').waitFor();
      assert.deepEqual(challenges, [], 'the console got its 401s without a challenge');
      await page.goto(`${c.origin}/api/me`);
      assert.deepEqual(challenges, ['/api/me'], 'a REST client (here the address bar) is challenged');
    } finally {
      await cdp.send('Fetch.disable');
      await cdp.detach();
    }
    await page.goto(`${c.origin}/`);
    await signIn(page, 'admin', ADMIN_PASSWORD);
    await page.getByRole('heading', { name: 'Account', level: 1 }).waitFor();
  });

  test('enrollment: the Account page is a link, the method step is accessible, Copied moves nothing, and no session is said to be signed out when none was', async () => {
    await page.getByRole('button', { name: 'Enroll in Multifactor Authentication' }).click();
    await page.getByRole('heading', { name: 'Enroll in Multifactor Authentication' }).waitFor();
    const link = page.getByRole('link', { name: 'Account page' });
    assert.equal(await link.getAttribute('href'), '/account#email');
    await check('enrollment: method');
    await page.getByRole('button', { name: 'Next' }).click();
    await page.getByRole('img', { name: /QR code/ }).waitFor();
    await check('enrollment: app');
    const { authenticator } = await readAuthenticatorFromScreen(page);
    await page.getByLabel('Code from the app').fill(nextCode(c, authenticator));
    await page.getByRole('button', { name: 'Next' }).click();
    await page.getByRole('list', { name: 'Recovery codes' }).waitFor();
    await check('enrollment: recovery codes');
    const download = page.getByRole('button', { name: 'Download' });
    const before = await download.boundingBox();
    await page.getByRole('button', { name: 'Copy the recovery codes' }).click();
    await page.getByText('Copied', { exact: true }).waitFor();
    assert.deepEqual(await download.boundingBox(), before, 'Download stays where it was');
    await page.getByRole('button', { name: 'Finish' }).click();
    const flash = page.getByText(/^Multifactor authentication is on\./);
    await flash.waitFor();
    assert.doesNotMatch(await flash.innerText(), /signed out/, 'there was no other session');
    adminAuthenticator = authenticator;
  });

  let adminAuthenticator: Authenticator;

  test('the policy preview counts each user once, under the first reason', async () => {
    await page.getByRole('link', { name: 'Default User Settings' }).click();
    await page.getByRole('heading', { name: 'Authentication Methods' }).waitFor();
    await check('authentication methods');
    await page.getByRole('checkbox', { name: /One-time e-mail password/ }).uncheck();
    await page.getByRole('switch', { name: 'Enforce multifactor authentication for all users' }).check();
    const enrolling = (await c.t.ctx.store.listUsers()).filter((u) => u.mfaKinds.length === 0 && u.disabledAt === null).length;
    await page.getByText(`${enrolling} users without multifactor authentication must set it up at the next sign-in.`).waitFor();
    await page.getByText('1 user signs in with e-mail codes and must choose an authentication app.').waitFor();
    await check('authentication methods: preview');
    await page.getByRole('switch', { name: 'Enforce multifactor authentication for all users' }).uncheck();
    await page.getByRole('button', { name: 'Save' }).click();
    await page.getByText('The authentication methods were saved.').waitFor();
  });

  test('the Sessions card is current after Disable MFA ends the other sessions', async () => {
    const other = await openPage(c);
    await other.page.goto(`${c.origin}/`);
    await signIn(other.page, 'admin', ADMIN_PASSWORD);
    await other.page.getByLabel('Verification code').fill(nextCode(c, adminAuthenticator));
    await other.page.getByRole('button', { name: 'Verify' }).click();
    await other.page.getByRole('heading', { name: 'Account', level: 1 }).waitFor();
    await other.context.close();
    await page.getByRole('link', { name: 'Account', exact: true }).click();
    const sessions = page.getByRole('table', { name: 'Your sessions' });
    await sessions.getByRole('row').nth(2).waitFor();
    assert.equal(await sessions.getByRole('row').count(), 3, 'a header and two sessions');
    await page.getByRole('button', { name: 'Disable', exact: true }).click();
    const dialog = page.getByRole('dialog', { name: 'Disable multifactor authentication' });
    await assertAccessible(page, 'disable MFA dialog');
    await dialog.getByLabel('Password').fill(ADMIN_PASSWORD);
    await dialog.getByLabel('Verification code').fill(nextCode(c, adminAuthenticator));
    await dialog.getByRole('button', { name: 'Disable MFA' }).click();
    await page.getByText(/Multifactor authentication is off\..*1 other session was signed out/).waitFor();
    const deadline = Date.now() + 10_000;
    while ((await sessions.getByRole('row').count()) !== 2 && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 50));
    assert.equal(await sessions.getByRole('row').count(), 2, 'only this session is listed, without a reload');
  });

  test('API keys: both lists follow a new key and a revoke, and a stale revoke says what happened', async () => {
    await page.getByRole('link', { name: 'API Keys' }).click();
    await page.getByRole('heading', { name: 'Manage API Keys' }).waitFor();
    await check('API keys');
    await page.getByRole('button', { name: 'Generate New API Key' }).click();
    const dialog = page.getByRole('dialog', { name: 'Generate New API Key' });
    await check('new API key');
    await dialog.getByLabel('Name').fill('nightly backup');
    await dialog.getByRole('button', { name: 'Generate API Key' }).click();
    await page.getByRole('dialog', { name: 'Your new API key' }).waitFor();
    await check('new API key shown');
    await page.getByRole('button', { name: 'Done' }).click();
    const everyone = page.getByRole('region', { name: 'Everyone’s API keys' });
    const yours = page.getByRole('region', { name: 'Your API keys' });
    await everyone.getByRole('cell', { name: 'nightly backup', exact: true }).waitFor();

    await yours.getByRole('button', { name: 'Revoke nightly backup' }).click();
    await page.getByRole('dialog', { name: 'Revoke API key' }).getByRole('button', { name: 'Revoke API key' }).click();
    await yours.getByText('was revoked').waitFor();
    await everyone.getByText('No API keys yet.').waitFor();

    const sams = new SameOriginBrowser(c);
    assert.equal((await sams.signIn('sam', 'sam has a long password')).statusCode, 200);
    const key = await createApiKey(sams, { name: 'sam laptop' });
    await page.reload();
    await everyone.getByRole('cell', { name: 'sam laptop', exact: true }).waitFor();
    assert.equal((await sams.request('DELETE', `/api/me/api-keys/${key.api_key}`)).statusCode, 204);
    await everyone.getByRole('button', { name: 'Revoke sam laptop' }).click();
    await page.getByRole('dialog', { name: 'Revoke API key' }).getByRole('button', { name: 'Revoke API key' }).click();
    await everyone.getByText('had already been revoked').waitFor();
    await everyone.getByText('No API keys yet.').waitFor();
  });

  test('a user added in the console must change the password at first sign-in, unless unticked', async () => {
    await page.getByRole('link', { name: 'Users' }).click();
    await page.getByRole('heading', { name: 'Users', level: 1 }).waitFor();
    await check('users');
    await page.getByRole('button', { name: 'Add user' }).click();
    const add = page.getByRole('dialog', { name: 'Add user' });
    const mustChange = add.getByRole('checkbox', { name: /Must change password at first sign-in/ });
    assert.equal(await mustChange.isChecked(), true, 'ticked by default');
    await check('add user');
    await add.getByLabel('Username').fill('newbie');
    await add.getByLabel('Password', { exact: true }).fill('newbie has a first password');
    await add.getByRole('button', { name: 'Add user' }).click();
    await page.getByRole('row', { name: /newbie/ }).waitFor();
    assert.equal((await c.t.ctx.store.findUserByUsername('newbie'))?.mustChangePassword, true);
    await page.getByRole('button', { name: 'Manage newbie' }).click();
    await page.getByRole('dialog', { name: 'User newbie' }).waitFor();
    await check('manage user');
    await page.getByRole('dialog', { name: 'User newbie' }).getByRole('button', { name: 'Close' }).click();
  });

  test('the audit log phrases details, keeps its filter in the address, and downloads what it shows', async () => {
    await page.getByRole('link', { name: 'Audit Log' }).click();
    await page.getByRole('heading', { name: 'Audit Log', level: 1 }).waitFor();
    await page.getByRole('cell', { name: 'Policy changed' }).first().waitFor();
    await check('audit log');
    const details = await page.locator('td.details').allInnerTexts();
    // No key=value, no JSON, no camelCase key (an API key id such as gk_7kDnIG… is a value, not a key).
    for (const text of details) assert.doesNotMatch(text.replace(/\bgk_[A-Za-z0-9]+/g, 'KEY'), /=|[a-z][A-Z]|[{}[\]]/, `details in words: ${text}`);
    await page.getByRole('cell', { name: /^Allowed methods: app only \(was app and e-mail\); enforcement off; 1 user to enroll$/ }).first().waitFor();

    await page.getByLabel('Event', { exact: true }).selectOption('policy_changed');
    await page.getByRole('button', { name: 'Apply' }).click();
    await page.waitForURL(/\/admin\/audit\?type=policy_changed$/);
    await page.reload();
    await page.getByRole('cell', { name: 'Policy changed' }).first().waitFor();
    assert.equal(await page.getByLabel('Event', { exact: true }).inputValue(), 'policy_changed', 'the filter survives a reload');
    assert.equal(await page.getByRole('cell', { name: 'Sign in succeeded' }).count(), 0, 'and is applied');
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Download shown events (CSV)' }).click()]);
    const csv = await readFile((await download.path())!, 'utf8');
    const rows = csv.trim().split('\r\n');
    assert.equal(rows[0], 'Time (UTC),Event,Outcome,Actor,Target,Address,Details');
    assert.equal(rows.length - 1, await page.getByRole('row').count() - 1, 'the rows shown');
    assert.ok(rows.slice(1).every((row) => row.includes(',Policy changed,')));
    assert.match(csv, /Allowed methods: app only \(was app and e-mail\); enforcement off/);
  });

  test('the other pages pass axe-core and carry the limits of their fields', async () => {
    for (const [link, heading] of [['E-mail Delivery', 'E-mail Delivery'], ['Account', 'Account']] as const) {
      await page.getByRole('link', { name: link, exact: true }).click();
      await page.getByRole('heading', { name: heading, level: 1 }).waitFor();
      await check(heading);
    }
    for (const item of ['Sessions', 'Change password']) {
      await page.getByRole('button', { name: 'admin' }).click();
      await page.getByRole('menuitem', { name: item }).click();
      await page.getByRole('heading', { name: item, level: 1 }).waitFor();
      await check(item);
    }
    desk.assertNoConsoleErrors();
  });

  test('at phone width the navigation folds into a menu, nothing scrolls sideways, and axe-core is clean', async () => {
    const phone = await openPage(c, PHONE);
    const small = phone.page;
    await small.goto(`${c.origin}/`);
    await check('phone: sign-in', small);
    await signIn(small, 'ada', 'ada has a long password');
    await small.getByRole('heading', { name: 'Account', level: 1 }).waitFor();
    assert.equal(await small.getByRole('link', { name: 'Users' }).isVisible(), false, 'the sections are folded');
    const menu = small.getByRole('button', { name: 'Menu' });
    assert.equal(await menu.getAttribute('aria-expanded'), 'false');
    const pages: [string, string, string][] = [
      ['Account', '/account', 'phone-account'],
      ['Users', '/admin/users', 'phone-users'],
      ['Audit Log', '/admin/audit', 'phone-audit'],
      ['API Keys', '/api-keys', 'phone-api-keys'],
      ['Default User Settings', '/admin/user-settings', 'phone-user-settings'],
      ['E-mail Delivery', '/admin/email', 'phone-email'],
    ];
    for (const [name, path, shot] of pages) {
      await menu.click();
      assert.equal(await menu.getAttribute('aria-expanded'), 'true');
      await small.getByRole('link', { name, exact: true }).click();
      await small.waitForURL(`${c.origin}${path}`);
      await small.getByRole('heading', { level: 1 }).waitFor();
      // Every list of the page loaded (API Keys has two).
      await small.locator('.loading').first().waitFor({ state: 'detached' }); // detached only when none is left
      assert.equal(await small.getByRole('link', { name: 'Users' }).isVisible(), false, `${name}: the menu closed after choosing`);
      assert.ok((await horizontalOverflow(small)) <= 0, `${name}: no sideways scrolling at 390 px; too wide: ${await tooWide(small)}`);
      await phone.screenshot(shot);
      await check(`phone: ${name}`, small);
    }
    await small.goto(`${c.origin}/mfa/enroll`);
    await small.getByRole('heading', { name: 'Enroll in Multifactor Authentication' }).waitFor();
    assert.ok((await horizontalOverflow(small)) <= 0, 'enrollment: no sideways scrolling at 390 px');
    await phone.screenshot('phone-enrollment');
    await check('phone: enrollment', small);
    await small.getByRole('button', { name: 'Next' }).click();
    await small.getByRole('img', { name: /QR code/ }).waitFor();
    assert.ok((await horizontalOverflow(small)) <= 0, 'enrollment QR code: no sideways scrolling at 390 px');
    await phone.screenshot('phone-enrollment-qr-code');
    await check('phone: enrollment QR code', small);
    phone.assertNoConsoleErrors();
    await phone.context.close();
  });
});
