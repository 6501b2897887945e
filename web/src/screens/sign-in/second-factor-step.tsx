// The second-factor step: the code from the authentication app, or an e-mail code sent on request
// (with a resend countdown), or a recovery code.
import { type FormEvent, useEffect, useState } from 'react';
import { api, ApiError } from '../../api/client.ts';
import { codeErrors, describeError, waitText } from '../../api/error-text.ts';
import type { EmailCodeSent, SignInAnswer } from '../../api/types.ts';
import { useAction, useCountdown, useRetryWait } from '../../components/use-action.ts';
import { CodeField, ErrorAlert, Field, Notice } from '../../components/ui.tsx';

/** SPEC 2.4: a new e-mail code may be asked for after 30 seconds. */
export const RESEND_COOLDOWN_SECONDS = 30;

interface Props {
  methods: string[];
  emailMasked?: string | undefined;
  username: string;
  onAnswer: (answer: SignInAnswer, username: string) => void;
  onRestart: (notice?: string) => void;
}

export function SecondFactorStep({ methods, emailMasked, username, onAnswer, onRestart }: Props) {
  const primary = methods.includes('totp') ? 'totp' : methods.includes('email') ? 'email' : null;
  const [method, setMethod] = useState<'totp' | 'email' | 'recovery_code'>(primary ?? 'recovery_code');
  const [code, setCode] = useState('');
  const action = useAction();
  const wait = useRetryWait(action.error);

  const switchTo = (next: typeof method) => {
    setMethod(next);
    setCode('');
    action.setError(null);
  };

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const sent = method === 'recovery_code' ? code.trim() : code.replace(/\s+/g, '');
    const answer = await action.run(() => api.post<SignInAnswer>('/api/session/second-factor', { method, code: sent }, { quiet: true }));
    if (answer) return onAnswer(answer, username);
    setCode('');
  };

  const expired = action.error instanceof ApiError && action.error.type === 'sign_in_expired';
  useEffect(() => {
    if (expired) onRestart(describeError(action.error));
  }, [expired, action.error, onRestart]);

  const drift = method === 'totp' && action.error instanceof ApiError && action.error.type === 'invalid_credentials';

  return (
    <form onSubmit={(event) => void submit(event)}>
      {method === 'totp' ? <p className="lead">Enter the code from your authentication app.</p> : null}
      {method === 'email' ? <EmailCodeRequest emailMasked={emailMasked} /> : null}
      {method === 'recovery_code' ? <p className="lead">Enter one of your recovery codes. Each code works once.</p> : null}

      {method === 'recovery_code' ? (
        <Field
          label="Recovery code"
          name="recovery-code"
          autoComplete="off"
          autoCapitalize="none"
          spellCheck={false}
          placeholder="xxxx-xxxx-xxxx-xxxx"
          required
          autoFocus
          value={code}
          onChange={(e) => setCode(e.target.value)}
        />
      ) : (
        <CodeField autoFocus value={code} onChange={(e) => setCode(e.target.value)} />
      )}
      <ErrorAlert
        error={action.error}
        overrides={codeErrors}
        hint={drift ? 'Codes depend on the exact time: if your codes keep failing, check that the phone’s clock is set automatically.' : undefined}
      />
      <button type="submit" className="button button-primary button-wide" disabled={action.busy || wait > 0 || code.trim() === ''}>
        {wait > 0 ? `Try again in ${waitText(wait)}` : action.busy ? 'Checking…' : 'Verify'}
      </button>
      <div className="alternatives">
        {method !== 'recovery_code' ? (
          <button type="button" className="link-button" onClick={() => switchTo('recovery_code')}>
            Use a recovery code
          </button>
        ) : primary ? (
          <button type="button" className="link-button" onClick={() => switchTo(primary)}>
            {primary === 'totp' ? 'Use your authentication app instead' : 'Use an e-mail code instead'}
          </button>
        ) : null}
        <button type="button" className="link-button" onClick={() => onRestart()}>
          Start over
        </button>
      </div>
    </form>
  );
}

/** "Send a code to j***@example.com", then the resend button counting down. */
function EmailCodeRequest({ emailMasked }: { emailMasked?: string | undefined }) {
  const [sentTo, setSentTo] = useState<string | null>(null);
  const [sends, setSends] = useState(0);
  const [cooldown, setCooldown] = useState(RESEND_COOLDOWN_SECONDS);
  const action = useAction();
  const left = useCountdown(sends === 0 ? 0 : cooldown, sends);
  const wait = useRetryWait(action.error);

  const send = async () => {
    const sent = await action.run(async () => ({ answer: await api.post<EmailCodeSent | undefined>('/api/session/email-code', undefined, { quiet: true }) }));
    if (sent) {
      const { answer } = sent;
      setSentTo(answer?.email_masked ?? emailMasked ?? 'your e-mail address');
      setCooldown(answer?.resend_after_seconds ?? RESEND_COOLDOWN_SECONDS);
      setSends((n) => n + 1);
    }
  };

  const address = emailMasked ?? 'your e-mail address';
  return (
    <div className="email-code">
      {sentTo ? (
        <Notice>
          <p>
            We sent a 6-digit code to <strong>{sentTo}</strong>. It is valid for 10 minutes.
          </p>
        </Notice>
      ) : (
        <p className="lead">We will send a one-time code to your e-mail address.</p>
      )}
      <ErrorAlert error={action.error} />
      <button type="button" className="button" onClick={() => void send()} disabled={action.busy || left > 0 || wait > 0}>
        {left > 0 ? `Send a new code in ${left} s` : wait > 0 ? `Send a new code in ${waitText(wait)}` : sentTo ? 'Send a new code' : `Send a code to ${address}`}
      </button>
    </div>
  );
}
