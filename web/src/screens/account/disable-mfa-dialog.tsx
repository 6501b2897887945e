// Topbar → "Disable multifactor authentication" (SPEC 2.5): password and a current code.
import { useAccount } from '../../account-context.ts';
import { api } from '../../api/client.ts';
import type { MfaStatus, UserView } from '../../api/types.ts';
import { Dialog } from '../../components/dialog.tsx';
import { useAction, useLoad } from '../../components/use-action.ts';
import { ErrorAlert, Loading, Notice } from '../../components/ui.tsx';
import { navigate } from '../../router.tsx';
import { type PasswordAndCode, PasswordAndCodeForm, stepUpBody } from './confirm-with-code.tsx';

export function DisableMfaDialog({ onClose }: { onClose: () => void }) {
  const account = useAccount();
  const status = useLoad(() => api.get<MfaStatus>('/api/me/mfa'));
  const action = useAction();

  const submit = async (confirmation: PasswordAndCode) => {
    const answer = await action.run(() => api.post<{ user: UserView; ended_sessions: number }>('/api/me/mfa/disable', stepUpBody(confirmation)));
    if (!answer) return;
    onClose();
    await account.refreshUser();
    account.flash(
      `Multifactor authentication is off. Your authenticators and recovery codes no longer work${answer.ended_sessions > 0 ? `, and ${answer.ended_sessions} other session${answer.ended_sessions === 1 ? ' was' : 's were'} signed out` : ''}.`,
    );
  };

  const changeInstead = () => {
    onClose();
    navigate('/mfa/change');
  };

  return (
    <Dialog title="Disable multifactor authentication" onClose={onClose}>
      {status.error ? <ErrorAlert error={status.error} /> : null}
      {!status.value && !status.error ? <Loading /> : null}
      {status.value?.enforced ? (
        <>
          <Notice tone="warning" role="note">
            <p>Your administrator enforces multifactor authentication for all users, so it cannot be turned off. You can change the method instead, or add and remove authenticators on your account page.</p>
          </Notice>
          <div className="button-row">
            <button type="button" className="button" onClick={onClose}>
              Close
            </button>
            <button type="button" className="button button-primary" onClick={changeInstead}>
              Change method
            </button>
          </div>
        </>
      ) : status.value ? (
        <PasswordAndCodeForm
          intro="To disable multifactor authentication, provide your password and a current code from one of your authenticators (or a recovery code)."
          submitLabel="Disable MFA"
          busyLabel="Disabling…"
          danger
          action={action}
          onSubmit={(confirmation) => void submit(confirmation)}
          onCancel={onClose}
        />
      ) : null}
    </Dialog>
  );
}
