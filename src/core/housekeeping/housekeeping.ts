// Housekeeping: rows that can no longer be used are deleted on a schedule (every 10 minutes, by
// `gatehouse serve`; `gatehouse housekeeping` by hand). Expired rows are refused on read already;
// this keeps the tables small. One instance sweeps at a time (a PostgreSQL advisory lock).
import { DAY, HOUR, MINUTE } from '../clock.js';
import type { CoreContext } from '../context.js';
import { BROWSER_ID_LIFETIME } from '../trusted-browsers/known-browsers.js';

export const HOUSEKEEPING_INTERVAL = 10 * MINUTE;

/**
 * E-mail codes live 10 minutes but count toward the hourly limit of codes sent to a user
 * (email-code-challenge.ts): kept for that hour.
 */
const EMAIL_CODE_RETENTION = HOUR;

/**
 * Throttle rows of subjects that are no user (what a spray of unknown usernames leaves, or a deleted
 * user's counts), a day after their last failure. The counts of real users are kept: SPEC 2.4
 * counts consecutive failures until a success or an administrator's unlock.
 */
const UNKNOWN_SUBJECT_RETENTION = 24 * HOUR;

/** Heartbeat rows of servers that stopped without removing theirs (core/instances). */
const SERVER_INSTANCE_RETENTION = 24 * HOUR;

export const SWEPT_TABLES = ['sessions', 'sign_in_flows', 'authenticators', 'webauthn_challenges', 'email_codes', 'throttles', 'address_attempts', 'server_instances', 'trusted_browsers', 'known_browsers'] as const;

export type SweptTable = (typeof SWEPT_TABLES)[number];

export type SweptRows = Record<SweptTable, number>;

export type HousekeepingOutcome = { ran: true; deleted: SweptRows } | { ran: false; reason: 'another_instance_is_sweeping' };

export async function sweepExpiredRows(ctx: CoreContext): Promise<HousekeepingOutcome> {
  const now = ctx.clock.now();
  const { store } = ctx;
  const outcome = await store.runHousekeepingAlone(
    async (): Promise<SweptRows> => ({
      sessions: await store.deleteExpiredSessions(now, ctx.settings.sessionIdleTimeoutInMilliseconds),
      sign_in_flows: await store.deleteExpiredSignInFlows(now),
      authenticators: await store.deleteExpiredEnrollments(now),
      webauthn_challenges: await store.deleteExpiredWebAuthnChallenges(now),
      email_codes: await store.deleteEmailCodesCreatedBefore(now - EMAIL_CODE_RETENTION),
      throttles: await store.deleteThrottlesOfNoUser(now - UNKNOWN_SUBJECT_RETENTION),
      // Sign-ins are counted per address in one-minute windows: only the current one is read.
      address_attempts: await store.deleteAddressWindowsBefore(now - (now % MINUTE) - MINUTE),
      server_instances: await store.deleteServerInstancesSeenBefore(now - SERVER_INSTANCE_RETENTION),
      trusted_browsers: await store.deleteExpiredTrustedBrowsers(now),
      // A browser not seen for longer than its browser id cookie lives is one we could not recognize anyway.
      known_browsers: await store.deleteKnownBrowsersSeenBefore(now - BROWSER_ID_LIFETIME - DAY),
    }),
  );
  if (!outcome.ran) return { ran: false, reason: 'another_instance_is_sweeping' };
  ctx.onHousekeeping?.(outcome.result);
  return { ran: true, deleted: outcome.result };
}
