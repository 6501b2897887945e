// The signed-in screens by path. Admin pages are not offered to standard users (and the API
// refuses them anyway).
import { useEffect } from 'react';
import { useAccount } from './account-context.ts';
import { PageTitle } from './components/ui.tsx';
import { Link, navigate, usePath } from './router.tsx';
import { AccountPage, PasswordPage, SessionsPage } from './screens/account/account-page.tsx';
import { AuditLogPage } from './screens/admin/audit-log-page.tsx';
import { AuthenticationMethodsPage } from './screens/admin/authentication-methods-page.tsx';
import { EmailDeliveryPage } from './screens/admin/email-delivery-page.tsx';
import { UsersPage } from './screens/admin/users-page.tsx';
import { ApiKeysPage } from './screens/api-keys/api-keys-page.tsx';
import { EnrollmentWizard } from './screens/enrollment/enrollment-wizard.tsx';

const adminPages: Record<string, () => React.JSX.Element> = {
  '/admin/users': UsersPage,
  '/admin/user-settings': AuthenticationMethodsPage,
  '/admin/email': EmailDeliveryPage,
  '/admin/audit': AuditLogPage,
};

export function SignedInRoutes() {
  const path = usePath();
  const account = useAccount();
  const { user } = account;

  // After a navigation, focus moves to the new page's heading (screen readers hear where they are).
  useEffect(() => {
    const frame = requestAnimationFrame(() => document.querySelector<HTMLElement>('#main h1')?.focus({ preventScroll: true }));
    return () => cancelAnimationFrame(frame);
  }, [path]);

  useEffect(() => {
    if (path === '/' || path === '/sign-in') navigate('/account', { replace: true });
    if (path === '/mfa/enroll' && user.mfa_enabled) navigate('/mfa/change', { replace: true });
    if (path === '/mfa/change' && !user.mfa_enabled) navigate('/mfa/enroll', { replace: true });
  }, [path, user.mfa_enabled]);

  switch (path) {
    case '/':
    case '/sign-in':
    case '/account':
      return <AccountPage />;
    case '/account/sessions':
      return <SessionsPage />;
    case '/account/password':
      return <PasswordPage />;
    case '/mfa/enroll':
    case '/mfa/change':
      return (
        <EnrollmentWizard
          key={path}
          mode={path === '/mfa/change' ? 'change' : 'enroll'}
          username={user.username}
          email={user.email}
          onFinished={(_user, endedSessions) => {
            navigate('/account');
            const ended = endedSessions === 0 ? '' : ` ${endedSessions === 1 ? '1 other session was' : `${endedSessions} other sessions were`} signed out.`;
            void account.refreshUser().finally(() => {
              account.flash(
                path === '/mfa/change'
                  ? `Your multifactor authentication method was changed.${ended}`
                  : `Multifactor authentication is on.${ended} The REST API now takes API keys instead of your password.`,
              );
            });
          }}
          onCancel={() => navigate('/account')}
        />
      );
    case '/api-keys':
      return <ApiKeysPage />;
  }
  const AdminPage = adminPages[path];
  if (AdminPage) return user.role === 'admin' ? <AdminPage /> : <NotAllowed />;
  return <NotFound />;
}

function NotAllowed() {
  return (
    <div>
      <PageTitle>Not available</PageTitle>
      <p>This page is for administrators.</p>
      <p>
        <Link to="/account">Go to your account</Link>
      </p>
    </div>
  );
}

function NotFound() {
  return (
    <div>
      <PageTitle>Page not found</PageTitle>
      <p>There is nothing at this address.</p>
      <p>
        <Link to="/account">Go to your account</Link>
      </p>
    </div>
  );
}
