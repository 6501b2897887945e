// Rotating the server key (docs/operations.md): a new key encrypts; TOTP secrets and the SMTP
// password are re-encrypted under it; the old key stays only as the MAC root (the hashes of
// recovery codes cannot be re-keyed without the codes). A running server holds its keyring in
// memory and could not read what was re-encrypted under a key it lacks: both commands refuse
// while such a server uses the same data (core/instances), unless forced.
import { randomBytes } from 'node:crypto';
import type { Config } from '../config/config.js';
import { type Keyring, loadKeyring, writeKeyFile } from '../config/secret-key.js';
import { systemClock } from '../core/clock.js';
import { createServerKeys } from '../core/crypto/server-keys.js';
import { reencryptTotpSecrets } from '../core/authenticators/totp/totp-secret-storage.js';
import type { ServerInstance, Store } from '../core/ports.js';
import { reencryptSmtpPassword } from '../mail/smtp-settings.js';
import { createCoreContext, createLogger } from '../server/gatehouse.js';
import { openStore } from '../storage/kysely-store.js';
import { describeServers, findServersUsingThisData } from './running-servers.js';

export interface KeyCommandOptions {
  /** Go on although servers that cannot read the result are running (they must be restarted). */
  force?: boolean;
}

const keysOf = (ring: Keyring) => createServerKeys(ring.current, { previousKeys: ring.previous, macRoot: ring.macRoot });

const CONSEQUENCE =
  'A running server keeps the key it started with: it could not read the re-encrypted authenticator secrets and SMTP password, and would answer every authenticator code with "service unavailable" until it restarts.';

/** Servers holding another key than `keyId` (all of them when null), or an empty list. */
async function serversInTheWay(store: Store, keyId: string | null): Promise<ServerInstance[]> {
  const running = await findServersUsingThisData(store, systemClock);
  return running.filter((server) => keyId === null || server.keyId !== keyId);
}

/**
 * Prints the refusal (and answers false), or with --force a warning (and answers true), when
 * servers are in the way; answers true when none are.
 */
function mayGoOn(what: string, servers: ServerInstance[], advice: string, options: KeyCommandOptions): boolean {
  if (servers.length === 0) return true;
  const list = describeServers(servers, systemClock.now());
  if (!options.force) {
    console.error(`gatehouse: refusing to ${what}: ${servers.length === 1 ? 'a Gatehouse server uses' : `${servers.length} Gatehouse servers use`} this data right now:\n${list}\n${CONSEQUENCE}\n${advice}\nTo go on anyway, add --force and restart every server right after.`);
    return false;
  }
  console.error(`gatehouse: warning: going on with --force while ${servers.length === 1 ? 'a server runs' : `${servers.length} servers run`}:\n${list}\n${CONSEQUENCE}\nRestart ${servers.length === 1 ? 'it' : 'them'} now.`);
  return true;
}

/** Re-encrypts every stored secret under the keyring's current key. */
export async function runReencryptSecrets(config: Config, options: KeyCommandOptions = {}): Promise<number> {
  const store = await openStore(config.databaseUrl);
  try {
    const keyId = keysOf(loadKeyring(config)).keyId;
    const advice = `Restart each of them with the current key (key ${keyId}; the old one in GATEHOUSE_SECRET_KEY_PREVIOUS) first, then run this again.`;
    if (!mayGoOn('re-encrypt the stored secrets', await serversInTheWay(store, keyId), advice, options)) return 1;
    return await reencryptEverything(config, store);
  } finally {
    await store.close();
  }
}

async function reencryptEverything(config: Config, store: Store): Promise<number> {
  const keyring = loadKeyring(config);
  const ctx = createCoreContext(config, store, createLogger('silent'));
  const totp = await reencryptTotpSecrets(ctx, keysOf({ ...keyring, previous: [] }));
  const smtp = await reencryptSmtpPassword(store, ctx.keys, keysOf({ ...keyring, previous: [] }), Date.now());
  console.log(`re-encrypted ${totp.rewritten} TOTP secret(s)${smtp ? ' and the SMTP password' : ''} under key ${ctx.keys.keyId}`);
  if (totp.unreadable > 0) {
    console.error(`gatehouse: ${totp.unreadable} TOTP secret(s) could not be read with any key of the keyring; those users must enroll again`);
    return 1;
  }
  return 0;
}

/** Key-file mode: a new key, everything re-encrypted, the old key kept as the MAC root. */
export async function runRotateSecretKey(config: Config, options: KeyCommandOptions = {}): Promise<number> {
  if (config.secretKey) {
    console.error(
      'gatehouse: GATEHOUSE_SECRET_KEY is set, so the key is not in a file. Set the new key in GATEHOUSE_SECRET_KEY, the old one in GATEHOUSE_SECRET_KEY_PREVIOUS and GATEHOUSE_SECRET_MAC_KEY on every instance, restart them, then run `gatehouse reencrypt-secrets` (docs/operations.md).',
    );
    return 2;
  }
  const store = await openStore(config.databaseUrl);
  try {
    const before = await serversInTheWay(store, null);
    const advice = 'Stop every server first (systemctl stop gatehouse, docker stop …), run this again, then start them.';
    if (!mayGoOn('rotate the server key', before, advice, options)) return 1;
    const old = loadKeyring(config);
    // The old key keeps decrypting until everything is rewritten; a crash in between loses nothing.
    const rotating: Keyring = { current: randomBytes(32), previous: [old.current, ...old.previous], macRoot: old.macRoot };
    writeKeyFile(config.dataDir, rotating);
    const code = await reencryptEverything(config, store);
    if (code !== 0) {
      console.log('the new key is in place, with the old one kept for reading; see the message above');
      return code;
    }
    writeKeyFile(config.dataDir, { ...rotating, previous: [] });
    // A server that started while this ran may hold the old key alone: it must restart too.
    const startedMeanwhile = (await serversInTheWay(store, keysOf(rotating).keyId)).filter((server) => !before.some((known) => known.id === server.id));
    if (startedMeanwhile.length > 0) {
      console.error(`gatehouse: warning: ${startedMeanwhile.length === 1 ? 'a server' : 'servers'} started during the rotation:\n${describeServers(startedMeanwhile, systemClock.now())}\nRestart ${startedMeanwhile.length === 1 ? 'it' : 'them'} now.`);
    }
    console.log('the server key is rotated; start Gatehouse');
    return 0;
  } finally {
    await store.close();
  }
}
