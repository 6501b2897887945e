import { useEffect, useState } from 'react';
import { copyText } from '../clipboard.ts';

/** Copies `text`; says "Copied" for a moment (announced politely). */
export function CopyButton({ text, label = 'Copy', what, onCopied, className }: { text: string; label?: string; what?: string; onCopied?: () => void; className?: string }) {
  const [state, setState] = useState<'idle' | 'copied' | 'failed'>('idle');
  useEffect(() => {
    if (state === 'idle') return;
    const timer = setTimeout(() => setState('idle'), 2500);
    return () => clearTimeout(timer);
  }, [state]);
  const copy = async () => {
    const copied = await copyText(text);
    setState(copied ? 'copied' : 'failed');
    if (copied) onCopied?.();
  };
  return (
    <span className="copy">
      <button type="button" className={`button button-small ${className ?? ''}`} onClick={() => void copy()} aria-label={what ? `${label} ${what}` : undefined}>
        {label}
      </button>
      <span className={`copy-state copy-${state}`} role="status">
        {state === 'copied' ? 'Copied' : state === 'failed' ? 'Could not copy: select the text and copy it by hand.' : ''}
      </span>
    </span>
  );
}
