// Topbar → "Manage API Keys" (SPEC 2.6): the user's keys, "Generate New API Key", revoke. The key
// and token are shown once. Administrators also see everyone's keys. Both lists show one truth:
// a change in either reloads both, and a key revoked elsewhere in the meantime leaves quietly.
import { useState } from 'react';
import { useAccount } from '../../account-context.ts';
import { api, ApiError, segment } from '../../api/client.ts';
import type { ApiKeyView } from '../../api/types.ts';
import { ConfirmDialog } from '../../components/dialog.tsx';
import { RowAction, TableWithActions } from '../../components/table-with-actions.tsx';
import { useAction, useLoad } from '../../components/use-action.ts';
import { Badge, Card, ErrorAlert, Loading, Notice, PageTitle } from '../../components/ui.tsx';
import { formatDate, formatDateTime } from '../../format.ts';
import { NewApiKeyDialog } from './new-api-key-dialog.tsx';

export function ownerOf(key: ApiKeyView): string {
  return key.user?.username ?? '—';
}

export function ApiKeysPage() {
  const { user } = useAccount();
  const [generating, setGenerating] = useState(false);
  const own = useLoad(async () => (await api.get<{ api_keys: ApiKeyView[] }>('/api/me/api-keys')).api_keys);
  const all = useLoad(async () => (user.role === 'admin' ? (await api.get<{ api_keys: ApiKeyView[] }>('/api/api-keys')).api_keys : []), [user.role]);
  const reloadBoth = async () => {
    await Promise.all([own.reload(), user.role === 'admin' ? all.reload() : Promise.resolve()]);
  };
  return (
    <div>
      <PageTitle subtitle="API keys let REST clients such as Catalogic DPX act as your account. Enter the API key as the username and the token as the password.">Manage API Keys</PageTitle>
      {user.mfa_enabled ? (
        <Notice role="note">
          <p>Multifactor authentication is on for your account, so the REST API accepts API keys only, not your password.</p>
        </Notice>
      ) : null}
      <Card
        title="Your API keys"
        actions={
          <button type="button" className="button button-primary" onClick={() => setGenerating(true)}>
            Generate New API Key
          </button>
        }
      >
        <KeyTable keys={own} revokePath={(key) => `/api/me/api-keys/${segment(key.api_key)}`} showOwner={false} onChanged={reloadBoth} />
      </Card>
      {user.role === 'admin' ? (
        <Card title="Everyone’s API keys">
          <p className="field-hint">As an administrator you can revoke any user’s key, for example when a client is retired or a token may have leaked.</p>
          <KeyTable keys={all} revokePath={(key) => `/api/api-keys/${segment(key.api_key)}`} showOwner onChanged={reloadBoth} />
        </Card>
      ) : null}
      {generating ? (
        <NewApiKeyDialog
          onClose={() => {
            setGenerating(false);
            void reloadBoth();
          }}
        />
      ) : null}
    </div>
  );
}

interface KeyTableProps {
  keys: ReturnType<typeof useLoad<ApiKeyView[]>>;
  revokePath: (key: ApiKeyView) => string;
  showOwner: boolean;
  /** Reloads every list of keys on the page. */
  onChanged: () => Promise<void>;
}

function KeyTable({ keys, revokePath, showOwner, onChanged }: KeyTableProps) {
  const [revoking, setRevoking] = useState<ApiKeyView | null>(null);
  const [done, setDone] = useState<string | null>(null);
  const action = useAction();

  const revoke = async () => {
    if (!revoking) return;
    const revoked = await action.run(async () => {
      try {
        await api.delete(revokePath(revoking));
        return 'now' as const;
      } catch (error) {
        // Revoked meanwhile (in the other list, or another window): the row was stale.
        if (error instanceof ApiError && error.type === 'not_found') return 'already' as const;
        throw error;
      }
    });
    if (!revoked) return;
    setDone(
      revoked === 'now'
        ? `The API key “${revoking.name}” was revoked. Clients that use it are refused from now on.`
        : `The API key “${revoking.name}” had already been revoked. The list is up to date again.`,
    );
    setRevoking(null);
    await onChanged();
  };

  if (keys.error) return <ErrorAlert error={keys.error} />;
  if (!keys.value) return <Loading />;
  return (
    <>
      {done ? (
        <Notice tone="success">
          <p>{done}</p>
        </Notice>
      ) : null}
      {keys.value.length === 0 ? (
        <p className="muted">No API keys yet.</p>
      ) : (
        <TableWithActions columns={['Name', ...(showOwner ? ['Owner'] : []), 'API key', 'Created', 'Expires', 'Last used']}>
          {keys.value.map((key) => (
            <tr key={key.api_key}>
              <td data-label="Name">
                <span>
                  {key.name} {key.read_only ? <Badge tone="info">Read-only</Badge> : null}
                </span>
              </td>
              {showOwner ? <td data-label="Owner">{ownerOf(key)}</td> : null}
              <td data-label="API key">
                <code>{key.api_key}</code>
              </td>
              <td data-label="Created">{formatDate(key.created_at)}</td>
              <td data-label="Expires">{key.expires_at ? formatDate(key.expires_at) : 'Never'}</td>
              <td data-label="Last used">{key.last_used_at ? `${formatDateTime(key.last_used_at)}${key.last_used_address ? ` from ${key.last_used_address}` : ''}` : 'Never'}</td>
              <td className="cell-actions">
                <RowAction label="Revoke" row={key.name} danger onClick={() => setRevoking(key)} />
              </td>
            </tr>
          ))}
        </TableWithActions>
      )}
      {revoking ? (
        <ConfirmDialog
          title="Revoke API key"
          confirmLabel="Revoke API key"
          busy={action.busy}
          error={<ErrorAlert error={action.error} />}
          onConfirm={() => void revoke()}
          onClose={() => {
            setRevoking(null);
            action.setError(null);
          }}
        >
          <p>
            Revoke <strong>{revoking.name}</strong> (<code>{revoking.api_key}</code>)? Every client that uses it is refused at once. This cannot be undone.
          </p>
        </ConfirmDialog>
      ) : null}
    </>
  );
}
