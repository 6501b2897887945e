// Step 1: choose the method. The e-mail option is shown unavailable, with the reason, when the
// administrator disallowed it or the account has no e-mail address.
import { type FormEvent, type ReactNode, useId, useState } from 'react';
import type { AuthenticatorKind, MfaMethod } from '../../api/types.ts';
import { ReauthenticationPrompt } from '../../components/reauthentication.tsx';
import { type PasswordAndCode, PasswordAndCodeFields, stepUpBody } from '../account/confirm-with-code.tsx';
import { ErrorAlert, Notice } from '../../components/ui.tsx';
import { passwordAndCodeErrors } from '../../api/error-text.ts';
import { kindPhrases } from '../../format.ts';

export interface MethodChoice {
  /** Why e-mail cannot be chosen, or null when it can. */
  emailUnavailable: ReactNode | null;
  /** The kinds of the user's authenticators when changing the method; empty when enrolling. */
  currentKinds: readonly AuthenticatorKind[];
}

interface Props {
  choice: MethodChoice;
  busy: boolean;
  error: unknown;
  askPassword: boolean;
  /** With `code`: the step-up of a change of method (password and a current code, SPEC §2.11). */
  onNext: (method: MfaMethod, proof: { password?: string; code?: string; authenticator_id?: string }) => void;
  onCancel: () => void;
}

export function MethodStep({ choice, busy, error, askPassword, onNext, onCancel }: Props) {
  const [method, setMethod] = useState<MfaMethod>('totp');
  const [password, setPassword] = useState('');
  const [stepUp, setStepUp] = useState<PasswordAndCode>({ password: '', code: '' });
  const emailReasonId = useId();
  const changing = choice.currentKinds.length > 0;
  const emailSelectable = choice.emailUnavailable === null;
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (changing) onNext(method, stepUpBody(stepUp));
    else onNext(method, askPassword ? { password } : {});
  };
  return (
    <form onSubmit={submit}>
      {changing ? (
        <Notice>
          <p>
            You now sign in with <strong>{sentence(choice.currentKinds.map((kind) => kindPhrases[kind]))}</strong>. The new method replaces {choice.currentKinds.length > 1 ? 'them' : 'it'} only
            when you finish this wizard; until then your current method keeps working. To keep {choice.currentKinds.length > 1 ? 'them' : 'it'} and add another, use{' '}
            <strong>Add an authenticator</strong> on your account page instead.
          </p>
        </Notice>
      ) : null}
      <fieldset className="choices">
        <legend>Choose a method</legend>
        <label className="choice">
          <input type="radio" name="method" value="totp" checked={method === 'totp'} onChange={() => setMethod('totp')} />
          <span>
            <strong>Authentication app (like Microsoft Authenticator)</strong>
            <span className="choice-hint">Scan a QR code once; the app shows a new 6-digit code every 30 seconds, even offline.</span>
          </span>
        </label>
        <label className={`choice ${choice.emailUnavailable ? 'choice-disabled' : ''}`}>
          <input
            type="radio"
            name="method"
            value="email"
            checked={method === 'email'}
            disabled={choice.emailUnavailable !== null}
            aria-describedby={choice.emailUnavailable ? emailReasonId : undefined}
            onChange={() => setMethod('email')}
          />
          <span>
            <strong>One-time e-mail password</strong>
            <span className="choice-hint">A 6-digit code is sent to your e-mail address when you sign in.</span>
            {choice.emailUnavailable ? (
              <span className="choice-reason" id={emailReasonId}>
                Unavailable: {choice.emailUnavailable}
              </span>
            ) : null}
          </span>
        </label>
      </fieldset>
      {emailSelectable ? (
        <Notice tone="warning" role="note">
          <p>E-mail password authentication cannot be recovered. We recommend you use an authentication app.</p>
        </Notice>
      ) : null}
      {changing ? (
        <fieldset className="step-up">
          <legend>Confirm it is you</legend>
          <p>Changing the method needs your password and a code from your current method (or a recovery code).</p>
          <PasswordAndCodeFields value={stepUp} onChange={setStepUp} autoFocus={false} />
          <ErrorAlert error={error} overrides={passwordAndCodeErrors} />
        </fieldset>
      ) : (
        <ReauthenticationPrompt asked={askPassword} password={password} onPasswordChange={setPassword} purpose="add a new authentication method" error={error} />
      )}
      <div className="button-row">
        <button type="button" className="button" onClick={onCancel}>
          Cancel
        </button>
        <button type="submit" className="button button-primary" disabled={busy}>
          {busy ? 'Starting…' : 'Next'}
        </button>
      </div>
    </form>
  );
}

/** "a, b and c" */
function sentence(parts: readonly string[]): string {
  return parts.length <= 1 ? (parts[0] ?? '') : `${parts.slice(0, -1).join(', ')} and ${parts.at(-1)}`;
}
