// "Generate New API Key": name, optional expiry, read-only; then the key and token, shown once.
import { type FormEvent, useState } from 'react';
import { api } from '../../api/client.ts';
import type { NewApiKey } from '../../api/types.ts';
import { CopyButton } from '../../components/copy-button.tsx';
import { Dialog } from '../../components/dialog.tsx';
import { ReauthenticationPrompt, useReauthenticationAsked } from '../../components/reauthentication.tsx';
import { useAction } from '../../components/use-action.ts';
import { Field, Notice } from '../../components/ui.tsx';

/** The end of the chosen day in the browser's time zone, as RFC 3339 UTC. */
function endOfDay(date: string): string {
  // A date-time without an offset is read in local time.
  return new Date(`${date}T23:59:59`).toISOString();
}

export function NewApiKeyDialog({ onClose }: { onClose: () => void }) {
  const [name, setName] = useState('');
  const [expires, setExpires] = useState('');
  const [readOnly, setReadOnly] = useState(false);
  const [password, setPassword] = useState('');
  const [created, setCreated] = useState<NewApiKey | null>(null);
  const action = useAction();
  const askPassword = useReauthenticationAsked(action.error);
  const tomorrow = new Date(Date.now() + 86_400_000).toISOString().slice(0, 10);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const answer = await action.run(() => api.post<NewApiKey>('/api/me/api-keys', { name: name.trim(), ...(expires && { expires_at: endOfDay(expires) }), read_only: readOnly, ...(password && { password }) }));
    if (answer) setCreated(answer);
  };

  if (created) {
    return (
      <Dialog title="Your new API key" onClose={onClose} wide>
        <Notice tone="warning" role="note">
          <p>The API key and token are only shown once. Copy them now and keep the token somewhere safe, or use the credentials right away.</p>
        </Notice>
        <CredentialValue label="API key" labelId="new-key-label" value={created.api_key} />
        <CredentialValue label="API token" labelId="new-token-label" value={created.api_token} />
        <p className="hint-box">
          In Catalogic DPX (Add Node → vStor) or any REST client, enter the API key as the username and the token as the password.
        </p>
        <div className="button-row">
          <button type="button" className="button button-primary" onClick={onClose}>
            Done
          </button>
        </div>
      </Dialog>
    );
  }
  return (
    <Dialog title="Generate New API Key" onClose={onClose}>
      <form onSubmit={(event) => void submit(event)}>
        <Field label="Name" name="name" required maxLength={64} autoFocus value={name} onChange={(e) => setName(e.target.value)} hint="What the key is for, e.g. “DPX master server”." />
        <Field label="Expires on (optional)" type="date" min={tomorrow} value={expires} onChange={(e) => setExpires(e.target.value)} hint="Leave empty for a key that does not expire, unless your administrator requires one." />
        <label className="checkbox">
          <input type="checkbox" checked={readOnly} onChange={(e) => setReadOnly(e.target.checked)} />
          <span>
            Read-only <span className="choice-hint">The key may only read (GET and HEAD requests).</span>
          </span>
        </label>
        <ReauthenticationPrompt asked={askPassword} password={password} onPasswordChange={setPassword} purpose="create a new credential" error={action.error} />
        <div className="button-row">
          <button type="button" className="button" onClick={onClose}>
            Cancel
          </button>
          <button type="submit" className="button button-primary" disabled={action.busy || name.trim() === ''}>
            {action.busy ? 'Generating…' : 'Generate API Key'}
          </button>
        </div>
      </form>
    </Dialog>
  );
}

/** One part of the new credential, labelled, with its own copy button ("Copy API key"). */
function CredentialValue({ label, labelId, value }: { label: string; labelId: string; value: string }) {
  return (
    <div className="credential">
      <span className="credential-label" id={labelId}>
        {label}
      </span>
      <code aria-labelledby={labelId}>{value}</code>
      <CopyButton text={value} label="Copy" what={label} />
    </div>
  );
}
