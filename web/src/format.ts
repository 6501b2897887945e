// How times, keys, user agents and authenticator kinds are shown.
import type { AuthenticatorKind } from './api/types.ts';

const dateTime = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeStyle: 'short' });
const dateOnly = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium' });

export function formatDateTime(iso: string | null | undefined): string {
  if (!iso) return '—';
  const at = new Date(iso);
  return Number.isNaN(at.getTime()) ? iso : dateTime.format(at);
}

export function formatDate(iso: string | null | undefined): string {
  if (!iso) return '—';
  const at = new Date(iso);
  return Number.isNaN(at.getTime()) ? iso : dateOnly.format(at);
}

/** A Base32 secret in groups of four, as people copy it into an app by hand. */
export function groupByFour(secret: string): string {
  return (secret.replace(/\s+/g, '').match(/.{1,4}/g) ?? []).join(' ');
}

/** "Firefox on Linux" from a user agent string, or the string itself. */
export function describeUserAgent(agent: string): string {
  if (!agent) return 'Unknown client';
  const browser = /Edg\//.test(agent)
    ? 'Edge'
    : /Firefox\//.test(agent)
      ? 'Firefox'
      : /Chrome\//.test(agent)
        ? 'Chrome'
        : /Safari\//.test(agent)
          ? 'Safari'
          : /curl\//i.test(agent)
            ? 'curl'
            : null;
  const system = /Windows/.test(agent) ? 'Windows' : /Android/.test(agent) ? 'Android' : /iPhone|iPad/.test(agent) ? 'iOS' : /Mac OS X/.test(agent) ? 'macOS' : /Linux/.test(agent) ? 'Linux' : null;
  if (browser && system) return `${browser} on ${system}`;
  return browser ?? (agent.length > 60 ? `${agent.slice(0, 57)}…` : agent);
}

/** Each kind of authenticator, as a label. */
export const kindNames: Record<AuthenticatorKind, string> = {
  totp: 'Authentication app',
  email: 'One-time e-mail password',
};

/** Each kind in a sentence: "You sign in with an authentication app." */
export const kindPhrases: Record<AuthenticatorKind, string> = {
  totp: 'an authentication app',
  email: 'one-time e-mail passwords',
};

/** The kinds of a user's authenticators, as a list: "Authentication app, One-time e-mail password". */
export function describeKinds(kinds: readonly AuthenticatorKind[]): string {
  return kinds.map((kind) => kindNames[kind]).join(', ');
}

/** The username in an otpauth://totp/ISSUER:USERNAME URI. */
export function usernameFromOtpauthUri(uri: string): string | null {
  try {
    const label = decodeURIComponent(new URL(uri).pathname.replace(/^\/+/, '').replace(/^totp\//, ''));
    const colon = label.indexOf(':');
    return colon === -1 ? label : label.slice(colon + 1);
  } catch {
    return null;
  }
}
