// A password someone else chose (generated at first start, set by an administrator who added the
// user or reset it) is replaced by the user's own before anything else.
import { useEffect } from 'react';
import type { UserView } from '../../api/types.ts';
import { PasswordForm } from '../account/password-form.tsx';
import { SignInLayout } from './sign-in-layout.tsx';

export function PasswordChangeRequired({ user, onChanged, onSignOut }: { user: UserView; onChanged: (user: UserView) => void; onSignOut: () => void }) {
  useEffect(() => {
    document.title = 'Change your password · Gatehouse';
  }, []);
  return (
    <SignInLayout title="Change your password">
      <p className="lead">
        The password of <strong>{user.username}</strong> was set for you: it was generated at first start or chosen by an administrator. Choose a new password that only you
        know to continue.
      </p>
      <PasswordForm currentLabel="Current (temporary) password" submitLabel="Change password and continue" onChanged={(changed) => onChanged(changed)} />
      <div className="alternatives">
        <button type="button" className="link-button" onClick={onSignOut}>
          Sign out
        </button>
      </div>
    </SignInLayout>
  );
}
