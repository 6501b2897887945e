// My MFA: status, enrollment (start → verify → finish), disable, new recovery codes (SPEC 2.3–2.5).
import { Type } from '@sinclair/typebox';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { recordAuditEvent } from '../../../core/audit/audit-log.js';
import type { CoreContext } from '../../../core/context.js';
import {
  finishEnrollment,
  resendEnrollmentEmailCode,
  startEmailEnrollment,
  type StartEnrollmentResult,
  startTotpEnrollment,
  verifyEnrollment,
} from '../../../core/enrollment/enrollment.js';
import { PublicError } from '../../../core/errors.js';
import { describeMfaStatus, disableMfa, regenerateRecoveryCodes, sendConfirmationCode } from '../../../core/mfa/mfa-management.js';
import { issueSession } from '../../../core/sessions/sessions.js';
import { describeUser } from '../../../core/users/user.js';
import { typed } from '../../type-provider.js';
import { clearCookie, setCookie } from '../../auth/cookies.js';
import { authOf, clientOf, type RequestAuth } from '../../auth/request-auth.js';
import { PasswordInput, UserView, withErrors } from '../../schemas.js';
import { requireFreshAuthentication } from '../../auth/fresh-authentication.js';

const Code = Type.String({ minLength: 1, maxLength: 64 });
const MfaStatus = Type.Object({
  enabled: Type.Boolean(),
  method: Type.Union([Type.Literal('totp'), Type.Literal('email'), Type.Null()]),
  recovery_codes_remaining: Type.Integer(),
  allowed_methods: Type.Array(Type.String()),
  enforced: Type.Boolean(),
  enrollment: Type.Union([Type.Object({ method: Type.String(), verified: Type.Boolean(), expires_at: Type.String() }), Type.Null()]),
});
const RecoveryCodes = Type.Object({ recovery_codes: Type.Array(Type.String()) });
const EmailCodeSent = Type.Object({ email_masked: Type.String(), resend_after_seconds: Type.Integer() });
const EnrollmentStarted = Type.Object({
  method: Type.Union([Type.Literal('totp'), Type.Literal('email')]),
  secret: Type.Optional(Type.String()),
  otpauth_uri: Type.Optional(Type.String()),
  qr_code_png: Type.Optional(Type.String({ description: 'data:image/png;base64,… of the otpauth URI' })),
  email_masked: Type.Optional(Type.String()),
  resend_after_seconds: Type.Optional(Type.Integer()),
});

function describeStartedEnrollment(started: Extract<StartEnrollmentResult, { ok: true }>) {
  return started.method === 'totp'
    ? { method: started.method, secret: started.secret, otpauth_uri: started.otpauthUri, qr_code_png: started.qrCodePng }
    : { method: started.method, email_masked: started.emailMasked, resend_after_seconds: started.resendAfterInSeconds };
}

/** Failure reasons of the MFA operations, as public errors. */
function fail(result: { reason: string; retryAfterInSeconds?: number }): never {
  switch (result.reason) {
    case 'throttled':
      throw new PublicError('too_many_requests', { retryAfterInSeconds: result.retryAfterInSeconds });
    case 'locked':
      throw new PublicError('factor_locked');
    case 'wrong_code':
    case 'invalid_credentials':
      throw new PublicError('invalid_credentials');
    case 'enrollment_not_found':
    case 'enrollment_not_verified':
    case 'mfa_not_enabled':
    case 'mfa_enforced':
    case 'mfa_method_not_allowed':
    case 'email_address_required':
    case 'sign_in_expired':
      throw new PublicError(result.reason);
    case 'email_delivery_failed':
      throw new PublicError('email_delivery_failed', { message: 'The e-mail could not be sent. Ask an administrator to check e-mail delivery.' });
    default:
      throw new Error(`unmapped failure ${result.reason}`);
  }
}

export async function mfaRoutes(app: FastifyInstance, { ctx }: { ctx: CoreContext }): Promise<void> {
  const api = typed(app);
  const tags = ['mfa'];
  // Binding, removing or replacing an authenticator with only an API key is not allowed.
  const enrolling = { auth: 'enrolling', refuseApiKey: true } as const;

  api.get('/api/me/mfa', { config: { auth: 'signed_in' }, schema: { tags, summary: 'My MFA status', response: withErrors({ 200: MfaStatus }) } }, async (request) =>
    describeMfaStatus(ctx, authOf(request).user),
  );

  api.post(
    '/api/me/mfa/enrollment',
    {
      config: { ...enrolling, errors: ['mfa_method_not_allowed', 'email_address_required', 'email_delivery_failed', 'reauthentication_required'] },
      schema: {
        tags,
        summary: 'Start enrolling (or changing method): answers the secret, the otpauth URI and a QR code',
        body: Type.Object({ method: Type.Union([Type.Literal('totp'), Type.Literal('email')]), password: Type.Optional(PasswordInput) }, { additionalProperties: false }),
        response: withErrors({ 200: EnrollmentStarted }),
      },
    },
    async (request) => {
      const auth = authOf(request);
      await requireFreshAuthentication(ctx, auth, request.body.password);
      const client = clientOf(request);
      const started = request.body.method === 'totp' ? await startTotpEnrollment(ctx, auth.user, client) : await startEmailEnrollment(ctx, auth.user, client);
      if (!started.ok) fail(started);
      return describeStartedEnrollment(started);
    },
  );

  api.post(
    '/api/me/mfa/enrollment/email-code',
    { config: { ...enrolling, errors: ['enrollment_not_found', 'email_delivery_failed'] }, schema: { tags, summary: 'Send a new code for the e-mail enrollment in progress', response: withErrors({ 200: EnrollmentStarted }) } },
    async (request) => {
      const sent = await resendEnrollmentEmailCode(ctx, authOf(request).user, clientOf(request));
      if (!sent.ok) fail(sent);
      return describeStartedEnrollment(sent);
    },
  );

  api.post(
    '/api/me/mfa/email-code',
    {
      config: { auth: 'signed_in', errors: ['mfa_not_enabled', 'email_delivery_failed'] },
      schema: { tags, summary: 'E-mail users: send a code to confirm disabling MFA, new recovery codes or a policy change', response: withErrors({ 200: EmailCodeSent }) },
    },
    async (request) => {
      const sent = await sendConfirmationCode(ctx, authOf(request).user, clientOf(request));
      if (!sent.ok) fail(sent);
      return { email_masked: sent.emailMasked, resend_after_seconds: sent.resendAfterInSeconds };
    },
  );

  api.post(
    '/api/me/mfa/enrollment/verify',
    {
      config: { ...enrolling, errors: ['enrollment_not_found'] },
      schema: { tags, summary: 'Verify a first code; answers the 10 recovery codes', body: Type.Object({ code: Code }, { additionalProperties: false }), response: withErrors({ 200: RecoveryCodes }) },
    },
    async (request) => {
      const verified = await verifyEnrollment(ctx, authOf(request).user, request.body.code, clientOf(request));
      if (!verified.ok) fail(verified);
      return { recovery_codes: verified.recoveryCodes };
    },
  );

  api.post(
    '/api/me/mfa/enrollment/finish',
    {
      config: { ...enrolling, errors: ['enrollment_not_found', 'enrollment_not_verified'] },
      schema: {
        tags,
        summary: 'Turn MFA on (or replace the old method); in awaiting_enrollment this completes sign-in',
        response: withErrors({ 200: Type.Object({ state: Type.Literal('authenticated'), user: UserView, ended_sessions: Type.Integer({ description: 'other sessions of the user that ended' }) }) }),
      },
    },
    async (request, reply) => {
      const auth = authOf(request);
      const client = clientOf(request);
      const finished = await finishEnrollment(ctx, auth.user, null, client);
      if (!finished.ok) fail(finished);
      await renewSessionAfterMfa(ctx, request, reply, auth);
      // Finish ends every session of the user, this one too (it is renewed above): the others are the rest.
      const others = finished.endedSessions - (auth.kind === 'session' ? 1 : 0);
      return { state: 'authenticated' as const, user: describeUser(finished.user), ended_sessions: Math.max(0, others) };
    },
  );

  api.post(
    '/api/me/mfa/disable',
    {
      config: { auth: 'signed_in', refuseApiKey: true, errors: ['mfa_not_enabled', 'mfa_enforced'] },
      schema: {
        tags,
        summary: 'Turn MFA off with the password and a current code (or a recovery code)',
        body: Type.Object({ password: PasswordInput, code: Code }, { additionalProperties: false }),
        response: withErrors({ 200: Type.Object({ user: UserView, ended_sessions: Type.Integer() }) }),
      },
    },
    async (request) => {
      const auth = authOf(request);
      const result = await disableMfa(ctx, { user: auth.user, ...request.body, keepSessionId: auth.kind === 'session' ? auth.session.id : null, client: clientOf(request) });
      if (!result.ok) fail(result);
      return { user: describeUser(result.user), ended_sessions: result.endedSessions };
    },
  );

  api.post(
    '/api/me/mfa/recovery-codes',
    {
      config: { auth: 'signed_in', refuseApiKey: true, errors: ['mfa_not_enabled'] },
      schema: {
        tags,
        summary: 'Replace my recovery codes (password and a current code); the old set stops working',
        body: Type.Object({ password: PasswordInput, code: Code }, { additionalProperties: false }),
        response: withErrors({ 200: RecoveryCodes }),
      },
    },
    async (request) => {
      const result = await regenerateRecoveryCodes(ctx, { user: authOf(request).user, ...request.body, client: clientOf(request) });
      if (!result.ok) fail(result);
      return { recovery_codes: result.recoveryCodes };
    },
  );
}

/**
 * Finishing MFA raises the assurance of whoever finished it: a console session is replaced by a
 * new one at AAL 2 (new id, ASVS V7.2.4); a forced enrollment at sign-in gets its first session.
 * Every other session of the user ended in the same transaction as Finish.
 */
async function renewSessionAfterMfa(ctx: CoreContext, request: FastifyRequest, reply: FastifyReply, auth: RequestAuth): Promise<void> {
  if (auth.kind === 'password' || auth.kind === 'api_key') return;
  if (auth.kind === 'sign_in_flow' && !(await ctx.store.consumeSignInFlow(auth.flow.id))) throw new PublicError('sign_in_expired');
  const issued = await issueSession(ctx, auth.user, {
    aal: 2,
    authenticatedAt: ctx.clock.now(),
    client: clientOf(request),
    // A renewed console session keeps its absolute end (12 h from sign-in).
    ...(auth.kind === 'session' && { expiresAt: auth.session.expiresAt }),
  });
  setCookie(request, reply, 'session', issued.token);
  if (auth.kind === 'sign_in_flow') {
    clearCookie(request, reply, 'sign_in');
    await recordAuditEvent(ctx, { type: 'sign_in_succeeded', outcome: 'success', actor: auth.user, target: auth.user, client: clientOf(request), details: { aal: 2, via: 'enrollment' } });
  }
}
