// The Mailer port on nodemailer: SMTP (from the environment or the admin's settings), or the
// outbox folder, chosen at each send so a settings change applies at once on every instance.
import { randomBytes } from 'node:crypto';
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { ServerKeys } from '../core/crypto/server-keys.js';
import type { MailDelivery, MailEnvelope, Mailer, Store } from '../core/ports.js';
import { renderMessage } from './templates.js';
import { resolveMailRoute, type SmtpSettings } from './smtp-settings.js';

export interface MailerOptions {
  store: Store;
  keys: ServerKeys;
  smtpUrl: string | undefined;
  outboxDir: string;
  productName: string;
}

export function defaultSender(productName: string): string {
  return `${productName} <gatehouse@localhost>`;
}

/** nodemailer is loaded on first use: a server that never sends mail never pays for it. */
async function loadNodemailer() {
  return (await import('nodemailer')).default;
}

export async function createSmtpTransport(settings: SmtpSettings) {
  const nodemailer = await loadNodemailer();
  return nodemailer.createTransport({
    host: settings.host,
    port: settings.port,
    secure: settings.security === 'tls',
    requireTLS: settings.security === 'starttls',
    ignoreTLS: settings.security === 'none',
    auth: settings.username ? { user: settings.username, pass: settings.password ?? '' } : undefined,
    connectionTimeout: 10_000,
    greetingTimeout: 10_000,
    socketTimeout: 20_000,
  });
}

export function createMailer(options: MailerOptions): Mailer {
  const { store, keys, productName } = options;
  return {
    async deliver(mail: MailEnvelope): Promise<MailDelivery> {
      const route = await resolveMailRoute(store, keys, options.smtpUrl, defaultSender(productName));
      const content = renderMessage(productName, mail);
      if (route.kind === 'outbox') return writeToOutbox(options.outboxDir, defaultSender(productName), mail, content);
      try {
        const info = await (await createSmtpTransport(route.settings)).sendMail({ from: route.settings.sender, to: mail.to, ...content });
        return { ok: true, response: info.response };
      } catch (error) {
        return { ok: false, error: describeSmtpError(error) };
      }
    },
  };
}

/** A readable line for an SMTP failure: the server's answer, or what went wrong connecting. */
export function describeSmtpError(error: unknown): string {
  const e = error as { code?: string; response?: string; message?: string };
  return [e.code, e.response ?? e.message].filter(Boolean).join(': ') || 'unknown error';
}

async function writeToOutbox(directory: string, from: string, mail: MailEnvelope, content: { subject: string; text: string; html: string }): Promise<MailDelivery> {
  const nodemailer = await loadNodemailer();
  const transport = nodemailer.createTransport({ streamTransport: true, buffer: true, newline: 'unix' });
  const info = await transport.sendMail({ from, to: mail.to, ...content });
  await mkdir(directory, { recursive: true, mode: 0o700 });
  const name = `${new Date(mail.at).toISOString().replace(/[:.]/g, '-')}-${randomBytes(4).toString('hex')}.eml`;
  // The outbox may hold codes: readable by the service's user only.
  await writeFile(join(directory, name), info.message as Buffer, { mode: 0o600 });
  return { ok: true, response: `written to ${join(directory, name)}` };
}
