// Rows that expired long ago, written through the store's own verbs (the way the server writes them).
import { LOCK_AFTER_FAILURES, waitAfterFailures } from '../../src/core/throttling/throttling.js';
import { openStore } from '../../src/storage/kysely-store.js';

export const DAY_IN_MILLISECONDS = 24 * 60 * 60 * 1000;

/** One user with a session and a sign-in flow that ended before `at`, and a stranger's throttle row. */
export async function seedExpiredRows(databaseUrl: string, at: number): Promise<void> {
  const store = await openStore(databaseUrl);
  try {
    const added = await store.createUser({ id: 'u-olga', username: 'olga', email: null, role: 'standard', passwordHash: 'not a real hash', mustChangePassword: false }, at);
    if (!added.ok) throw new Error(added.reason);
    const base = { userId: added.user.id, createdAt: at, authenticatedAt: at, expiresAt: at + 60_000 };
    const stamp = { securityStamp: added.user.securityStamp };
    await store.createSession({ ...base, ...stamp, id: 's-1', lastSeenAt: at, aal: 1, clientAddress: '192.0.2.1', userAgent: 'test' }, 'session-token-hash');
    await store.createSignInFlow({ ...base, ...stamp, id: 'f-1', state: 'awaiting_second_factor', failedAttempts: 0, secondFactorAt: null }, 'flow-token-hash');
    await store.claimAttempt('username:nobody', 'password', at, waitAfterFailures, LOCK_AFTER_FAILURES);
  } finally {
    await store.close();
  }
}
