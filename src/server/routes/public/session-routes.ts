// Sign-in and the console session: POST/GET/DELETE /api/session.
import { Type } from '@sinclair/typebox';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { CoreContext } from '../../../core/context.js';
import { PublicError } from '../../../core/errors.js';
import { findLiveSignInFlow } from '../../../core/sign-in/live-sign-in-flow.js';
import { describePendingSignIn } from '../../../core/sign-in/pending-sign-in.js';
import { completeSecondFactor, sendSignInCode, startSignInAssertion } from '../../../core/sign-in/second-factor.js';
import { startSignIn } from '../../../core/sign-in/sign-in.js';
import { signInWithTrustedBrowser, trustBrowser } from '../../../core/trusted-browsers/trusted-browsers.js';
import { resolveSession } from '../../../core/sessions/sessions.js';
import { describeUser } from '../../../core/users/user.js';
import { typed } from '../../type-provider.js';
import { clearCookie, readCookie, setCookie } from '../../auth/cookies.js';
import { clearTrustedBrowserToken, ensureBrowserId, noteSignedInBrowser, readBrowserId, readTrustedBrowserToken, setTrustedBrowserToken } from '../../auth/browser-cookies.js';
import { isSameOriginRequest } from '../../auth/csrf.js';
import { authOf, clientOf } from '../../auth/request-auth.js';
import { AuthenticatorIdInput, AuthenticatorKind, AuthenticatorView, CodeInput, NoContent, PasswordInput, Timestamp, UserView, WebAuthnOptionsView, WebAuthnResponseInput, withErrors } from '../../schemas.js';
import { firstAnswerOf } from '../../auth/first-answer.js';
import { completePasskeySignIn, startPasskeySignIn } from '../../../core/sign-in/passkey-sign-in.js';
import { relyingPartyFor } from '../../../core/authenticators/webauthn/relying-party.js';
import { readAuthenticationPolicy } from '../../../core/policy/authentication-policy.js';
import { throwFor } from '../../failures.js';

const SignInState = Type.Union([Type.Literal('authenticated'), Type.Literal('awaiting_second_factor'), Type.Literal('awaiting_password_change'), Type.Literal('awaiting_enrollment')], {
  description: 'awaiting_password_change: an administrator reset the password and an enrollment is due; PUT /api/me/password with the sign-in cookie',
});
const SignInAnswer = Type.Object({
  state: SignInState,
  user: Type.Optional(UserView),
  authenticators: Type.Optional(Type.Array(AuthenticatorView, { description: 'awaiting_second_factor: the authenticators this sign-in may use, the one used last first' })),
  methods: Type.Optional(Type.Array(Type.String(), { description: 'awaiting_second_factor: their kinds, then recovery_code (kept for older clients)' })),
  email_masked: Type.Optional(Type.String({ description: 'where an e-mail code would go (e-mail users)' })),
  allowed_methods: Type.Optional(Type.Array(Type.String(), { description: 'awaiting_enrollment: the methods the user may enroll' })),
  email_available: Type.Optional(Type.Boolean({ description: 'awaiting_enrollment: whether e-mail codes are allowed and the user has an address' })),
  reason: Type.Optional(
    Type.Union([Type.Literal('enforced'), Type.Literal('method_disallowed')], {
      description: 'awaiting_enrollment: MFA is enforced and the user has none, or their authenticators are all of kinds no longer allowed',
    }),
  ),
  trusted_browser_days: Type.Optional(
    Type.Integer({ description: 'awaiting_second_factor: N of the "Don\'t ask again on this browser for N days" checkbox (send trust_browser); 0: do not show it' }),
  ),
  completed_by: Type.Optional(
    Type.Union([Type.Literal('password'), Type.Literal('second_factor'), Type.Literal('trusted_browser'), Type.Literal('passkey')], {
      description: 'authenticated: how this sign-in passed; trusted_browser: the password alone, in a browser trusted earlier (no code was asked); passkey: a passkey alone',
    }),
  ),
  trusted_until: Type.Optional(Timestamp),
});

const CurrentSession = Type.Composite([
  SignInAnswer,
  Type.Object({ session: Type.Optional(Type.Object({ id: Type.String(), mfa: Type.Boolean(), created_at: Timestamp }, { description: 'authenticated: this session' })) }),
]);

export async function sessionRoutes(app: FastifyInstance, { ctx, publicOrigin }: { ctx: CoreContext; publicOrigin: string | null }): Promise<void> {
  const api = typed(app);

  api.post(
    '/api/session',
    {
      config: { errors: ['csrf_rejected', 'invalid_credentials', 'too_many_requests', 'factor_locked'] },
      schema: {
        tags: ['session'],
        summary: 'Start signing in with username and password',
        body: Type.Object({ username: Type.String({ minLength: 1, maxLength: 256 }), password: PasswordInput }, { additionalProperties: false }),
        response: withErrors({ 200: SignInAnswer }),
      },
    },
    async (request, reply) => {
      // Login CSRF: a browser that says where it comes from must come from here.
      if ((request.headers.origin !== undefined || request.headers['sec-fetch-site'] !== undefined) && !isSameOriginRequest(request, publicOrigin)) {
        throw new PublicError('csrf_rejected');
      }
      const client = clientOf(request);
      const result = await startSignIn(ctx, { ...request.body, client });
      if (!result.ok) throwFor(ctx, result);
      if (readCookie(request, 'sign_in') !== undefined) clearCookie(request, reply, 'sign_in');
      if (result.state === 'authenticated') {
        setCookie(request, reply, 'session', result.issued.token);
        await noteSignedInBrowser(ctx, request, reply, result.user);
        return { state: result.state, user: describeUser(result.user), completed_by: 'password' as const };
      }
      // SPEC §2.14: the password was right; a browser this user trusted may stand in for the code.
      const presented = result.state === 'awaiting_second_factor' ? readTrustedBrowserToken(request, result.user.id) : undefined;
      if (presented !== undefined) {
        const trusted = await signInWithTrustedBrowser(ctx, { flowToken: result.flowToken, presented, browserId: readBrowserId(request), client });
        if (trusted.ok) {
          setCookie(request, reply, 'session', trusted.issued.token);
          setTrustedBrowserToken(request, reply, result.user.id, trusted.token, trusted.trusted.expiresAt, ctx.clock.now());
          await noteSignedInBrowser(ctx, request, reply, trusted.user);
          return { state: 'authenticated' as const, user: describeUser(trusted.user), completed_by: 'trusted_browser' as const, trusted_until: new Date(trusted.trusted.expiresAt).toISOString() };
        }
        if (trusted.reason === 'sign_in_expired') throwFor(ctx, trusted);
        if (trusted.reason === 'revoked') clearTrustedBrowserToken(request, reply, result.user.id);
      }
      setCookie(request, reply, 'sign_in', result.flowToken);
      return describePendingSignIn(ctx, result.user, result.state);
    },
  );

  api.post(
    '/api/session/second-factor',
    {
      config: { errors: ['csrf_rejected', 'invalid_credentials', 'sign_in_expired', 'too_many_requests', 'factor_locked'] },
      schema: {
        tags: ['session'],
        summary: 'Answer the second-factor challenge with a code from one of my authenticators, or a recovery code',
        description:
          'Name the authenticator the code is from (`authenticator_id`, one of those in the sign-in answer), or `method`: `recovery_code`, ' +
          'or a kind (the most recently used authenticator of that kind, as older clients send it). The code is checked against that authenticator only. ' +
          'With a security key or passkey, send `webauthn_response` (the result of startAuthentication with the options of POST /api/session/webauthn-challenge) instead of a code; it names its key. ' +
          '`trust_browser`: do not ask this browser for a code again for `trusted_browser_days` days (ignored when that is 0); the answer then has `trusted_until`.',
        body: Type.Object(
          {
            authenticator_id: Type.Optional(AuthenticatorIdInput),
            method: Type.Optional(Type.Union([AuthenticatorKind, Type.Literal('recovery_code')])),
            code: Type.Optional(CodeInput),
            webauthn_response: Type.Optional(WebAuthnResponseInput),
            trust_browser: Type.Optional(Type.Boolean({ description: "Don't ask again on this browser for N days (SPEC 2.14)" })),
          },
          { additionalProperties: false },
        ),
        response: withErrors({ 200: SignInAnswer }),
      },
    },
    async (request, reply) => {
      if (!isSameOriginRequest(request, publicOrigin)) throw new PublicError('csrf_rejected');
      const { authenticator_id, method, webauthn_response, trust_browser } = request.body;
      const answer = firstAnswerOf(request.body);
      const credentialId = webauthn_response !== undefined && authenticator_id === undefined ? webauthn_response.id : undefined;
      const choice = credentialId !== undefined ? { credentialId } : authenticator_id !== undefined ? { authenticatorId: authenticator_id } : method !== undefined ? { method } : null;
      if (choice === null || (authenticator_id !== undefined && method !== undefined)) {
        throw new PublicError('invalid_request', { message: 'Say which authenticator the code is from: authenticator_id, or method (a kind, or recovery_code).' });
      }
      const result = await completeSecondFactor(ctx, { flowToken: readCookie(request, 'sign_in'), choice, answer, client: clientOf(request) });
      if (!result.ok) {
        if (result.reason === 'sign_in_expired') clearCookie(request, reply, 'sign_in');
        throwFor(ctx, result);
      }
      if (result.state !== 'authenticated') return describePendingSignIn(ctx, result.user, result.state);
      clearCookie(request, reply, 'sign_in');
      setCookie(request, reply, 'session', result.issued.token);
      const browserId = ensureBrowserId(request, reply);
      const granted = trust_browser === true ? await trustBrowser(ctx, { user: result.user, session: result.issued.session, browserId, client: clientOf(request) }) : null;
      if (granted) setTrustedBrowserToken(request, reply, result.user.id, granted.token, granted.trusted.expiresAt, ctx.clock.now());
      await noteSignedInBrowser(ctx, request, reply, result.user, browserId);
      return {
        state: result.state,
        user: describeUser(result.user),
        completed_by: 'second_factor' as const,
        ...(granted && { trusted_until: new Date(granted.trusted.expiresAt).toISOString() }),
      };
    },
  );

  api.post(
    '/api/session/email-code',
    {
      config: { errors: ['csrf_rejected', 'sign_in_expired', 'too_many_requests', 'email_delivery_failed'] },
      schema: {
        tags: ['session'],
        summary: "Send a sign-in code to the user's e-mail authenticator",
        response: withErrors({ 200: Type.Object({ email_masked: Type.String(), resend_after_seconds: Type.Integer() }) }),
      },
    },
    async (request, reply) => {
      if (!isSameOriginRequest(request, publicOrigin)) throw new PublicError('csrf_rejected');
      const sent = await sendSignInCode(ctx, { flowToken: readCookie(request, 'sign_in'), client: clientOf(request) });
      if (!sent.ok) {
        if (sent.reason === 'sign_in_expired') clearCookie(request, reply, 'sign_in');
        throwFor(ctx, sent);
      }
      return { email_masked: sent.emailMasked, resend_after_seconds: sent.resendAfterInSeconds };
    },
  );

  api.post(
    '/api/session/webauthn-challenge',
    {
      config: { errors: ['csrf_rejected', 'sign_in_expired', 'webauthn_unavailable'] },
      schema: {
        tags: ['session'],
        summary: 'A challenge for answering the second factor with a security key or passkey: pass public_key to startAuthentication, then POST /api/session/second-factor with webauthn_response',
        description: 'Lists the keys this sign-in may use (allowCredentials, with transports); user verification is not required. Valid 5 minutes, once, for this sign-in only.',
        response: withErrors({ 200: Type.Object({ public_key: WebAuthnOptionsView }) }),
      },
    },
    async (request, reply) => {
      if (!isSameOriginRequest(request, publicOrigin)) throw new PublicError('csrf_rejected');
      const issued = await startSignInAssertion(ctx, { flowToken: readCookie(request, 'sign_in'), client: clientOf(request) });
      if (!issued.ok) {
        if (issued.reason === 'sign_in_expired') clearCookie(request, reply, 'sign_in');
        throwFor(ctx, issued);
      }
      return { public_key: issued.publicKey as Record<string, unknown> };
    },
  );

  api.get(
    '/api/webauthn',
    {
      schema: {
        tags: ['session'],
        summary: 'Whether security keys and passkeys work where the console was reached, and if not, why and what to set',
        response: {
          200: Type.Object({
            available: Type.Boolean(),
            rp_id: Type.Union([Type.String(), Type.Null()], { description: 'the relying party ID keys are registered for' }),
            reason: Type.Union([Type.Literal('public_url_is_ip_address'), Type.Literal('public_url_required'), Type.Literal('reached_by_ip_address'), Type.Null()]),
            message: Type.Union([Type.String(), Type.Null()], { description: 'why they are unavailable, and what to set' }),
            passkey_sign_in: Type.Boolean({ description: 'whether the sign-in page offers "Sign in with a passkey"' }),
          }),
        },
      },
    },
    async (request) => {
      const rp = relyingPartyFor(ctx.settings.webauthn, clientOf(request).origin);
      const policy = await readAuthenticationPolicy(ctx.store);
      return {
        available: rp.ok,
        rp_id: rp.ok ? rp.relyingParty.id : null,
        reason: rp.ok ? null : rp.why,
        message: rp.ok ? null : rp.message,
        passkey_sign_in: rp.ok && policy.allowPasswordless && policy.allowedMethods.includes('webauthn'),
      };
    },
  );

  api.post(
    '/api/session/passkey/options',
    {
      config: { errors: ['csrf_rejected', 'webauthn_unavailable', 'passkey_sign_in_disabled'] },
      schema: {
        tags: ['session'],
        summary: 'Start signing in with a passkey (no password): pass public_key to startAuthentication (or use it for autofill), then POST /api/session/passkey',
        description: 'Asks for any passkey of this site, with user verification. The challenge is bound to a cookie set with this answer; valid 5 minutes, once.',
        response: withErrors({ 200: Type.Object({ public_key: WebAuthnOptionsView }) }),
      },
    },
    async (request, reply) => {
      if (!isSameOriginRequest(request, publicOrigin)) throw new PublicError('csrf_rejected');
      const started = await startPasskeySignIn(ctx, clientOf(request));
      if (!started.ok) throwFor(ctx, started);
      setCookie(request, reply, 'passkey', started.requestToken);
      return { public_key: started.publicKey as Record<string, unknown> };
    },
  );

  api.post(
    '/api/session/passkey',
    {
      config: { errors: ['csrf_rejected', 'invalid_credentials', 'webauthn_unavailable', 'passkey_sign_in_disabled'] },
      schema: {
        tags: ['session'],
        summary: 'Sign in with a passkey: answers like POST /api/session, with an MFA-level session at once',
        description: 'Only a passkey (a discoverable credential registered with user verification), with user verification in this assertion, signs anyone in.',
        body: Type.Object({ webauthn_response: WebAuthnResponseInput }, { additionalProperties: false }),
        response: withErrors({ 200: SignInAnswer }),
      },
    },
    async (request, reply) => {
      if (!isSameOriginRequest(request, publicOrigin)) throw new PublicError('csrf_rejected');
      const requestToken = readCookie(request, 'passkey');
      if (requestToken !== undefined) clearCookie(request, reply, 'passkey');
      const result = await completePasskeySignIn(ctx, { requestToken, response: request.body.webauthn_response, client: clientOf(request) });
      if (!result.ok) throwFor(ctx, result);
      if (readCookie(request, 'sign_in') !== undefined) clearCookie(request, reply, 'sign_in');
      if (result.state === 'authenticated') {
        setCookie(request, reply, 'session', result.issued.token);
        // A passkey sign-in from a browser this user had not used before is told like any other.
        await noteSignedInBrowser(ctx, request, reply, result.user);
        return { state: result.state, user: describeUser(result.user), completed_by: 'passkey' as const };
      }
      setCookie(request, reply, 'sign_in', result.flowToken);
      return describePendingSignIn(ctx, result.user, result.state);
    },
  );

  api.get(
    '/api/session',
    {
      config: { errors: ['authentication_required'] },
      schema: { tags: ['session'], summary: 'Who am I: the signed-in user, or the sign-in step in progress', response: { 200: CurrentSession } },
    },
    async (request, reply) => {
      const token = readCookie(request, 'session');
      if (token !== undefined) {
        const found = await resolveSession(ctx, token);
        if (found.ok) {
          return {
            state: 'authenticated' as const,
            user: describeUser(found.user),
            session: { id: found.session.id, mfa: found.session.aal === 2, created_at: new Date(found.session.createdAt).toISOString() },
          };
        }
      }
      const live = await findLiveSignInFlow(ctx, readCookie(request, 'sign_in'), ['awaiting_second_factor', 'awaiting_password_change', 'awaiting_enrollment']);
      if (live.ok) return describePendingSignIn(ctx, live.user, live.flow.state);
      if (live.reason === 'sign_in_expired') clearCookie(request, reply, 'sign_in');
      return noSession(request, reply);
    },
  );

  api.delete(
    '/api/session',
    { config: { auth: 'signed_in', allowPendingPasswordChange: true }, schema: { tags: ['session'], summary: 'Sign out', response: { 204: NoContent } } },
    async (request, reply) => {
      const auth = authOf(request);
      if (auth.kind === 'session') await ctx.store.endSession(auth.user.id, auth.session.id);
      clearCookie(request, reply, 'session');
      return reply.code(204).send(null);
    },
  );
}

function noSession(request: FastifyRequest, reply: FastifyReply): never {
  clearCookie(request, reply, 'session');
  throw new PublicError('authentication_required');
}
