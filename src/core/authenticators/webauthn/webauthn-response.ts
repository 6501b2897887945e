// Reading what a browser sent as a WebAuthn response (a PublicKeyCredential as JSON) before the
// library checks it: the credential id it names, and the challenge in its client data, so the
// challenge can be consumed from storage first. Nothing here is trusted: the library verifies all.
import type { AuthenticationResponseJSON, RegistrationResponseJSON } from '@simplewebauthn/server';

const BASE64URL = /^[A-Za-z0-9_-]+$/;

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** The credential id (base64url) a response names, or null when it is not shaped like one. */
export function credentialIdOf(response: unknown): string | null {
  if (!isRecord(response) || typeof response.id !== 'string' || response.id.length > 1024 || !BASE64URL.test(response.id)) return null;
  return response.id;
}

/** The challenge the browser signed (base64url), from the response's clientDataJSON. */
export function challengeOf(response: unknown): string | null {
  if (!isRecord(response) || !isRecord(response.response)) return null;
  const clientDataJSON = response.response.clientDataJSON;
  if (typeof clientDataJSON !== 'string' || clientDataJSON.length > 16_384 || !BASE64URL.test(clientDataJSON)) return null;
  try {
    const clientData: unknown = JSON.parse(Buffer.from(clientDataJSON, 'base64url').toString('utf8'));
    return isRecord(clientData) && typeof clientData.challenge === 'string' && BASE64URL.test(clientData.challenge) ? clientData.challenge : null;
  } catch {
    return null;
  }
}

/** An assertion as the library takes it, when the response is shaped like one (the library checks the rest). */
export function asAuthenticationResponse(response: unknown): AuthenticationResponseJSON | null {
  if (credentialIdOf(response) === null || challengeOf(response) === null || !isRecord(response) || !isRecord(response.response)) return null;
  const r = response.response;
  if (typeof r.authenticatorData !== 'string' || typeof r.signature !== 'string' || typeof response.rawId !== 'string' || response.type !== 'public-key') return null;
  return response as unknown as AuthenticationResponseJSON;
}

/** A registration as the library takes it, when the response is shaped like one. */
export function asRegistrationResponse(response: unknown): RegistrationResponseJSON | null {
  if (credentialIdOf(response) === null || challengeOf(response) === null || !isRecord(response) || !isRecord(response.response)) return null;
  if (typeof response.response.attestationObject !== 'string' || typeof response.rawId !== 'string' || response.type !== 'public-key') return null;
  return response as unknown as RegistrationResponseJSON;
}
