// Where mail goes (SPEC 2.8): GATEHOUSE_SMTP_URL if set, else the administrator's SMTP settings
// (password encrypted at rest under the server key), else an outbox folder of .eml files.
import type { ServerKeys } from '../core/crypto/server-keys.js';
import type { Audited, Store } from '../core/ports.js';

export const SMTP_SETTINGS_KEY = 'smtp';
export type SmtpSecurity = 'none' | 'starttls' | 'tls';

export interface SmtpSettings {
  host: string;
  port: number;
  security: SmtpSecurity;
  username: string | null;
  password: string | null;
  sender: string;
}

/** The shape kept in the settings table: the password only as ciphertext. */
interface StoredSmtpSettings extends Omit<SmtpSettings, 'password'> {
  passwordCiphertext: string | null;
}

export type MailRoute = { kind: 'smtp'; source: 'environment' | 'settings'; settings: SmtpSettings } | { kind: 'outbox' };

const PASSWORD_CONTEXT = 'smtp-password';

export function parseSmtpUrl(url: string, defaultSender: string): SmtpSettings {
  const parsed = new URL(url);
  const tls = parsed.protocol === 'smtps:';
  const security = tls ? 'tls' : (parsed.searchParams.get('security') as SmtpSecurity | null) ?? 'starttls';
  return {
    host: parsed.hostname,
    port: parsed.port ? Number(parsed.port) : tls ? 465 : 587,
    security: ['none', 'starttls', 'tls'].includes(security) ? security : 'starttls',
    username: parsed.username ? decodeURIComponent(parsed.username) : null,
    password: parsed.password ? decodeURIComponent(parsed.password) : null,
    sender: parsed.searchParams.get('from') ?? defaultSender,
  };
}

export async function readStoredSmtpSettings(store: Store, keys: ServerKeys): Promise<SmtpSettings | null> {
  const stored = (await store.readSetting(SMTP_SETTINGS_KEY)) as StoredSmtpSettings | null;
  if (!stored) return null;
  const password = stored.passwordCiphertext ? keys.decrypt(stored.passwordCiphertext, PASSWORD_CONTEXT) : null;
  return { ...stored, password: password ? Buffer.from(password).toString('utf8') : null };
}

/** `audit`: the event recording the change, written in its transaction. */
export async function writeStoredSmtpSettings(store: Store, keys: ServerKeys, settings: SmtpSettings | null, at: number, audit?: Audited<{ previous: unknown }>): Promise<void> {
  if (settings === null) return store.writeSetting(SMTP_SETTINGS_KEY, null, at, audit);
  const { password, ...rest } = settings;
  const stored: StoredSmtpSettings = { ...rest, passwordCiphertext: password ? keys.encrypt(Buffer.from(password, 'utf8'), PASSWORD_CONTEXT) : null };
  await store.writeSetting(SMTP_SETTINGS_KEY, stored, at, audit);
}

export async function resolveMailRoute(store: Store, keys: ServerKeys, smtpUrl: string | undefined, defaultSender: string): Promise<MailRoute> {
  if (smtpUrl) return { kind: 'smtp', source: 'environment', settings: parseSmtpUrl(smtpUrl, defaultSender) };
  const stored = await readStoredSmtpSettings(store, keys);
  return stored ? { kind: 'smtp', source: 'settings', settings: stored } : { kind: 'outbox' };
}

/** Key rotation: the SMTP password re-encrypted under `newKeys`. False when there was none to move. */
export async function reencryptSmtpPassword(store: Store, oldKeys: ServerKeys, newKeys: ServerKeys, at: number): Promise<boolean> {
  const settings = await readStoredSmtpSettings(store, oldKeys);
  if (!settings?.password) return false;
  await writeStoredSmtpSettings(store, newKeys, settings, at);
  return true;
}
