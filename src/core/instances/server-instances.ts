// Running servers keep a heartbeat row in the database (every 5 s; deleted when they stop), so that
// a host command which must not run beside a server, such as rotating the server key (a server
// holds the keyring in memory), can tell whether one uses the same data, on SQLite and PostgreSQL
// alike. A row not refreshed for 30 s belongs to a server that stopped without deleting it.
import { SECOND } from '../clock.js';
import type { CoreContext } from '../context.js';
import type { ServerInstance } from '../ports.js';

export const HEARTBEAT_INTERVAL = 5 * SECOND;
export const SILENT_AFTER = 30 * SECOND;

export interface ServerIdentity {
  id: string;
  hostname: string;
  pid: number;
  startedAt: number;
}

/** Records the server as running, with the key it holds: its first row, then each heartbeat. */
export function recordHeartbeat(ctx: Pick<CoreContext, 'store' | 'clock' | 'keys'>, server: ServerIdentity): Promise<void> {
  return ctx.store.recordServerInstance({ ...server, keyId: ctx.keys.keyId, seenAt: ctx.clock.now() });
}

/** A graceful stop: the row goes at once (a crashed server's falls silent instead). */
export function withdrawServer(ctx: Pick<CoreContext, 'store'>, server: ServerIdentity): Promise<void> {
  return ctx.store.removeServerInstance(server.id);
}

/**
 * The servers heard from in the last 30 s, less those `hasStopped` knows to be gone (the caller
 * may check a process id on its own host, which the core cannot).
 */
export async function findRunningServers(ctx: Pick<CoreContext, 'store' | 'clock'>, hasStopped: (server: ServerInstance) => boolean = () => false): Promise<ServerInstance[]> {
  const heard = await ctx.store.listServerInstances(ctx.clock.now() - SILENT_AFTER);
  return heard.filter((server) => !hasStopped(server));
}
