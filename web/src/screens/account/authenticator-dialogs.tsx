// Rename (no step-up: a name is not a credential) and Remove (password and a current code; the last
// one turns MFA off) for one of my authenticators.
import { type FormEvent, useState } from 'react';
import { api, segment } from '../../api/client.ts';
import type { AuthenticatorView } from '../../api/types.ts';
import { Dialog } from '../../components/dialog.tsx';
import { useAction } from '../../components/use-action.ts';
import { ErrorAlert, Field } from '../../components/ui.tsx';
import { type PasswordAndCode, PasswordAndCodeForm, stepUpBody } from './confirm-with-code.tsx';

export function RenameAuthenticatorDialog({ authenticator, onRenamed, onClose }: { authenticator: AuthenticatorView; onRenamed: (renamed: AuthenticatorView) => void; onClose: () => void }) {
  const [name, setName] = useState(authenticator.name);
  const action = useAction();
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const renamed = await action.run(() => api.patch<AuthenticatorView>(`/api/me/authenticators/${segment(authenticator.id)}`, { name: name.trim() }));
    if (renamed) onRenamed(renamed);
  };
  return (
    <Dialog title={`Rename “${authenticator.name}”`} onClose={onClose}>
      <form onSubmit={(event) => void submit(event)}>
        <Field label="Name" name="name" maxLength={64} required autoFocus value={name} onChange={(e) => setName(e.target.value)} />
        <ErrorAlert error={action.error} />
        <div className="button-row">
          <button type="button" className="button" onClick={onClose}>
            Cancel
          </button>
          <button type="submit" className="button button-primary" disabled={action.busy || name.trim() === ''}>
            {action.busy ? 'Saving…' : 'Save'}
          </button>
        </div>
      </form>
    </Dialog>
  );
}

export function RemoveAuthenticatorDialog({
  authenticator,
  last,
  onRemoved,
  onClose,
}: {
  authenticator: AuthenticatorView;
  /** It is the user's only authenticator: removing it turns MFA off. */
  last: boolean;
  onRemoved: (answer: { mfa_enabled: boolean; ended_sessions: number }) => void;
  onClose: () => void;
}) {
  const action = useAction();
  const submit = async (confirmation: PasswordAndCode) => {
    const answer = await action.run(() => api.delete<{ mfa_enabled: boolean; ended_sessions: number }>(`/api/me/authenticators/${segment(authenticator.id)}`, { body: stepUpBody(confirmation) }));
    if (answer) onRemoved(answer);
  };
  return (
    <Dialog title={`Remove “${authenticator.name}”`} onClose={onClose}>
      <PasswordAndCodeForm
        intro={
          last
            ? 'This is your only authenticator: removing it turns multifactor authentication off and your recovery codes stop working. Confirm with your password and a current code.'
            : 'Codes from it stop working at once; your other authenticators and recovery codes keep working. Confirm with your password and a current code (from any of your authenticators).'
        }
        submitLabel="Remove"
        busyLabel="Removing…"
        danger
        action={action}
        onSubmit={(confirmation) => void submit(confirmation)}
        onCancel={onClose}
      />
    </Dialog>
  );
}
