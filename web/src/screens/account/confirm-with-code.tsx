// Password + current code, as asked to disable MFA or to replace the recovery codes (the dialogs of
// both share PasswordAndCodeForm) and to turn enforcement off. E-mail users get "Send a code by
// e-mail"; a recovery code is accepted too.
import { type FormEvent, useState } from 'react';
import { api } from '../../api/client.ts';
import { passwordAndCodeErrors, waitText } from '../../api/error-text.ts';
import type { EmailCodeSent, MfaMethod } from '../../api/types.ts';
import { type Action, useAction, useCountdown, useRetryWait } from '../../components/use-action.ts';
import { ErrorAlert, Field } from '../../components/ui.tsx';
import { RESEND_COOLDOWN_SECONDS } from '../sign-in/second-factor-step.tsx';

export interface PasswordAndCode {
  password: string;
  code: string;
}

export function PasswordAndCodeFields({ method, value, onChange, autoFocus = true }: { method: MfaMethod | null; value: PasswordAndCode; onChange: (value: PasswordAndCode) => void; autoFocus?: boolean }) {
  return (
    <>
      <Field label="Password" name="password" maxLength={1024} type="password" autoComplete="current-password" required autoFocus={autoFocus} value={value.password} onChange={(e) => onChange({ ...value, password: e.target.value })} />
      <Field
        label="Verification code"
        name="code"
        maxLength={64}
        autoComplete="one-time-code"
        autoCapitalize="none"
        spellCheck={false}
        required
        value={value.code}
        onChange={(e) => onChange({ ...value, code: e.target.value })}
        hint={method === 'email' ? 'The code from the e-mail, or one of your recovery codes.' : 'The code your authentication app shows now, or one of your recovery codes.'}
      />
      {method === 'email' ? <SendEmailCode /> : null}
    </>
  );
}

interface FormProps {
  method: MfaMethod | null;
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
export function PasswordAndCodeForm({ method, intro, submitLabel, busyLabel, danger, action, onSubmit, onCancel }: FormProps) {
  const [value, setValue] = useState<PasswordAndCode>({ password: '', code: '' });
  const wait = useRetryWait(action.error);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    // An app or e-mail code may be typed with spaces ("123 456"); a recovery code is sent as typed.
    const code = /^[\d\s]+$/.test(value.code) ? value.code.replace(/\s+/g, '') : value.code.trim();
    onSubmit({ password: value.password, code });
  };
  return (
    <form onSubmit={submit}>
      <p>{intro}</p>
      <PasswordAndCodeFields method={method} value={value} onChange={setValue} />
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
