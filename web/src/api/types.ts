// Wire shapes of the REST API (snake_case, RFC 3339 timestamps), as the console reads them: every
// one is taken from the types generated out of the server's OpenAPI document (schema.ts), so a
// change on the server that the console does not follow fails to compile.
import type { paths } from './schema.ts';

type Json<R> = R extends { content: { 'application/json': infer J } } ? J : never;
/** The JSON body of a route's success answer (200, else 201). */
type Answer<P extends keyof paths, M extends keyof paths[P]> = paths[P][M] extends { responses: infer R }
  ? R extends { 200: infer Ok }
    ? Json<Ok>
    : R extends { 201: infer Created }
      ? Json<Created>
      : never
  : never;
type Element<T> = T extends readonly (infer E)[] ? E : never;

/** Every error type of the catalogue (docs/error-codes.md), as the envelope lists them. */
export type ErrorType = Json<paths['/api/me']['get']['responses'][401]>['error']['type'];

export type UserView = Answer<'/api/me', 'get'>;
export type Role = UserView['role'];
export type AuthenticatorKind = Element<UserView['mfa_kinds']>;
/** A kind as the administrator allows it (SPEC glossary: method). */
export type MfaMethod = AuthenticatorKind;

export type SignInAnswer = Answer<'/api/session', 'post'> & { session?: { id: string; mfa: boolean; created_at: string } };
export type SignInState = SignInAnswer['state'];
export type AuthenticatorView = Element<Answer<'/api/me/authenticators', 'get'>['authenticators']>;
export type MfaStatus = Answer<'/api/me/mfa', 'get'>;
/** What setting an authenticator up answers: a secret and its QR code, or where the e-mail code went. */
export type AuthenticatorSetup = Answer<'/api/me/authenticators', 'post'>;
export type TotpEnrollment = Required<Pick<AuthenticatorSetup, 'secret' | 'otpauth_uri' | 'qr_code_png'>>;
export type EmailCodeSent = Partial<Answer<'/api/session/email-code', 'post'>>;
export type SessionView = Element<Answer<'/api/me/sessions', 'get'>['sessions']>;
export type ApiKeyView = Element<Answer<'/api/me/api-keys', 'get'>['api_keys']> & Partial<Pick<Element<Answer<'/api/api-keys', 'get'>['api_keys']>, 'user'>>;
export type NewApiKey = Answer<'/api/me/api-keys', 'post'>;
export type AuthenticationSettings = Answer<'/api/settings/authentication', 'get'>;
export type PolicyImpact = AuthenticationSettings['impact'];
export type SmtpSettings = Answer<'/api/settings/smtp', 'get'>;
export type SmtpSecurity = NonNullable<SmtpSettings['security']>;
export type AuditEvent = Element<Answer<'/api/audit-events', 'get'>['events']>;
export type AuditVerification = Answer<'/api/audit-events/verification', 'get'>;
