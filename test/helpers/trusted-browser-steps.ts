// The walks of the trusted-browser tests (SPEC §2.14): a user with an authenticator app, a browser
// trusted at the second factor, and the name of a user's trusted-browser cookie.
import assert from 'node:assert/strict';
import { SECOND } from '../../src/core/clock.js';
import { hashToken } from '../../src/core/crypto/server-keys.js';
import type { User } from '../../src/core/users/user.js';
import type { Authenticator } from './authenticator.js';
import { selectRows } from './database-rows.js';
import { enrollTotp } from './mfa-steps.js';
import { addTestUser, Browser, type TestApp } from './test-app.js';

/** The cookie holding `userId`'s trusted-browser token over plain HTTP (src/server/auth/browser-cookies.ts). */
export function trustedBrowserCookie(userId: string): string {
  return `gatehouse_trusted_${hashToken(`trusted-browser-cookie:${userId}`).slice(0, 16)}`;
}

/** Password, then a code from `app` with "Don't ask again on this browser". */
export async function signInTrusting(t: TestApp, browser: Browser, username: string, password: string, app: Authenticator, headers: Record<string, string> = {}) {
  const started = await browser.request('POST', '/api/session', { username, password }, headers);
  assert.equal(started.json().state, 'awaiting_second_factor', started.body);
  const answer = await browser.request('POST', '/api/session/second-factor', { method: 'totp', code: app.codeAt(t.clock.now()), trust_browser: true }, headers);
  assert.equal(answer.statusCode, 200, answer.body);
  assert.ok(answer.json().trusted_until, 'the browser is trusted');
  // The code's step is spent.
  t.clock.advance(30 * SECOND);
  return answer;
}

export class TrustedBrowserSteps {
  constructor(private readonly t: TestApp) {}

  passwordOf(username: string): string {
    return `${username} has a long password`;
  }

  /** A user with one authenticator app, signed in at AAL 2 in `browser` (a new one by default). */
  async userWithApp(username: string, options: { browser?: Browser; email?: string; userAgent?: string } = {}): Promise<{ user: User; browser: Browser; app: Authenticator; recoveryCodes: string[] }> {
    const { t } = this;
    await addTestUser(t, username, { email: options.email });
    const browser = options.browser ?? new Browser(t.app);
    const headers: Record<string, string> = options.userAgent ? { 'user-agent': options.userAgent } : {};
    const started = await browser.request('POST', '/api/session', { username, password: this.passwordOf(username) }, headers);
    assert.equal(started.json().state, 'authenticated', started.body);
    const { authenticator, recoveryCodes } = await enrollTotp(t, browser);
    const user = (await t.ctx.store.findUserByUsername(username))!;
    return { user, browser, app: authenticator, recoveryCodes };
  }

  /** A user with an app whose browser is trusted (and signed in with the code that trusted it). */
  async trustedUser(username: string, options: { email?: string } = {}) {
    const made = await this.userWithApp(username, options);
    await made.browser.request('DELETE', '/api/session');
    await signInTrusting(this.t, made.browser, username, this.passwordOf(username), made.app);
    const user = (await this.t.ctx.store.findUserByUsername(username))!;
    assert.ok(made.browser.cookies.has(trustedBrowserCookie(user.id)));
    return { ...made, user };
  }

  /** The audit event types about a user, oldest first. */
  async auditTypes(userId: string): Promise<string[]> {
    return (await selectRows(this.t.database.url, 'select type from audit_events where target_user_id = ? order by sequence', [userId])).map((row) => String(row.type));
  }
}
