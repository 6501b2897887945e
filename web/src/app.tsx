// The console's shell: asks the server where this browser stands (signed out, half-way through
// sign-in, must enroll, must change the password, signed in) and shows that screen.
import { useCallback, useEffect, useMemo, useState } from 'react';
import { type Account, AccountContext } from './account-context.ts';
import { api, ApiError, onSessionSignal } from './api/client.ts';
import type { SignInAnswer, UserView } from './api/types.ts';
import { type Stage, stageOf } from './stage.ts';
import { Topbar } from './components/topbar.tsx';
import { Loading, Notice } from './components/ui.tsx';
import { SignedInRoutes } from './routes.tsx';
import { navigate, usePath } from './router.tsx';
import { DisableMfaDialog } from './screens/account/disable-mfa-dialog.tsx';
import { EnrollmentWizard } from './screens/enrollment/enrollment-wizard.tsx';
import { PasswordChangeRequired } from './screens/sign-in/password-change-required.tsx';
import { SignInScreen } from './screens/sign-in/sign-in-screen.tsx';

export function App() {
  const [stage, setStage] = useState<Stage>({ kind: 'loading' });
  const [flashMessage, setFlash] = useState<{ message: string; path: string } | null>(null);
  const setFlashMessage = useCallback((message: string | null) => setFlash(message === null ? null : { message, path: window.location.pathname }), []);
  const path = usePath();
  // A message belongs to the page it was shown on: callers navigate first, then flash.
  useEffect(() => setFlash((current) => (current && current.path !== path ? null : current)), [path]);
  const [disablingMfa, setDisablingMfa] = useState(false);

  useEffect(() => {
    api.get<SignInAnswer>('/api/session', { quiet: true }).then(
      (answer) => setStage(stageOf(answer, answer.user?.username ?? '')),
      (error: unknown) =>
        setStage({ kind: 'signed_out', ...(error instanceof ApiError && error.type !== 'authentication_required' && { notice: 'Gatehouse did not answer as expected. Try again shortly.' }) }),
    );
  }, []);

  useEffect(
    () =>
      onSessionSignal((signal) => {
        setDisablingMfa(false);
        setStage((current) => {
          if (signal === 'password_change_required' && current.kind === 'signed_in') return { kind: 'must_change_password', user: current.user };
          if (signal === 'session_lost' && current.kind === 'signed_in') return { kind: 'signed_out', notice: 'Your session has ended. Sign in again.' };
          return current;
        });
      }),
    [],
  );

  const signOut = useCallback(async () => {
    try {
      await api.delete('/api/session', { quiet: true });
    } catch {
      // Signed out already, or the server is away: the screen goes back to sign-in either way.
    }
    setDisablingMfa(false);
    setFlashMessage(null);
    setStage({ kind: 'signed_out', notice: 'You have signed out.' });
  }, []);

  const signedInUser = stage.kind === 'signed_in' ? stage.user : null;
  const account = useMemo<Account | null>(
    () =>
      signedInUser && {
        user: signedInUser,
        refreshUser: async () => {
          const user = await api.get<UserView>('/api/me');
          setStage({ kind: 'signed_in', user });
        },
        signOut,
        flash: setFlashMessage,
        openDisableMfa: () => setDisablingMfa(true),
      },
    [signedInUser, signOut, setFlashMessage],
  );

  const signedIn = (user: UserView) => {
    setStage({ kind: 'signed_in', user });
    if (window.location.pathname === '/' || window.location.pathname === '/sign-in') navigate('/account', { replace: true });
  };

  switch (stage.kind) {
    case 'loading':
      return (
        <main className="center-page">
          <Loading />
        </main>
      );
    case 'signed_out':
    case 'second_factor':
      return (
        <SignInScreen
          stage={stage}
          onAnswer={(answer, username) => {
            const next = stageOf(answer, username);
            if (next.kind === 'signed_in') signedIn(next.user);
            else setStage(next);
          }}
          onRestart={(notice, username) => setStage({ kind: 'signed_out', ...(notice && { notice }), ...(username && { username }) })}
        />
      );
    case 'must_enroll':
      return (
        <main className="center-page center-page-wide">
          <EnrollmentWizard
            mode="forced"
            username={stage.username}
            allowedMethods={stage.allowedMethods}
            emailAvailable={stage.emailAvailable}
            reason={stage.reason}
            onFinished={(user) => {
              if (user.must_change_password) return setStage({ kind: 'must_change_password', user });
              signedIn(user);
              navigate('/account');
              setFlashMessage('Multifactor authentication is on. From now on you sign in with your password and a code.');
            }}
            onCancel={() => setStage({ kind: 'signed_out', notice: 'Enrollment was cancelled. Your administrator requires multifactor authentication: you can enroll at your next sign-in.' })}
          />
        </main>
      );
    case 'must_change_password':
      return (
        <PasswordChangeRequired
          user={stage.user}
          onChanged={(user) => {
            if (!stage.inSignIn) return signedIn(user);
            // Inside the sign-in: what comes next (the enrollment that is due, or a session) is the server's to say.
            api.get<SignInAnswer>('/api/session', { quiet: true }).then(
              (answer) => {
                const next = stageOf(answer, user.username);
                if (next.kind === 'signed_in') signedIn(next.user);
                else setStage(next);
              },
              () => setStage({ kind: 'signed_out', notice: 'Your password was changed. Sign in again with the new password.' }),
            );
          }}
          onSignOut={() => void signOut()}
        />
      );
    case 'signed_in':
      return (
        <AccountContext.Provider value={account}>
          <a className="skip-link" href="#main">
            Skip to content
          </a>
          <Topbar />
          <main id="main" className="page" tabIndex={-1}>
            {flashMessage ? (
              <div className="flash">
                <Notice tone="success">
                  <p>{flashMessage.message}</p>
                </Notice>
                <button type="button" className="link-button" onClick={() => setFlashMessage(null)}>
                  Dismiss
                </button>
              </div>
            ) : null}
            <SignedInRoutes />
          </main>
          {disablingMfa ? <DisableMfaDialog onClose={() => setDisablingMfa(false)} /> : null}
        </AccountContext.Provider>
      );
  }
}
