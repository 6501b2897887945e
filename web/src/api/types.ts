// Wire shapes of the REST API (snake_case, RFC 3339 timestamps), as the console reads them.

export type Role = 'admin' | 'standard';
export type MfaMethod = 'totp' | 'email';

export interface UserView {
  id: string;
  username: string;
  email: string | null;
  role: Role;
  disabled: boolean;
  must_change_password: boolean;
  mfa_enabled: boolean;
  mfa_method: MfaMethod | null;
  created_at: string;
}

export type SignInState = 'authenticated' | 'awaiting_second_factor' | 'awaiting_password_change' | 'awaiting_enrollment';

export interface SignInAnswer {
  state: SignInState;
  user?: UserView;
  /** awaiting_second_factor: the user's method and 'recovery_code'; awaiting_enrollment: the allowed methods, when told. */
  methods?: string[];
  email_masked?: string;
  /** awaiting_enrollment: the methods the user may enroll, and whether e-mail is usable for them. */
  allowed_methods?: string[];
  email_available?: boolean;
  session?: { id: string; mfa: boolean; created_at: string };
}

export interface MfaStatus {
  enabled: boolean;
  method: MfaMethod | null;
  recovery_codes_remaining: number;
  allowed_methods: string[];
  enforced: boolean;
}

export interface TotpEnrollment {
  secret: string;
  otpauth_uri: string;
  qr_code_png: string;
}

export interface EmailCodeSent {
  email_masked?: string;
  /** Seconds until another code may be requested, when the server says. */
  resend_after_seconds?: number;
}

export interface SessionView {
  id: string;
  current: boolean;
  created_at: string;
  last_seen_at: string;
  expires_at: string;
  mfa: boolean;
  client_address: string;
  user_agent: string;
}

export interface ApiKeyView {
  api_key: string;
  name: string;
  created_at: string;
  expires_at: string | null;
  last_used_at?: string | null;
  last_used_address?: string | null;
  read_only: boolean;
  /** Admin list: the owner. */
  user?: { id: string; username: string } | null;
  username?: string;
  user_id?: string;
}

export interface NewApiKey extends ApiKeyView {
  api_token: string;
}

export interface PolicyImpact {
  /** Users who must enroll at their next sign-in under the proposed policy. */
  users_to_enroll: number;
  /** Users enrolled with a method the proposed policy disallows. */
  users_with_disallowed_method: number;
  includes_you: boolean;
}

export interface AuthenticationSettings {
  allowed_methods: string[];
  enforce_mfa: boolean;
  impact?: PolicyImpact;
  saved?: boolean;
}

export type SmtpSecurity = 'none' | 'starttls' | 'tls';

export interface SmtpSettings {
  /** environment: GATEHOUSE_SMTP_URL; settings: saved here; outbox: no server, mail goes to files. */
  source: 'environment' | 'settings' | 'outbox';
  delivering: boolean;
  notice: string | null;
  host: string | null;
  port: number | null;
  security: SmtpSecurity | null;
  username: string | null;
  password_set: boolean;
  sender: string | null;
}

export interface AuditEvent {
  id: number;
  /** Its place in the hash chain. */
  sequence: number;
  hash: string;
  at: string;
  type: string;
  outcome: string;
  actor: { id: string | null; username: string | null } | null;
  target: { id: string | null; username: string | null } | null;
  client_address: string | null;
  user_agent: string | null;
  details: Record<string, unknown>;
}

/** GET /api/audit-events/verification */
export interface AuditVerification {
  intact: boolean;
  verified_at: string;
  events: number;
  first_sequence: number | null;
  last_sequence: number | null;
  last_event_at: string | null;
  checkpoints: { first: number; last: number; last_sequence: number; last_at: string } | null;
  break: { kind: string; sequence: number; checkpoint: number | null; message: string } | null;
}
