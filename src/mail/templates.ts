// The security e-mails: each names the product, the account, the time and the client address, and
// says what to do if the user did not do this (NIST NOTIF-1). Plain text and HTML.
import { maskEmail } from '../core/notifications/notify-user.js';
import type { AuthenticatorKind } from '../core/authenticators/authenticator.js';
import type { MailEnvelope, SecurityMessage } from '../core/ports.js';

const KIND_NAMES: Record<AuthenticatorKind, string> = { totp: 'an authentication app', email: 'one-time e-mail passwords', webauthn: 'a security key or passkey' };

function listKinds(kinds: readonly AuthenticatorKind[]): string {
  return kinds.map((kind) => KIND_NAMES[kind]).join(' and ');
}

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
      return { subject: `${product}: multifactor authentication is on`, lines: [`Multifactor authentication was turned on for your account, with ${KIND_NAMES[message.authenticatorKind]}.`], warn: true };
    case 'mfa_disabled':
      return { subject: `${product}: multifactor authentication was turned off`, lines: ['Multifactor authentication was turned off for your account. Your account is now protected by the password alone.'], warn: true };
    case 'mfa_method_changed':
      return {
        subject: `${product}: your multifactor authentication method changed`,
        lines: [`Your account now uses ${KIND_NAMES[message.authenticatorKind]} instead of ${listKinds(message.previousKinds)} for multifactor authentication.`],
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
    case 'authenticator_added':
      return {
        subject: `${product}: an authenticator was added to your account`,
        lines: [`"${message.name}" (${KIND_NAMES[message.authenticatorKind]}) was added to your account. It can now be used to sign in.`],
        warn: true,
      };
    case 'authenticator_removed':
      return {
        subject: `${product}: an authenticator was removed from your account`,
        lines: [`"${message.name}" (${KIND_NAMES[message.authenticatorKind]}) was removed from your account and no longer signs you in.`],
        warn: true,
      };
    case 'email_changed': {
      const who = message.byAdministrator ? `The administrator ${message.byAdministrator} changed the e-mail address of your account.` : 'The e-mail address of your account was changed by a signed-in session of your account.';
      const now = message.newAddress ? `Security notices and codes now go to ${maskEmail(message.newAddress)}, not to this address.` : 'Your account has no e-mail address now: security notices and codes are no longer sent.';
      return { subject: `${product}: the e-mail address of your account was changed`, lines: [who, now], warn: true };
    }
    case 'api_key_created':
      return { subject: `${product}: a new API key was created`, lines: [`An API key named "${message.keyName}" (${message.apiKey}) was created for your account.`], warn: true };
    case 'passkey_sign_in':
      return {
        subject: `${product}: you signed in with a passkey`,
        lines: [`Your passkey "${message.name}" was used to sign in to your account without a password.`],
        warn: true,
      };
    case 'webauthn_counter_regression':
      return {
        subject: `${product}: your security key "${message.name}" may have been copied`,
        lines: [
          `Your security key "${message.name}" answered with a signature counter that did not go up. A genuine key counts up every time; a copy of it would not. The sign-in was refused.`,
          'If you did not try to sign in just now, remove this key from your account page and add a new one.',
        ],
        warn: true,
      };
    case 'new_browser_sign_in':
      return {
        subject: `${product}: a sign-in from a new browser`,
        lines: [
          `Your account was signed in to from a browser it had not been used in before: ${message.browser}.`,
          'If this was you, there is nothing to do.',
        ],
        warn: true,
      };
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
