// New-browser alerts (SPEC §2.14): each browser carries a long-lived random browser id in a cookie
// (not a fingerprint: nothing is derived from the browser itself). A sign-in from a browser this user
// has not signed in from before e-mails the user: time, address, browser and what to do. A user's
// very first recorded sign-in (a new account, or the first after the upgrade that brought this) has
// nothing to compare with and sends nothing.
import { recordAuditEvent } from '../audit/audit-log.js';
import { DAY } from '../clock.js';
import type { Client, CoreContext } from '../context.js';
import { generateToken, hashToken } from '../crypto/server-keys.js';
import { notifyUser } from '../notifications/notify-user.js';
import type { User } from '../users/user.js';
import { browserLabel } from './user-agent.js';

/** 400 days: the longest any browser keeps a cookie (Chrome caps Max-Age there). */
export const BROWSER_ID_LIFETIME = 400 * DAY;

/** 128 random bits. */
export const newBrowserId = () => generateToken(16);

/** Browser ids we issue are 22 characters; anything else is treated as none (and replaced). */
export const isWellFormedBrowserId = (value: string | undefined): value is string => value !== undefined && /^[A-Za-z0-9_-]{22}$/.test(value);

export const browserIdHashOf = (browserId: string) => hashToken(`browser:${browserId}`);

/** After a successful sign-in: remembers the browser, and tells the user when it is a new one. */
export async function noteSignInBrowser(ctx: CoreContext, user: User, browserId: string, client: Client): Promise<{ newBrowser: boolean }> {
  const seen = await ctx.store.recordKnownBrowser(user.id, browserIdHashOf(browserId), ctx.clock.now());
  if (seen.known || seen.firstBrowser) return { newBrowser: false };
  const browser = browserLabel(client.userAgent);
  await recordAuditEvent(ctx, { type: 'new_browser_signed_in', outcome: 'success', actor: user, target: user, client, details: { browser } });
  await notifyUser(ctx, user, { kind: 'new_browser_sign_in', browser }, client);
  return { newBrowser: true };
}
