// Security keys and passkeys (SPEC 2.13; W3C WebAuthn L3) on @simplewebauthn/server: nothing here
// parses CBOR or COSE or checks a signature. One way to add either: registration prefers a
// discoverable, user-verified credential (residentKey and userVerification `preferred`, credProps)
// and records what it got; discoverable and user-verified makes a passkey, anything else a security
// key. As a second factor no user verification is required, and the user's keys are listed in
// allowCredentials with their transports. Challenges live in storage for 5 minutes, bound to what
// asked for them (the authenticator being added, the sign-in flow, the session's step-up).
import { generateAuthenticationOptions, generateRegistrationOptions, verifyRegistrationResponse } from '@simplewebauthn/server';
import type { CoreContext } from '../../context.js';
import type { EmailCodeBinding, WebAuthnChallengePurpose } from '../../ports.js';
import type { User } from '../../users/user.js';
import type { AuthenticatorStrategy } from '../strategy.js';
import { WEBAUTHN_CHALLENGE_LIFETIME, verifyWebAuthnAssertion } from './webauthn-assertion.js';
import { asRegistrationResponse, challengeOf } from './webauthn-response.js';

/** SPEC §2.12: up to 10 security keys or passkeys per user. */
export const MAX_WEBAUTHN_AUTHENTICATORS = 10;

/** EdDSA, ES256, RS256 (Windows Hello and TPMs need RS256); nothing that needs a newer Node. */
export const WEBAUTHN_ALGORITHMS = [-8, -7, -257];

/** A random-looking handle per user, never the id or name (WebAuthn §14.6.1): a keyed hash of the id. */
export function webAuthnUserHandle(ctx: CoreContext, user: Pick<User, 'id'>): Uint8Array {
  return new Uint8Array(Buffer.from(ctx.keys.mac('webauthn-user-handle', user.id), 'base64url'));
}

async function saveChallenge(ctx: CoreContext, challenge: string, purpose: WebAuthnChallengePurpose, boundTo: string, userId: string | null): Promise<void> {
  const now = ctx.clock.now();
  await ctx.store.saveWebAuthnChallenge({ challenge, purpose, boundTo, userId, createdAt: now, expiresAt: now + WEBAUTHN_CHALLENGE_LIFETIME });
}

/** A sign-in's challenge is bound to its flow; a step-up's to the session (or flow) that asked. */
function boundToOf(binding: EmailCodeBinding): string {
  return binding.chain ?? binding.boundTo;
}

export const webAuthnStrategy: AuthenticatorStrategy = {
  kind: 'webauthn',
  maxPerUser: MAX_WEBAUTHN_AUTHENTICATORS,
  defaultName: 'Security key',
  usesAccountEmail: false,
  throttleFactor: 'webauthn',
  whyUnavailable: () => null,

  async beginAdding(ctx, { user, pending, relyingParty }) {
    if (!relyingParty.ok) return relyingParty;
    const started = await ctx.store.startAddingAuthenticator(pending, {}, MAX_WEBAUTHN_AUTHENTICATORS);
    if (!started.ok) return started;
    const existing = await ctx.store.listWebAuthnCredentials(user.id);
    const options = await generateRegistrationOptions({
      rpName: relyingParty.relyingParty.name,
      rpID: relyingParty.relyingParty.id,
      userName: user.username,
      userDisplayName: user.username,
      userID: webAuthnUserHandle(ctx, user) as never,
      attestationType: 'none',
      // The same key twice would be one factor counted as two.
      excludeCredentials: existing.map((c) => ({ id: c.credentialId, transports: c.transports })),
      authenticatorSelection: { residentKey: 'preferred', userVerification: 'preferred' },
      extensions: { credProps: true },
      supportedAlgorithmIDs: WEBAUTHN_ALGORITHMS,
      timeout: WEBAUTHN_CHALLENGE_LIFETIME,
    });
    await saveChallenge(ctx, options.challenge, 'registration', pending.id, user.id);
    return { ok: true, setup: { publicKey: options } };
  },

  async verifyAdding(ctx, { user, pending, answer, relyingParty }) {
    if (!('response' in answer) || !relyingParty.ok) return 'wrong_code';
    const response = asRegistrationResponse(answer.response);
    const challenge = challengeOf(answer.response);
    if (response === null || challenge === null) return 'wrong_code';
    // Single use, and only for this authenticator being added (itself bound to its session or flow).
    const issued = await ctx.store.consumeWebAuthnChallenge(challenge, 'registration', pending.id, ctx.clock.now());
    if (!issued) return 'wrong_code';
    const rp = relyingParty.relyingParty;
    let info;
    try {
      const verified = await verifyRegistrationResponse({
        response,
        expectedChallenge: issued.challenge,
        expectedOrigin: rp.origin,
        expectedRPID: rp.id,
        requireUserVerification: false,
        supportedAlgorithmIDs: WEBAUTHN_ALGORITHMS,
      });
      if (!verified.verified) return 'wrong_code';
      info = verified.registrationInfo;
    } catch (error) {
      ctx.log.info({ event: 'webauthn_registration_refused', userId: user.id, why: (error as Error).message }, 'a security key registration was refused');
      return 'wrong_code';
    }
    const saved = await ctx.store.saveWebAuthnCredential({
      authenticatorId: pending.id,
      userId: user.id,
      credentialId: info.credential.id,
      publicKey: Buffer.from(info.credential.publicKey).toString('base64url'),
      counter: info.credential.counter,
      transports: info.credential.transports ?? [],
      aaguid: info.aaguid,
      attestationFormat: info.fmt,
      backupEligible: info.credentialDeviceType === 'multiDevice',
      backedUp: info.credentialBackedUp,
      discoverable: response.clientExtensionResults.credProps?.rk === true,
      userVerified: info.userVerified,
      rpId: rp.id,
    });
    return saved ? 'ok' : 'wrong_code';
  },

  async challengeOptions(ctx, { user, authenticators, binding, relyingParty }) {
    if (!relyingParty.ok) return relyingParty;
    const ids = new Set(authenticators.map((a) => a.id));
    const credentials = (await ctx.store.listWebAuthnCredentials(user.id)).filter((c) => ids.has(c.authenticatorId));
    const options = await generateAuthenticationOptions({
      rpID: relyingParty.relyingParty.id,
      allowCredentials: credentials.map((c) => ({ id: c.credentialId, transports: c.transports })),
      // A second factor: the key's presence is enough (a USB key without a PIN works).
      userVerification: 'discouraged',
      timeout: WEBAUTHN_CHALLENGE_LIFETIME,
    });
    await saveChallenge(ctx, options.challenge, binding.purpose === 'sign_in' ? 'sign_in' : 'confirmation', boundToOf(binding), user.id);
    return { ok: true, publicKey: options };
  },

  async verifyChallenge(ctx, { authenticator, answer, binding, client, relyingParty }) {
    if (!('response' in answer) || !relyingParty.ok) return 'wrong_code';
    const checked = await verifyWebAuthnAssertion(ctx, {
      response: answer.response,
      purpose: binding.purpose === 'sign_in' ? 'sign_in' : 'confirmation',
      boundTo: boundToOf(binding),
      relyingParty: relyingParty.relyingParty,
      authenticatorId: authenticator.id,
      passwordless: false,
      client,
    });
    return checked.ok ? 'ok' : 'wrong_code';
  },
};
