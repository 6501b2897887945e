// Passwordless sign-in with a passkey (SPEC 2.13): POST /api/session/passkey/options asks the
// browser for any discoverable credential of this site with user verification, the challenge bound
// to a cookie of this request only; POST /api/session/passkey answers it. A credential registered
// as a passkey (discoverable, user-verified) with user verification in this assertion signs its
// owner in at once with an MFA-level session (it is possession and a PIN or biometric); anything
// else signs nobody in. The rules of every sign-in hold: a disabled user is refused, the
// administrator's allowed methods and the passwordless switch apply, what is due (a password change,
// an enrollment) comes first, and the session gets a new id.
import { generateAuthenticationOptions } from '@simplewebauthn/server';
import { recordAuditEvent } from '../audit/audit-log.js';
import { type RelyingParty, relyingPartyFor } from '../authenticators/webauthn/relying-party.js';
import { WEBAUTHN_CHALLENGE_LIFETIME, verifyWebAuthnAssertion } from '../authenticators/webauthn/webauthn-assertion.js';
import type { Client, CoreContext } from '../context.js';
import { generateToken, hashToken } from '../crypto/server-keys.js';
import { notifyUser } from '../notifications/notify-user.js';
import { type AuthenticationPolicy, readAuthenticationPolicy } from '../policy/authentication-policy.js';
import { type IssuedSession, issueSession } from '../sessions/sessions.js';
import type { User } from '../users/user.js';
import { stateAfterSecondFactor } from './sign-in-flow.js';
import { openSignInFlow } from './sign-in.js';

type Unavailable = { ok: false; reason: 'webauthn_unavailable'; message: string } | { ok: false; reason: 'passkey_sign_in_disabled' };

/** The passkey request's cookie names its challenges; only its hash is stored. */
function bindingOf(requestToken: string): string {
  return `passkey:${hashToken(requestToken)}`;
}

/** Whether passkeys may sign anyone in here: the policy allows it, and the relying party is usable. */
async function passkeySignInAvailability(ctx: CoreContext, client: Client): Promise<Unavailable | { ok: true; relyingParty: RelyingParty; policy: AuthenticationPolicy }> {
  const policy = await readAuthenticationPolicy(ctx.store);
  if (!policy.allowPasswordless || !policy.allowedMethods.includes('webauthn')) return { ok: false, reason: 'passkey_sign_in_disabled' };
  const rp = relyingPartyFor(ctx.settings.webauthn, client.origin);
  return rp.ok ? { ok: true, relyingParty: rp.relyingParty, policy } : { ok: false, reason: 'webauthn_unavailable', message: rp.message };
}

export async function startPasskeySignIn(ctx: CoreContext, client: Client): Promise<{ ok: true; publicKey: unknown; requestToken: string } | Unavailable> {
  const available = await passkeySignInAvailability(ctx, client);
  if (!available.ok) return available;
  const options = await generateAuthenticationOptions({
    rpID: available.relyingParty.id,
    // Empty: the browser offers this site's discoverable credentials (and autofill can list them).
    allowCredentials: [],
    userVerification: 'required',
    timeout: WEBAUTHN_CHALLENGE_LIFETIME,
  });
  const requestToken = generateToken(32);
  const now = ctx.clock.now();
  await ctx.store.saveWebAuthnChallenge({ challenge: options.challenge, purpose: 'passwordless', boundTo: bindingOf(requestToken), userId: null, createdAt: now, expiresAt: now + WEBAUTHN_CHALLENGE_LIFETIME });
  return { ok: true, publicKey: options, requestToken };
}

export type PasskeySignInResult =
  | { ok: true; state: 'authenticated'; user: User; issued: IssuedSession }
  | { ok: true; state: 'awaiting_enrollment' | 'awaiting_password_change'; user: User; flowToken: string }
  | { ok: false; reason: 'invalid_credentials' }
  | Unavailable;

export async function completePasskeySignIn(ctx: CoreContext, input: { requestToken: string | undefined; response: unknown; client: Client }): Promise<PasskeySignInResult> {
  const { client } = input;
  const available = await passkeySignInAvailability(ctx, client);
  if (!available.ok) return available;
  const refuse = async (why: string, user: User | null = null): Promise<{ ok: false; reason: 'invalid_credentials' }> => {
    ctx.log.info({ event: 'passkey_sign_in_failed', userId: user?.id, why }, 'passkey sign-in refused');
    await recordAuditEvent(ctx, { type: 'passkey_sign_in_failed', outcome: 'failure', actor: user, target: user, client, details: { factor: 'webauthn', why } });
    return { ok: false, reason: 'invalid_credentials' };
  };
  if (input.requestToken === undefined) return refuse('no_challenge');
  const checked = await verifyWebAuthnAssertion(ctx, {
    response: input.response,
    purpose: 'passwordless',
    boundTo: bindingOf(input.requestToken),
    relyingParty: available.relyingParty,
    passwordless: true,
    client,
  });
  if (!checked.ok) return refuse(checked.why);
  const user = await ctx.store.findUserById(checked.credential.userId);
  if (!user || user.disabledAt !== null) return refuse('user_disabled', user);
  const { authenticator } = checked;
  const { policy } = available;
  const now = ctx.clock.now();
  const details = { aal: 2, factor: 'webauthn', passwordless: true, authenticator_id: authenticator.id, authenticator_name: authenticator.name };
  const next = stateAfterSecondFactor(user, policy);
  if (next.name === 'awaiting_enrollment' || next.name === 'awaiting_password_change') {
    // What is due comes first, in a sign-in flow that has passed its second factor.
    const flowToken = await openSignInFlow(ctx, user, next.name, { at: now, secondFactorAt: now });
    await recordAuditEvent(ctx, { type: 'second_factor_succeeded', outcome: 'success', actor: user, target: user, client, details: { ...details, next: next.name } });
    return { ok: true, state: next.name, user, flowToken };
  }
  const issued = await issueSession(ctx, user, { aal: 2, authenticatedAt: now, client, completedBy: 'passkey' });
  await recordAuditEvent(ctx, { type: 'sign_in_succeeded', outcome: 'success', actor: user, target: user, client, details });
  await notifyUser(ctx, user, { kind: 'passkey_sign_in', name: authenticator.name }, client);
  return { ok: true, state: 'authenticated', user, issued };
}
