// One user, for an administrator: role and e-mail, disable / enable, reset password, reset MFA,
// unlock, end sessions, delete. Each action reports its result in the dialog.
import { type FormEvent, useState } from 'react';
import { api, segment } from '../../api/client.ts';
import type { Role, UserView } from '../../api/types.ts';
import { Dialog } from '../../components/dialog.tsx';
import { useAction } from '../../components/use-action.ts';
import { Badge, ErrorAlert, Facts, Field, Notice } from '../../components/ui.tsx';
import { describeKinds, formatDateTime } from '../../format.ts';
import { UserAuthenticators } from './user-authenticators.tsx';
import { RoleSelect } from './add-user-dialog.tsx';

interface Props {
  user: UserView;
  isSelf: boolean;
  onChanged: (user: UserView) => void;
  onDeleted: () => void;
  onClose: () => void;
}

type Confirming = null | 'reset_mfa' | 'delete' | 'disable';

export function ManageUserDialog({ user, isSelf, onChanged, onDeleted, onClose }: Props) {
  const base = `/api/users/${segment(user.id)}`;
  const [role, setRole] = useState<Role>(user.role);
  const [email, setEmail] = useState(user.email ?? '');
  const [newPassword, setNewPassword] = useState('');
  const [confirming, setConfirming] = useState<Confirming>(null);
  const [done, setDone] = useState<string | null>(null);
  const action = useAction();

  const perform = async (work: () => Promise<string>) => {
    setDone(null);
    const message = await action.run(work);
    if (message) setDone(message);
    setConfirming(null);
  };

  const saveDetails = (event: FormEvent) => {
    event.preventDefault();
    void perform(async () => {
      const changed = await api.patch<UserView>(base, { role, email: email.trim() === '' ? null : email.trim() });
      onChanged(changed);
      return 'Role and e-mail address saved.';
    });
  };
  const setDisabled = (disabled: boolean) =>
    perform(async () => {
      const changed = await api.patch<UserView>(base, { disabled });
      onChanged(changed);
      return disabled ? `${user.username} is disabled: their sessions and API keys stopped working.` : `${user.username} is enabled again.`;
    });
  const resetPassword = (event: FormEvent) => {
    event.preventDefault();
    void perform(async () => {
      const changed = await api.post<UserView>(`${base}/password`, { password: newPassword });
      setNewPassword('');
      onChanged(changed);
      return `The password was reset. ${user.username} must choose a new one at the next sign-in; their sessions ended.`;
    });
  };
  const resetMfa = () =>
    perform(async () => {
      await api.post(`${base}/mfa/reset`);
      onChanged({ ...user, mfa_enabled: false, mfa_method: null, mfa_kinds: [] });
      return `Multifactor authentication was reset. ${user.username} must enroll again at the next sign-in.`;
    });
  const unlock = () =>
    perform(async () => {
      await api.post(`${base}/unlock`);
      return `Failed attempts were cleared: ${user.username} may try to sign in again.`;
    });
  const endSessions = () =>
    perform(async () => {
      const answer = await api.delete<{ ended: number }>(`${base}/sessions`);
      return `${answer.ended} session${answer.ended === 1 ? '' : 's'} ended.`;
    });
  const remove = async () => {
    const deleted = await action.run(async () => {
      await api.delete(base);
      return true;
    });
    if (deleted) onDeleted();
    else setConfirming(null);
  };

  return (
    <Dialog title={`User ${user.username}`} onClose={onClose} wide>
      <Facts
        items={[
          ['Status', user.disabled ? <Badge tone="danger">Disabled</Badge> : <Badge tone="on">Enabled</Badge>],
          ['MFA', user.mfa_enabled ? describeKinds(user.mfa_kinds) : 'Off'],
          ['Created', formatDateTime(user.created_at)],
        ]}
      />
      <div aria-live="polite">
        {done ? (
          <Notice tone="success">
            <p>{done}</p>
          </Notice>
        ) : null}
      </div>
      <ErrorAlert error={action.error} />

      <div className="manage-section">
        <h3>Authenticators</h3>
        <UserAuthenticators
          user={user}
          isSelf={isSelf}
          onChanged={(changed, message) => {
            onChanged(changed);
            setDone(message);
          }}
        />
      </div>

      <form onSubmit={saveDetails} className="manage-section">
        <h3>Role and e-mail</h3>
        <div className="inline-fields">
          <RoleSelect value={role} onChange={setRole} />
          <Field label="E-mail address" name="email" maxLength={254} type="email" autoComplete="off" value={email} onChange={(e) => setEmail(e.target.value)} />
        </div>
        <button type="submit" className="button" disabled={action.busy}>
          Save
        </button>
      </form>

      <form onSubmit={resetPassword} className="manage-section">
        <h3>Reset password</h3>
        <Field
          label="Temporary password"
          name="password"
          maxLength={1024}
          type="password"
          autoComplete="new-password"
          required
          value={newPassword}
          onChange={(e) => setNewPassword(e.target.value)}
          hint="The user must change it at the next sign-in. Their sessions end now."
        />
        <button type="submit" className="button" disabled={action.busy || newPassword === ''}>
          Reset password
        </button>
      </form>

      <div className="manage-section">
        <h3>Access</h3>
        <div className="button-row button-row-start">
          {user.disabled ? (
            <button type="button" className="button" onClick={() => void setDisabled(false)} disabled={action.busy}>
              Enable user
            </button>
          ) : (
            <button type="button" className="button" onClick={() => setConfirming('disable')} disabled={action.busy || isSelf}>
              Disable user
            </button>
          )}
          <button type="button" className="button" onClick={() => void unlock()} disabled={action.busy}>
            Unlock
          </button>
          <button type="button" className="button" onClick={() => void endSessions()} disabled={action.busy}>
            End sessions
          </button>
          <button type="button" className="button" onClick={() => setConfirming('reset_mfa')} disabled={action.busy || !user.mfa_enabled || isSelf}>
            Reset MFA
          </button>
          <button type="button" className="button button-danger-quiet" onClick={() => setConfirming('delete')} disabled={action.busy || isSelf}>
            Delete user
          </button>
        </div>
        {isSelf ? <p className="field-hint">You cannot disable, delete or reset the MFA of your own account here.</p> : null}
        {confirming ? (
          <div className="confirm-box" role="group" aria-label="Confirm">
            <p>
              {confirming === 'disable'
                ? `Disable ${user.username}? They are signed out and their API keys stop working until you enable them again.`
                : confirming === 'reset_mfa'
                  ? `Reset the multifactor authentication of ${user.username}? All their authenticators and recovery codes are deleted, their sessions end, and they must enroll again at the next sign-in if it is required.`
                  : `Delete ${user.username} for good? Their sessions and API keys end. This cannot be undone.`}
            </p>
            <div className="button-row button-row-start">
              <button
                type="button"
                className="button button-danger"
                disabled={action.busy}
                onClick={() => void (confirming === 'disable' ? setDisabled(true) : confirming === 'reset_mfa' ? resetMfa() : remove())}
              >
                {confirming === 'disable' ? 'Disable user' : confirming === 'reset_mfa' ? 'Reset MFA' : 'Delete user'}
              </button>
              <button type="button" className="button" onClick={() => setConfirming(null)}>
                Cancel
              </button>
            </div>
          </div>
        ) : null}
      </div>
    </Dialog>
  );
}
