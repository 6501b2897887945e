// The one table from the core's failure reasons to public errors (tRPC's shape): every expected
// outcome a core function can answer has its row here, so a reason without one does not compile
// (it could otherwise only become a 500). Route handlers call `throwFor(ctx, result)`.
import type { CoreContext } from '../core/context.js';
import { type ErrorType, PublicError } from '../core/errors.js';
import { describePasswordProblem, type PasswordProblem } from '../core/passwords/password-policy.js';
import { emailCodeRefusal } from './email-code-refusal.js';

/** Reasons whose answer needs nothing but the reason. */
const SIMPLE = {
  locked: 'factor_locked',
  invalid_credentials: 'invalid_credentials',
  wrong_code: 'invalid_credentials',
  sign_in_expired: 'sign_in_expired',
  enrollment_not_found: 'enrollment_not_found',
  enrollment_not_verified: 'enrollment_not_verified',
  mfa_not_enabled: 'mfa_not_enabled',
  mfa_enforced: 'mfa_enforced',
  mfa_method_not_allowed: 'mfa_method_not_allowed',
  admin_mfa_required: 'admin_mfa_required',
  email_address_required: 'email_address_required',
  not_found: 'not_found',
  last_admin: 'last_admin',
  cannot_change_self: 'cannot_change_self',
  username_taken: 'username_taken',
  api_key_name_taken: 'api_key_name_taken',
  authenticator_limit_reached: 'authenticator_limit_reached',
  authenticator_name_taken: 'authenticator_name_taken',
} as const satisfies Record<string, ErrorType>;

/** Reasons answered with a message of their own. */
const WITH_MESSAGE = {
  replayed: ['invalid_credentials', 'That code was used already. Wait for the next code from your authenticator app.'],
  used: ['invalid_credentials', 'That code was used already: each code works once. Enter a new one.'],
  method_not_enrolled: ['invalid_request', 'That authenticator is not one this account may use to sign in.'],
  reauthentication_required: ['reauthentication_required', 'Confirm with your password and a current code from your authenticator (or a recovery code).'],
  invalid_username: ['invalid_request', "The username may have 1 to 64 letters, digits, '.', '_', '-' or '@', and must start with a letter or digit."],
  invalid_email: ['invalid_request', 'The e-mail address is not valid.'],
  email_is_mfa_method: ['invalid_request', 'Your one-time passwords go to this address: add another authenticator and remove the e-mail one before removing the address.'],
  same_password: ['weak_password', 'The new password must differ from the current one.'],
  invalid_authenticator_name: ['invalid_request', 'The name must have 1 to 64 characters, without control characters.'],
  invalid_api_key_name: ['invalid_request', 'The name must have 1 to 64 characters, without control characters.'],
  api_key_expiry_not_in_future: ['invalid_request', 'expires_at must be in the future.'],
} as const satisfies Record<string, readonly [ErrorType, string]>;

export type Failure =
  | { ok: false; reason: keyof typeof SIMPLE | keyof typeof WITH_MESSAGE }
  | { ok: false; reason: 'throttled'; retryAfterInSeconds: number; limit?: 'cooldown' | 'hourly_cap' }
  | { ok: false; reason: 'weak_password'; problem: PasswordProblem }
  | { ok: false; reason: 'email_delivery_failed'; error: string }
  | { ok: false; reason: 'api_key_expiry_required' | 'api_key_lifetime_exceeded'; maxLifetimeDays: number };

function publicErrorFor(ctx: CoreContext, failure: Failure): PublicError {
  switch (failure.reason) {
    case 'throttled':
      return failure.limit ? emailCodeRefusal(failure.limit, failure.retryAfterInSeconds) : new PublicError('too_many_requests', { retryAfterInSeconds: failure.retryAfterInSeconds });
    case 'weak_password':
      return new PublicError('weak_password', { message: describePasswordProblem(failure.problem, ctx.settings.passwordPolicy) });
    case 'email_delivery_failed':
      // The SMTP error is for the log, not for the user.
      ctx.log.warn({ event: 'email_delivery_failed', error: failure.error }, 'an e-mail code could not be sent');
      return new PublicError('email_delivery_failed', { message: 'The e-mail could not be sent. Ask an administrator to check e-mail delivery.' });
    case 'api_key_expiry_required':
      return new PublicError('api_key_lifetime_exceeded', { message: `The administrator requires every API key to expire within ${failure.maxLifetimeDays} days: set expires_at.` });
    case 'api_key_lifetime_exceeded':
      return new PublicError('api_key_lifetime_exceeded', { message: `The expiry date may be at most ${failure.maxLifetimeDays} days from now.` });
    default: {
      const reason = failure.reason;
      if (reason in SIMPLE) return new PublicError(SIMPLE[reason as keyof typeof SIMPLE]);
      const [type, message] = WITH_MESSAGE[reason as keyof typeof WITH_MESSAGE];
      return new PublicError(type, { message });
    }
  }
}

/** Throws the public error for an expected failure of the core. */
export function throwFor(ctx: CoreContext, failure: Failure): never {
  throw publicErrorFor(ctx, failure);
}
