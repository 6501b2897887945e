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
        <SecondFactorStep authenticators={stage.authenticators} emailMasked={stage.emailMasked} username={stage.username} onAnswer={onAnswer} onRestart={(notice) => onRestart(notice, stage.username)} />
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
  const wait = useRetryWait(action.error);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const answer = await action.run(() => api.post<SignInAnswer>('/api/session', { username: username.trim(), password }, { quiet: true }));
    if (answer) onAnswer(answer, username.trim());
    else setPassword('');
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
      <Field label="Username" name="username" maxLength={256} autoComplete="username" autoCapitalize="none" spellCheck={false} required autoFocus={initialUsername === ''} value={username} onChange={(e) => setUsername(e.target.value)} />
      <Field label="Password" name="password" maxLength={1024} type="password" autoComplete="current-password" required autoFocus={initialUsername !== ''} value={password} onChange={(e) => setPassword(e.target.value)} />
      <ErrorAlert error={action.error} />
      <button type="submit" className="button button-primary button-wide" disabled={action.busy || wait > 0}>
        {wait > 0 ? `Try again in ${waitText(wait)}` : action.busy ? 'Signing in…' : 'Sign in'}
      </button>
    </form>
  );
}
