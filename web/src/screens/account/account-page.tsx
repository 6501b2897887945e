// The account page (SPEC 2.3–2.5): MFA status and recovery codes, e-mail address, sessions, password.
import { useAccount } from '../../account-context.ts';
import { Card, PageTitle } from '../../components/ui.tsx';
import { EmailCard } from './email-card.tsx';
import { MfaCard } from './mfa-card.tsx';
import { PasswordForm } from './password-form.tsx';
import { SessionsList } from './sessions-list.tsx';
import { TrustedBrowsersList } from './trusted-browsers-list.tsx';

export function AccountPage() {
  const { user } = useAccount();
  return (
    <div>
      <PageTitle subtitle={`Signed in as ${user.username} · ${user.role === 'admin' ? 'Administrator' : 'Standard user'}`}>Account</PageTitle>
      <div className="card-grid">
        <MfaCard />
        <EmailCard />
        <Card title="Sessions" id="sessions" className="card-span">
          <SessionsList />
        </Card>
        <Card title="Trusted browsers" id="trusted-browsers" className="card-span">
          <TrustedBrowsersList />
        </Card>
        <Card title="Password" id="password">
          <PasswordForm onChanged={() => undefined} />
        </Card>
      </div>
    </div>
  );
}

export function SessionsPage() {
  return (
    <div>
      <PageTitle subtitle="Where your account is signed in to the console. End any session you do not recognise, then change your password.">Sessions</PageTitle>
      <Card title="Your sessions">
        <SessionsList />
      </Card>
    </div>
  );
}

export function PasswordPage() {
  return (
    <div>
      <PageTitle subtitle="Your other sessions end when the password changes.">Change password</PageTitle>
      <Card title="New password">
        <PasswordForm onChanged={() => undefined} />
      </Card>
    </div>
  );
}
