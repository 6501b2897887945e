// The account's e-mail address: where one-time e-mail passwords and security notices go.
import { type FormEvent, useState } from 'react';
import { useAccount } from '../../account-context.ts';
import { api } from '../../api/client.ts';
import type { UserView } from '../../api/types.ts';
import { useAction } from '../../components/use-action.ts';
import { Card, ErrorAlert, Facts, Field, Notice } from '../../components/ui.tsx';
import { passwordAndCodeErrors } from '../../api/error-text.ts';
import { type PasswordAndCode, PasswordAndCodeFields, stepUpBody } from './confirm-with-code.tsx';

export function EmailCard() {
  const account = useAccount();
  const { user } = account;
  const [editing, setEditing] = useState(false);
  const [email, setEmail] = useState(user.email ?? '');
  const [password, setPassword] = useState('');
  const [stepUp, setStepUp] = useState<PasswordAndCode>({ password: '', code: '' });
  const [done, setDone] = useState<string | null>(null);
  const action = useAction();
  // Codes go to this address: moving it is a step-up (password and a current code, SPEC §2.11).
  const codesGoHere = user.mfa_kinds.includes('email');

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const trimmed = email.trim();
    const proof = codesGoHere ? stepUpBody(stepUp) : password ? { password } : {};
    const saved = await action.run(() => api.patch<UserView>('/api/me', { email: trimmed === '' ? null : trimmed, ...proof }));
    if (!saved) return;
    setEditing(false);
    setPassword('');
    setStepUp({ password: '', code: '' });
    setDone(trimmed === '' ? 'The e-mail address was removed.' : 'The e-mail address was saved.');
    await account.refreshUser();
  };

  return (
    <Card title="E-mail address" id="email">
      <Facts items={[['Address', user.email ?? <span className="muted">None set</span>]]} />
      <p className="field-hint">Security notices go to this address, and it receives one-time e-mail passwords if you choose that method.</p>
      {codesGoHere ? (
        <Notice tone="warning" role="note">
          <p>You sign in with codes sent to this address. Make sure you can receive mail there before you change it.</p>
        </Notice>
      ) : null}
      {done && !editing ? (
        <Notice tone="success">
          <p>{done}</p>
        </Notice>
      ) : null}
      {editing ? (
        <form onSubmit={(event) => void submit(event)} className="form-narrow">
          <Field label="E-mail address" name="email" maxLength={254} type="email" autoComplete="email" value={email} onChange={(e) => setEmail(e.target.value)} autoFocus hint="Leave empty to remove the address." />
          {codesGoHere ? (
            <>
              <p className="field-hint">Your one-time passwords go to this address: confirm with your password and a current code from one of your authenticators (or a recovery code).</p>
              <PasswordAndCodeFields value={stepUp} onChange={setStepUp} autoFocus={false} />
            </>
          ) : (
            <Field label="Password" name="password" maxLength={1024} type="password" autoComplete="current-password" value={password} onChange={(e) => setPassword(e.target.value)} hint="Needed when you signed in more than 10 minutes ago." />
          )}
          <ErrorAlert error={action.error} overrides={codesGoHere ? passwordAndCodeErrors : { invalid_credentials: 'The password is not correct.' }} />
          <div className="button-row button-row-start">
            <button type="submit" className="button button-primary" disabled={action.busy}>
              {action.busy ? 'Saving…' : 'Save address'}
            </button>
            <button
              type="button"
              className="button"
              onClick={() => {
                setEditing(false);
                action.setError(null);
                setEmail(user.email ?? '');
              }}
            >
              Cancel
            </button>
          </div>
        </form>
      ) : (
        <div className="button-row button-row-start">
          <button type="button" className="button" onClick={() => setEditing(true)}>
            {user.email ? 'Change address' : 'Add an address'}
          </button>
        </div>
      )}
    </Card>
  );
}
