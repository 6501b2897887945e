// Users (administrators only, SPEC 2.1): list, add, and manage each user.
import { useState } from 'react';
import { useAccount } from '../../account-context.ts';
import { api } from '../../api/client.ts';
import type { UserView } from '../../api/types.ts';
import { RowAction, TableWithActions } from '../../components/table-with-actions.tsx';
import { useLoad } from '../../components/use-action.ts';
import { Badge, Card, ErrorAlert, Loading, PageTitle } from '../../components/ui.tsx';
import { describeKinds, formatDate } from '../../format.ts';
import { AddUserDialog } from './add-user-dialog.tsx';
import { ManageUserDialog } from './manage-user-dialog.tsx';

export function UsersPage() {
  const { user: me } = useAccount();
  const users = useLoad(() => api.get<{ users: UserView[] }>('/api/users'));
  const [adding, setAdding] = useState(false);
  const [managing, setManaging] = useState<UserView | null>(null);

  return (
    <div>
      <PageTitle subtitle="Add users, change their role and e-mail address, disable them, and help them when they are locked out.">Users</PageTitle>
      <Card
        title="All users"
        actions={
          <button type="button" className="button button-primary" onClick={() => setAdding(true)}>
            Add user
          </button>
        }
      >
        {users.error ? <ErrorAlert error={users.error} /> : null}
        {!users.value && !users.error ? <Loading /> : null}
        {users.value ? (
          <TableWithActions columns={['Username', 'Role', 'E-mail', 'MFA', 'Status', 'Created']}>
            {users.value.users.map((user) => (
              <tr key={user.id} className={user.disabled ? 'row-muted' : undefined}>
                <td data-label="Username">
                  <span>
                    <strong>{user.username}</strong> {user.id === me.id ? <Badge tone="info">You</Badge> : null}
                  </span>
                </td>
                <td data-label="Role">{user.role === 'admin' ? 'Administrator' : 'Standard'}</td>
                <td data-label="E-mail">{user.email ?? <span className="muted">—</span>}</td>
                <td data-label="MFA">{user.mfa_enabled ? <Badge tone="on">{describeKinds(user.mfa_kinds)}</Badge> : <Badge tone="off">Off</Badge>}</td>
                <td data-label="Status">
                  <span>
                    {user.disabled ? <Badge tone="danger">Disabled</Badge> : <Badge tone="on">Enabled</Badge>}{' '}
                    {user.must_change_password ? <Badge tone="warn">Must change password</Badge> : null}
                  </span>
                </td>
                <td data-label="Created">{formatDate(user.created_at)}</td>
                <td className="cell-actions">
                  <RowAction label="Manage" row={user.username} onClick={() => setManaging(user)} />
                </td>
              </tr>
            ))}
          </TableWithActions>
        ) : null}
      </Card>
      {adding ? (
        <AddUserDialog
          onClose={() => setAdding(false)}
          onAdded={() => {
            setAdding(false);
            void users.reload();
          }}
        />
      ) : null}
      {managing ? (
        <ManageUserDialog
          user={managing}
          isSelf={managing.id === me.id}
          onChanged={(changed) => {
            setManaging(changed);
            void users.reload();
          }}
          onDeleted={() => {
            setManaging(null);
            void users.reload();
          }}
          onClose={() => setManaging(null)}
        />
      ) : null}
    </div>
  );
}
