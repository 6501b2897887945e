// Which Gatehouse servers use this data right now (core/instances), as host commands need to know.
import { hostname } from 'node:os';
import { findRunningServers } from '../core/instances/server-instances.js';
import type { Clock } from '../core/clock.js';
import type { ServerInstance, Store } from '../core/ports.js';

/** On this host a process id answers at once whether the server still runs (signal 0 probes it). */
function hasStoppedOnThisHost(server: ServerInstance): boolean {
  if (server.hostname !== hostname()) return false;
  try {
    process.kill(server.pid, 0);
    return false;
  } catch (error) {
    // EPERM: the process exists but belongs to another user (the service's): it runs.
    return (error as NodeJS.ErrnoException).code === 'ESRCH';
  }
}

export function findServersUsingThisData(store: Store, clock: Clock): Promise<ServerInstance[]> {
  return findRunningServers({ store, clock }, hasStoppedOnThisHost);
}

/** "pid 4242 on host-a (key 1a2b3c4d), heard 2 s ago" for each, one per line. */
export function describeServers(servers: ServerInstance[], now: number): string {
  return servers.map((s) => `  pid ${s.pid} on ${s.hostname} (key ${s.keyId}), heard ${Math.max(0, Math.round((now - s.seenAt) / 1000))} s ago`).join('\n');
}
