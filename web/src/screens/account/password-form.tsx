// Change the own password with the current one (SPEC 2.1): the other sessions end.
import { type FormEvent, useState } from 'react';
import { api } from '../../api/client.ts';
import { waitText } from '../../api/error-text.ts';
import type { UserView } from '../../api/types.ts';
import { useAction, useRetryWait } from '../../components/use-action.ts';
import { ErrorAlert, Field, Notice } from '../../components/ui.tsx';

const currentPasswordErrors = { invalid_credentials: 'The current password is not correct.' };

export function PasswordForm({ onChanged, submitLabel = 'Change password', currentLabel = 'Current password' }: { onChanged: (user: UserView, endedSessions: number) => void; submitLabel?: string; currentLabel?: string }) {
  const [current, setCurrent] = useState('');
  const [next, setNext] = useState('');
  const [repeat, setRepeat] = useState('');
  const [mismatch, setMismatch] = useState(false);
  const [done, setDone] = useState<string | null>(null);
  const action = useAction();
  const wait = useRetryWait(action.error);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setDone(null);
    if (next !== repeat) return setMismatch(true);
    setMismatch(false);
    const answer = await action.run(() => api.put<{ user: UserView; ended_sessions: number }>('/api/me/password', { current_password: current, new_password: next }));
    if (!answer) return;
    setCurrent('');
    setNext('');
    setRepeat('');
    setDone(answer.ended_sessions > 0 ? `Your password was changed. ${answer.ended_sessions} other session${answer.ended_sessions === 1 ? ' was' : 's were'} signed out.` : 'Your password was changed.');
    onChanged(answer.user, answer.ended_sessions);
  };

  return (
    <form onSubmit={(event) => void submit(event)} className="form-narrow">
      <Field label={currentLabel} name="current_password" maxLength={1024} type="password" autoComplete="current-password" required value={current} onChange={(e) => setCurrent(e.target.value)} />
      <Field
        label="New password"
        name="new_password"
        maxLength={1024}
        type="password"
        autoComplete="new-password"
        required
        value={next}
        onChange={(e) => setNext(e.target.value)}
        hint="At least 12 characters. A few unrelated words make a good password; common passwords are refused."
      />
      <Field
        label="Repeat the new password"
        maxLength={1024}
        type="password"
        autoComplete="new-password"
        required
        value={repeat}
        onChange={(e) => {
          setRepeat(e.target.value);
          setMismatch(false);
        }}
        problem={mismatch ? 'The two new passwords are not the same.' : null}
      />
      <ErrorAlert error={action.error} overrides={currentPasswordErrors} />
      {done ? (
        <Notice tone="success">
          <p>{done}</p>
        </Notice>
      ) : null}
      <div className="button-row">
        <button type="submit" className="button button-primary" disabled={action.busy || wait > 0}>
          {wait > 0 ? `Try again in ${waitText(wait)}` : action.busy ? 'Saving…' : submitLabel}
        </button>
      </div>
    </form>
  );
}
