// The security e-mails: each names the product, the account, the time and the client address, and
// says what to do if the user did not do this (NIST NOTIF-1). Plain text and HTML.
import type { MailEnvelope, SecurityMessage } from '../core/ports.js';

const METHOD_NAMES = { totp: 'an authentication app', email: 'one-time e-mail passwords' } as const;

interface Parts {
  subject: string;
  lines: string[];
  /** Whether to add the "if this was not you" paragraph. */
  warn: boolean;
}

function partsOf(message: SecurityMessage, product: string): Parts {
  switch (message.kind) {
    case 'email_code': {
      const purpose = { sign_in: 'finish signing in', enrollment: 'turn on one-time e-mail passwords', confirmation: 'confirm the change to your security settings' }[message.purpose];
      return {
        subject: `Your ${product} verification code`,
        lines: [`Enter this code in ${product} to ${purpose}:`, '', `    ${message.code}`, '', `It is valid for ${message.validForMinutes} minutes and can be used once. Never share it with anyone.`],
        warn: true,
      };
    }
    case 'mfa_enabled':
      return { subject: `${product}: multifactor authentication is on`, lines: [`Multifactor authentication was turned on for your account, with ${METHOD_NAMES[message.method]}.`], warn: true };
    case 'mfa_disabled':
      return { subject: `${product}: multifactor authentication was turned off`, lines: ['Multifactor authentication was turned off for your account. Your account is now protected by the password alone.'], warn: true };
    case 'mfa_method_changed':
      return {
        subject: `${product}: your multifactor authentication method changed`,
        lines: [`Your account now uses ${METHOD_NAMES[message.method]} instead of ${METHOD_NAMES[message.previousMethod]} for multifactor authentication.`],
        warn: true,
      };
    case 'recovery_code_used':
      return {
        subject: `${product}: a recovery code was used`,
        lines: [`A recovery code was used to sign in to your account. ${message.remaining} recovery code${message.remaining === 1 ? '' : 's'} remain${message.remaining === 1 ? 's' : ''}.`, message.remaining <= 3 ? 'You are running low: generate a new set from your account page.' : ''],
        warn: true,
      };
    case 'recovery_codes_regenerated':
      return { subject: `${product}: new recovery codes`, lines: ['A new set of recovery codes was generated for your account. The previous codes no longer work.'], warn: true };
    case 'mfa_reset_by_admin':
      return {
        subject: `${product}: an administrator reset your multifactor authentication`,
        lines: [`The administrator ${message.adminUsername} removed multifactor authentication from your account. You will be asked to set it up again when you next sign in, if it is required.`],
        warn: true,
      };
    case 'password_changed':
      return { subject: `${product}: your password was changed`, lines: ['The password of your account was changed, and your other sessions were ended.'], warn: true };
    case 'api_key_created':
      return { subject: `${product}: a new API key was created`, lines: [`An API key named "${message.keyName}" (${message.apiKey}) was created for your account.`], warn: true };
    case 'test':
      return { subject: `${product}: test message`, lines: ['This is a test message. E-mail delivery works.'], warn: false };
  }
}

function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);
}

export function renderMessage(product: string, mail: MailEnvelope): { subject: string; text: string; html: string } {
  const parts = partsOf(mail.message, product);
  const when = `${new Date(mail.at).toISOString().replace('T', ' ').slice(0, 19)} UTC`;
  const context = [`Account: ${mail.username}`, `Time: ${when}`, ...(mail.clientAddress ? [`From address: ${mail.clientAddress}`] : [])];
  const warning = parts.warn
    ? `If this was not you, sign in and change your password now, end your other sessions, and tell your ${product} administrator.`
    : '';
  const body = [...parts.lines.filter((l, i, all) => l !== '' || (i > 0 && all[i - 1] !== '')), '', ...context, ...(warning ? ['', warning] : [])];
  const text = [`${product}`, '', ...body, '', `-- ${product} account security`].join('\n');
  const html = [
    '<!doctype html><html><body style="font-family: sans-serif; line-height: 1.5; color: #1f2933">',
    `<h2 style="margin:0 0 1em">${escapeHtml(product)}</h2>`,
    ...parts.lines.filter(Boolean).map((line) => (/^\s{4}\d{6}$/.test(line) ? `<p style="font-size: 28px; letter-spacing: 6px; font-weight: bold">${escapeHtml(line.trim())}</p>` : `<p>${escapeHtml(line)}</p>`)),
    `<p style="color:#52606d">${context.map(escapeHtml).join('<br>')}</p>`,
    ...(warning ? [`<p><strong>${escapeHtml(warning)}</strong></p>`] : []),
    `<p style="color:#9aa5b1">${escapeHtml(product)} account security</p>`,
    '</body></html>',
  ].join('\n');
  return { subject: parts.subject, text, html };
}
