// What an authenticator being added answers: its id, kind and name, and what the user needs to set
// it up (a secret and a QR code, where the e-mail code went, or a security key's registration options).
import { Type } from '@sinclair/typebox';
import type { Authenticator } from '../../../core/authenticators/authenticator.js';
import type { SetupDetails } from '../../../core/authenticators/strategy.js';
import { AuthenticatorKind, WebAuthnOptionsView } from '../../schemas.js';

export const SetupView = Type.Object({
  id: Type.String({ description: 'the authenticator being added' }),
  method: AuthenticatorKind,
  name: Type.String(),
  secret: Type.Optional(Type.String({ description: 'authenticator app: the Base32 secret, for typing in' })),
  public_key: Type.Optional(WebAuthnOptionsView),
  otpauth_uri: Type.Optional(Type.String()),
  qr_code_png: Type.Optional(Type.String({ description: 'data:image/png;base64,… of the otpauth URI' })),
  email_masked: Type.Optional(Type.String({ description: 'e-mail: where the code went' })),
  resend_after_seconds: Type.Optional(Type.Integer()),
});

export function describeSetup(authenticator: Pick<Authenticator, 'id' | 'kind' | 'name'>, setup: SetupDetails) {
  return {
    id: authenticator.id,
    method: authenticator.kind,
    name: authenticator.name,
    ...(setup.secret !== undefined && { secret: setup.secret }),
    ...(setup.otpauthUri !== undefined && { otpauth_uri: setup.otpauthUri }),
    ...(setup.qrCodePng !== undefined && { qr_code_png: setup.qrCodePng }),
    ...(setup.emailMasked !== undefined && { email_masked: setup.emailMasked }),
    ...(setup.resendAfterInSeconds !== undefined && { resend_after_seconds: setup.resendAfterInSeconds }),
    ...(setup.publicKey !== undefined && { public_key: setup.publicKey as Record<string, unknown> }),
  };
}
