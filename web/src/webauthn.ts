// Security keys and passkeys in the browser, on @simplewebauthn/browser: the server sends the
// options (public_key), the browser asks the key, the server gets its answer (webauthn_response).
// Errors the browser raises become ApiErrors with a sentence that says what to do.
import {
  browserSupportsWebAuthn,
  browserSupportsWebAuthnAutofill,
  startAuthentication,
  startRegistration,
  WebAuthnAbortService,
  type PublicKeyCredentialCreationOptionsJSON,
  type PublicKeyCredentialRequestOptionsJSON,
} from '@simplewebauthn/browser';
import { api, ApiError } from './api/client.ts';

/** GET /api/webauthn: whether keys work where the console was reached, and if not why. */
export interface WebAuthnAvailability {
  available: boolean;
  rp_id: string | null;
  reason: string | null;
  message: string | null;
  passkey_sign_in: boolean;
}

let availability: Promise<WebAuthnAvailability> | null = null;

/** Asked once per page load; the browser's own support is checked too. */
export function webAuthnAvailability(): Promise<WebAuthnAvailability> {
  availability ??= api.get<WebAuthnAvailability>('/api/webauthn', { quiet: true }).then((answer) =>
    answer.available && !browserSupportsWebAuthn()
      ? { ...answer, available: false, passkey_sign_in: false, message: 'This browser does not support security keys or passkeys. Use a current browser.' }
      : answer,
  );
  return availability;
}

function browserError(error: unknown): ApiError {
  const name = error instanceof Error ? error.name : '';
  const cause = error instanceof Error && error.cause instanceof Error ? error.cause.name : '';
  if (name === 'NotAllowedError' || cause === 'NotAllowedError' || (error instanceof Error && /NotAllowed|timed out|not allowed/i.test(error.message))) {
    return new ApiError(0, 'webauthn_cancelled', 'The security key did not answer, or the request was cancelled. Try again, and touch your key (or confirm on your device) when asked.');
  }
  if (name === 'InvalidStateError' || /ERROR_AUTHENTICATOR_PREVIOUSLY_REGISTERED/.test(String((error as { code?: string }).code))) {
    return new ApiError(0, 'webauthn_already_registered', 'This security key is already on your account. Use another key, or name the one you have.');
  }
  if (name === 'SecurityError') return new ApiError(0, 'webauthn_unavailable', 'The browser refused: security keys need the console’s host name and a trusted certificate.');
  return new ApiError(0, 'webauthn_failed', error instanceof Error ? error.message : 'The security key could not be used.');
}

/** navigator.credentials.create with the server's options. */
export async function registerKey(publicKey: unknown): Promise<unknown> {
  try {
    return await startRegistration({ optionsJSON: publicKey as PublicKeyCredentialCreationOptionsJSON });
  } catch (error) {
    throw browserError(error);
  }
}

/** navigator.credentials.get with the server's options. */
export async function answerWithKey(publicKey: unknown): Promise<unknown> {
  try {
    return await startAuthentication({ optionsJSON: publicKey as PublicKeyCredentialRequestOptionsJSON });
  } catch (error) {
    throw browserError(error);
  }
}

/** A step-up proof from one of the user's keys: the challenge is bound to this session. */
export async function keyStepUp(): Promise<unknown> {
  const { public_key } = await api.post<{ public_key: unknown }>('/api/me/mfa/webauthn-challenge');
  return answerWithKey(public_key);
}

/**
 * Passkey sign-in: with `autofill`, conditional mediation (the passkeys show in the username field's
 * suggestions, `autocomplete="username webauthn"`); otherwise the browser's own dialog.
 */
export async function signInWithPasskey<T>(autofill: boolean): Promise<T> {
  const { public_key } = await api.post<{ public_key: unknown }>('/api/session/passkey/options', undefined, { quiet: true });
  let response: unknown;
  try {
    response = await startAuthentication({ optionsJSON: public_key as PublicKeyCredentialRequestOptionsJSON, useBrowserAutofill: autofill });
  } catch (error) {
    throw browserError(error);
  }
  return api.post<T>('/api/session/passkey', { webauthn_response: response }, { quiet: true });
}

export const supportsAutofill = () => browserSupportsWebAuthnAutofill();

/** Stops a pending autofill request (before a button starts its own). */
export function cancelPendingCeremony(): void {
  WebAuthnAbortService.cancelCeremony();
}
