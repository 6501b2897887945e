// Checks a WebAuthn assertion (W3C WebAuthn L3 §7.2) to a challenge from storage: the challenge is
// consumed first (one DELETE: single use on every instance, and only for the flow or session it was
// issued to), then @simplewebauthn/server checks origin, RP ID, flags and signature against the
// stored public key. The counter is judged after the signature, so a forged response cannot raise
// an alarm: a hardware key (not backup-eligible) whose non-zero counter does not rise is refused,
// audited and its owner e-mailed (a clone signal); a synced passkey may keep a zero counter.
import { verifyAuthenticationResponse } from '@simplewebauthn/server';
import { recordAuditEvent } from '../../audit/audit-log.js';
import { MINUTE } from '../../clock.js';
import type { Client, CoreContext } from '../../context.js';
import { notifyUser } from '../../notifications/notify-user.js';
import type { WebAuthnChallengePurpose, WebAuthnCredential } from '../../ports.js';
import type { Authenticator } from '../authenticator.js';
import type { RelyingParty } from './relying-party.js';
import { asAuthenticationResponse, challengeOf } from './webauthn-response.js';

/** SPEC 2.13: a challenge is good for 5 minutes. */
export const WEBAUTHN_CHALLENGE_LIFETIME = 5 * MINUTE;

export type AssertionResult =
  | { ok: true; credential: WebAuthnCredential; authenticator: Authenticator; userVerified: boolean }
  | { ok: false; why: 'malformed' | 'no_challenge' | 'unknown_credential' | 'not_a_passkey' | 'refused_by_library' | 'counter_regression' };

export interface AssertionCheck {
  response: unknown;
  purpose: WebAuthnChallengePurpose;
  boundTo: string;
  relyingParty: RelyingParty;
  /** Only this authenticator's credential may answer (a second factor, a step-up); any active one when absent (passwordless). */
  authenticatorId?: string;
  /** Passwordless: user verification in this assertion, and a credential registered as a passkey. */
  passwordless: boolean;
  client: Client;
}

export async function verifyWebAuthnAssertion(ctx: CoreContext, check: AssertionCheck): Promise<AssertionResult> {
  const response = asAuthenticationResponse(check.response);
  const challenge = challengeOf(check.response);
  if (response === null || challenge === null) return { ok: false, why: 'malformed' };
  // Single use before anything else: of two requests with one challenge, one gets the row.
  const issued = await ctx.store.consumeWebAuthnChallenge(challenge, check.purpose, check.boundTo, ctx.clock.now());
  if (!issued) return { ok: false, why: 'no_challenge' };
  const found = await ctx.store.findWebAuthnCredential(response.id);
  if (!found || (check.authenticatorId !== undefined && found.authenticator.id !== check.authenticatorId) || (issued.userId !== null && issued.userId !== found.credential.userId)) {
    return { ok: false, why: 'unknown_credential' };
  }
  const { credential, authenticator } = found;
  // A security key (not discoverable, or registered without user verification) is a second factor only.
  if (check.passwordless && !(credential.discoverable && credential.userVerified)) return { ok: false, why: 'not_a_passkey' };
  let info: Awaited<ReturnType<typeof verifyAuthenticationResponse>>['authenticationInfo'];
  try {
    const verified = await verifyAuthenticationResponse({
      response,
      expectedChallenge: issued.challenge,
      expectedOrigin: check.relyingParty.origin,
      expectedRPID: check.relyingParty.id,
      // The counter is judged below, after the signature (the library would judge it before).
      credential: { id: credential.credentialId, publicKey: new Uint8Array(Buffer.from(credential.publicKey, 'base64url')), counter: 0, transports: credential.transports },
      requireUserVerification: check.passwordless,
    });
    if (!verified.verified) return { ok: false, why: 'refused_by_library' };
    info = verified.authenticationInfo;
  } catch (error) {
    ctx.log.info({ event: 'webauthn_assertion_refused', userId: credential.userId, why: (error as Error).message }, 'a security key assertion was refused');
    return { ok: false, why: 'refused_by_library' };
  }
  const synced = credential.backupEligible;
  const counterRegressed = !synced && (info.newCounter > 0 || credential.counter > 0) && info.newCounter <= credential.counter;
  // One conditional UPDATE: two assertions with one counter value cannot both pass.
  const recorded =
    !counterRegressed &&
    (await ctx.store.recordWebAuthnAssertion(authenticator.id, {
      counter: info.newCounter,
      counterMayStay: synced || (info.newCounter === 0 && credential.counter === 0),
      backedUp: info.credentialBackedUp,
      at: ctx.clock.now(),
      address: check.client.address,
    }));
  if (!recorded) {
    await reportCounterRegression(ctx, { credential, authenticator, received: info.newCounter, client: check.client });
    return { ok: false, why: 'counter_regression' };
  }
  return { ok: true, credential, authenticator, userVerified: info.userVerified };
}

async function reportCounterRegression(ctx: CoreContext, input: { credential: WebAuthnCredential; authenticator: Authenticator; received: number; client: Client }): Promise<void> {
  const { credential, authenticator, client } = input;
  const user = await ctx.store.findUserById(credential.userId);
  ctx.log.warn({ event: 'webauthn_counter_regression', userId: credential.userId, authenticatorId: authenticator.id, stored: credential.counter, received: input.received }, 'a security key signed with a counter that did not rise: it may have been cloned');
  await recordAuditEvent(ctx, {
    type: 'webauthn_counter_regression',
    outcome: 'refused',
    actor: user,
    target: user,
    client,
    details: { authenticator_id: authenticator.id, name: authenticator.name, stored_counter: credential.counter, received_counter: input.received },
  });
  if (user) await notifyUser(ctx, user, { kind: 'webauthn_counter_regression', name: authenticator.name }, client);
}
