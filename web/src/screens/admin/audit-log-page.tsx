// The audit log (SPEC 2.9, 2.15): the chain's verification, then the events newest first, paged,
// filtered by event type and user, and their download. The filter lives in the address
// (?type=&user=), so a filtered view can be reloaded, bookmarked and shared; the details of each
// event read as a phrase (audit-details.ts); "Download shown events" saves the rows on screen as CSV.
import { type FormEvent, useId, useState } from 'react';
import { api } from '../../api/client.ts';
import type { AuditEvent } from '../../api/types.ts';
import { downloadText } from '../../clipboard.ts';
import { describeAuditDetails } from './audit-details.ts';
import { useLoad } from '../../components/use-action.ts';
import { Badge, Card, ErrorAlert, Field, Loading, PageTitle } from '../../components/ui.tsx';
import { formatDateTime } from '../../format.ts';
import { AuditDownload } from './audit-download.tsx';
import { AuditVerificationNotice } from './audit-verification.tsx';

const PAGE_SIZE = 25;

const acronyms: Record<string, string> = { api: 'API', mfa: 'MFA', smtp: 'SMTP', totp: 'TOTP' };

/** "api_key_created" → "API key created". */
export const eventName = (type: string) =>
  type
    .split('_')
    .map((word, index) => acronyms[word] ?? (index === 0 ? word.charAt(0).toUpperCase() + word.slice(1) : word))
    .join(' ');

interface Filter {
  type: string;
  user: string;
}

function filterFromAddress(): Filter {
  const query = new URLSearchParams(window.location.search);
  return { type: query.get('type') ?? '', user: query.get('user') ?? '' };
}

function showFilterInAddress(filter: Filter): void {
  const query = new URLSearchParams();
  if (filter.type) query.set('type', filter.type);
  if (filter.user.trim()) query.set('user', filter.user.trim());
  const search = query.toString();
  window.history.replaceState(null, '', `${window.location.pathname}${search ? `?${search}` : ''}`);
}

/** RFC 4180: a field with a comma, quote or line break is quoted, quotes doubled. */
const csvField = (value: string) => (/[",\r\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value);

export function auditEventsCsv(events: AuditEvent[]): string {
  const header = ['Time (UTC)', 'Event', 'Outcome', 'Actor', 'Target', 'Address', 'Details'];
  const rows = events.map((e) => [e.at, eventName(e.type), e.outcome, e.actor?.username ?? '', e.target?.username ?? '', e.client_address ?? '', describeAuditDetails(e)]);
  return [header, ...rows].map((row) => row.map(csvField).join(',')).join('\r\n') + '\r\n';
}

export function AuditLogPage() {
  const [filter, setFilterState] = useState<Filter>(filterFromAddress);
  const setFilter = (next: Filter) => {
    setFilterState(next);
    showFilterInAddress(next);
  };
  const [draft, setDraft] = useState<Filter>(filter);
  /** The `before` cursors of the pages seen so far; the last one is shown. */
  const [cursors, setCursors] = useState<(number | null)[]>([null]);
  const before = cursors[cursors.length - 1] ?? null;
  const typeId = useId();
  // The filter's choices are the server's catalogue. Until it arrives, or if it cannot be read,
  // the filter offers only "All events"; the log may hold other types, shown as they are.
  const eventTypes = useLoad(() => api.get<{ types: string[] }>('/api/audit-events/types'));

  const page = useLoad(() => {
    const query = new URLSearchParams({ limit: String(PAGE_SIZE) });
    if (filter.type) query.set('type', filter.type);
    if (filter.user.trim()) query.set('user', filter.user.trim());
    if (before !== null) query.set('before', String(before));
    return api.get<{ events: AuditEvent[]; next_before: number | null }>(`/api/audit-events?${query.toString()}`);
  }, [filter.type, filter.user, before]);

  const apply = (event: FormEvent) => {
    event.preventDefault();
    setFilter(draft);
    setCursors([null]);
  };

  return (
    <div>
      <PageTitle subtitle="Every security event: sign-ins, MFA changes, API keys, policy and user changes. Newest first.">Audit Log</PageTitle>
      <AuditVerificationNotice />
      <Card title="Filter">
        <form onSubmit={apply} className="filter-row">
          <div className="field">
            <label htmlFor={typeId}>Event</label>
            <select id={typeId} value={draft.type} onChange={(e) => setDraft({ ...draft, type: e.target.value })}>
              <option value="">All events</option>
              {/* The type from the address is offered before (or without) the catalogue. */}
              {[...new Set([...(draft.type ? [draft.type] : []), ...(eventTypes.value?.types ?? [])])].map((type) => (
                <option key={type} value={type}>
                  {eventName(type)}
                </option>
              ))}
            </select>
          </div>
          <Field label="User" name="user" maxLength={256} value={draft.user} onChange={(e) => setDraft({ ...draft, user: e.target.value })} placeholder="username" autoComplete="off" spellCheck={false} />
          <div className="filter-actions">
            <button type="submit" className="button button-primary">
              Apply
            </button>
            <button
              type="button"
              className="button"
              onClick={() => {
                setDraft({ type: '', user: '' });
                setFilter({ type: '', user: '' });
                setCursors([null]);
              }}
            >
              Clear
            </button>
          </div>
        </form>
      </Card>
      <Card title="Events">
        {page.error ? <ErrorAlert error={page.error} /> : null}
        {page.loading && !page.value ? <Loading /> : null}
        {page.value ? (
          page.value.events.length === 0 ? (
            <p className="muted">No events match.</p>
          ) : (
            <div className="table-scroll">
              <table className="table table-compact table-stack" aria-busy={page.loading}>
                <thead>
                  <tr>
                    <th scope="col">#</th>
                    <th scope="col">Time</th>
                    <th scope="col">Event</th>
                    <th scope="col">Outcome</th>
                    <th scope="col">Actor</th>
                    <th scope="col">Target</th>
                    <th scope="col">Address</th>
                    <th scope="col">Details</th>
                  </tr>
                </thead>
                <tbody>
                  {page.value.events.map((event) => (
                    <tr key={event.id}>
                      <td className="nowrap" data-label="#" title={`hash ${event.hash}`}>
                        {event.sequence}
                      </td>
                      <td className="nowrap" data-label="Time">
                        {formatDateTime(event.at)}
                      </td>
                      <td data-label="Event">{eventName(event.type)}</td>
                      <td data-label="Outcome">
                        <Badge tone={event.outcome === 'success' ? 'on' : event.outcome === 'failure' ? 'danger' : 'warn'}>{event.outcome}</Badge>
                      </td>
                      <td data-label="Actor">{event.actor?.username ?? '—'}</td>
                      <td data-label="Target">{event.target?.username ?? '—'}</td>
                      <td data-label="Address">{event.client_address ?? '—'}</td>
                      <td className="details" data-label="Details">
                        {describeAuditDetails(event)}
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          )
        ) : null}
        <nav className="pager" aria-label="Audit log pages">
          <button type="button" className="button button-small" disabled={cursors.length === 1 || page.loading} onClick={() => setCursors(cursors.slice(0, -1))}>
            ← Newer
          </button>
          <span className="muted">Page {cursors.length}</span>
          <button
            type="button"
            className="button button-small"
            disabled={!page.value || page.value.events.length === 0}
            onClick={() => page.value && downloadText(`gatehouse-audit-page-${cursors.length}.csv`, auditEventsCsv(page.value.events))}
          >
            Download shown events (CSV)
          </button>
          <button
            type="button"
            className="button button-small"
            disabled={!page.value?.next_before || page.loading}
            onClick={() => page.value?.next_before && setCursors([...cursors, page.value.next_before])}
          >
            Older →
          </button>
        </nav>
      </Card>
      <AuditDownload filter={filter} />
    </div>
  );
}
