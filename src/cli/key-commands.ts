// Rotating the server key (docs/operations.md): a new key encrypts; TOTP secrets and the SMTP
// password are re-encrypted under it; the old key stays only as the MAC root (the hashes of
// recovery codes cannot be re-keyed without the codes).
import { randomBytes } from 'node:crypto';
import type { Config } from '../config/config.js';
import { type Keyring, loadKeyring, writeKeyFile } from '../config/secret-key.js';
import { createServerKeys } from '../core/crypto/server-keys.js';
import { reencryptTotpSecrets } from '../core/authenticators/totp/totp-secret-storage.js';
import { reencryptSmtpPassword } from '../mail/smtp-settings.js';
import { createCoreContext, createLogger } from '../server/gatehouse.js';
import { openStore } from '../storage/kysely-store.js';

const keysOf = (ring: Keyring) => createServerKeys(ring.current, { previousKeys: ring.previous, macRoot: ring.macRoot });

/** Re-encrypts every stored secret under the keyring's current key. */
export async function runReencryptSecrets(config: Config): Promise<number> {
  const keyring = loadKeyring(config);
  const store = await openStore(config.databaseUrl);
  try {
    const ctx = createCoreContext(config, store, createLogger('silent'));
    const totp = await reencryptTotpSecrets(ctx, keysOf({ ...keyring, previous: [] }));
    const smtp = await reencryptSmtpPassword(store, ctx.keys, keysOf({ ...keyring, previous: [] }), Date.now());
    console.log(`re-encrypted ${totp.rewritten} TOTP secret(s)${smtp ? ' and the SMTP password' : ''} under key ${ctx.keys.keyId}`);
    if (totp.unreadable > 0) {
      console.error(`gatehouse: ${totp.unreadable} TOTP secret(s) could not be read with any key of the keyring; those users must enroll again`);
      return 1;
    }
    return 0;
  } finally {
    await store.close();
  }
}

/** Key-file mode: a new key, everything re-encrypted, the old key kept as the MAC root. */
export async function runRotateSecretKey(config: Config): Promise<number> {
  if (config.secretKey) {
    console.error(
      'gatehouse: GATEHOUSE_SECRET_KEY is set, so the key is not in a file. Set the new key in GATEHOUSE_SECRET_KEY, the old one in GATEHOUSE_SECRET_KEY_PREVIOUS and GATEHOUSE_SECRET_MAC_KEY on every instance, restart them, then run `gatehouse reencrypt-secrets` (docs/operations.md).',
    );
    return 2;
  }
  const old = loadKeyring(config);
  // The old key keeps decrypting until everything is rewritten; a crash in between loses nothing.
  const rotating: Keyring = { current: randomBytes(32), previous: [old.current, ...old.previous], macRoot: old.macRoot };
  writeKeyFile(config.dataDir, rotating);
  const code = await runReencryptSecrets(config);
  if (code === 0) writeKeyFile(config.dataDir, { ...rotating, previous: [] });
  console.log(code === 0 ? 'the server key is rotated; restart Gatehouse to use it' : 'the new key is in place, with the old one kept for reading; see the message above');
  return code;
}
