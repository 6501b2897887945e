// Password + current code, as asked to disable MFA or to replace the recovery codes. E-mail users
// get "Send a code by e-mail"; a recovery code is accepted too.
import { useState } from 'react';
import { api } from '../../api/client.ts';
import { waitText } from '../../api/error-text.ts';
import type { EmailCodeSent, MfaMethod } from '../../api/types.ts';
import { useAction, useCountdown, useRetryWait } from '../../components/use-action.ts';
import { ErrorAlert, Field } from '../../components/ui.tsx';
import { RESEND_COOLDOWN_SECONDS } from '../sign-in/second-factor-step.tsx';

export interface PasswordAndCode {
  password: string;
  code: string;
}

export function PasswordAndCodeFields({ method, value, onChange }: { method: MfaMethod | null; value: PasswordAndCode; onChange: (value: PasswordAndCode) => void }) {
  return (
    <>
      <Field label="Password" type="password" autoComplete="current-password" required autoFocus value={value.password} onChange={(e) => onChange({ ...value, password: e.target.value })} />
      <Field
        label="Verification code"
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
