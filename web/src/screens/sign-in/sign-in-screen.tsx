// Sign-in (SPEC 2.2): username and password; then, for MFA users, the second-factor step.
import { type FormEvent, useEffect, useState } from 'react';
import { api } from '../../api/client.ts';
import { waitText } from '../../api/error-text.ts';
import type { SignInAnswer } from '../../api/types.ts';
import type { Stage } from '../../stage.ts';
import { useAction, useRetryWait } from '../../components/use-action.ts';
import { ErrorAlert, Field, Notice } from '../../components/ui.tsx';
import { SecondFactorStep } from './second-factor-step.tsx';
import { SignInLayout } from './sign-in-layout.tsx';
import { cancelPendingCeremony, signInWithPasskey, supportsAutofill, webAuthnAvailability } from '../../webauthn.ts';

interface Props {
  stage: Extract<Stage, { kind: 'signed_out' } | { kind: 'second_factor' }>;
  onAnswer: (answer: SignInAnswer, username: string) => void;
  /** Back to the password step; the username typed before is kept. */
  onRestart: (notice?: string, username?: string) => void;
}

export function SignInScreen({ stage, onAnswer, onRestart }: Props) {
  useEffect(() => {
    document.title = 'Sign in · Gatehouse';
  }, []);
  if (stage.kind === 'second_factor') {
    return (
      <SignInLayout title="Multifactor authentication">
        <SecondFactorStep
          authenticators={stage.authenticators}
          emailMasked={stage.emailMasked}
          trustedBrowserDays={stage.trustedBrowserDays ?? 0}
          username={stage.username}
          onAnswer={onAnswer}
          onRestart={(notice) => onRestart(notice, stage.username)}
        />
      </SignInLayout>
    );
  }
  return (
    <SignInLayout title="Sign in">
      <PasswordStep notice={stage.notice} initialUsername={stage.username ?? ''} onAnswer={onAnswer} />
    </SignInLayout>
  );
}

function PasswordStep({ notice, initialUsername, onAnswer }: { notice?: string | undefined; initialUsername: string; onAnswer: Props['onAnswer'] }) {
  const [username, setUsername] = useState(initialUsername);
  const [password, setPassword] = useState('');
  const action = useAction();
  const passkey = useAction();
  const wait = useRetryWait(action.error);
  const passkeys = usePasskeySignIn(onAnswer);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const answer = await action.run(() => api.post<SignInAnswer>('/api/session', { username: username.trim(), password }, { quiet: true }));
    if (answer) onAnswer(answer, username.trim());
    else setPassword('');
  };

  // The button asks the browser's own passkey dialog (after stopping the autofill request).
  const withPasskey = async () => {
    cancelPendingCeremony();
    const answer = await passkey.run(() => signInWithPasskey<SignInAnswer>(false));
    if (answer) onAnswer(answer, answer.user?.username ?? username.trim());
  };

  return (
    <form onSubmit={(event) => void submit(event)} noValidate={false} aria-describedby={notice ? 'sign-in-notice' : undefined}>
      {notice && !action.error ? (
        <div id="sign-in-notice">
          <Notice>
            <p>{notice}</p>
          </Notice>
        </div>
      ) : null}
      <Field
        label="Username"
        name="username"
        maxLength={256}
        // "webauthn": the browser lists this site's passkeys among the username suggestions (conditional mediation).
        autoComplete={passkeys ? 'username webauthn' : 'username'}
        autoCapitalize="none"
        spellCheck={false}
        required
        autoFocus={initialUsername === ''}
        value={username}
        onChange={(e) => setUsername(e.target.value)}
      />
      <Field label="Password" name="password" maxLength={1024} type="password" autoComplete="current-password" required autoFocus={initialUsername !== ''} value={password} onChange={(e) => setPassword(e.target.value)} />
      <ErrorAlert error={action.error} />
      <button type="submit" className="button button-primary button-wide" disabled={action.busy || wait > 0}>
        {wait > 0 ? `Try again in ${waitText(wait)}` : action.busy ? 'Signing in…' : 'Sign in'}
      </button>
      {passkeys ? (
        <div className="passkey-sign-in">
          <p className="divider" aria-hidden="true">
            or
          </p>
          <ErrorAlert error={passkey.error} />
          <button type="button" className="button button-wide" onClick={() => void withPasskey()} disabled={passkey.busy}>
            {passkey.busy ? 'Waiting for your passkey…' : 'Sign in with a passkey'}
          </button>
        </div>
      ) : null}
    </form>
  );
}

/**
 * Whether this page offers passkeys (the server allows them here and the browser can); when it can
 * fill them in, a conditional request waits for the user to pick one from the username field.
 */
function usePasskeySignIn(onAnswer: Props['onAnswer']): boolean {
  const [offered, setOffered] = useState(false);
  useEffect(() => {
    let live = true;
    void (async () => {
      const availability = await webAuthnAvailability().catch(() => null);
      if (!live || !availability?.passkey_sign_in) return;
      setOffered(true);
      if (!(await supportsAutofill())) return;
      try {
        const answer = await signInWithPasskey<SignInAnswer>(true);
        if (live) onAnswer(answer, answer.user?.username ?? '');
      } catch {
        // Cancelled (the button took over, or the page moved on), or refused: the form stays.
      }
    })();
    return () => {
      live = false;
      cancelPendingCeremony();
    };
  }, []);
  return offered;
}
