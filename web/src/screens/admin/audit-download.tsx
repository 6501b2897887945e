// Downloading the audit log (SPEC 2.15): the events of the page's filter between two days, in chain
// order, with the signed checkpoints that cover them, as JSON lines or CSV.
import { useId, useState } from 'react';
import { Card, Field } from '../../components/ui.tsx';

/** Midnight at the start of a local day (yyyy-mm-dd), `days` later, as an RFC 3339 time. */
const startOfDay = (day: string, days = 0) => {
  const at = new Date(`${day}T00:00:00`);
  at.setDate(at.getDate() + days);
  return at.toISOString();
};

export function AuditDownload({ filter }: { filter: { type: string; user: string } }) {
  const [from, setFrom] = useState('');
  const [to, setTo] = useState('');
  const [format, setFormat] = useState<'jsonl' | 'csv'>('jsonl');
  const formatId = useId();
  const backwards = from !== '' && to !== '' && from > to;
  const query = new URLSearchParams({ format });
  if (from) query.set('from', startOfDay(from));
  if (to) query.set('to', startOfDay(to, 1));
  if (filter.type) query.set('type', filter.type);
  if (filter.user.trim()) query.set('user', filter.user.trim());
  return (
    <Card title="Download">
      <p className="muted">
        The events the filter above selects, oldest first, with the signed checkpoints that cover them. JSON lines carry everything needed to check
        the chain with the audit public key; CSV opens in a spreadsheet.
      </p>
      <div className="filter-row">
        <Field label="From (first day)" type="date" value={from} max={to || undefined} onChange={(e) => setFrom(e.target.value)} />
        <Field label="To (last day)" type="date" value={to} min={from || undefined} onChange={(e) => setTo(e.target.value)} problem={backwards ? 'The last day must not be before the first.' : null} />
        <div className="field">
          <label htmlFor={formatId}>Format</label>
          <select id={formatId} value={format} onChange={(e) => setFormat(e.target.value === 'csv' ? 'csv' : 'jsonl')}>
            <option value="jsonl">JSON lines</option>
            <option value="csv">CSV</option>
          </select>
        </div>
        <div className="filter-actions">
          {backwards ? (
            <button type="button" className="button button-primary" disabled>
              Download
            </button>
          ) : (
            <a className="button button-primary" href={`/api/audit-events/export?${query.toString()}`} download>
              Download
            </a>
          )}
        </div>
      </div>
    </Card>
  );
}
