// An administrator's view of one user's authenticators (SPEC §2.12): name, kind, added, last used,
// and Remove (the user's sessions end and they are e-mailed). "Reset MFA" removes them all.
import { useState } from 'react';
import { api, segment } from '../../api/client.ts';
import type { AuthenticatorView, UserView } from '../../api/types.ts';
import { RowAction, TableWithActions } from '../../components/table-with-actions.tsx';
import { useAction, useLoad } from '../../components/use-action.ts';
import { ErrorAlert, Loading } from '../../components/ui.tsx';
import { formatDate, formatDateTime, kindNames } from '../../format.ts';

export function UserAuthenticators({ user, isSelf, onChanged }: { user: UserView; isSelf: boolean; onChanged: (user: UserView, message: string) => void }) {
  const base = `/api/users/${segment(user.id)}/authenticators`;
  const list = useLoad(async () => (await api.get<{ authenticators: AuthenticatorView[] }>(base)).authenticators, [user.id, user.mfa_enabled, user.mfa_kinds.join()]);
  const [confirming, setConfirming] = useState<AuthenticatorView | null>(null);
  const action = useAction();

  const remove = async (authenticator: AuthenticatorView) => {
    const changed = await action.run(() => api.delete<UserView>(`${base}/${segment(authenticator.id)}`));
    setConfirming(null);
    if (!changed) return;
    await list.reload();
    onChanged(changed, `"${authenticator.name}" was removed from ${user.username}'s account: their sessions ended and they were told by e-mail.`);
  };

  if (list.error) return <ErrorAlert error={list.error} />;
  if (!list.value) return <Loading />;
  if (list.value.length === 0) return <p className="muted">No authenticators: multifactor authentication is off.</p>;
  return (
    <>
      <ErrorAlert error={action.error} />
      <TableWithActions columns={['Name', 'Kind', 'Added', 'Last used']} caption={`Authenticators of ${user.username}`}>
        {list.value.map((authenticator) => (
          <tr key={authenticator.id}>
            <td data-label="Name">{authenticator.name}</td>
            <td data-label="Kind">{kindNames[authenticator.kind]}</td>
            <td data-label="Added">{formatDate(authenticator.created_at)}</td>
            <td data-label="Last used">{authenticator.last_used_at ? formatDateTime(authenticator.last_used_at) : 'Never'}</td>
            <td>
              <RowAction label="Remove" row={authenticator.name} danger disabled={action.busy || isSelf} onClick={() => setConfirming(authenticator)} />
            </td>
          </tr>
        ))}
      </TableWithActions>
      {confirming ? (
        <div className="confirm-box" role="group" aria-label="Confirm removal">
          <p>
            Remove “{confirming.name}” from {user.username}'s account?{' '}
            {list.value.length === 1 ? 'It is their last authenticator: multifactor authentication turns off.' : 'Their other authenticators keep working.'} Their sessions end.
          </p>
          <div className="button-row button-row-start">
            <button type="button" className="button button-danger" disabled={action.busy} onClick={() => void remove(confirming)}>
              Remove
            </button>
            <button type="button" className="button" onClick={() => setConfirming(null)}>
              Cancel
            </button>
          </div>
        </div>
      ) : null}
    </>
  );
}
