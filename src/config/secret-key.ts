// The server keyring: the current key (encrypts), previous keys (decrypt only, during a rotation)
// and the MAC root (keys the hashes of recovery and e-mail codes; it outlives rotations, since a
// hash cannot be re-keyed without the code). From GATEHOUSE_SECRET_KEY (+ _PREVIOUS, MAC_KEY), or
// from the key file in the data folder (mode 0600), created on first start:
//
//   <current key, Base64>
//   previous <Base64>      (optional, any number)
//   mac <Base64>           (optional; the current key when absent)
//
// Instances that share a database must share the keyring.
import { randomBytes } from 'node:crypto';
import { chmodSync, existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { ConfigError } from './config.js';

export interface Keyring {
  current: Buffer;
  previous: Buffer[];
  macRoot: Buffer;
}

export interface KeyringSource {
  secretKey?: string | undefined;
  secretKeyPrevious?: string | undefined;
  secretMacKey?: string | undefined;
  dataDir: string;
}

export function keyFilePath(dataDir: string): string {
  return join(dataDir, 'secret.key');
}

function decodeKey(text: string, where: string): Buffer {
  const key = Buffer.from(text.trim(), 'base64');
  if (key.length !== 32) throw new ConfigError(`${where} must hold 32 bytes in Base64`);
  return key;
}

export function parseKeyFile(text: string, where: string): Keyring {
  const lines = text.split('\n').map((l) => l.trim()).filter(Boolean);
  const [first, ...rest] = lines;
  if (first === undefined) throw new ConfigError(`${where} is empty`);
  const current = decodeKey(first, where);
  const previous = rest.filter((l) => l.startsWith('previous ')).map((l) => decodeKey(l.slice(9), where));
  const mac = rest.find((l) => l.startsWith('mac '));
  return { current, previous, macRoot: mac ? decodeKey(mac.slice(4), where) : current };
}

export function formatKeyFile(keyring: Keyring): string {
  const lines = [keyring.current.toString('base64'), ...keyring.previous.map((k) => `previous ${k.toString('base64')}`)];
  if (!keyring.macRoot.equals(keyring.current)) lines.push(`mac ${keyring.macRoot.toString('base64')}`);
  return `${lines.join('\n')}\n`;
}

/** Replaces the key file atomically (write, then rename), readable by this user only. */
export function writeKeyFile(dataDir: string, keyring: Keyring): void {
  const path = keyFilePath(dataDir);
  writeFileSync(`${path}.tmp`, formatKeyFile(keyring), { mode: 0o600 });
  renameSync(`${path}.tmp`, path);
}

export function loadKeyring(config: KeyringSource): Keyring {
  if (config.secretKey) {
    const current = decodeKey(config.secretKey, 'GATEHOUSE_SECRET_KEY');
    return {
      current,
      previous: (config.secretKeyPrevious ?? '').split(',').filter(Boolean).map((k) => decodeKey(k, 'GATEHOUSE_SECRET_KEY_PREVIOUS')),
      macRoot: config.secretMacKey ? decodeKey(config.secretMacKey, 'GATEHOUSE_SECRET_MAC_KEY') : current,
    };
  }
  const path = keyFilePath(config.dataDir);
  if (!existsSync(path)) {
    mkdirSync(config.dataDir, { recursive: true, mode: 0o700 });
    // 'wx' fails if another process created it first; then we read theirs.
    try {
      writeFileSync(path, `${randomBytes(32).toString('base64')}\n`, { mode: 0o600, flag: 'wx' });
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    }
    chmodSync(path, 0o600);
  }
  return parseKeyFile(readFileSync(path, 'utf8'), path);
}
