// The console's audit page in Chromium (SPEC 2.15): "Verified up to event N at T" over an intact
// chain, the break in red once the database was tampered with, and a download of the filtered
// events with their checkpoints that checks out against the audit public key.
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { after, before, describe, test } from 'node:test';
import type { Page } from 'playwright-core';
import { checkReceivedStream, tamper, writeAuditEvents } from '../helpers/audit-chain-steps.js';
import { ADMIN_PASSWORD } from '../helpers/test-app.js';
import { browserSkipReason, type Console, type ConsolePage, openPage, startConsole } from './support/console-harness.js';

const skip = browserSkipReason() ?? false;

describe('the audit page, read by an administrator', { skip }, () => {
  let c: Console;
  let p: ConsolePage;
  let page: Page;

  before(async () => {
    c = await startConsole({ GATEHOUSE_AUDIT_CHECKPOINT_EVENTS: '5' });
    await writeAuditEvents(c.t.ctx, 11); // 2..12, after the admin added (1)
    p = await openPage(c);
    page = p.page;
    await page.goto(`${c.origin}/`);
    await page.getByLabel('Username').fill('admin');
    await page.getByLabel('Password').fill(ADMIN_PASSWORD);
    await page.getByRole('button', { name: 'Sign in' }).click(); // 13
    await page.getByRole('heading', { name: 'Account', level: 1 }).waitFor();
  });
  after(async () => {
    await c?.close();
  });

  test('an intact chain reads "Verified up to event N at T", with its checkpoints', async () => {
    await page.getByRole('link', { name: 'Audit Log' }).click();
    await page.getByRole('heading', { name: 'Audit Log', level: 1 }).waitFor();
    const notice = page.getByRole('status').filter({ hasText: 'Verified up to event 13 at' });
    await notice.waitFor();
    assert.match(await notice.innerText(), /13 events in an unbroken hash chain; signed checkpoints 1–3, the last at event 11/);
    await page.getByRole('cell', { name: '13', exact: true }).waitFor();
    await p.screenshot('audit-verified');
  });

  test('the download holds the filtered events and the checkpoints around them', async () => {
    await page.getByLabel('Event', { exact: true }).selectOption('user_unlocked');
    await page.getByRole('button', { name: 'Apply' }).click();
    await page.getByLabel('Format').selectOption('jsonl');
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('link', { name: 'Download' }).click()]);
    assert.match(download.suggestedFilename(), /^gatehouse-audit-\d{8}T\d{4}\.jsonl$/);
    const records = (await readFile(await download.path(), 'utf8')).split('\n').filter(Boolean).map((line) => JSON.parse(line) as unknown);
    const checked = checkReceivedStream(records, c.t.ctx.keys.auditSigner.publicKeyPem);
    assert.deepEqual(checked.sequences, [2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12]);
    assert.deepEqual(checked.checkpoints, [1, 2, 3], 'the one before, those within, and none after yet');
    p.assertNoConsoleErrors();
  });

  test('a tampered chain shows its first break in red', async () => {
    await tamper(c.t.database.url, [["update audit_events set outcome = 'failure' where sequence = 4"]]);
    await page.getByRole('button', { name: 'Verify again' }).click();
    const alert = page.getByRole('alert').filter({ hasText: 'The audit log was tampered with: an event was changed (event 4).' });
    await alert.waitFor();
    assert.match(await alert.innerText(), /Event 4 was changed after it was written/);
    assert.match(String(await alert.getAttribute('class')), /\balert-error\b/);
    const [red, green, blue] = String(await page.evaluate("getComputedStyle(document.querySelector('[role=alert].alert-error')).borderLeftColor")).match(/\d+/g)!.map(Number);
    assert.ok(red! > 150 && red! > 2 * green! && red! > 2 * blue!, `the border is red: rgb(${red}, ${green}, ${blue})`);
    await p.screenshot('audit-tampered');
    p.assertNoConsoleErrors();
  });
});
