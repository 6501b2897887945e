import { type FormEvent, useId, useState } from 'react';
import { api } from '../../api/client.ts';
import type { Role, UserView } from '../../api/types.ts';
import { Dialog } from '../../components/dialog.tsx';
import { useAction } from '../../components/use-action.ts';
import { ErrorAlert, Field } from '../../components/ui.tsx';

export function RoleSelect({ value, onChange }: { value: Role; onChange: (role: Role) => void }) {
  const id = useId();
  return (
    <div className="field">
      <label htmlFor={id}>Role</label>
      <select id={id} value={value} onChange={(e) => onChange(e.target.value as Role)}>
        <option value="standard">Standard user</option>
        <option value="admin">Administrator</option>
      </select>
    </div>
  );
}

export function AddUserDialog({ onClose, onAdded }: { onClose: () => void; onAdded: (user: UserView) => void }) {
  const [username, setUsername] = useState('');
  const [password, setPassword] = useState('');
  const [email, setEmail] = useState('');
  const [role, setRole] = useState<Role>('standard');
  const [mustChange, setMustChange] = useState(true);
  const action = useAction();

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const added = await action.run(() => api.post<UserView>('/api/users', { username: username.trim(), password, role, email: email.trim() === '' ? null : email.trim(), must_change_password: mustChange }));
    if (added) onAdded(added);
  };

  return (
    <Dialog title="Add user" onClose={onClose}>
      <form onSubmit={(event) => void submit(event)}>
        <Field label="Username" name="username" maxLength={64} required autoFocus autoComplete="off" autoCapitalize="none" spellCheck={false} value={username} onChange={(e) => setUsername(e.target.value)} />
        <Field
          label="Password"
          name="password"
          maxLength={1024}
          type="password"
          required
          autoComplete="new-password"
          value={password}
          onChange={(e) => setPassword(e.target.value)}
          hint={mustChange ? 'At least 12 characters. A first password only: the user chooses their own at first sign-in.' : 'At least 12 characters. Tell it to the user by a safe channel.'}
        />
        <label className="checkbox">
          <input type="checkbox" name="must_change_password" checked={mustChange} onChange={(e) => setMustChange(e.target.checked)} />
          <span>
            Must change password at first sign-in <span className="choice-hint">Untick only for an account whose password you keep, such as a backup client’s.</span>
          </span>
        </label>
        <RoleSelect value={role} onChange={setRole} />
        <Field label="E-mail address (optional)" name="email" maxLength={254} type="email" autoComplete="off" value={email} onChange={(e) => setEmail(e.target.value)} />
        <ErrorAlert error={action.error} />
        <div className="button-row">
          <button type="button" className="button" onClick={onClose}>
            Cancel
          </button>
          <button type="submit" className="button button-primary" disabled={action.busy}>
            {action.busy ? 'Adding…' : 'Add user'}
          </button>
        </div>
      </form>
    </Dialog>
  );
}
