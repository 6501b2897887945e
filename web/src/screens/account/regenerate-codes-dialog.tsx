// New recovery codes (SPEC 2.4): password + current code; the old set dies; Done waits until the
// new codes were copied or downloaded, as Finish does in the wizard.
import { useState } from 'react';
import { useAccount } from '../../account-context.ts';
import { api } from '../../api/client.ts';
import { Dialog } from '../../components/dialog.tsx';
import { useAction } from '../../components/use-action.ts';
import { RecoveryCodesPanel } from '../enrollment/recovery-codes-panel.tsx';
import { type PasswordAndCode, PasswordAndCodeForm, stepUpBody } from './confirm-with-code.tsx';

export function RegenerateCodesDialog({ onClose }: { onClose: () => void }) {
  const { user } = useAccount();
  const [codes, setCodes] = useState<string[] | null>(null);
  const [saved, setSaved] = useState(false);
  const action = useAction();

  const submit = async (confirmation: PasswordAndCode) => {
    const answer = await action.run(() => api.post<{ recovery_codes: string[] }>('/api/me/mfa/recovery-codes', stepUpBody(confirmation)));
    if (answer) setCodes(answer.recovery_codes);
  };

  if (codes) {
    return (
      <Dialog title="Your new recovery codes" onClose={() => (saved ? onClose() : undefined)} wide>
        <p>Your previous recovery codes no longer work. Save these somewhere safe; they are shown only now.</p>
        <RecoveryCodesPanel codes={codes} username={user.username} onSaved={() => setSaved(true)} />
        <div className="button-row">
          {!saved ? (
            <p className="field-hint" id="done-hint">
              Copy or download the codes to close this window.
            </p>
          ) : null}
          <button type="button" className="button button-primary" disabled={!saved} aria-describedby={saved ? undefined : 'done-hint'} onClick={onClose}>
            Done
          </button>
        </div>
      </Dialog>
    );
  }
  return (
    <Dialog title="Generate new recovery codes" onClose={onClose}>
      <PasswordAndCodeForm
        intro="The new set replaces all your current recovery codes. Confirm with your password and a current code."
        submitLabel="Generate new codes"
        busyLabel="Generating…"
        action={action}
        onSubmit={(confirmation) => void submit(confirmation)}
        onCancel={onClose}
      />
    </Dialog>
  );
}
