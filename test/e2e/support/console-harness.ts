// What the browser tests of the console share: a built console, Gatehouse listening on a real
// loopback port, Debian's Chromium driven by playwright-core, screenshots, and a watch on the
// browser console (any error fails the test).
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, rmSync, statSync } from 'node:fs';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { FixedClock } from '../../../src/core/clock.js';
import { Authenticator } from '../../helpers/authenticator.js';
import { startTestApp, type TestApp } from '../../helpers/test-app.js';

export const ROOT = fileURLToPath(new URL('../../../', import.meta.url));
export const CHROMIUM = process.env.GATEHOUSE_CHROMIUM ?? '/usr/bin/chromium';
export const SCREENSHOTS = join(ROOT, 'test-output', 'screenshots');
const CHROMIUM_ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-quic'];

/**
 * Why the browser tests cannot run here, or null. With REQUIRE_BROWSER=1 (CI) a missing Chromium
 * is a failure, not a skip.
 */
export function browserSkipReason(): string | null {
  if (existsSync(CHROMIUM)) return null;
  const reason = `Chromium not found at ${CHROMIUM} (apt-get install chromium fonts-dejavu-core; set REQUIRE_BROWSER=1 to require it)`;
  if (process.env.REQUIRE_BROWSER === '1') throw new Error(`REQUIRE_BROWSER=1 but ${reason}`);
  return reason;
}

function newestModification(path: string): number {
  const stat = statSync(path);
  if (!stat.isDirectory()) return stat.mtimeMs;
  return readdirSync(path).reduce((newest, name) => Math.max(newest, newestModification(join(path, name))), stat.mtimeMs);
}

/** Builds web/dist when it is missing or older than the console's sources (once, across test files). */
export function ensureConsoleBuilt(): void {
  const web = join(ROOT, 'web');
  const built = join(web, 'dist', 'index.html');
  const isFresh = () =>
    existsSync(built) && statSync(built).mtimeMs >= Math.max(...['src', 'public', 'index.html', 'vite.config.ts'].map((p) => join(web, p)).filter(existsSync).map(newestModification));
  if (isFresh()) return;
  // Test files run in parallel: a lock directory keeps two builds from emptying each other's dist.
  const lock = join(web, '.build-lock');
  const deadline = Date.now() + 120_000;
  for (;;) {
    try {
      mkdirSync(lock);
      break;
    } catch {
      if (Date.now() > deadline) throw new Error(`could not take ${lock}; remove it if no build is running`);
      Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 250);
    }
  }
  try {
    if (!isFresh()) execFileSync(process.execPath, [join(ROOT, 'node_modules', 'vite', 'bin', 'vite.js'), 'build', '--config', join(web, 'vite.config.ts'), '--logLevel', 'warn'], { cwd: ROOT, stdio: 'inherit' });
  } finally {
    rmSync(lock, { recursive: true, force: true });
  }
}

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => (typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port'))));
    });
  });
}

export interface Console {
  t: TestApp;
  origin: string;
  browser: Browser;
  close(): Promise<void>;
}

/**
 * Gatehouse on a loopback port (public URL = that origin, so CSRF checks pass) and a Chromium.
 * `hostname: 'localhost'` serves it as http://localhost:PORT, which WebAuthn accepts (127.0.0.1 it refuses).
 */
export async function startConsole(env: Record<string, string> = {}, options: { hostname?: 'localhost' | '127.0.0.1' } = {}): Promise<Console> {
  ensureConsoleBuilt();
  const port = await freePort();
  const origin = `http://${options.hostname ?? '127.0.0.1'}:${port}`;
  // The clock starts at the real time (dates on screen look right) and moves only when told.
  const clock = new FixedClock(Math.floor(Date.now() / 30_000) * 30_000 + 1_000);
  const t = await startTestApp('sqlite', { clock, env: { GATEHOUSE_PUBLIC_URL: origin, GATEHOUSE_LOG_LEVEL: 'warn', ...env } });
  await t.app.listen({ host: '127.0.0.1', port });
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });
  return {
    t,
    origin,
    browser,
    async close() {
      await browser.close();
      await t.close();
    },
  };
}

export interface ConsolePage {
  page: Page;
  context: BrowserContext;
  /** Fails if the browser logged an error or a page script threw. */
  assertNoConsoleErrors(): void;
  /** Writes test-output/screenshots/NAME.png. */
  screenshot(name: string, options?: { fullPage?: boolean }): Promise<void>;
}

/** A fresh browser profile (own cookies) with clipboard access, at `origin`. */
export async function openPage(c: Console, options: { width?: number; height?: number } = {}): Promise<ConsolePage> {
  const context = await c.browser.newContext({
    viewport: { width: options.width ?? 1280, height: options.height ?? 860 },
    acceptDownloads: true,
    locale: 'en-GB',
    timezoneId: 'UTC',
  });
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: c.origin });
  const page = await context.newPage();
  page.setDefaultTimeout(15_000);
  const errors: string[] = [];
  page.on('console', (message) => {
    if (message.type() !== 'error') return;
    // Chromium logs every 4xx answer of fetch() as an error; an API refusal the console shows on
    // screen (wrong password, 401 "not signed in") is expected. A 5xx or a missing file is not.
    const expectedApiRefusal = /^Failed to load resource: the server responded with a status of 4\d\d/.test(message.text()) && message.location().url.startsWith(`${c.origin}/api/`);
    if (!expectedApiRefusal) errors.push(`console.error: ${message.text()} (${message.location().url})`);
  });
  page.on('pageerror', (error) => errors.push(`page error: ${error.message}`));
  mkdirSync(SCREENSHOTS, { recursive: true });
  return {
    page,
    context,
    assertNoConsoleErrors() {
      assert.deepEqual(errors, [], 'the browser console stayed free of errors');
    },
    async screenshot(name, shotOptions = {}) {
      await page.screenshot({ path: join(SCREENSHOTS, `${name}.png`), fullPage: shotOptions.fullPage ?? true, animations: 'disabled', caret: 'hide' });
    },
  };
}

/** The authenticator app of the test: built from the key the wizard shows as text. */
export async function readAuthenticatorFromScreen(page: Page): Promise<{ secret: string; authenticator: Authenticator }> {
  const secret = (await page.getByLabel('Key for manual entry').innerText()).replace(/\s+/g, '');
  assert.match(secret, /^[A-Z2-7]{32}$/, 'the manual key is 20 bytes of Base32');
  return { secret, authenticator: new Authenticator(secret) };
}

/** The current code at the server's clock; moves the clock one step on so every code is new. */
export function nextCode(c: Console, authenticator: Authenticator): string {
  c.t.clock.advance(30_000);
  return authenticator.codeAt(c.t.clock.now());
}

/** A request as a REST client sends it (no cookies, HTTP Basic). */
export async function basicRequest(c: Console, path: string, username: string, password: string, method = 'GET'): Promise<{ status: number; body: unknown }> {
  const response = await fetch(`${c.origin}${path}`, { method, headers: { authorization: `Basic ${Buffer.from(`${username}:${password}`).toString('base64')}` } });
  const text = await response.text();
  let body: unknown = text;
  try {
    body = JSON.parse(text);
  } catch {
    // not JSON
  }
  return { status: response.status, body };
}

// Page-side code is passed as text: this project's type checking has no DOM library.

/** What the page's clipboard holds (the context was granted clipboard-read). */
export async function readClipboard(page: Page): Promise<string> {
  return String(await page.evaluate('navigator.clipboard.readText()'));
}

/** How many pixels the page is wider than the screen (0 or less: no sideways scrolling). */
export async function horizontalOverflow(page: Page): Promise<number> {
  return Number(await page.evaluate('document.documentElement.scrollWidth - document.documentElement.clientWidth'));
}

/**
 * Waits until every row of the table body contains `text`. Polled with page.evaluate: the string
 * form of waitForFunction is evaluated like eval in the page, which the console's CSP forbids
 * (it threw whenever the rows were not ready at the first look).
 */
export async function waitForEveryRow(page: Page, text: string, timeoutInMilliseconds = 10_000): Promise<void> {
  const check = `[...document.querySelectorAll('tbody tr')].every((row) => row.textContent.includes(${JSON.stringify(text)}))`;
  const deadline = Date.now() + timeoutInMilliseconds;
  while (!(await page.evaluate(check))) {
    if (Date.now() > deadline) throw new Error(`not every row shows ${text} after ${timeoutInMilliseconds} ms`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}
