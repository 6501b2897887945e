import type { ReactNode } from 'react';

/** The centred card of the screens before a session: sign-in, second factor, forced password change. */
export function SignInLayout({ title, children }: { title: string; children: ReactNode }) {
  return (
    <main className="center-page">
      <div className="sign-in-card">
        <div className="sign-in-brand">
          <svg className="brand-mark" viewBox="0 0 32 32" aria-hidden="true">
            <rect width="32" height="32" rx="6" />
            <path d="M8 26V13l8-6 8 6v13h-5v-7h-6v7z" />
          </svg>
          <span>Gatehouse</span>
        </div>
        <h1>{title}</h1>
        {children}
      </div>
      <p className="sign-in-footer">Appliance console · account security</p>
    </main>
  );
}
