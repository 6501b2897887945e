// The second-factor step (SPEC 2.2, §2.12): it opens on the authenticator used last; "Use another
// method" lists the user's other authenticators by name, and the recovery code ("Use a recovery
// code" directly when there is no other authenticator). A code is checked
// against the chosen authenticator only. An e-mail code is sent as soon as its step opens, with a
// resend button that counts down.
import { type FormEvent, useEffect, useState } from 'react';
import { api, ApiError } from '../../api/client.ts';
import { codeErrors, describeError, waitText } from '../../api/error-text.ts';
import type { AuthenticatorView, EmailCodeSent, SignInAnswer } from '../../api/types.ts';
import { useAction, useCountdown, useRetryWait } from '../../components/use-action.ts';
import { CodeField, ErrorAlert, Field, Notice } from '../../components/ui.tsx';
import { kindNames } from '../../format.ts';

/** SPEC 2.4: a new e-mail code may be asked for after 30 seconds. */
export const RESEND_COOLDOWN_SECONDS = 30;

interface Props {
  authenticators: AuthenticatorView[];
  emailMasked?: string | undefined;
  username: string;
  onAnswer: (answer: SignInAnswer, username: string) => void;
  onRestart: (notice?: string) => void;
}

/** What the step checks the code against: one of the user's authenticators, or a recovery code. */
type Choice = { authenticator: AuthenticatorView } | 'recovery_code';

export function SecondFactorStep({ authenticators, emailMasked, username, onAnswer, onRestart }: Props) {
  const first = authenticators[0];
  const [choice, setChoice] = useState<Choice>(first ? { authenticator: first } : 'recovery_code');
  const [choosing, setChoosing] = useState(false);
  const [code, setCode] = useState('');
  const action = useAction();
  const wait = useRetryWait(action.error);

  const choose = (next: Choice) => {
    setChoice(next);
    setChoosing(false);
    setCode('');
    action.setError(null);
  };

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const body = choice === 'recovery_code' ? { method: 'recovery_code', code: code.trim() } : { authenticator_id: choice.authenticator.id, code: code.replace(/\s+/g, '') };
    const answer = await action.run(() => api.post<SignInAnswer>('/api/session/second-factor', body, { quiet: true }));
    if (answer) return onAnswer(answer, username);
    setCode('');
  };

  const expired = action.error instanceof ApiError && action.error.type === 'sign_in_expired';
  useEffect(() => {
    if (expired) onRestart(describeError(action.error));
  }, [expired, action.error, onRestart]);

  if (choosing) return <MethodChooser authenticators={authenticators} current={choice} onChoose={choose} onCancel={() => setChoosing(false)} />;

  const kind = choice === 'recovery_code' ? 'recovery_code' : choice.authenticator.kind;
  // A code the server says was used already is not a clock problem; any other wrong app code may be.
  const wrongAppCode = kind === 'totp' && action.error instanceof ApiError && action.error.type === 'invalid_credentials' && !/used already/.test(action.error.message);
  const replayed = action.error instanceof ApiError && /used already/.test(action.error.message);
  // One authenticator: its only alternative, the recovery code, is offered directly. Several: "Use
  // another method" lists them by name, and the recovery code.
  const only = authenticators.length === 1 ? authenticators[0] : undefined;

  return (
    <form onSubmit={(event) => void submit(event)}>
      {choice !== 'recovery_code' && kind === 'totp' ? (
        <p className="lead">
          Enter the code from your authentication app{authenticators.length > 1 ? <> “{choice.authenticator.name}”</> : null}.
        </p>
      ) : null}
      {choice !== 'recovery_code' && kind === 'email' ? <EmailCodeRequest key={choice.authenticator.id} emailMasked={emailMasked} /> : null}
      {choice === 'recovery_code' ? <p className="lead">Enter one of your recovery codes. Each code works once.</p> : null}

      {choice === 'recovery_code' ? (
        <Field
          label="Recovery code"
          name="recovery-code"
          maxLength={64}
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
        overrides={replayed ? {} : codeErrors}
        hint={wrongAppCode ? 'Codes depend on the exact time: if your codes keep failing, check that the phone’s clock is set automatically.' : undefined}
      />
      <button type="submit" className="button button-primary button-wide" disabled={action.busy || wait > 0 || code.trim() === ''}>
        {wait > 0 ? `Try again in ${waitText(wait)}` : action.busy ? 'Checking…' : 'Verify'}
      </button>
      <div className="alternatives">
        {authenticators.length === 0 ? null : only && choice !== 'recovery_code' ? (
          <button type="button" className="link-button" onClick={() => choose('recovery_code')}>
            Use a recovery code
          </button>
        ) : only ? (
          <button type="button" className="link-button" onClick={() => choose({ authenticator: only })}>
            Use “{only.name}” instead
          </button>
        ) : (
          <button type="button" className="link-button" onClick={() => setChoosing(true)}>
            Use another method
          </button>
        )}
        <button type="button" className="link-button" onClick={() => onRestart()}>
          Start over
        </button>
      </div>
    </form>
  );
}

/** "Use another method": the user's other authenticators by name, and the recovery code. */
function MethodChooser({ authenticators, current, onChoose, onCancel }: { authenticators: AuthenticatorView[]; current: Choice; onChoose: (choice: Choice) => void; onCancel: () => void }) {
  const isCurrent = (option: Choice) => (option === 'recovery_code' ? current === 'recovery_code' : current !== 'recovery_code' && current.authenticator.id === option.authenticator.id);
  const options: Choice[] = [...authenticators.map((authenticator) => ({ authenticator })), 'recovery_code'];
  return (
    <div>
      <p className="lead">Choose how to confirm it is you.</p>
      <ul className="method-list" aria-label="Ways to sign in">
        {options
          .filter((option) => !isCurrent(option))
          .map((option) => (
            <li key={option === 'recovery_code' ? 'recovery_code' : option.authenticator.id}>
              <button type="button" className="button button-wide method-option" onClick={() => onChoose(option)}>
                {option === 'recovery_code' ? (
                  <span>A recovery code</span>
                ) : (
                  <span>
                    {option.authenticator.name}
                    <span className="method-kind"> · {kindNames[option.authenticator.kind]}</span>
                  </span>
                )}
              </button>
            </li>
          ))}
      </ul>
      <div className="alternatives">
        <button type="button" className="link-button" onClick={onCancel}>
          Back
        </button>
      </div>
    </div>
  );
}

/** The e-mail code is sent when this step opens; then the resend button counts down. */
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
  useEffect(() => {
    void send();
  }, []);

  return (
    <div className="email-code">
      {sentTo ? (
        <Notice>
          <p>
            We sent a 6-digit code to <strong>{sentTo}</strong>. It is valid for 10 minutes.
          </p>
        </Notice>
      ) : (
        <p className="lead">{action.busy ? 'Sending a one-time code to your e-mail address…' : 'We send a one-time code to your e-mail address.'}</p>
      )}
      <ErrorAlert error={action.error} />
      <button type="button" className="button" onClick={() => void send()} disabled={action.busy || left > 0 || wait > 0}>
        {left > 0 ? `Send a new code in ${left} s` : wait > 0 ? `Send a new code in ${waitText(wait)}` : 'Send a new code'}
      </button>
    </div>
  );
}
