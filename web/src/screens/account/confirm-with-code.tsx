// Password + current code (the step-up of SPEC §2.11), as asked to disable MFA, replace the recovery
// codes, add or remove an authenticator, change the method or the e-mail address of an e-mail user,
// and turn enforcement off. A recovery code is accepted too.
import { type FormEvent, useId, useState } from 'react';
import { api } from '../../api/client.ts';
import { passwordAndCodeErrors, waitText } from '../../api/error-text.ts';
import type { AuthenticatorView, EmailCodeSent } from '../../api/types.ts';
import { type Action, useAction, useCountdown, useLoad, useRetryWait } from '../../components/use-action.ts';
import { kindNames } from '../../format.ts';
import { ErrorAlert, Field } from '../../components/ui.tsx';
import { RESEND_COOLDOWN_SECONDS } from '../sign-in/second-factor-step.tsx';

export interface PasswordAndCode {
  password: string;
  code: string;
  /** Which authenticator the code is from; the one used last when not chosen. */
  authenticatorId?: string;
}

/** The step-up fields as the API takes them: an app or e-mail code without spaces, a recovery code as typed. */
export function stepUpBody(value: PasswordAndCode) {
  const code = /^[\d\s]+$/.test(value.code) ? value.code.replace(/\s+/g, '') : value.code.trim();
  return { password: value.password, code, ...(value.authenticatorId && { authenticator_id: value.authenticatorId }) };
}

/**
 * The password, then a code: from which authenticator (asked only when the user has several; the
 * one used last comes first), or a recovery code. "Send a code by e-mail" when the chosen one is the
 * e-mail authenticator.
 */
export function PasswordAndCodeFields({ value, onChange, autoFocus = true }: { value: PasswordAndCode; onChange: (value: PasswordAndCode) => void; autoFocus?: boolean }) {
  const authenticators = useLoad(async () => (await api.get<{ authenticators: AuthenticatorView[] }>('/api/me/authenticators')).authenticators).value ?? [];
  const chosen = authenticators.find((a) => a.id === value.authenticatorId) ?? authenticators[0];
  const selectId = useId();
  return (
    <>
      <Field label="Password" name="password" maxLength={1024} type="password" autoComplete="current-password" required autoFocus={autoFocus} value={value.password} onChange={(e) => onChange({ ...value, password: e.target.value })} />
      {authenticators.length > 1 ? (
        <div className="field">
          <label htmlFor={selectId}>Code from</label>
          <select id={selectId} name="authenticator_id" value={chosen?.id} onChange={(e) => onChange({ ...value, authenticatorId: e.target.value })}>
            {authenticators.map((a) => (
              <option key={a.id} value={a.id}>
                {a.name} ({kindNames[a.kind]})
              </option>
            ))}
          </select>
        </div>
      ) : null}
      <Field
        label="Verification code"
        name="code"
        maxLength={64}
        autoComplete="one-time-code"
        autoCapitalize="none"
        spellCheck={false}
        required
        value={value.code}
        onChange={(e) => onChange({ ...value, code: e.target.value, ...(chosen && !value.authenticatorId && { authenticatorId: chosen.id }) })}
        hint={chosen?.kind === 'email' ? 'The code from the e-mail, or one of your recovery codes.' : 'The code your authentication app shows now, or one of your recovery codes.'}
      />
      {chosen?.kind === 'email' ? <SendEmailCode /> : null}
    </>
  );
}

interface FormProps {
  /** What the step does, said above the fields. */
  intro: string;
  submitLabel: string;
  busyLabel: string;
  /** A destructive step gets the red button. */
  danger?: boolean;
  /** The submit of the step: its busy flag and error show here. */
  action: Action;
  onSubmit: (confirmation: PasswordAndCode) => void;
  onCancel: () => void;
}

/** A dialog's whole form for a step that needs the password and a current code. */
export function PasswordAndCodeForm({ intro, submitLabel, busyLabel, danger, action, onSubmit, onCancel }: FormProps) {
  const [value, setValue] = useState<PasswordAndCode>({ password: '', code: '' });
  const wait = useRetryWait(action.error);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    onSubmit(value);
  };
  return (
    <form onSubmit={submit}>
      <p>{intro}</p>
      <PasswordAndCodeFields value={value} onChange={setValue} />
      <ErrorAlert error={action.error} overrides={passwordAndCodeErrors} />
      <div className="button-row">
        <button type="button" className="button" onClick={onCancel}>
          Cancel
        </button>
        <button type="submit" className={`button ${danger ? 'button-danger' : 'button-primary'}`} disabled={action.busy || wait > 0}>
          {wait > 0 ? `Try again in ${waitText(wait)}` : action.busy ? busyLabel : submitLabel}
        </button>
      </div>
    </form>
  );
}

function SendEmailCode() {
  const action = useAction();
  const [sends, setSends] = useState(0);
  const [sentTo, setSentTo] = useState<string | null>(null);
  const left = useCountdown(sends === 0 ? 0 : RESEND_COOLDOWN_SECONDS, sends);
  const wait = useRetryWait(action.error);
  const send = async () => {
    const sent = await action.run(async () => ({ answer: await api.post<EmailCodeSent | undefined>('/api/me/mfa/email-code') }));
    if (!sent) return;
    setSentTo(sent.answer?.email_masked ?? 'your e-mail address');
    setSends((n) => n + 1);
  };
  return (
    <div className="resend">
      <button type="button" className="button button-small" onClick={() => void send()} disabled={action.busy || left > 0 || wait > 0}>
        {left > 0 ? `Send a new code in ${left} s` : wait > 0 ? `Send a code in ${waitText(wait)}` : sends === 0 ? 'Send a code by e-mail' : 'Send a new code'}
      </button>
      {sentTo ? (
        <span className="copy-state" role="status">
          Code sent to {sentTo}.
        </span>
      ) : null}
      <ErrorAlert error={action.error} />
    </div>
  );
}
