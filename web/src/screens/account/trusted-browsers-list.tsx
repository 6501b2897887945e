// The user's trusted browsers (SPEC §2.14): where the password alone signs them in, with the browser
// and system read from the user agent, first and last use and their addresses; Forget one, or all.
import { useState } from 'react';
import { useAccount } from '../../account-context.ts';
import { api, segment } from '../../api/client.ts';
import type { TrustedBrowserView } from '../../api/types.ts';
import { RowAction, TableWithActions } from '../../components/table-with-actions.tsx';
import { useAction, useLoad } from '../../components/use-action.ts';
import { Badge, ErrorAlert, Loading, Notice } from '../../components/ui.tsx';
import { formatDateTime } from '../../format.ts';

export function TrustedBrowsersList() {
  // Credential changes (a new password, an authenticator added or removed) forget every trusted
  // browser: the user object changes with them, and the list is read again.
  const { user } = useAccount();
  const trusted = useLoad(() => api.get<{ trusted_browsers: TrustedBrowserView[] }>('/api/me/trusted-browsers'), [user]);
  const action = useAction();
  const [done, setDone] = useState<string | null>(null);

  const forget = async (browser: TrustedBrowserView) => {
    setDone(null);
    const forgotten = await action.run(async () => {
      await api.delete(`/api/me/trusted-browsers/${segment(browser.id)}`);
      return true;
    });
    if (forgotten) setDone(`${browser.browser} on ${browser.os} will ask for a code at the next sign-in.`);
    await trusted.reload();
  };
  const forgetAll = async () => {
    setDone(null);
    const answer = await action.run(() => api.delete<{ forgotten: number }>('/api/me/trusted-browsers'));
    if (answer) setDone(answer.forgotten === 0 ? 'No browser was trusted.' : `Forgot ${answer.forgotten} browser${answer.forgotten === 1 ? '' : 's'}: each asks for a code at the next sign-in.`);
    await trusted.reload();
  };

  if (trusted.error) return <ErrorAlert error={trusted.error} />;
  if (!trusted.value) return <Loading />;
  const list = trusted.value.trusted_browsers;
  return (
    <div>
      {list.length === 0 ? (
        <p className="muted">
          No browser is trusted. When you sign in with a code, tick “Don’t ask again on this browser” to sign in there with your password alone for a while.
        </p>
      ) : (
        <TableWithActions caption="Your trusted browsers" columns={['Browser', 'Trusted since', 'Last used', 'Until']}>
          {list.map((browser) => (
            <tr key={browser.id}>
              <td data-label="Browser">
                <span>
                  <span title={browser.user_agent}>
                    {browser.browser} on {browser.os}
                  </span>{' '}
                  {browser.current ? <Badge tone="info">This browser</Badge> : null}
                </span>
              </td>
              <td data-label="Trusted since">
                {formatDateTime(browser.created_at)} from {browser.created_address}
              </td>
              <td data-label="Last used">{browser.last_used_at ? `${formatDateTime(browser.last_used_at)} from ${browser.last_used_address ?? 'an unknown address'}` : 'Not yet'}</td>
              <td data-label="Until">{formatDateTime(browser.expires_at)}</td>
              <td className="cell-actions">
                <RowAction label="Forget" row={`${browser.browser} on ${browser.os}`} onClick={() => void forget(browser)} disabled={action.busy} />
              </td>
            </tr>
          ))}
        </TableWithActions>
      )}
      <ErrorAlert error={action.error} />
      {done ? (
        <Notice tone="success">
          <p>{done}</p>
        </Notice>
      ) : null}
      {list.length > 0 ? (
        <div className="button-row button-row-start">
          <button type="button" className="button" onClick={() => void forgetAll()} disabled={action.busy}>
            Forget all
          </button>
        </div>
      ) : null}
    </div>
  );
}
