// `gatehouse housekeeping`: the sweep that `gatehouse serve` runs every 10 minutes, by hand.
import type { Config } from '../config/config.js';
import { sweepExpiredRows } from '../core/housekeeping/housekeeping.js';
import { createCoreContext, createLogger } from '../server/gatehouse.js';
import { openStore } from '../storage/kysely-store.js';

export async function runHousekeeping(config: Config): Promise<number> {
  const store = await openStore(config.databaseUrl);
  try {
    const outcome = await sweepExpiredRows(createCoreContext(config, store, createLogger('silent')));
    if (!outcome.ran) {
      console.log('another Gatehouse instance is sweeping right now; nothing to do');
      return 0;
    }
    const lines = Object.entries(outcome.deleted).map(([table, rows]) => `  ${table.padEnd(18)} ${rows}`);
    console.log(`deleted expired rows:\n${lines.join('\n')}`);
    return 0;
  } finally {
    await store.close();
  }
}
