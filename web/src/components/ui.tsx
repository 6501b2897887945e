// The console's small set of building blocks: alerts, fields, buttons, cards, badges.
import { type InputHTMLAttributes, type ReactNode, useEffect, useId, useRef } from 'react';
import { ApiError } from '../api/client.ts';
import { describeError, waitText } from '../api/error-text.ts';
import { useRetryWait } from './use-action.ts';

/** A failed request, in words, announced to screen readers. */
export function ErrorAlert({ error, overrides, hint }: { error: unknown; overrides?: Record<string, string>; hint?: ReactNode }) {
  if (error === null || error === undefined) return null;
  if (error instanceof ApiError && error.type === 'too_many_requests' && error.retryAfterInSeconds) return <WaitAlert error={error} />;
  return (
    <div className="alert alert-error" role="alert">
      <p>{describeError(error, overrides)}</p>
      {hint ? <p className="alert-hint">{hint}</p> : null}
    </div>
  );
}

/**
 * A 429 says why (the server's first sentence: too many attempts, a code sent moments ago) and how
 * long is left, counting down with the buttons that wait for it; at 0 it is gone.
 */
function WaitAlert({ error }: { error: ApiError }) {
  const left = useRetryWait(error);
  if (left <= 0) return null;
  const why = /^[^.]*\./.exec(error.message)?.[0] ?? 'Too many attempts.';
  return (
    <div className="alert alert-error" role="alert">
      <p>
        {why} Try again in {waitText(left)}.
      </p>
    </div>
  );
}

export function Notice({ children, tone = 'info', role = 'status' }: { children: ReactNode; tone?: 'info' | 'success' | 'warning'; role?: 'status' | 'alert' | 'note' }) {
  return (
    <div className={`alert alert-${tone}`} role={role}>
      {children}
    </div>
  );
}

interface FieldProps extends InputHTMLAttributes<HTMLInputElement> {
  label: string;
  hint?: ReactNode;
  /** A problem with this field found before sending. */
  problem?: string | null;
}

export function Field({ label, hint, problem, className, ...input }: FieldProps) {
  const id = useId();
  const hintId = hint ? `${id}-hint` : undefined;
  const problemId = problem ? `${id}-problem` : undefined;
  const describedBy = [hintId, problemId].filter(Boolean).join(' ') || undefined;
  return (
    <div className={`field ${className ?? ''}`}>
      <label htmlFor={id}>{label}</label>
      <input id={id} aria-describedby={describedBy} aria-invalid={problem ? true : undefined} {...input} />
      {hint ? (
        <p className="field-hint" id={hintId}>
          {hint}
        </p>
      ) : null}
      {problem ? (
        <p className="field-problem" id={problemId}>
          {problem}
        </p>
      ) : null}
    </div>
  );
}

/** A 6-digit code from an app or an e-mail. */
export function CodeField({ label = 'Verification code', ...props }: Omit<FieldProps, 'label'> & { label?: string }) {
  return (
    <Field
      label={label}
      name="code"
      inputMode="numeric"
      autoComplete="one-time-code"
      pattern="[0-9 ]*"
      maxLength={7}
      spellCheck={false}
      className="field-code"
      required
      {...props}
    />
  );
}

export function Card({ title, children, actions, id, className }: { title: string; children: ReactNode; actions?: ReactNode; id?: string; className?: string }) {
  const headingId = useId();
  return (
    <section className={`card ${className ?? ''}`} aria-labelledby={headingId} id={id}>
      <div className="card-head">
        <h2 id={headingId}>{title}</h2>
        {actions ? <div className="card-actions">{actions}</div> : null}
      </div>
      {children}
    </section>
  );
}

export function Badge({ tone, children }: { tone: 'on' | 'off' | 'warn' | 'info' | 'danger'; children: ReactNode }) {
  return <span className={`badge badge-${tone}`}>{children}</span>;
}

/** The page's title: sets document.title and takes focus after navigation (screen readers hear where they are). */
export function PageTitle({ children, subtitle }: { children: string; subtitle?: ReactNode }) {
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    document.title = `${children} · Gatehouse`;
    if (document.activeElement === document.body || document.activeElement === null) heading.current?.focus({ preventScroll: true });
  }, [children]);
  return (
    <div className="page-title">
      <h1 ref={heading} tabIndex={-1}>
        {children}
      </h1>
      {subtitle ? <p className="page-subtitle">{subtitle}</p> : null}
    </div>
  );
}

export function Loading({ label = 'Loading…' }: { label?: string }) {
  return (
    <p className="loading" role="status">
      {label}
    </p>
  );
}

/** A value with a label, in a definition list. */
export function Facts({ items }: { items: [string, ReactNode][] }) {
  return (
    <dl className="facts">
      {items.map(([term, value]) => (
        <div key={term} className="fact">
          <dt>{term}</dt>
          <dd>{value}</dd>
        </div>
      ))}
    </dl>
  );
}
