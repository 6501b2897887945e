// The step-up fields of a request body (schemas.ts StepUpFields) as the core takes them: the
// password and either a code or a security key's response, for the session or flow that asked.
import type { StepUpProof } from '../../core/mfa/mfa-management.js';
import { PublicError } from '../../core/errors.js';
import { chainOf, type RequestAuth } from './request-auth.js';

export interface StepUpBody {
  password: string;
  code?: string | undefined;
  webauthn_response?: unknown;
  authenticator_id?: string | undefined;
}

export function stepUpProofOf(auth: RequestAuth, body: StepUpBody): StepUpProof {
  if ((body.code === undefined) === (body.webauthn_response === undefined)) {
    throw new PublicError('invalid_request', {
      message: 'Confirm with your password and either a current code (code) or your security key (webauthn_response), not both.',
      fields: ['code', 'webauthn_response'],
    });
  }
  const answer = body.webauthn_response !== undefined ? { response: body.webauthn_response } : { code: body.code! };
  return { password: body.password, answer, authenticatorId: body.authenticator_id, chain: chainOf(auth) };
}

/** The same fields where the step-up is optional (it depends on the account): undefined when not given. */
export function optionalStepUpOf(auth: RequestAuth, body: Partial<StepUpBody>) {
  return { password: body.password, code: body.code, webauthnResponse: body.webauthn_response, authenticatorId: body.authenticator_id, chain: chainOf(auth) };
}
