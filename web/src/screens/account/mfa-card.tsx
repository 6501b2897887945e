// MFA on the account page: status, my authenticators (add, rename, remove), recovery codes left
// (warning at 3 or fewer), actions.
import { useState } from 'react';
import { useAccount } from '../../account-context.ts';
import { api } from '../../api/client.ts';
import type { AuthenticatorKind, AuthenticatorView, MfaStatus } from '../../api/types.ts';
import { RowAction, TableWithActions } from '../../components/table-with-actions.tsx';
import { useLoad } from '../../components/use-action.ts';
import { Badge, Card, ErrorAlert, Facts, Loading, Notice } from '../../components/ui.tsx';
import { formatDate, formatDateTime, kindNames } from '../../format.ts';
import { navigate } from '../../router.tsx';
import { AddAuthenticatorDialog } from './add-authenticator-dialog.tsx';
import { RemoveAuthenticatorDialog, RenameAuthenticatorDialog } from './authenticator-dialogs.tsx';
import { RegenerateCodesDialog } from './regenerate-codes-dialog.tsx';

/** SPEC 2.4: the console warns at 3 or fewer. */
export const LOW_RECOVERY_CODES = 3;

/** SPEC §2.12: up to 5 authenticator apps and one e-mail authenticator (on the account's address). */
const LIMITS: Record<AuthenticatorKind, number> = { totp: 5, email: 1 };

/** The kinds this user may add now: allowed, under the limit, e-mail only with an address. */
function addableKinds(status: MfaStatus, email: string | null | undefined): AuthenticatorKind[] {
  return status.allowed_methods.filter((kind) => status.authenticators.filter((a) => a.kind === kind).length < LIMITS[kind] && (kind !== 'email' || Boolean(email)));
}

type Dialog = { name: 'regenerate' } | { name: 'add' } | { name: 'rename'; authenticator: AuthenticatorView } | { name: 'remove'; authenticator: AuthenticatorView };

export function MfaCard() {
  const account = useAccount();
  const { user } = account;
  const status = useLoad(() => api.get<MfaStatus>('/api/me/mfa'), [user.mfa_enabled, user.mfa_kinds.join()]);
  const [dialog, setDialog] = useState<Dialog | null>(null);
  const close = () => {
    setDialog(null);
    void status.reload();
  };
  const plural = (n: number) => (n === 1 ? 'session was' : 'sessions were');

  const body = () => {
    if (status.error) return <ErrorAlert error={status.error} />;
    const mfa = status.value;
    if (!mfa) return <Loading />;
    if (!mfa.enabled) {
      return (
        <>
          <Facts items={[['Status', <Badge tone="off">Off</Badge>]]} />
          {mfa.enforced ? (
            <Notice tone="warning" role="note">
              <p>Your administrator requires multifactor authentication: enroll now, or you will be asked at your next sign-in.</p>
            </Notice>
          ) : (
            <p>Protect your account with a code from an authentication app (or e-mail) in addition to your password.</p>
          )}
          <div className="button-row button-row-start">
            <button type="button" className="button button-primary" onClick={() => navigate('/mfa/enroll')}>
              Enroll in Multifactor Authentication
            </button>
          </div>
        </>
      );
    }
    const low = mfa.recovery_codes_remaining <= LOW_RECOVERY_CODES;
    const addable = addableKinds(mfa, user.email);
    return (
      <>
        <Facts
          items={[
            ['Status', <Badge tone="on">On</Badge>],
            ['Recovery codes left', <span className={low ? 'text-warn' : undefined}>{mfa.recovery_codes_remaining} of 10</span>],
            ...(mfa.enforced ? ([['Policy', 'Required by your administrator']] as [string, string][]) : []),
          ]}
        />
        <TableWithActions columns={['Authenticator', 'Kind', 'Added', 'Last used']} caption="My authenticators">
          {mfa.authenticators.map((authenticator) => (
            <tr key={authenticator.id}>
              <td data-label="Authenticator">{authenticator.name}</td>
              <td data-label="Kind">{kindNames[authenticator.kind]}</td>
              <td data-label="Added">{formatDate(authenticator.created_at)}</td>
              <td data-label="Last used">{authenticator.last_used_at ? formatDateTime(authenticator.last_used_at) : 'Never'}</td>
              <td>
                <RowAction label="Rename" row={authenticator.name} onClick={() => setDialog({ name: 'rename', authenticator })} />
                <RowAction label="Remove" row={authenticator.name} danger onClick={() => setDialog({ name: 'remove', authenticator })} />
              </td>
            </tr>
          ))}
        </TableWithActions>
        {low ? (
          <Notice tone="warning" role="note">
            <p>
              {mfa.recovery_codes_remaining === 0 ? 'You have no recovery codes left.' : `Only ${mfa.recovery_codes_remaining} recovery code${mfa.recovery_codes_remaining === 1 ? '' : 's'} left.`} Generate a new set
              so you can still sign in if you lose your authenticators.
            </p>
          </Notice>
        ) : null}
        <p className="field-hint">With MFA on, the REST API no longer accepts your password: use an API key. A second authenticator (a backup phone) keeps you in if you lose one.</p>
        <div className="button-row button-row-start">
          <button type="button" className="button button-primary" disabled={addable.length === 0} onClick={() => setDialog({ name: 'add' })}>
            Add an authenticator
          </button>
          <button type="button" className={`button ${low ? 'button-primary' : ''}`} onClick={() => setDialog({ name: 'regenerate' })}>
            Generate new recovery codes
          </button>
          <button type="button" className="button" onClick={() => navigate('/mfa/change')}>
            Change method
          </button>
          <button type="button" className="button button-danger-quiet" onClick={account.openDisableMfa}>
            Disable
          </button>
        </div>
      </>
    );
  };

  return (
    <Card title="Multifactor authentication" id="mfa">
      {body()}
      {dialog?.name === 'regenerate' ? <RegenerateCodesDialog onClose={close} /> : null}
      {dialog?.name === 'add' && status.value ? (
        <AddAuthenticatorDialog
          kinds={addableKinds(status.value, user.email)}
          onClose={close}
          onAdded={(added, ended) => {
            close();
            void account.refreshUser();
            account.flash(`“${added.name}” was added: you can sign in with it from now on${ended > 0 ? `, and ${ended} other ${plural(ended)} signed out` : ''}.`);
          }}
        />
      ) : null}
      {dialog?.name === 'rename' ? (
        <RenameAuthenticatorDialog
          authenticator={dialog.authenticator}
          onClose={close}
          onRenamed={(renamed) => {
            close();
            account.flash(`Renamed to “${renamed.name}”.`);
          }}
        />
      ) : null}
      {dialog?.name === 'remove' && status.value ? (
        <RemoveAuthenticatorDialog
          authenticator={dialog.authenticator}
          last={status.value.authenticators.length === 1}
          onClose={close}
          onRemoved={(answer) => {
            const removed = dialog.authenticator;
            close();
            void account.refreshUser();
            account.flash(
              `“${removed.name}” was removed${answer.mfa_enabled ? '' : ': multifactor authentication is off'}${answer.ended_sessions > 0 ? `, and ${answer.ended_sessions} other ${plural(answer.ended_sessions)} signed out` : ''}.`,
            );
          }}
        />
      ) : null}
    </Card>
  );
}
