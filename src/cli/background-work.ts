// What `gatehouse serve` does besides answering requests: the heartbeat that tells host commands a
// server uses this data (core/instances), and the housekeeping sweep (core/housekeeping).
import { randomUUID } from 'node:crypto';
import { hostname } from 'node:os';
import type { Logger } from 'pino';
import type { CoreContext } from '../core/context.js';
import { HOUSEKEEPING_INTERVAL, sweepExpiredRows } from '../core/housekeeping/housekeeping.js';
import { HEARTBEAT_INTERVAL, recordHeartbeat, type ServerIdentity, withdrawServer } from '../core/instances/server-instances.js';

const messageOf = (error: unknown) => ({ err: { message: (error as Error).message } });

export interface BackgroundWork {
  readonly server: ServerIdentity;
  /** Stops the timers and deletes the heartbeat row (a graceful stop). */
  stop(): Promise<void>;
}

/** Records the server as running (before it listens), then starts the heartbeat and the sweeps. */
export async function startBackgroundWork(ctx: CoreContext, logger: Logger): Promise<BackgroundWork> {
  const server: ServerIdentity = { id: randomUUID(), hostname: hostname(), pid: process.pid, startedAt: ctx.clock.now() };
  await recordHeartbeat(ctx, server);

  const heartbeat = setInterval(() => {
    recordHeartbeat(ctx, server).catch((error: unknown) => logger.warn(messageOf(error), 'could not record the heartbeat of this server'));
  }, HEARTBEAT_INTERVAL);
  heartbeat.unref();

  const sweep = () => {
    sweepExpiredRows(ctx).then(
      (outcome) => {
        if (outcome.ran) logger.info({ event: 'housekeeping', deleted: outcome.deleted }, 'housekeeping: deleted expired rows');
        else logger.debug({ event: 'housekeeping' }, 'housekeeping: another instance is sweeping');
      },
      (error: unknown) => logger.warn(messageOf(error), 'housekeeping failed; it runs again in 10 minutes'),
    );
  };
  const firstSweep = setTimeout(sweep, 0);
  const sweeps = setInterval(sweep, HOUSEKEEPING_INTERVAL);
  sweeps.unref();

  return {
    server,
    async stop() {
      clearTimeout(firstSweep);
      clearInterval(heartbeat);
      clearInterval(sweeps);
      await withdrawServer(ctx, server).catch((error: unknown) => logger.warn(messageOf(error), 'could not delete the heartbeat row of this server'));
    },
  };
}
