// After an administrator reset the password, the user sets a new one before anything else.
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
        An administrator reset the password of <strong>{user.username}</strong>. Choose a new password to continue.
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
