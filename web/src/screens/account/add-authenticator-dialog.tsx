// Account page → "Add an authenticator" (SPEC §2.12): the kind, a name, and the step-up (password
// and a current code) in one form; then the kind's verify step. The new one is active once its first
// code checks; the others keep working and the recovery codes stay as they are.
import { type FormEvent, useState } from 'react';
import { api, segment } from '../../api/client.ts';
import { passwordAndCodeErrors } from '../../api/error-text.ts';
import type { AuthenticatorKind, AuthenticatorSetup, AuthenticatorView, TotpEnrollment } from '../../api/types.ts';
import { Dialog } from '../../components/dialog.tsx';
import { useAction } from '../../components/use-action.ts';
import { ErrorAlert, Field } from '../../components/ui.tsx';
import { kindNames } from '../../format.ts';
import { EmailStep, TotpStep } from '../enrollment/verify-steps.tsx';
import { type PasswordAndCode, PasswordAndCodeFields, stepUpBody } from './confirm-with-code.tsx';

interface Props {
  /** The kinds the user may add now (allowed by the administrator, under the limit, e-mail only with an address). */
  kinds: readonly AuthenticatorKind[];
  onAdded: (authenticator: AuthenticatorView, endedSessions: number) => void;
  onClose: () => void;
}

type Step = { name: 'choose' } | { name: 'verify'; setup: AuthenticatorSetup };

export function AddAuthenticatorDialog({ kinds, onAdded, onClose }: Props) {
  const [step, setStep] = useState<Step>({ name: 'choose' });
  const [kind, setKind] = useState<AuthenticatorKind>(kinds[0] ?? 'totp');
  const [name, setName] = useState('');
  const [stepUp, setStepUp] = useState<PasswordAndCode>({ password: '', code: '' });
  const action = useAction();

  const start = async (event: FormEvent) => {
    event.preventDefault();
    const setup = await action.run(() => api.post<AuthenticatorSetup>('/api/me/authenticators', { kind, ...(name.trim() && { name: name.trim() }), ...stepUpBody(stepUp) }));
    if (setup) setStep({ name: 'verify', setup });
  };

  const verify = async (setup: AuthenticatorSetup, code: string) => {
    const verified = await action.run(() => api.post<{ authenticator: AuthenticatorView; ended_sessions: number }>(`/api/me/authenticators/${segment(setup.id)}/verify`, { code }));
    if (verified) onAdded(verified.authenticator, verified.ended_sessions);
  };

  const back = () => {
    action.setError(null);
    setStep({ name: 'choose' });
  };

  if (step.name === 'verify') {
    const { setup } = step;
    return (
      <Dialog title={`Add “${setup.name}”`} onClose={onClose} wide>
        {setup.secret && setup.otpauth_uri && setup.qr_code_png ? (
          <TotpStep enrollment={setup as TotpEnrollment} busy={action.busy} error={action.error} onVerify={(code) => void verify(setup, code)} onBack={back} nextLabel="Add" />
        ) : (
          <EmailStep
            emailMasked={setup.email_masked ?? 'your e-mail address'}
            resendUrl={`/api/me/authenticators/${segment(setup.id)}/email-code`}
            busy={action.busy}
            error={action.error}
            onVerify={(code) => void verify(setup, code)}
            onBack={back}
            nextLabel="Add"
          />
        )}
      </Dialog>
    );
  }

  return (
    <Dialog title="Add an authenticator" onClose={onClose}>
      <form onSubmit={(event) => void start(event)}>
        <fieldset className="choices">
          <legend>Kind</legend>
          {kinds.map((option) => (
            <label key={option} className="choice">
              <input type="radio" name="kind" value={option} checked={kind === option} onChange={() => setKind(option)} />
              <span>
                <strong>{kindNames[option]}</strong>
                <span className="choice-hint">{option === 'totp' ? 'Another phone or app: scan a QR code, then enter the code it shows.' : 'Codes sent to your account’s e-mail address.'}</span>
              </span>
            </label>
          ))}
        </fieldset>
        <Field label="Name" name="name" maxLength={64} hint="So you can tell it apart, for example “Work phone”. Optional." value={name} onChange={(e) => setName(e.target.value)} />
        <fieldset className="step-up">
          <legend>Confirm it is you</legend>
          <PasswordAndCodeFields value={stepUp} onChange={setStepUp} autoFocus={false} />
        </fieldset>
        <ErrorAlert error={action.error} overrides={passwordAndCodeErrors} />
        <div className="button-row">
          <button type="button" className="button" onClick={onClose}>
            Cancel
          </button>
          <button type="submit" className="button button-primary" disabled={action.busy}>
            {action.busy ? 'Starting…' : 'Next'}
          </button>
        </div>
      </form>
    </Dialog>
  );
}
