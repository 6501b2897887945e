// Wire shapes shared by several routes. Route schemas validate input and write the OpenAPI document.
import { type TLiteral, type TSchema, type TUnion, Type } from '@sinclair/typebox';
import { AUTHENTICATOR_KINDS } from '../core/authenticators/authenticator.js';
import { type ErrorType, errorTypes } from '../core/errors.js';

export const ErrorEnvelope = Type.Object(
  {
    error: Type.Object({
      type: Type.Unsafe<ErrorType>({ type: 'string', enum: [...errorTypes], description: 'one of docs/error-codes.md: clients branch on it' }),
      message: Type.String({ description: 'a sentence for people: what went wrong and what to do' }),
      fields: Type.Optional(Type.Array(Type.String(), { description: 'invalid_request: the wire names of the request fields at fault' })),
    }),
  },
  { description: 'Every failure: clients branch on error.type (docs/error-codes.md).' },
);

export const Timestamp = Type.String({ format: 'date-time' });

/** The kinds of authenticator, from the one list in the core. */
export const AuthenticatorKind = literalUnion(AUTHENTICATOR_KINDS);

type Literals<T extends readonly string[]> = { -readonly [K in keyof T]: TLiteral<T[K]> };

/** A union of string literals from a list: one `as const` list is the source of both type and schema. */
function literalUnion<const T extends readonly string[]>(values: T): TUnion<[...Literals<T>]> {
  return Type.Union(values.map((value) => Type.Literal(value))) as unknown as TUnion<[...Literals<T>]>;
}

export const AuthenticatorView = Type.Object({
  id: Type.String(),
  kind: AuthenticatorKind,
  name: Type.String(),
  created_at: Timestamp,
  last_used_at: Type.Union([Timestamp, Type.Null()]),
});

/** A code from an authenticator (6 digits), or a recovery code. */
export const CodeInput = Type.String({ minLength: 1, maxLength: 64 });
/** Which of the user's authenticators a code is from; the one used last when absent. */
export const AuthenticatorIdInput = Type.String({ minLength: 1, maxLength: 64, description: "which of the user's authenticators the code is from (default: the one used last)" });
/** A success without a body (204). */
export const NoContent = Type.Null({ description: 'Done; no body' });

export const UserView = Type.Object({
  id: Type.String(),
  username: Type.String(),
  email: Type.Union([Type.String(), Type.Null()]),
  role: Type.Union([Type.Literal('admin'), Type.Literal('standard')]),
  disabled: Type.Boolean(),
  must_change_password: Type.Boolean(),
  mfa_enabled: Type.Boolean(),
  mfa_method: Type.Union([AuthenticatorKind, Type.Null()], { description: 'the kind of the authenticator used most recently (kept for older clients; see mfa_kinds)' }),
  mfa_kinds: Type.Array(AuthenticatorKind, { description: "the kinds of the user's authenticators, the most recently used first" }),
  created_at: Timestamp,
});

export const SessionView = Type.Object({
  id: Type.String(),
  current: Type.Boolean(),
  created_at: Timestamp,
  last_seen_at: Timestamp,
  expires_at: Timestamp,
  mfa: Type.Boolean({ description: 'true when the session passed a second factor (AAL 2)' }),
  client_address: Type.String(),
  user_agent: Type.String(),
});

export const Role = Type.Union([Type.Literal('admin'), Type.Literal('standard')]);
export const Username = Type.String({ minLength: 1, maxLength: 64 });
/** Long enough for any password the policy allows; longer input is refused before hashing. */
export const PasswordInput = Type.String({ minLength: 1, maxLength: 1024 });
export const Email = Type.String({ maxLength: 254 });
export const IdParams = Type.Object({ id: Type.String({ minLength: 1, maxLength: 64 }) });

const errorResponse = (description: string) => ({ ...ErrorEnvelope, description });

/** Responses every route may give, besides its own success shape. */
export function withErrors<T extends Record<number, TSchema>>(success: T) {
  return {
    ...success,
    400: errorResponse('invalid_request and other input errors'),
    401: errorResponse('authentication_required, invalid_credentials, mfa_enabled_use_api_key'),
    403: errorResponse('forbidden, csrf_rejected, password_change_required'),
    429: errorResponse('too_many_requests (with Retry-After), factor_locked'),
  };
}

/** An API key as lists show it: never the token or its hash. */
export const ApiKeyView = Type.Object({
  api_key: Type.String({ description: 'the public id (gk_…): the Basic username' }),
  name: Type.String(),
  created_at: Timestamp,
  expires_at: Type.Union([Timestamp, Type.Null()]),
  read_only: Type.Boolean({ description: 'GET and HEAD only' }),
  last_used_at: Type.Union([Timestamp, Type.Null()], { description: 'recorded at most once a minute' }),
  last_used_address: Type.Union([Type.String(), Type.Null()]),
});

export const ApiKeyParams = Type.Object({ api_key: Type.String({ minLength: 1, maxLength: 64 }) });
