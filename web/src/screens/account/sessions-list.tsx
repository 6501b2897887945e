// The user's console sessions: end one, or all but this one.
import { useState } from 'react';
import { useAccount } from '../../account-context.ts';
import { api, segment } from '../../api/client.ts';
import type { SessionView } from '../../api/types.ts';
import { RowAction, TableWithActions } from '../../components/table-with-actions.tsx';
import { useAction, useLoad } from '../../components/use-action.ts';
import { Badge, ErrorAlert, Loading, Notice } from '../../components/ui.tsx';
import { describeUserAgent, formatDateTime } from '../../format.ts';

export function SessionsList() {
  // The user object is replaced after every change to the account (MFA disabled, password changed):
  // those may end sessions, so the list is read again.
  const { user } = useAccount();
  const sessions = useLoad(() => api.get<{ sessions: SessionView[] }>('/api/me/sessions'), [user]);
  const action = useAction();
  const [done, setDone] = useState<string | null>(null);

  const end = async (session: SessionView) => {
    setDone(null);
    const ended = await action.run(async () => {
      await api.delete(`/api/me/sessions/${segment(session.id)}`);
      return true;
    });
    if (ended) setDone(`Ended the session of ${describeUserAgent(session.user_agent)} from ${session.client_address}.`);
    await sessions.reload();
  };
  const endOthers = async () => {
    setDone(null);
    const answer = await action.run(() => api.delete<{ ended: number }>('/api/me/sessions'));
    // Signing out everywhere also forgets every trusted browser (SPEC §2.14).
    if (answer) setDone(`${answer.ended === 0 ? 'There were no other sessions.' : `Ended ${answer.ended} other session${answer.ended === 1 ? '' : 's'}.`} Every browser will ask for a code at its next sign-in.`);
    await sessions.reload();
  };

  if (sessions.error) return <ErrorAlert error={sessions.error} />;
  if (!sessions.value) return <Loading />;
  const list = sessions.value.sessions;
  const others = list.filter((s) => !s.current).length;
  return (
    <div>
      <TableWithActions caption="Your sessions" columns={['Client', 'Address', 'Signed in', 'Last active']}>
        {list.map((session) => (
          <tr key={session.id}>
            <td data-label="Client">
              <span>
                <span title={session.user_agent}>{describeUserAgent(session.user_agent)}</span> {session.current ? <Badge tone="info">This session</Badge> : null}{' '}
                {session.mfa ? <Badge tone="on">MFA</Badge> : null} {session.completed_by === 'trusted_browser' ? <Badge tone="info">Trusted browser</Badge> : null}
              </span>
            </td>
            <td data-label="Address">{session.client_address}</td>
            <td data-label="Signed in">{formatDateTime(session.created_at)}</td>
            <td data-label="Last active">{formatDateTime(session.last_seen_at)}</td>
            <td className="cell-actions">
              {session.current ? null : <RowAction label="End" row={`session from ${session.client_address}`} onClick={() => void end(session)} disabled={action.busy} />}
            </td>
          </tr>
        ))}
      </TableWithActions>
      <ErrorAlert error={action.error} />
      {done ? (
        <Notice tone="success">
          <p>{done}</p>
        </Notice>
      ) : null}
      <div className="button-row button-row-start">
        <button type="button" className="button" onClick={() => void endOthers()} disabled={action.busy || others === 0}>
          End all other sessions
        </button>
      </div>
    </div>
  );
}
