// The one catalogue of public error types. Clients branch on `type`, never on `message`.
// HTTP status for each type lives in one table in src/server/error-status.ts; docs/error-codes.md
// is kept equal to both by a test. Probing failures (unknown user, wrong password, wrong code,
// bad API key) share `invalid_credentials` so that nothing can be learned from the answer.

export const errorMessages = {
  invalid_request: 'The request is not valid.',
  payload_too_large: 'The request body is too large.',
  unsupported_media_type: 'The request body must be JSON.',
  not_found: 'There is nothing here.',
  authentication_required: 'Sign in, or send HTTP Basic credentials.',
  invalid_credentials: 'The credentials are not correct.',
  sign_in_expired: 'This sign-in has ended. Start again with your username and password.',
  password_change_required: 'You must change your password before you continue.',
  reauthentication_required: 'Confirm your password to continue.',
  forbidden: 'You are not allowed to do this.',
  csrf_rejected: 'The request did not come from this site.',
  too_many_requests: 'Too many attempts. Wait before trying again.',
  factor_locked: 'Too many failed attempts. An administrator must unlock this account.',
  weak_password: 'The new password does not meet the password policy.',
  username_taken: 'A user with this name exists already.',
  last_admin: 'The last enabled administrator cannot be disabled, demoted or deleted.',
  cannot_change_self: 'Administrators cannot do this to their own account.',
  mfa_enabled_use_api_key:
    'Multifactor authentication is on for this account: username and password are refused on the REST API. Use an API key (the API key as username, the API token as password).',
  mfa_not_enabled: 'Multifactor authentication is not on for this account.',
  mfa_method_not_allowed: 'The administrator does not allow this authentication method.',
  mfa_enforced: 'Multifactor authentication is enforced: change the method instead of disabling it.',
  admin_mfa_required: 'Turn on multifactor authentication for your own account first.',
  enrollment_not_found: 'There is no enrollment in progress. Start again.',
  enrollment_not_verified: 'Enter a code to verify the enrollment first.',
  email_address_required: 'Set an e-mail address on your account first.',
  email_delivery_failed: 'The e-mail could not be sent.',
  api_key_name_taken: 'An API key with this name exists already.',
  authenticator_limit_reached: 'You have as many authenticators of this kind as an account may hold. Remove one first.',
  authenticator_name_taken: 'Another of your authenticators has this name. Choose another.',
  api_key_read_only: 'This API key is read-only.',
  api_key_lifetime_exceeded: 'The expiry date is later than the administrator allows.',
  api_key_not_allowed: 'An API key cannot do this: sign in to the console.',
  webauthn_unavailable: 'Security keys and passkeys are unavailable here: open the console at its public host name.',
  passkey_sign_in_disabled: 'The administrator has turned off signing in with a passkey. Sign in with your username and password.',
  request_timeout: 'The request did not arrive in time. Send it again.',
  server_busy: 'The server is checking too many passwords right now. Try again in a moment.',
  service_unavailable: 'The service is not available right now. Try again shortly.',
  internal_error: 'Something went wrong on the server.',
} as const;

export type ErrorType = keyof typeof errorMessages;

export const errorTypes = Object.keys(errorMessages) as ErrorType[];

/** A failure the client should see as-is, in the envelope. Thrown only across the HTTP boundary. */
export class PublicError extends Error {
  readonly type: ErrorType;
  readonly retryAfterInSeconds: number | undefined;
  /** The wire names of the request fields at fault (invalid_request), for programs. */
  readonly fields: string[] | undefined;
  constructor(type: ErrorType, options: { message?: string; retryAfterInSeconds?: number; fields?: string[] } = {}) {
    super(options.message ?? errorMessages[type]);
    this.name = 'PublicError';
    this.type = type;
    this.retryAfterInSeconds = options.retryAfterInSeconds;
    this.fields = options.fields;
  }
}
