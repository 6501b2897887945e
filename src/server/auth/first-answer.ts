// The first answer of an authenticator being added, as the core takes it: a code, or a security
// key's registration response.
import type { ChallengeAnswer } from '../../core/authenticators/strategy.js';
import { PublicError } from '../../core/errors.js';

export function firstAnswerOf(body: { code?: string | undefined; webauthn_response?: unknown }): ChallengeAnswer {
  if ((body.code === undefined) === (body.webauthn_response === undefined)) {
    throw new PublicError('invalid_request', { message: 'Send the code from the new authenticator (code), or the security key’s response (webauthn_response).', fields: ['code', 'webauthn_response'] });
  }
  return body.webauthn_response !== undefined ? { response: body.webauthn_response } : { code: body.code! };
}
