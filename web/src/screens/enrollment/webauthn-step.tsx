// Step 2 for a security key or passkey: the browser asks the key (touch it, or confirm with the
// device's PIN or fingerprint), and the server checks and records what it got. The same step serves
// Add an authenticator on the account page.
import { type FormEvent, useState } from 'react';
import { ErrorAlert, Notice } from '../../components/ui.tsx';
import { registerKey } from '../../webauthn.ts';

interface Props {
  publicKey: unknown;
  busy: boolean;
  error: unknown;
  onVerify: (response: unknown) => void;
  onBack: () => void;
  backLabel?: string;
}

export function WebAuthnStep({ publicKey, busy, error, onVerify, onBack, backLabel = 'Back' }: Props) {
  const [asking, setAsking] = useState(false);
  const [browserError, setBrowserError] = useState<unknown>(null);
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setBrowserError(null);
    setAsking(true);
    try {
      onVerify(await registerKey(publicKey));
    } catch (problem) {
      setBrowserError(problem);
    } finally {
      setAsking(false);
    }
  };
  return (
    <form onSubmit={(event) => void submit(event)}>
      <p className="lead">
        Insert your security key and touch it when it blinks, or use this device’s passkey (fingerprint, face or PIN). A key that can unlock itself with a PIN or fingerprint becomes a{' '}
        <strong>passkey</strong>: it can also sign you in without a password.
      </p>
      {asking ? (
        <Notice>
          <p>Follow your browser’s prompt…</p>
        </Notice>
      ) : null}
      <ErrorAlert error={browserError ?? error} />
      <div className="button-row">
        <button type="button" className="button" onClick={onBack}>
          {backLabel}
        </button>
        <button type="submit" className="button button-primary" disabled={busy || asking}>
          {busy ? 'Checking…' : asking ? 'Waiting for your key…' : 'Use your security key or passkey'}
        </button>
      </div>
    </form>
  );
}
