// Table types for Kysely. Times are integer milliseconds since the epoch (BIGINT on PostgreSQL,
// parsed back to numbers); booleans are 0/1 integers so both dialects read the same values.
import type { Generated } from 'kysely';

export interface UsersTable {
  id: string;
  username: string;
  username_normalized: string;
  email: string | null;
  role: string;
  password_hash: string;
  must_change_password: number;
  disabled_at: number | null;
  security_stamp: number;
  created_at: number;
  updated_at: number;
}

export interface SessionsTable {
  id: string;
  token_hash: string;
  user_id: string;
  created_at: number;
  last_seen_at: number;
  expires_at: number;
  authenticated_at: number;
  aal: number;
  client_address: string;
  user_agent: string;
  security_stamp: number;
  completed_by: string | null;
}

export interface SignInFlowsTable {
  id: string;
  token_hash: string;
  user_id: string;
  state: string;
  created_at: number;
  expires_at: number;
  failed_attempts: number;
  authenticated_at: number;
  security_stamp: number;
  second_factor_at: number | null;
}

export interface ThrottlesTable {
  subject: string;
  factor: string;
  failures: number;
  next_attempt_at: number;
}

export interface AddressAttemptsTable {
  address: string;
  window_start: number;
  attempts: number;
}

export interface AuditEventsTable {
  id: Generated<number>;
  sequence: number;
  previous_hash: string;
  hash: string;
  at: number;
  type: string;
  outcome: string;
  actor_user_id: string | null;
  actor_username: string | null;
  target_user_id: string | null;
  target_username: string | null;
  client_address: string | null;
  user_agent: string | null;
  details: string;
}

export interface AuditChainHeadTable {
  id: number;
  sequence: number;
  hash: string;
  checkpoint_number: number;
  checkpoint_sequence: number;
  checkpoint_at: number;
}

export interface AuditCheckpointsTable {
  number: number;
  origin: string;
  sequence: number;
  hash: string;
  at: number;
  key_id: string;
  signature: string;
}

export interface AuditSinksTable {
  name: string;
  sequence: number;
  checkpoint_number: number;
  leased_by: string | null;
  lease_until: number;
  updated_at: number;
}

export interface SettingsTable {
  key: string;
  value: string;
  updated_at: number;
}

export interface AuthenticatorsTable {
  id: string;
  user_id: string;
  kind: string;
  name: string;
  created_at: number;
  last_used_at: number | null;
  activated_at: number | null;
  purpose: string | null;
  bound_to: string | null;
  expires_at: number | null;
  verified_at: number | null;
  pending_recovery_code_hashes: string | null;
}

export interface WebAuthnCredentialsTable {
  authenticator_id: string;
  user_id: string;
  credential_id: string;
  public_key: string;
  counter: number;
  transports: string;
  aaguid: string;
  attestation_format: string;
  backup_eligible: number;
  backed_up: number;
  discoverable: number;
  user_verified: number;
  rp_id: string;
  last_used_address: string | null;
}

export interface WebAuthnChallengesTable {
  challenge: string;
  purpose: string;
  bound_to: string;
  user_id: string | null;
  created_at: number;
  expires_at: number;
}

export interface TotpAuthenticatorsTable {
  authenticator_id: string;
  user_id: string;
  secret_ciphertext: string;
  last_used_step: number;
}

export interface RecoveryCodesTable {
  user_id: string;
  code_hash: string;
  created_at: number;
  used_at: number | null;
}

export interface EmailCodesTable {
  id: string;
  user_id: string;
  purpose: string;
  bound_to: string;
  code_hash: string;
  created_at: number;
  expires_at: number;
  attempts: number;
  used_at: number | null;
  superseded: number;
}

export interface ApiKeysTable {
  id: string;
  user_id: string;
  name: string;
  token_hash: string;
  created_at: number;
  expires_at: number | null;
  read_only: number;
  last_used_at: number | null;
  last_used_address: string | null;
  first_used_at: number | null;
}

export interface ServerInstancesTable {
  id: string;
  hostname: string;
  pid: number;
  key_id: string;
  started_at: number;
  seen_at: number;
}

export interface TrustedBrowsersTable {
  id: string;
  user_id: string;
  browser_id_hash: string;
  token_hash: string;
  created_at: number;
  expires_at: number;
  last_used_at: number | null;
  last_used_address: string | null;
  client_address: string;
  user_agent: string;
  security_stamp: number;
}

export interface KnownBrowsersTable {
  user_id: string;
  browser_id_hash: string;
  first_seen_at: number;
  last_seen_at: number;
}

export interface Database {
  users: UsersTable;
  sessions: SessionsTable;
  sign_in_flows: SignInFlowsTable;
  throttles: ThrottlesTable;
  address_attempts: AddressAttemptsTable;
  audit_events: AuditEventsTable;
  audit_chain_head: AuditChainHeadTable;
  audit_checkpoints: AuditCheckpointsTable;
  audit_sinks: AuditSinksTable;
  settings: SettingsTable;
  authenticators: AuthenticatorsTable;
  totp_authenticators: TotpAuthenticatorsTable;
  webauthn_credentials: WebAuthnCredentialsTable;
  webauthn_challenges: WebAuthnChallengesTable;
  recovery_codes: RecoveryCodesTable;
  api_keys: ApiKeysTable;
  email_codes: EmailCodesTable;
  server_instances: ServerInstancesTable;
  trusted_browsers: TrustedBrowsersTable;
  known_browsers: KnownBrowsersTable;
}
