// Recovery codes with Copy and Download (SPEC 2.3): the codes are shown once, so the step that
// follows stays disabled until they were copied or downloaded (`onSaved`).
import { useState } from 'react';
import { downloadText } from '../../clipboard.ts';
import { CopyButton } from '../../components/copy-button.tsx';

export function recoveryCodesFileName(username: string): string {
  const safe = username.replace(/[^A-Za-z0-9._@-]+/g, '_') || 'user';
  return `gatehouse-recovery-codes-${safe}.txt`;
}

export function recoveryCodesFileText(username: string, codes: string[], at = new Date()): string {
  return [
    'Gatehouse recovery codes',
    '',
    `User:    ${username}`,
    `Console: ${window.location.origin}`,
    `Created: ${at.toISOString().replace('T', ' ').replace(/\.\d+Z$/, ' UTC')}`,
    '',
    'Each code signs you in once when you cannot use your authentication app or e-mail.',
    'Keep this file somewhere safe, such as a password manager. Generating new codes',
    'replaces all of these.',
    '',
    ...codes.map((code, index) => `${String(index + 1).padStart(2, ' ')}. ${code}`),
    '',
  ].join('\n');
}

export function RecoveryCodesPanel({ codes, username, onSaved }: { codes: string[]; username: string; onSaved: () => void }) {
  const [downloaded, setDownloaded] = useState(false);
  const download = () => {
    downloadText(recoveryCodesFileName(username), recoveryCodesFileText(username, codes));
    setDownloaded(true);
    onSaved();
  };
  return (
    <div className="recovery-codes">
      <ol className="code-list" aria-label="Recovery codes">
        {codes.map((code) => (
          <li key={code}>
            <code>{code}</code>
          </li>
        ))}
      </ol>
      <div className="button-row button-row-start">
        <CopyButton text={codes.join('\n')} label="Copy" what="the recovery codes" onCopied={onSaved} />
        <button type="button" className="button button-small" onClick={download}>
          Download
        </button>
        <span className="copy-state" role="status">
          {downloaded ? `Saved as ${recoveryCodesFileName(username)}` : ''}
        </span>
      </div>
    </div>
  );
}
