// The audit chain's verification, at the top of the audit page (SPEC 2.15): "Verified up to event N
// at T", or the first break in red with what to do next.
import { api } from '../../api/client.ts';
import type { AuditVerification } from '../../api/types.ts';
import { useLoad } from '../../components/use-action.ts';
import { ErrorAlert, Notice } from '../../components/ui.tsx';
import { formatDateTime } from '../../format.ts';

const breakNames: Record<string, string> = {
  changed_event: 'an event was changed',
  removed_event: 'events were deleted',
  reordered: 'events were moved',
  checkpoint_signature_invalid: 'a checkpoint has no valid signature',
  checkpoint_mismatch: 'events were rewritten after a checkpoint signed them',
  removed_checkpoint: 'a checkpoint was deleted',
  truncated: 'events were cut from the end',
};

export function AuditVerificationNotice() {
  const check = useLoad(() => api.get<AuditVerification>('/api/audit-events/verification'));
  const again = (
    <button type="button" className="button button-small" onClick={() => void check.reload()} disabled={check.loading}>
      Verify again
    </button>
  );
  if (check.error) return <ErrorAlert error={check.error} hint="The audit chain could not be verified." />;
  const v = check.value;
  if (!v) return <Notice>Verifying the audit chain…</Notice>;
  if (v.break) {
    return (
      <div className="alert alert-error" role="alert">
        <p>
          <strong>
            The audit log was tampered with: {breakNames[v.break.kind] ?? v.break.kind} (event {v.break.sequence}).
          </strong>
        </p>
        <p>{v.break.message}</p>
        <p className="alert-hint">
          Found at {formatDateTime(v.verified_at)} after {v.events} intact events. Keep this database as it is, and compare the log with the copy your
          syslog server or audit file received: each record there carries its sequence number and hash. {again}
        </p>
      </div>
    );
  }
  const c = v.checkpoints;
  return (
    <Notice tone="success">
      <p>
        <strong>{v.last_sequence === null ? `Verified at ${formatDateTime(v.verified_at)}: the audit log is empty` : `Verified up to event ${v.last_sequence} at ${formatDateTime(v.verified_at)}`}</strong>
      </p>
      <p className="muted">
        {v.events} events in an unbroken hash chain;{' '}
        {c ? `signed checkpoints ${c.first}–${c.last}, the last at event ${c.last_sequence} (${formatDateTime(c.last_at)}).` : 'no signed checkpoint yet.'} {again}
      </p>
    </Notice>
  );
}
