// An audit event's details as a phrase a person reads ("Allowed methods: app only (was app and
// e-mail); enforcement on"), one rule per event type; details this console does not know yet are
// still phrased, field by field, in words (never key=value or camelCase).
import type { AuditEvent } from '../../api/types.ts';

type Details = Record<string, unknown>;

const METHODS: Record<string, string> = { totp: 'app', email: 'e-mail', recovery_code: 'recovery code', email_code: 'e-mail code', password: 'password', webauthn: 'security key' };
const method = (value: unknown) => (typeof value === 'string' ? (METHODS[value] ?? value.replace(/_/g, ' ')) : 'none');
/** Any detail value, in words. */
const text = (value: unknown): string => valueWords(value);
const count = (n: unknown, one: string) => `${text(n)} ${one}${n === 1 ? '' : 's'}`;

function methodList(value: unknown): string {
  const list = Array.isArray(value) ? value.map(method) : [];
  if (list.length === 1) return `${list[0]!} only`;
  return list.length ? `${list.slice(0, -1).join(', ')} and ${list.at(-1)!}` : 'none';
}

function policyPhrase(policy: unknown): { methods: string; enforcement: string } {
  const p = (policy ?? {}) as { allowedMethods?: unknown; allowed_methods?: unknown; enforceMfa?: unknown; enforce_mfa?: unknown };
  return { methods: methodList(p.allowedMethods ?? p.allowed_methods), enforcement: (p.enforceMfa ?? p.enforce_mfa) === true ? 'on' : 'off' };
}

/** Which authenticator: its name when the event has it ("“Work phone” (app)"), else the kind. */
const which = (d: Details) => (typeof d.authenticator_name === 'string' ? `“${d.authenticator_name}” (${method(d.factor)})` : method(d.factor));
const named = (d: Details) => `“${text(d.name)}” (${method(d.kind)})`;

const endedPhrase = (d: Details) => (typeof d.ended_sessions === 'number' && d.ended_sessions > 0 ? `; ${count(d.ended_sessions, 'other session')} ended` : '');

const WHY: Record<string, string> = {
  wrong_password: 'wrong password',
  unknown_user: 'unknown user',
  disabled: 'account disabled',
  wrong_current_password: 'wrong current password',
};

const rules: Record<string, (d: Details) => string> = {
  sign_in_succeeded: (d) => (d.via === 'enrollment' ? 'After enrolling in MFA' : d.aal === 2 ? `With password and ${method(d.factor)}` : 'With password'),
  sign_in_failed: (d) => `As ${text(d.username ?? 'someone')}: ${WHY[text(d.why)] ?? text(d.why ?? 'refused').replace(/_/g, ' ')}`,
  sign_in_throttled: (d) => `As ${text(d.username ?? 'someone')}: too many attempts${d.limit === 'address' ? ' from this address' : ''}`,
  second_factor_succeeded: (d) => `With ${which(d)}${d.next === 'awaiting_enrollment' ? '; must now enroll an allowed method' : ''}`,
  second_factor_failed: (d) => `Wrong ${method(d.factor)}${typeof d.authenticator_name === 'string' ? ` from “${d.authenticator_name}”` : ''}${d.during === 'enrollment' ? ' while enrolling' : ''}`,
  second_factor_throttled: (d) => `Too many wrong codes (${method(d.factor)})`,
  factor_locked: (d) => `${method(d.factor)} locked until an administrator unlocks it`,
  totp_code_replayed: () => 'An app code that was used already',
  recovery_code_used: (d) => `${count(d.remaining, 'recovery code')} left`,
  mfa_enrollment_started: (d) => `Method: ${method(d.method)}${d.changing_from ? ` (replacing ${method(d.changing_from)})` : ''}`,
  mfa_enrollment_verified: (d) => `Method: ${method(d.method)}`,
  mfa_enabled: (d) => `Method: ${method(d.method)}${endedPhrase(d)}`,
  mfa_method_changed: (d) => `Method: ${method(d.method)} (was ${method(d.previous_method)})${endedPhrase(d)}`,
  mfa_disabled: (d) => `Method was ${method(d.method)}${endedPhrase(d)}`,
  mfa_reset: (d) => `Method was ${method(d.previous_method)}; by ${d.by === 'host' ? 'the host command line' : 'an administrator'}${endedPhrase(d)}`,
  password_changed: (d) => (d.why ? `Refused: ${WHY[text(d.why)] ?? text(d.why).replace(/_/g, ' ')}` : `Other sessions ended: ${text(d.ended_sessions ?? 0)}`),
  authenticator_added: (d) => `${named(d)}${endedPhrase(d)}`,
  authenticator_renamed: (d) => `Now called “${text(d.name)}”`,
  authenticator_removed: (d) => `${named(d)}${d.by === 'admin' ? ', by an administrator' : ''}${endedPhrase(d)}`,
  step_up_succeeded: (d) => `Confirmed with the password and ${which(d)}`,
  step_up_failed: (d) => `Wrong ${method(d.factor)}${typeof d.authenticator_name === 'string' ? ` from “${d.authenticator_name}”` : ''} when confirming a change`,
  policy_changed: (d) => {
    const before = policyPhrase(d.before);
    const after = policyPhrase(d.after);
    const methods = before.methods === after.methods ? `Allowed methods: ${after.methods}` : `Allowed methods: ${after.methods} (was ${before.methods})`;
    const enforcement = before.enforcement === after.enforcement ? `enforcement ${after.enforcement}` : `enforcement ${after.enforcement} (was ${before.enforcement})`;
    return `${methods}; ${enforcement}${typeof d.users_to_enroll === 'number' ? `; ${count(d.users_to_enroll, 'user')} to enroll` : ''}`;
  },
  user_added: (d) => `Role: ${text(d.role ?? 'standard')}`,
  user_changed: (d) =>
    [d.role ? `Role: ${text(d.role)}` : null, d.email_changed ? 'E-mail address changed' : null, d.disabled === undefined ? null : d.disabled ? 'Disabled' : 'Enabled'].filter(Boolean).join('; '),
  user_disabled: () => 'Sign-in, sessions and API keys stopped',
  user_enabled: () => 'May sign in again',
  session_ended: () => 'One session',
  sessions_ended: (d) => count(d.ended ?? 0, 'session'),
  api_key_created: (d) => `“${text(d.name)}” (${text(d.api_key)})${d.read_only ? ', read-only' : ''}${d.expires_at ? `, expires ${new Date(Number(d.expires_at)).toISOString().slice(0, 10)}` : ''}`,
  api_key_first_used: (d) => `“${text(d.name)}” (${text(d.api_key)})`,
  api_key_revoked: (d) => `“${text(d.name)}” (${text(d.api_key)}), by ${d.revoked_by === 'owner' ? 'its owner' : 'an administrator'}`,
  api_key_refused: (d) => `${text(d.api_key ?? 'A key')}: ${text(d.reason ?? 'refused').replace(/_/g, ' ')}`,
  api_key_policy_changed: (d) => `Maximum key lifetime: ${d.max_lifetime_days ? count(d.max_lifetime_days, 'day') : 'none'} (was ${d.previous_max_lifetime_days ? count(d.previous_max_lifetime_days, 'day') : 'none'})`,
  smtp_settings_changed: (d) =>
    d.outbox ? 'Mail goes to the outbox folder' : `Server ${text(d.host)}:${text(d.port)}, ${text(d.security)}${d.username ? `, as ${text(d.username)}` : ''}${d.password_changed ? '; password changed' : ''}`,
};

/** "ended_sessions" or "endedSessions" → "Ended sessions". */
function words(key: string): string {
  const text = key.replace(/([a-z])([A-Z])/g, '$1 $2').replace(/_/g, ' ').toLowerCase();
  return text.charAt(0).toUpperCase() + text.slice(1);
}

function valueWords(value: unknown): string {
  if (value === null || value === undefined) return 'none';
  if (typeof value === 'boolean') return value ? 'yes' : 'no';
  if (Array.isArray(value)) return value.map(valueWords).join(', ');
  if (typeof value === 'object') return Object.entries(value as Details).map(([k, v]) => `${words(k).toLowerCase()} ${valueWords(v)}`).join(', ');
  return `${value as string | number}`;
}

function generic(details: Details): string {
  return Object.entries(details)
    .map(([key, value]) => `${words(key)}: ${valueWords(value)}`)
    .join('; ');
}

export function describeAuditDetails(event: Pick<AuditEvent, 'type' | 'details'>): string {
  const details = event.details ?? {};
  if (Object.keys(details).length === 0) return '';
  const rule = rules[event.type];
  return rule ? rule(details) : generic(details);
}
