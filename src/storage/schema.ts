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
  mfa_method: string | null;
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

export interface TotpFactorsTable {
  user_id: string;
  secret_ciphertext: string;
  last_used_step: number;
  created_at: number;
}

export interface RecoveryCodesTable {
  user_id: string;
  code_hash: string;
  created_at: number;
  used_at: number | null;
}

export interface MfaEnrollmentsTable {
  id: string;
  user_id: string;
  method: string;
  secret_ciphertext: string | null;
  recovery_code_hashes: string | null;
  accepted_step: number | null;
  verified_at: number | null;
  created_at: number;
  expires_at: number;
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
  totp_factors: TotpFactorsTable;
  recovery_codes: RecoveryCodesTable;
  mfa_enrollments: MfaEnrollmentsTable;
  api_keys: ApiKeysTable;
  email_codes: EmailCodesTable;
}
