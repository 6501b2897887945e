import type { Config } from '../config/config.js';
import { ensureFirstAdmin } from '../core/users/first-admin.js';
import { auditSinksOf, startAuditBackground } from '../server/audit-stream/audit-background.js';
import { createGatehouse } from '../server/gatehouse.js';
import { startBackgroundWork } from './background-work.js';

/** SIGTERM lets requests in flight finish, for at most this long. */
const SHUTDOWN_DEADLINE_IN_MILLISECONDS = 25_000;

export async function runServe(config: Config): Promise<number> {
  const { app, ctx, logger } = await createGatehouse(config);
  const sinks = auditSinksOf(config);
  const admin = await ensureFirstAdmin(ctx, config.adminPassword);
  if ('problem' in admin && admin.problem) throw new Error(admin.problem);
  if (admin.created && admin.generatedPassword) {
    // Printed once, to the console, not into the JSON log: the admin must change it at first sign-in.
    console.error(`\n  First start: created administrator "admin" with password: ${admin.generatedPassword}\n  Sign in and change it now; it is not shown again.\n`);
  } else if (admin.created) {
    logger.info({ username: 'admin' }, 'created the first administrator from GATEHOUSE_ADMIN_PASSWORD');
  }

  // Before listening: from here on a key rotation on the host sees this server and refuses.
  const background = await startBackgroundWork(ctx, logger);
  // Checkpoints for quiet periods, retention, and the audit streams (file, syslog).
  const audit = startAuditBackground(ctx, sinks);

  let closing = false;
  const shutdown = (signal: string) => {
    if (closing) return;
    closing = true;
    logger.info({ signal }, 'shutting down: finishing requests in flight');
    audit.stop();
    // A keep-alive connection whose request finished after the signal would hold app.close() open
    // until it times out (72 s): each is closed as soon as it is idle. Requests that never end
    // are cut at the deadline, before an orchestrator's SIGKILL (30 s by default) would.
    const closeIdle = setInterval(() => app.server.closeIdleConnections(), 100);
    const deadline = setTimeout(() => app.server.closeAllConnections(), SHUTDOWN_DEADLINE_IN_MILLISECONDS);
    // The heartbeat row goes first: a server that is stopping takes no part in a key rotation.
    background
      .stop()
      .then(() => app.close())
      .then(
        () => {
          clearInterval(closeIdle);
          clearTimeout(deadline);
          process.exit(0);
        },
        () => process.exit(1),
      );
  };
  process.on('SIGTERM', () => shutdown('SIGTERM'));
  process.on('SIGINT', () => shutdown('SIGINT'));

  await app.listen({ host: config.host, port: config.port });
  return 0;
}
