// My MFA: status, the first-enrollment wizard (start → verify → finish), disable, new recovery codes
// (SPEC 2.3–2.5). Several authenticators are managed under /api/me/authenticators.
import { Type } from '@sinclair/typebox';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { recordAuditEvent } from '../../../core/audit/audit-log.js';
import { findOwnEnrollment, finishEnrollment, reissueEnrollmentRecoveryCodes, startEnrollment, verifyEnrollment } from '../../../core/enrollment/enrollment.js';
import { resendSetupCode } from '../../../core/authenticators/adding.js';
import type { CoreContext } from '../../../core/context.js';
import { PublicError } from '../../../core/errors.js';
import { describeMfaStatus, disableMfa, regenerateRecoveryCodes, sendConfirmationCode } from '../../../core/mfa/mfa-management.js';
import { issueSession } from '../../../core/sessions/sessions.js';
import { describeUser, type User } from '../../../core/users/user.js';
import { typed } from '../../type-provider.js';
import { clearCookie, setCookie } from '../../auth/cookies.js';
import { authOf, chainOf, clientOf, keepAliveOf, type RequestAuth } from '../../auth/request-auth.js';
import { AuthenticatorIdInput, AuthenticatorKind, AuthenticatorView, CodeInput, PasswordInput, UserView, withErrors } from '../../schemas.js';
import { requireStepUpToBind } from '../../auth/fresh-authentication.js';
import { throwFor } from '../../failures.js';
import { describeSetup, SetupView } from './setup-view.js';

const MfaStatus = Type.Object({
  enabled: Type.Boolean(),
  method: Type.Union([AuthenticatorKind, Type.Null()], { description: 'the kind of the authenticator used most recently (kept for older clients)' }),
  authenticators: Type.Array(AuthenticatorView),
  recovery_codes_remaining: Type.Integer(),
  allowed_methods: Type.Array(AuthenticatorKind),
  enforced: Type.Boolean(),
  enrollment: Type.Union([Type.Object({ method: AuthenticatorKind, verified: Type.Boolean(), expires_at: Type.String() }), Type.Null()]),
});
const RecoveryCodes = Type.Object({ recovery_codes: Type.Array(Type.String()) });
const EmailCodeSent = Type.Object({ email_masked: Type.String(), resend_after_seconds: Type.Integer() });
/** Password and a current code (or a recovery code): the step-up for changing MFA itself. */
const StepUp = Type.Object({ password: PasswordInput, code: CodeInput, authenticator_id: Type.Optional(AuthenticatorIdInput) }, { additionalProperties: false });

export async function mfaRoutes(app: FastifyInstance, { ctx }: { ctx: CoreContext }): Promise<void> {
  const api = typed(app);
  const tags = ['mfa'];
  // Binding, removing or replacing an authenticator with only an API key is not allowed.
  const enrolling = { auth: 'signed_in', signInFlowStates: ['awaiting_enrollment'], refuseApiKey: true } as const;

  api.get('/api/me/mfa', { config: { auth: 'signed_in' }, schema: { tags, summary: 'My MFA status and authenticators', response: withErrors({ 200: MfaStatus }) } }, async (request) => {
    const auth = authOf(request);
    return describeMfaStatus(ctx, auth.user, chainOf(auth));
  });

  api.post(
    '/api/me/mfa/enrollment',
    {
      config: { ...enrolling, errors: ['mfa_method_not_allowed', 'email_address_required', 'email_delivery_failed', 'reauthentication_required'] },
      schema: {
        tags,
        summary: 'Start the enrollment wizard (or change the method): answers the secret, the otpauth URI and a QR code, or where the e-mail code went',
        description:
          'Without MFA: a sign-in within 10 minutes, or `password`. With MFA (changing the method: at Finish the new authenticator replaces all the others, ' +
          'and new recovery codes replace the old): `password` and a current `code` (or a recovery code), always. ' +
          'Only the session or sign-in that started an enrollment can verify and finish it. To add another authenticator and keep the others, use POST /api/me/authenticators.',
        body: Type.Object(
          { method: AuthenticatorKind, password: Type.Optional(PasswordInput), code: Type.Optional(CodeInput), authenticator_id: Type.Optional(AuthenticatorIdInput) },
          { additionalProperties: false },
        ),
        response: withErrors({ 200: SetupView }),
      },
    },
    async (request) => {
      const auth = authOf(request);
      const client = clientOf(request);
      const { method, password, code, authenticator_id } = request.body;
      await requireStepUpToBind(ctx, auth, { password, code, authenticatorId: authenticator_id }, client);
      const started = await startEnrollment(ctx, auth.user, method, chainOf(auth), client);
      if (!started.ok) throwFor(ctx, started);
      return describeSetup(started.authenticator, started.setup);
    },
  );

  api.post(
    '/api/me/mfa/enrollment/email-code',
    { config: { ...enrolling, errors: ['enrollment_not_found', 'email_delivery_failed'] }, schema: { tags, summary: 'Send a new code for the e-mail enrollment in progress', response: withErrors({ 200: SetupView }) } },
    async (request) => {
      const auth = authOf(request);
      const enrollment = await findOwnEnrollment(ctx, auth.user, chainOf(auth));
      if (!enrollment) throw new PublicError('enrollment_not_found');
      const sent = await resendSetupCode(ctx, auth.user, enrollment, clientOf(request));
      if (!sent.ok) throwFor(ctx, sent.reason === 'not_found' ? { ok: false, reason: 'enrollment_not_found' } : sent);
      return describeSetup(enrollment, sent.setup);
    },
  );

  api.post(
    '/api/me/mfa/email-code',
    {
      config: { auth: 'signed_in', errors: ['mfa_not_enabled', 'email_delivery_failed'] },
      schema: { tags, summary: 'Send a code by e-mail to confirm disabling MFA, new recovery codes, a removal or a policy change', response: withErrors({ 200: EmailCodeSent }) },
    },
    async (request) => {
      const sent = await sendConfirmationCode(ctx, authOf(request).user, clientOf(request));
      if (!sent.ok) throwFor(ctx, sent);
      return { email_masked: sent.emailMasked, resend_after_seconds: sent.resendAfterInSeconds };
    },
  );

  api.post(
    '/api/me/mfa/enrollment/verify',
    {
      config: { ...enrolling, errors: ['enrollment_not_found'] },
      schema: { tags, summary: 'Verify a first code; answers the 10 recovery codes', body: Type.Object({ code: CodeInput }, { additionalProperties: false }), response: withErrors({ 200: RecoveryCodes }) },
    },
    async (request) => {
      const auth = authOf(request);
      const verified = await verifyEnrollment(ctx, auth.user, chainOf(auth), request.body.code, clientOf(request));
      if (!verified.ok) throwFor(ctx, verified);
      return { recovery_codes: verified.recoveryCodes };
    },
  );

  api.post(
    '/api/me/mfa/enrollment/recovery-codes',
    {
      config: { ...enrolling, errors: ['enrollment_not_found'] },
      schema: {
        tags,
        summary: 'The wizard came back to its verified enrollment: a new set of the recovery codes Finish will install (the set shown before is forgotten)',
        response: withErrors({ 200: RecoveryCodes }),
      },
    },
    async (request) => {
      const auth = authOf(request);
      const reissued = await reissueEnrollmentRecoveryCodes(ctx, auth.user, chainOf(auth));
      if (!reissued.ok) throwFor(ctx, reissued);
      return { recovery_codes: reissued.recoveryCodes };
    },
  );

  api.post(
    '/api/me/mfa/enrollment/finish',
    {
      config: { ...enrolling, errors: ['enrollment_not_found', 'enrollment_not_verified'] },
      schema: {
        tags,
        summary: 'Turn MFA on (or replace the other authenticators); in awaiting_enrollment this completes sign-in',
        response: withErrors({ 200: Type.Object({ state: Type.Literal('authenticated'), user: UserView, ended_sessions: Type.Integer({ description: 'other sessions of the user that ended' }) }) }),
      },
    },
    async (request, reply) => {
      const auth = authOf(request);
      const finished = await finishEnrollment(ctx, auth.user, chainOf(auth), keepAliveOf(auth), clientOf(request));
      if (!finished.ok) throwFor(ctx, finished);
      await renewSessionAfterMfa(ctx, request, reply, auth, finished.user);
      // The session that finished was kept (and renewed above): the count is of the others.
      return { state: 'authenticated' as const, user: describeUser(finished.user), ended_sessions: finished.endedSessions };
    },
  );

  api.post(
    '/api/me/mfa/disable',
    {
      config: { auth: 'signed_in', refuseApiKey: true, errors: ['mfa_not_enabled', 'mfa_enforced'] },
      schema: {
        tags,
        summary: 'Turn MFA off (every authenticator goes) with the password and a current code (or a recovery code)',
        body: StepUp,
        response: withErrors({ 200: Type.Object({ user: UserView, ended_sessions: Type.Integer() }) }),
      },
    },
    async (request) => {
      const auth = authOf(request);
      const { password, code, authenticator_id } = request.body;
      const result = await disableMfa(ctx, { user: auth.user, proof: { password, code, authenticatorId: authenticator_id }, keep: keepAliveOf(auth), client: clientOf(request) });
      if (!result.ok) throwFor(ctx, result);
      return { user: describeUser(result.user), ended_sessions: result.endedSessions };
    },
  );

  api.post(
    '/api/me/mfa/recovery-codes',
    {
      config: { auth: 'signed_in', refuseApiKey: true, errors: ['mfa_not_enabled'] },
      schema: { tags, summary: 'Replace my recovery codes (password and a current code); the old set stops working', body: StepUp, response: withErrors({ 200: RecoveryCodes }) },
    },
    async (request) => {
      const { password, code, authenticator_id } = request.body;
      const result = await regenerateRecoveryCodes(ctx, { user: authOf(request).user, proof: { password, code, authenticatorId: authenticator_id }, client: clientOf(request) });
      if (!result.ok) throwFor(ctx, result);
      return { recovery_codes: result.recoveryCodes };
    },
  );
}

/**
 * Finishing MFA raises the assurance of whoever finished it: a console session is replaced by a
 * new one at AAL 2 (new id, ASVS V7.2.4); a forced enrollment at sign-in gets its first session.
 * Every other session of the user ended in the same transaction as Finish.
 */
async function renewSessionAfterMfa(ctx: CoreContext, request: FastifyRequest, reply: FastifyReply, auth: RequestAuth, user: User): Promise<void> {
  if (auth.kind === 'password' || auth.kind === 'api_key') return;
  if (auth.kind === 'sign_in_flow' && !(await ctx.store.consumeSignInFlow(auth.flow.id))) throw new PublicError('sign_in_expired');
  // `user` as Finish left it: the new session carries the new security stamp.
  const issued = await issueSession(ctx, user, {
    aal: 2,
    authenticatedAt: ctx.clock.now(),
    client: clientOf(request),
    // A renewed console session keeps its absolute end (12 h from sign-in).
    ...(auth.kind === 'session' && { expiresAt: auth.session.expiresAt }),
  });
  setCookie(request, reply, 'session', issued.token);
  if (auth.kind === 'session') await ctx.store.endSession(user.id, auth.session.id);
  if (auth.kind === 'sign_in_flow') {
    clearCookie(request, reply, 'sign_in');
    await recordAuditEvent(ctx, { type: 'sign_in_succeeded', outcome: 'success', actor: user, target: user, client: clientOf(request), details: { aal: 2, via: 'enrollment' } });
  }
}
