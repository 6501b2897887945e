// Step 2: prove the new method works. App: QR code and the key grouped by four, then a current code.
// E-mail: the code sent to the masked address, with a resend button that waits out the cooldown.
import { type FormEvent, useState } from 'react';
import { api, ApiError } from '../../api/client.ts';
import { codeErrors, waitText } from '../../api/error-text.ts';
import type { EmailCodeSent, TotpEnrollment } from '../../api/types.ts';
import { CopyButton } from '../../components/copy-button.tsx';
import { useAction, useCountdown, useRetryWait } from '../../components/use-action.ts';
import { CodeField, ErrorAlert, Notice } from '../../components/ui.tsx';
import { groupByFour } from '../../format.ts';
import { RESEND_COOLDOWN_SECONDS } from '../sign-in/second-factor-step.tsx';

interface VerifyProps {
  busy: boolean;
  error: unknown;
  onVerify: (code: string) => void;
  onBack: () => void;
  /** The submit button's label: "Next" in the wizard, "Add" when adding to the ones a user has. */
  nextLabel?: string;
}

function VerifyButtons({ busy, error, onBack, disabled, nextLabel = 'Next' }: { busy: boolean; error: unknown; onBack: () => void; disabled: boolean; nextLabel?: string | undefined }) {
  const wait = useRetryWait(error);
  return (
    <div className="button-row">
      <button type="button" className="button" onClick={onBack}>
        Back
      </button>
      <button type="submit" className="button button-primary" disabled={busy || wait > 0 || disabled}>
        {wait > 0 ? `Try again in ${waitText(wait)}` : busy ? 'Checking…' : nextLabel}
      </button>
    </div>
  );
}

export function TotpStep({ enrollment, busy, error, onVerify, onBack, nextLabel }: VerifyProps & { enrollment: TotpEnrollment }) {
  const [code, setCode] = useState('');
  const submit = (event: FormEvent) => {
    event.preventDefault();
    onVerify(code.replace(/\s+/g, ''));
  };
  const wrongCode = error instanceof ApiError && error.type === 'invalid_credentials';
  return (
    <form onSubmit={submit}>
      <p className="lead">Scan the QR code with your authentication app, or enter the key by hand. Then enter the code the app shows.</p>
      <div className="totp-setup">
        <img className="qr-code" src={enrollment.qr_code_png} width={196} height={196} alt="QR code to add this account to an authentication app" />
        <div className="totp-manual">
          <h3>Can’t scan it?</h3>
          <p>Enter this key in the app:</p>
          <p className="secret" aria-label="Key for manual entry">
            <code>{groupByFour(enrollment.secret)}</code>
          </p>
          <CopyButton text={enrollment.secret} label="Copy key" />
          <p className="field-hint">Time-based, 6 digits, every 30 seconds (SHA-1): what every app uses when you choose “time-based”.</p>
        </div>
      </div>
      <CodeField label="Code from the app" autoFocus value={code} onChange={(e) => setCode(e.target.value)} />
      <ErrorAlert
        error={error}
        overrides={codeErrors}
        hint={wrongCode ? 'Codes depend on the exact time: check that your phone’s clock is set automatically, then enter the code the app shows now.' : undefined}
      />
      <VerifyButtons busy={busy} error={error} onBack={onBack} disabled={code.trim() === ''} nextLabel={nextLabel} />
    </form>
  );
}

/** `resendUrl`: where "Send a new code" asks (the wizard's enrollment, or the authenticator being added). */
export function EmailStep({ emailMasked, resendUrl = '/api/me/mfa/enrollment/email-code', busy, error, onVerify, onBack, nextLabel }: VerifyProps & { emailMasked: string; resendUrl?: string }) {
  const [code, setCode] = useState('');
  const [sends, setSends] = useState(1);
  const [cooldown, setCooldown] = useState(RESEND_COOLDOWN_SECONDS);
  const left = useCountdown(cooldown, sends);
  const resend = useAction();
  const resendWait = useRetryWait(resend.error);

  const sendAgain = async () => {
    const sent = await resend.run(async () => ({ answer: await api.post<EmailCodeSent | undefined>(resendUrl) }));
    if (!sent) return;
    setCooldown(sent.answer?.resend_after_seconds ?? RESEND_COOLDOWN_SECONDS);
    setSends((n) => n + 1);
  };
  const submit = (event: FormEvent) => {
    event.preventDefault();
    onVerify(code.replace(/\s+/g, ''));
  };
  return (
    <form onSubmit={submit}>
      <Notice>
        <p>
          We sent a 6-digit code to <strong>{emailMasked}</strong>. It is valid for 10 minutes.
        </p>
      </Notice>
      <CodeField label="Code from the e-mail" autoFocus value={code} onChange={(e) => setCode(e.target.value)} />
      <div className="resend">
        <button type="button" className="button button-small" onClick={() => void sendAgain()} disabled={resend.busy || left > 0 || resendWait > 0}>
          {left > 0 ? `Send a new code in ${left} s` : resendWait > 0 ? `Send a new code in ${waitText(resendWait)}` : 'Send a new code'}
        </button>
        {sends > 1 && !resend.error ? (
          <span className="copy-state" role="status">
            A new code is on its way; the previous one no longer works.
          </span>
        ) : null}
      </div>
      <ErrorAlert error={resend.error} />
      <ErrorAlert error={error} overrides={codeErrors} />
      <VerifyButtons busy={busy} error={error} onBack={onBack} disabled={code.trim() === ''} nextLabel={nextLabel} />
    </form>
  );
}
