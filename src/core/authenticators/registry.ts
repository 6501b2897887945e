// The strategy of every kind. A Record over the one list of kinds: a kind without a strategy does
// not compile.
import type { AuthenticatorKind } from './authenticator.js';
import { emailStrategy } from './email/email-strategy.js';
import type { AuthenticatorStrategy } from './strategy.js';
import { totpStrategy } from './totp/totp-strategy.js';
import { webAuthnStrategy } from './webauthn/webauthn-strategy.js';

export const strategies: Record<AuthenticatorKind, AuthenticatorStrategy> = {
  totp: totpStrategy,
  email: emailStrategy,
  webauthn: webAuthnStrategy,
};
