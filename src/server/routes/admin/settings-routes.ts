// Administrators' settings: the authentication policy (SPEC 2.7) and e-mail delivery (SPEC 2.8).
import { Type } from '@sinclair/typebox';
import type { FastifyInstance } from 'fastify';
import { auditChange } from '../../../core/audit/audit-log.js';
import type { CoreContext } from '../../../core/context.js';
import { PublicError } from '../../../core/errors.js';
import { type AuthenticationPolicy, readAuthenticationPolicy } from '../../../core/policy/authentication-policy.js';
import { optionalStepUpOf } from '../../auth/step-up-input.js';
import { applyPolicyChange, changeAuthenticationPolicy, normalizePolicy, type PolicyImpact, previewPolicy } from '../../../core/policy/policy-administration.js';
import { MAX_TRUSTED_BROWSER_DAYS } from '../../../core/trusted-browsers/trusted-browser.js';
import { createSmtpTransport, defaultSender, describeSmtpError } from '../../../mail/mailer.js';
import { describeSmtpFailure } from '../../../mail/smtp-failure.js';
import { renderMessage } from '../../../mail/templates.js';
import { readStoredSmtpSettings, resolveMailRoute, writeStoredSmtpSettings } from '../../../mail/smtp-settings.js';
import { authOf, clientOf } from '../../auth/request-auth.js';
import { AuthenticatorKind, PasswordInput, StepUpFields, withErrors } from '../../schemas.js';
import { throwFor } from '../../failures.js';
import { AUTHENTICATOR_KINDS } from '../../../core/authenticators/authenticator.js';
import { typed } from '../../type-provider.js';

const Impact = Type.Object({ users_to_enroll: Type.Integer(), users_with_disallowed_method: Type.Integer(), includes_you: Type.Boolean() });
const TrustedBrowserDays = Type.Integer({
  minimum: 0,
  maximum: MAX_TRUSTED_BROWSER_DAYS,
  description: '"Don\'t ask again on this browser for N days" at the second-factor step; 0 hides it. Lowering it ends trust older than the new N.',
});
const PolicyView = Type.Object({
  allowed_methods: Type.Array(AuthenticatorKind),
  enforce_mfa: Type.Boolean(),
  require_webauthn_for_admins: Type.Boolean({ description: 'administrators must hold a security key or passkey (those without one add one at next sign-in)' }),
  allow_passkey_sign_in: Type.Boolean({ description: 'a passkey alone may sign a user in ("Sign in with a passkey")' }),
  trusted_browser_days: TrustedBrowserDays,
  impact: Impact,
  saved: Type.Boolean(),
});
const Security = Type.Union([Type.Literal('none'), Type.Literal('starttls'), Type.Literal('tls')]);
const SmtpView = Type.Object({
  source: Type.Union([Type.Literal('environment'), Type.Literal('settings'), Type.Literal('outbox')]),
  delivering: Type.Boolean(),
  notice: Type.Union([Type.String(), Type.Null()]),
  host: Type.Union([Type.String(), Type.Null()]),
  port: Type.Union([Type.Integer(), Type.Null()]),
  security: Type.Union([Security, Type.Null()]),
  username: Type.Union([Type.String(), Type.Null()]),
  password_set: Type.Boolean(),
  sender: Type.Union([Type.String(), Type.Null()]),
});

const describePolicy = (policy: AuthenticationPolicy) => ({
  allowed_methods: policy.allowedMethods,
  enforce_mfa: policy.enforceMfa,
  require_webauthn_for_admins: policy.requireWebAuthnForAdmins,
  allow_passkey_sign_in: policy.allowPasswordless,
  trusted_browser_days: policy.trustedBrowserDays,
});

const describeImpact = (impact: PolicyImpact) => ({
  users_to_enroll: impact.usersToEnroll,
  users_with_disallowed_method: impact.usersWithDisallowedMethod,
  includes_you: impact.includesYou,
});

export async function settingsRoutes(app: FastifyInstance, { ctx, smtpUrl, outboxDir }: { ctx: CoreContext; smtpUrl: string | undefined; outboxDir: string }): Promise<void> {
  const api = typed(app);
  const admin = { auth: 'admin', refuseApiKey: true } as const;
  const tags = ['settings'];

  api.get('/api/settings/authentication', { config: { auth: 'admin' }, schema: { tags, summary: 'The authentication policy', response: withErrors({ 200: PolicyView }) } }, async (request) => {
    const policy = await readAuthenticationPolicy(ctx.store);
    const impact = await previewPolicy(ctx, authOf(request).user, policy);
    return { ...describePolicy(policy), impact: describeImpact(impact), saved: true };
  });

  api.put(
    '/api/settings/authentication',
    {
      config: { ...admin, errors: ['reauthentication_required', 'admin_mfa_required'] },
      schema: {
        tags,
        summary: 'Change the policy; with ?preview=1 (or "preview": true) only tells how many users it affects',
        querystring: Type.Object({ preview: Type.Optional(Type.Union([Type.Literal('1'), Type.Literal('true'), Type.Literal('0'), Type.Literal('false')])) }, { additionalProperties: false }),
        body: Type.Object(
          {
            allowed_methods: Type.Array(AuthenticatorKind, { minItems: 1, maxItems: AUTHENTICATOR_KINDS.length, uniqueItems: true }),
            enforce_mfa: Type.Boolean(),
            require_webauthn_for_admins: Type.Optional(Type.Boolean({ description: 'unchanged when absent; turning it on needs an admin who has a security key or passkey, off the step-up' })),
            allow_passkey_sign_in: Type.Optional(Type.Boolean({ description: 'unchanged when absent' })),
            trusted_browser_days: Type.Optional(TrustedBrowserDays),
            ...StepUpFields,
            password: Type.Optional(PasswordInput),
            preview: Type.Optional(Type.Boolean()),
          },
          { additionalProperties: false },
        ),
        response: withErrors({ 200: PolicyView }),
      },
    },
    async (request) => {
      const actor = authOf(request).user;
      const current = await readAuthenticationPolicy(ctx.store);
      const policy = normalizePolicy({
        allowedMethods: request.body.allowed_methods,
        enforceMfa: request.body.enforce_mfa,
        requireWebAuthnForAdmins: request.body.require_webauthn_for_admins ?? current.requireWebAuthnForAdmins,
        allowPasswordless: request.body.allow_passkey_sign_in ?? current.allowPasswordless,
        ...(request.body.trusted_browser_days !== undefined && { trustedBrowserDays: request.body.trusted_browser_days }),
      });
      if (!policy) throw new PublicError('invalid_request', { message: 'allowed_methods must contain "totp": the authentication app cannot be disallowed.' });
      const preview = request.body.preview === true || request.query.preview === '1' || request.query.preview === 'true';
      if (preview) {
        const impact = await previewPolicy(ctx, actor, applyPolicyChange(current, policy));
        return { ...describePolicy(applyPolicyChange(current, policy)), impact: describeImpact(impact), saved: false };
      }
      const result = await changeAuthenticationPolicy(ctx, { actor, policy, proof: optionalStepUpOf(authOf(request), request.body), client: clientOf(request) });
      if (!result.ok) {
        if (result.reason === 'reauthentication_required') throw new PublicError('reauthentication_required', { message: 'Turning enforcement off needs your password and a current code.' });
        throwFor(ctx, result.reason === 'mfa_not_enabled' ? { ok: false, reason: 'admin_mfa_required' } : result);
      }
      return { ...describePolicy(result.policy), impact: describeImpact(result.impact), saved: true };
    },
  );

  const describeSmtp = async () => {
    const route = await resolveMailRoute(ctx.store, ctx.keys, smtpUrl, defaultSender(ctx.settings.issuer));
    if (route.kind === 'outbox') {
      return {
        source: 'outbox' as const,
        delivering: false,
        notice: `Mail is not being sent: messages are written to ${outboxDir} as .eml files.`,
        host: null,
        port: null,
        security: null,
        username: null,
        password_set: false,
        sender: null,
      };
    }
    const s = route.settings;
    return {
      source: route.source,
      delivering: true,
      notice: route.source === 'environment' ? 'Set by GATEHOUSE_SMTP_URL; change it in the environment.' : null,
      host: s.host,
      port: s.port,
      security: s.security,
      username: s.username,
      password_set: Boolean(s.password),
      sender: s.sender,
    };
  };

  api.get('/api/settings/smtp', { config: { auth: 'admin' }, schema: { tags, summary: 'E-mail delivery', response: withErrors({ 200: SmtpView }) } }, async () => describeSmtp());

  api.put(
    '/api/settings/smtp',
    {
      config: admin,
      schema: {
        tags,
        summary: 'Set the SMTP server (password kept encrypted; omit it to keep the saved one), or null to go back to the outbox',
        body: Type.Union([
          Type.Object(
            {
              host: Type.String({ minLength: 1, maxLength: 253, pattern: '^[A-Za-z0-9.:\\[\\]-]+$' }),
              port: Type.Integer({ minimum: 1, maximum: 65535 }),
              security: Security,
              username: Type.Optional(Type.Union([Type.String({ maxLength: 256 }), Type.Null()])),
              password: Type.Optional(Type.Union([Type.String({ maxLength: 1024 }), Type.Null()])),
              sender: Type.String({ minLength: 3, maxLength: 320 }),
            },
            { additionalProperties: false },
          ),
          Type.Null(),
        ]),
        response: withErrors({ 200: SmtpView }),
      },
    },
    async (request) => {
      if (smtpUrl) throw new PublicError('invalid_request', { message: 'E-mail delivery is set by GATEHOUSE_SMTP_URL; change it in the environment.' });
      const body = request.body;
      const previous = await readStoredSmtpSettings(ctx.store, ctx.keys);
      const next = body ? {
        host: body.host,
        port: body.port,
        security: body.security,
        username: body.username || null,
        // Omitted: keep the saved password; null or empty: remove it.
        password: body.password === undefined ? (previous?.password ?? null) : body.password || null,
        sender: body.sender,
      } : null;
      const recorded = auditChange(ctx, () => ({
        type: 'smtp_settings_changed',
        outcome: 'success',
        actor: authOf(request).user,
        client: clientOf(request),
        details: next ? { host: next.host, port: next.port, security: next.security, username: next.username, password_changed: body?.password !== undefined } : { outbox: true },
      }));
      await writeStoredSmtpSettings(ctx.store, ctx.keys, next, ctx.clock.now(), recorded.audit);
      recorded.announce();
      return describeSmtp();
    },
  );

  api.post(
    '/api/settings/smtp/test',
    {
      config: { ...admin, errors: ['email_address_required', 'email_delivery_failed'] },
      schema: {
        tags,
        summary: "Send a test message (to the admin's own address unless `to` is given) and report the SMTP server's answer",
        body: Type.Optional(Type.Object({ to: Type.Optional(Type.String({ maxLength: 254, pattern: '^[^\\s@\\x00-\\x1f\\x7f]+@[^\\s@\\x00-\\x1f\\x7f]+$' })) }, { additionalProperties: false })),
        response: withErrors({ 200: Type.Object({ ok: Type.Literal(true), to: Type.String(), response: Type.String() }) }),
      },
    },
    async (request) => {
      const actor = authOf(request).user;
      const to = request.body?.to ?? actor.email;
      if (!to) throw new PublicError('email_address_required', { message: 'Give an address in "to", or set one on your account.' });
      const route = await resolveMailRoute(ctx.store, ctx.keys, smtpUrl, defaultSender(ctx.settings.issuer));
      const envelope = { to, username: actor.username, at: ctx.clock.now(), clientAddress: clientOf(request).address, message: { kind: 'test' as const } };
      if (route.kind === 'outbox') {
        const delivery = await ctx.mailer.deliver(envelope);
        if (!delivery.ok) throw new PublicError('email_delivery_failed', { message: delivery.error });
        return { ok: true as const, to, response: delivery.response };
      }
      try {
        const info = await (await createSmtpTransport(route.settings)).sendMail({ from: route.settings.sender, to, ...renderMessage(ctx.settings.issuer, envelope) });
        return { ok: true as const, to, response: info.response };
      } catch (error) {
        // Refused, timed out, not SMTP, or the server's own answer: never the raw socket error
        // (smtp-failure.ts). The log keeps the detail for whoever runs the server.
        request.log.info({ err: { code: (error as { code?: unknown }).code, message: describeSmtpError(error) } }, 'the SMTP test message failed');
        throw new PublicError('email_delivery_failed', { message: describeSmtpFailure(error, route.settings) });
      }
    },
  );
}
