// What a person reads for each error type of the catalogue (docs/error-codes.md). Screens may say
// more for their own context (a wrong code is not a wrong password); server messages that carry the
// detail (password policy, validation) are shown as they come.
import { ApiError } from './client.ts';
import type { ErrorType } from './types.ts';

/**
 * Every type of the catalogue, keyed by the generated union (a type without a text here does not
 * compile); null: the server's message is the useful part (it names the rule, the field or the wait).
 */
export const errorTexts: Record<ErrorType | 'network_error', string | null> = {
  network_error: 'Gatehouse did not answer. Check the connection and try again.',
  invalid_request: null,
  payload_too_large: 'What you entered is too long.',
  unsupported_media_type: 'The console sent something the server did not expect. Reload the page and try again.',
  not_found: 'This no longer exists. Reload the page.',
  request_timeout: 'The request took too long to arrive. Check the connection and try again.',
  authentication_required: 'Your session has ended. Sign in again.',
  invalid_credentials: 'The username or password is not correct.',
  sign_in_expired: 'This sign-in took too long or had too many wrong codes. Start again with your username and password.',
  password_change_required: 'You must change your password before you continue.',
  reauthentication_required: null,
  forbidden: 'You are not allowed to do this.',
  csrf_rejected: 'The request did not come from this console. Reload the page and try again.',
  too_many_requests: null,
  factor_locked: 'Too many failed attempts. An administrator must unlock this account.',
  weak_password: null,
  username_taken: 'A user with this name exists already.',
  last_admin: 'The last enabled administrator cannot be disabled, demoted or deleted.',
  cannot_change_self: 'You cannot do this to your own account.',
  mfa_enabled_use_api_key: null,
  mfa_not_enabled: 'Multifactor authentication is not on for this account.',
  mfa_method_not_allowed: 'The administrator does not allow this authentication method.',
  mfa_enforced: 'Multifactor authentication is required for all users: you cannot turn it off or remove your last authenticator. Add another authenticator first if you want to replace this one.',
  admin_mfa_required: 'Turn on multifactor authentication for your own account before you enforce it for everyone.',
  enrollment_not_found: 'This setup is no longer in progress. Start again.',
  enrollment_not_verified: 'Enter a code to verify the enrollment first.',
  email_address_required: 'Set an e-mail address on your account first.',
  email_delivery_failed: null,
  api_key_name_taken: 'You already have an API key with this name.',
  api_key_read_only: 'This API key is read-only.',
  api_key_lifetime_exceeded: null,
  api_key_not_allowed: null,
  authenticator_limit_reached: null,
  authenticator_name_taken: 'Another of your authenticators has this name. Choose another.',
  server_busy: 'Gatehouse is busy checking passwords right now. Try again in a moment.',
  service_unavailable: null,
  internal_error: 'Something went wrong on the server. Try again; if it keeps happening, tell your administrator.',
};

export function waitText(seconds: number): string {
  if (seconds < 60) return `${seconds} second${seconds === 1 ? '' : 's'}`;
  const minutes = Math.ceil(seconds / 60);
  return `${minutes} minute${minutes === 1 ? '' : 's'}`;
}

/** The sentence to show for a failed request; `overrides` says it for this screen. */
export function describeError(error: unknown, overrides: Record<string, string> = {}): string {
  if (!(error instanceof ApiError)) return 'Something went wrong in the console. Reload the page and try again.';
  const override = overrides[error.type];
  if (override) return override;
  if (error.type === 'too_many_requests') {
    return error.retryAfterInSeconds !== null ? `Too many attempts. Try again in ${waitText(error.retryAfterInSeconds)}.` : 'Too many attempts. Wait a moment and try again.';
  }
  return errorTexts[error.type as ErrorType] ?? error.message;
}

/** Wording for code entry: a wrong code is not a wrong password. */
export const codeErrors = {
  invalid_credentials: 'That code is not correct. Check it and try again.',
};

/** Wording where a password and a code were both asked. */
export const passwordAndCodeErrors = {
  invalid_credentials: 'The password or the code is not correct.',
};
