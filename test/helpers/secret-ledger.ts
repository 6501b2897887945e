// A ledger of every secret a test saw and every answer the app gave (SPEC 2.9: no secret in the
// log, the audit log, an error message or a response other than the one that issues it).
//
// `recordTraffic` wraps `app.inject`, so every caller (Browser, the step helpers) is recorded:
// - answers: status, headers and body, numbered in order;
// - secrets the app issues, with the number of the answer that issued them: cookie values from
//   Set-Cookie, `api_token`, the TOTP `secret`, `recovery_codes`;
// - secrets the client sends: passwords in bodies and in Basic headers (which may appear in no
//   answer at all), and one-time codes (`code`), which are checked only against storage, logs
//   and the audit log: six digits can turn up by chance in a PNG or an id, and no answer ever
//   issues a code.
import type { InjectOptions, LightMyRequestResponse } from 'fastify';
import { decodeBase32 } from '../../src/core/totp/totp-secret.js';
import type { TestApp } from './test-app.js';

export type SecretKind = 'password' | 'session cookie' | 'sign-in cookie' | 'cookie' | 'api token' | 'totp secret' | 'recovery code' | 'one-time code' | 'smtp password';

export interface RecordedAnswer {
  index: number;
  label: string;
  status: number;
  text: string;
}

export interface RecordedSecret {
  kind: SecretKind;
  /** Every form to look for (as text). */
  forms: string[];
  /** Raw bytes to look for in storage (a TOTP key, a decoded session id). */
  bytes: Buffer[];
  /** The answer that issued it; 'client' when the client chose it; 'code' for a one-time code. */
  issuedBy: number | 'client' | 'code';
  /** Where it was first seen, for the report. */
  seenAt: string;
}

export interface Finding {
  kind: SecretKind;
  where: string;
  issuedBy: RecordedSecret['issuedBy'];
  excerpt: string;
}

export class SecretLedger {
  readonly answers: RecordedAnswer[] = [];
  readonly secrets: RecordedSecret[] = [];
  private readonly known = new Set<string>();

  add(kind: SecretKind, value: string, issuedBy: RecordedSecret['issuedBy'], seenAt: string, extraForms: string[] = [], bytes: Buffer[] = []): void {
    if (value.length === 0) return;
    if (this.known.has(value)) {
      // Seen before (a password sent again in a Basic header): keep the new forms too.
      const existing = this.secrets.find((s) => s.forms[0] === value)!;
      existing.forms = [...new Set([...existing.forms, ...extraForms])];
      return;
    }
    this.known.add(value);
    this.secrets.push({ kind, forms: [...new Set([value, ...extraForms])], bytes, issuedBy, seenAt });
  }

  /** True when `value` is already a recorded secret in any of its forms. */
  knows(value: string): boolean {
    return this.secrets.some((s) => s.forms.includes(value));
  }

  /** True when `value` is a recorded secret as such (not only one of its forms). */
  isValue(value: string): boolean {
    return this.known.has(value);
  }

  count(kind: SecretKind): number {
    return this.secrets.filter((s) => s.kind === kind).length;
  }
}

export function totpSecretForms(base32: string): { forms: string[]; bytes: Buffer[] } {
  const compact = base32.replace(/\s+/g, '');
  const raw = Buffer.from(decodeBase32(compact)!);
  return {
    forms: [compact, compact.toLowerCase(), raw.toString('hex'), raw.toString('hex').toUpperCase(), raw.toString('base64'), raw.toString('base64url')],
    bytes: [raw],
  };
}

export function recoveryCodeForms(code: string): string[] {
  const compact = code.replaceAll('-', '');
  return [code, code.toLowerCase(), code.toUpperCase(), compact, compact.toLowerCase(), compact.toUpperCase()];
}

function basicForms(username: string, secret: string): string[] {
  return [Buffer.from(`${username}:${secret}`).toString('base64')];
}

const PASSWORD_FIELDS = ['password', 'current_password', 'new_password'];

/** Records what the client sends: passwords, Basic credentials, one-time codes. */
function recordRequest(ledger: SecretLedger, options: InjectOptions, label: string): void {
  const payload = typeof options.payload === 'string' ? safeJson(options.payload) : options.payload;
  if (payload && typeof payload === 'object' && !Buffer.isBuffer(payload)) {
    const body = payload as Record<string, unknown>;
    const username = typeof body.username === 'string' ? body.username : '';
    for (const field of PASSWORD_FIELDS) {
      const value = body[field];
      if (typeof value !== 'string') continue;
      const kind = label.includes('/api/settings/smtp') ? 'smtp password' : 'password';
      ledger.add(kind, value, 'client', label, username ? basicForms(username, value) : []);
    }
    if (typeof body.code === 'string' && !ledger.knows(body.code)) {
      // A recovery code sent back is already in the ledger (its forms include this one).
      if (/^\d{6}$/.test(body.code)) ledger.add('one-time code', body.code, 'code', label);
      else ledger.add('recovery code', body.code, 'client', label, recoveryCodeForms(body.code));
    }
  }
  const authorization = (options.headers as Record<string, string> | undefined)?.authorization;
  if (typeof authorization === 'string' && /^Basic /i.test(authorization)) {
    const decoded = Buffer.from(authorization.slice(6), 'base64').toString('utf8');
    const colon = decoded.indexOf(':');
    const [user, secret] = [decoded.slice(0, colon), decoded.slice(colon + 1)];
    if (colon > 0 && (!ledger.knows(secret) || ledger.isValue(secret))) ledger.add(secret.startsWith('gt_') ? 'api token' : 'password', secret, 'client', label, basicForms(user, secret));
  }
}

/** Records what the app issues: cookies, tokens, TOTP secrets, recovery codes. */
function recordAnswer(ledger: SecretLedger, response: LightMyRequestResponse, label: string): void {
  const index = ledger.answers.length;
  ledger.answers.push({ index, label, status: response.statusCode, text: `${JSON.stringify(response.headers)}\n${response.body}` });
  const where = `#${index} ${label}`;
  for (const cookie of response.cookies) {
    if (!cookie.value) continue;
    const kind: SecretKind = cookie.name.endsWith('gatehouse_session') ? 'session cookie' : cookie.name.endsWith('gatehouse_sign_in') ? 'sign-in cookie' : 'cookie';
    ledger.add(kind, cookie.value, index, where, [], [Buffer.from(cookie.value, 'base64url')].filter((b) => b.length >= 16));
  }
  const body = safeJson(response.body) as Record<string, unknown> | undefined;
  if (!body || typeof body !== 'object') return;
  if (typeof body.api_token === 'string') ledger.add('api token', body.api_token, index, where, typeof body.api_key === 'string' ? basicForms(body.api_key, body.api_token) : []);
  if (typeof body.secret === 'string') {
    const { forms, bytes } = totpSecretForms(body.secret);
    ledger.add('totp secret', body.secret, index, where, forms, bytes);
  }
  if (Array.isArray(body.recovery_codes)) for (const code of body.recovery_codes as string[]) ledger.add('recovery code', code, index, where, recoveryCodeForms(code));
}

function safeJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}

/** Wraps `t.app.inject` so that every request and answer goes through the ledger. */
export function recordTraffic(t: TestApp, ledger: SecretLedger): void {
  const inject = t.app.inject.bind(t.app) as (options: InjectOptions) => Promise<LightMyRequestResponse>;
  const recorded = async (options: InjectOptions) => {
    const label = `${options.method ?? 'GET'} ${typeof options.url === 'string' ? options.url : JSON.stringify(options.url)}`;
    recordRequest(ledger, options, label);
    const response = await inject(options);
    recordAnswer(ledger, response, label);
    return response;
  };
  (t.app as unknown as { inject: typeof recorded }).inject = recorded;
}

/** Where `form` occurs in `text`: a one-time code only as a whole number, not inside a longer one. */
function occurrence(text: string, form: string, isCode: boolean): number {
  if (!isCode) return text.indexOf(form);
  const match = new RegExp(`(?<![0-9])${form}(?![0-9])`).exec(text);
  return match ? match.index : -1;
}

function excerptAround(text: string, at: number, form: string): string {
  const start = Math.max(0, at - 80);
  return text.slice(start, at + form.length + 80).replaceAll(form, `«${'*'.repeat(Math.min(form.length, 8))}»`).replace(/[^\x20-\x7e]/g, '.');
}

/** Every place in `sources` (name → text) where a secret of the ledger occurs. */
export function findSecretsIn(ledger: SecretLedger, sources: Record<string, string>, raw: Record<string, Buffer> = {}): Finding[] {
  const findings: Finding[] = [];
  for (const secret of ledger.secrets) {
    const isCode = secret.issuedBy === 'code';
    for (const [where, text] of Object.entries(sources)) {
      for (const form of secret.forms) {
        const at = occurrence(text, form, isCode);
        if (at >= 0) {
          findings.push({ kind: secret.kind, where, issuedBy: secret.issuedBy, excerpt: excerptAround(text, at, form) });
          break;
        }
      }
    }
    for (const [where, buffer] of Object.entries(raw)) {
      if (secret.bytes.some((b) => buffer.includes(b))) findings.push({ kind: secret.kind, where: `${where} (raw bytes)`, issuedBy: secret.issuedBy, excerpt: '' });
    }
  }
  return findings;
}

/** Secrets found in answers other than the one that issued them (codes are not looked for here). */
export function findSecretsInAnswers(ledger: SecretLedger): Finding[] {
  const findings: Finding[] = [];
  for (const secret of ledger.secrets) {
    if (secret.issuedBy === 'code') continue;
    for (const answer of ledger.answers) {
      if (answer.index === secret.issuedBy) continue;
      const form = secret.forms.find((f) => answer.text.includes(f));
      if (form) findings.push({ kind: secret.kind, where: `answer #${answer.index} ${answer.label} (${answer.status})`, issuedBy: secret.issuedBy, excerpt: excerptAround(answer.text, answer.text.indexOf(form), form) });
    }
  }
  return findings;
}
