// My authenticators (SPEC §2.12): list, add (step-up, then the kind's verify step; active once
// verified, no new recovery codes), rename, remove (step-up). The first one comes with recovery codes
// through the enrollment wizard (/api/me/mfa/enrollment). Adding is bound to the session that
// started it; none of this is open to API keys.
import { Type } from '@sinclair/typebox';
import type { FastifyInstance } from 'fastify';
import { activateAddedAuthenticator, findOwnPendingAuthenticator, resendSetupCode, startAddingAuthenticator, verifyPendingAuthenticator } from '../../../core/authenticators/adding.js';
import { describeAuthenticator, describeOwnAuthenticators } from '../../../core/authenticators/authenticator.js';
import { passkeyIdsOf } from '../../../core/mfa/mfa-management.js';
import { removeOwnAuthenticator, renameOwnAuthenticator } from '../../../core/authenticators/removal.js';
import type { CoreContext } from '../../../core/context.js';
import { PublicError } from '../../../core/errors.js';
import { hasMfa } from '../../../core/users/user.js';
import { requireStepUpToBind } from '../../auth/fresh-authentication.js';
import { authOf, chainOf, clientOf, keepAliveOf } from '../../auth/request-auth.js';
import { throwFor } from '../../failures.js';
import { AuthenticatorKind, AuthenticatorView, CodeInput, StepUpFields, WebAuthnResponseInput, withErrors } from '../../schemas.js';
import { firstAnswerOf } from '../../auth/first-answer.js';
import { optionalStepUpOf, stepUpProofOf } from '../../auth/step-up-input.js';
import { typed } from '../../type-provider.js';
import { describeSetup, SetupView } from './setup-view.js';

const Name = Type.String({ minLength: 1, maxLength: 256, description: '1 to 64 characters after trimming; unique among my authenticators' });
const Params = Type.Object({ id: Type.String({ minLength: 1, maxLength: 64 }) });
const StepUp = StepUpFields;
const FirstAnswer = Type.Object({ code: Type.Optional(CodeInput), webauthn_response: Type.Optional(WebAuthnResponseInput) }, { additionalProperties: false });

export async function authenticatorRoutes(app: FastifyInstance, { ctx }: { ctx: CoreContext }): Promise<void> {
  const api = typed(app);
  const tags = ['authenticators'];
  const manage = { auth: 'signed_in', refuseApiKey: true } as const;

  api.get(
    '/api/me/authenticators',
    { config: { auth: 'signed_in' }, schema: { tags, summary: 'My authenticators, the most recently used first', response: withErrors({ 200: Type.Object({ authenticators: Type.Array(AuthenticatorView) }) }) } },
    async (request) => {
      const { user } = authOf(request);
      return { authenticators: describeOwnAuthenticators(await ctx.store.listAuthenticators(user.id), await passkeyIdsOf(ctx, user)) };
    },
  );

  api.post(
    '/api/me/authenticators',
    {
      config: {
        ...manage,
        errors: ['mfa_not_enabled', 'reauthentication_required', 'mfa_method_not_allowed', 'email_address_required', 'email_delivery_failed', 'authenticator_limit_reached', 'authenticator_name_taken', 'webauthn_unavailable'],
      },
      schema: {
        tags,
        summary: 'Add an authenticator (MFA on): answers what to set it up with; then POST …/{id}/verify',
        description:
          'Needs `password` and a current `code` from one of my authenticators (or a recovery code, or a security key\'s `webauthn_response`) in the same request. Up to 5 authenticator apps, one e-mail authenticator and 10 security keys or passkeys. ' +
          'For `webauthn` the answer carries `public_key`: pass it to startRegistration and send the result to …/{id}/verify as `webauthn_response`. ' +
          'Only this session can verify it; it expires after 15 minutes. With MFA off, use the enrollment wizard (POST /api/me/mfa/enrollment): the first authenticator comes with recovery codes.',
        body: Type.Object({ kind: AuthenticatorKind, name: Type.Optional(Name), ...StepUp }, { additionalProperties: false }),
        response: withErrors({ 201: SetupView }),
      },
    },
    async (request, reply) => {
      const auth = authOf(request);
      const client = clientOf(request);
      const { kind, name } = request.body;
      if (!hasMfa(auth.user)) throw new PublicError('mfa_not_enabled', { message: 'Multifactor authentication is off: set up the first authenticator with the enrollment wizard, which gives you recovery codes.' });
      await requireStepUpToBind(ctx, auth, optionalStepUpOf(auth, request.body), client);
      const started = await startAddingAuthenticator(ctx, { user: auth.user, kind, name, purpose: 'addition', chain: chainOf(auth), client });
      if (!started.ok) throwFor(ctx, started);
      return reply.code(201).send(describeSetup(started.authenticator, started.setup));
    },
  );

  api.post(
    '/api/me/authenticators/:id/verify',
    {
      config: { ...manage, errors: ['enrollment_not_found', 'authenticator_limit_reached'] },
      schema: {
        tags,
        summary: 'Verify a first code (or a security key\'s registration response) from the authenticator being added: it is active from now on; my other sessions end',
        params: Params,
        body: FirstAnswer,
        response: withErrors({ 200: Type.Object({ authenticator: AuthenticatorView, ended_sessions: Type.Integer() }) }),
      },
    },
    async (request) => {
      const auth = authOf(request);
      const client = clientOf(request);
      const pending = await findOwnPendingAuthenticator(ctx, auth.user, chainOf(auth), request.params.id);
      if (!pending || pending.purpose !== 'addition') throw new PublicError('enrollment_not_found');
      const verified = await verifyPendingAuthenticator(ctx, auth.user, pending, firstAnswerOf(request.body), client);
      if (!verified.ok) throwFor(ctx, verified);
      const added = await activateAddedAuthenticator(ctx, { user: auth.user, pending, keep: keepAliveOf(auth), client });
      if (!added.ok) throwFor(ctx, added.reason === 'not_found' ? { ok: false, reason: 'enrollment_not_found' } : added);
      return { authenticator: describeAuthenticator(added.authenticator), ended_sessions: added.endedSessions };
    },
  );

  api.post(
    '/api/me/authenticators/:id/email-code',
    { config: { ...manage, errors: ['enrollment_not_found', 'email_delivery_failed'] }, schema: { tags, summary: 'Send the setup code again, for an e-mail authenticator being added', params: Params, response: withErrors({ 200: SetupView }) } },
    async (request) => {
      const auth = authOf(request);
      const pending = await findOwnPendingAuthenticator(ctx, auth.user, chainOf(auth), request.params.id);
      if (!pending) throw new PublicError('enrollment_not_found');
      const sent = await resendSetupCode(ctx, auth.user, pending, clientOf(request));
      if (!sent.ok) throwFor(ctx, sent.reason === 'not_found' ? { ok: false, reason: 'enrollment_not_found' } : sent);
      return describeSetup(pending, sent.setup);
    },
  );

  api.patch(
    '/api/me/authenticators/:id',
    {
      config: { ...manage, errors: ['authenticator_name_taken'] },
      schema: { tags, summary: 'Rename one of my authenticators', params: Params, body: Type.Object({ name: Name }, { additionalProperties: false }), response: withErrors({ 200: AuthenticatorView }) },
    },
    async (request) => {
      const auth = authOf(request);
      const renamed = await renameOwnAuthenticator(ctx, auth.user, request.params.id, request.body.name, clientOf(request));
      if (!renamed.ok) throwFor(ctx, renamed);
      return describeAuthenticator(renamed.authenticator);
    },
  );

  api.delete(
    '/api/me/authenticators/:id',
    {
      config: { ...manage, errors: ['mfa_enforced', 'mfa_not_enabled'] },
      schema: {
        tags,
        summary: 'Remove one of my authenticators (password and a current code); removing the last one turns MFA off',
        description: 'The code may come from any of my authenticators, the one being removed included, or be a recovery code. Refused with mfa_enforced for the last one while MFA is enforced.',
        params: Params,
        body: Type.Object(StepUp, { additionalProperties: false }),
        response: withErrors({ 200: Type.Object({ mfa_enabled: Type.Boolean(), ended_sessions: Type.Integer() }) }),
      },
    },
    async (request) => {
      const auth = authOf(request);
      const removed = await removeOwnAuthenticator(ctx, {
        user: auth.user,
        authenticatorId: request.params.id,
        proof: stepUpProofOf(auth, request.body),
        keep: keepAliveOf(auth),
        client: clientOf(request),
      });
      if (!removed.ok) throwFor(ctx, removed);
      return { mfa_enabled: hasMfa(removed.user), ended_sessions: removed.endedSessions };
    },
  );
}
