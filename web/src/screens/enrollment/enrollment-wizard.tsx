// Enrolling in MFA (SPEC 2.3): method → verify → recovery codes → Finish. Also used to change the
// method (the old one stays until Finish) and for the enrollment forced at sign-in.
import { useEffect, useState } from 'react';
import { api } from '../../api/client.ts';
import type { EmailCodeSent, MfaMethod, MfaStatus, TotpEnrollment, UserView } from '../../api/types.ts';
import { useReauthenticationAsked } from '../../components/reauthentication.tsx';
import { useAction } from '../../components/use-action.ts';
import { ErrorAlert, Loading, Notice } from '../../components/ui.tsx';
import { usernameFromOtpauthUri } from '../../format.ts';
import { Link } from '../../router.tsx';
import { type MethodChoice, MethodStep } from './method-step.tsx';
import { RecoveryCodesPanel } from './recovery-codes-panel.tsx';
import { EmailStep, TotpStep } from './verify-steps.tsx';

type Step = { name: 'method' } | { name: 'totp'; enrollment: TotpEnrollment } | { name: 'email'; emailMasked: string } | { name: 'codes'; codes: string[] };

interface Props {
  mode: 'enroll' | 'change' | 'forced';
  username: string;
  /** Signed in: the account's e-mail address (for the e-mail option). */
  email?: string | null | undefined;
  /** Forced enrollment: the allowed methods when the sign-in answer told them. */
  allowedMethods?: string[] | undefined;
  /** Forced enrollment: false when e-mail is allowed but the account has no address. */
  emailAvailable?: boolean | undefined;
  /** Forced enrollment: why (no MFA yet under enforcement, or a method the administrator no longer allows). */
  reason?: 'enforced' | 'method_disallowed' | undefined;
  /** `endedSessions`: the user's other sessions that Finish ended. */
  onFinished: (user: UserView, endedSessions: number) => void;
  onCancel: () => void;
}

const titles = { enroll: 'Enroll in Multifactor Authentication', change: 'Change multifactor authentication method', forced: 'Set up multifactor authentication' };

export function EnrollmentWizard({ mode, username, email, allowedMethods, emailAvailable, reason, onFinished, onCancel }: Props) {
  const [step, setStep] = useState<Step>({ name: 'method' });
  const [choice, setChoice] = useState<MethodChoice | null>(mode === 'forced' ? forcedChoice(allowedMethods, emailAvailable) : null);
  const [saved, setSaved] = useState(false);
  const [accountName, setAccountName] = useState(username);
  const action = useAction();
  const askPassword = useReauthenticationAsked(action.error);

  useEffect(() => {
    document.title = `${titles[mode]} · Gatehouse`;
    if (mode === 'forced') return;
    api.get<MfaStatus>('/api/me/mfa').then(
      (status) => {
        setChoice(signedInChoice(status, email));
        // Back after a reload or a wrong click at the recovery-code step: the verified enrollment is
        // still ours, so show a fresh set of the codes Finish will install (the set shown before is forgotten).
        if (status.enrollment?.verified) void resume();
      },
      (error: unknown) => action.setError(error),
    );
  }, [mode]);

  const resume = async () => {
    const reissued = await action.run(() => api.post<{ recovery_codes: string[] }>('/api/me/mfa/enrollment/recovery-codes'));
    if (reissued) setStep({ name: 'codes', codes: reissued.recovery_codes });
  };

  // Leaving at the recovery-code step before Finish loses nothing on the server, but the codes shown
  // are replaced when the wizard comes back: warn before the page goes.
  useEffect(() => {
    if (step.name !== 'codes') return;
    const warn = (event: BeforeUnloadEvent) => {
      event.preventDefault();
      event.returnValue = '';
    };
    window.addEventListener('beforeunload', warn);
    return () => window.removeEventListener('beforeunload', warn);
  }, [step.name]);

  const cancelAtCodes = () => {
    if (window.confirm('Leave without finishing? Multifactor authentication is not on until you press Finish; the codes shown here will be replaced when you come back.')) onCancel();
  };

  const start = async (method: MfaMethod, proof: { password?: string; code?: string; authenticator_id?: string }) => {
    const body = { method, ...proof };
    if (method === 'totp') {
      const enrollment = await action.run(() => api.post<TotpEnrollment>('/api/me/mfa/enrollment', body));
      if (enrollment) {
        setAccountName(usernameFromOtpauthUri(enrollment.otpauth_uri) ?? username);
        setStep({ name: 'totp', enrollment });
      }
    } else {
      const sent = await action.run(() => api.post<EmailCodeSent>('/api/me/mfa/enrollment', body));
      if (sent) setStep({ name: 'email', emailMasked: sent.email_masked ?? 'your e-mail address' });
    }
  };

  const verify = async (code: string) => {
    const verified = await action.run(() => api.post<{ recovery_codes: string[] }>('/api/me/mfa/enrollment/verify', { code }));
    if (verified) setStep({ name: 'codes', codes: verified.recovery_codes });
  };

  const finish = async () => {
    const finished = await action.run(() => api.post<{ state: string; user: UserView; ended_sessions?: number }>('/api/me/mfa/enrollment/finish'));
    if (finished) onFinished(finished.user, finished.ended_sessions ?? 0);
  };

  const back = () => {
    action.setError(null);
    setStep({ name: 'method' });
  };

  const stepIndex = step.name === 'method' ? 0 : step.name === 'codes' ? 2 : 1;
  return (
    <div className="wizard card">
      <h1 className="wizard-title" tabIndex={-1}>
        {titles[mode]}
      </h1>
      {mode === 'forced' ? (
        <Notice>
          <p>
            {reason === 'method_disallowed'
              ? 'Your administrator no longer allows the method you used. Set up an allowed one now to finish signing in.'
              : 'Your administrator requires multifactor authentication. Set it up now to finish signing in.'}
          </p>
        </Notice>
      ) : null}
      <ol className="steps" aria-label="Steps">
        {['Method', 'Verify', 'Recovery codes'].map((label, index) => (
          <li key={label} aria-current={index === stepIndex ? 'step' : undefined} className={index < stepIndex ? 'step-done' : undefined}>
            <span className="step-number" aria-hidden="true">
              {index + 1}
            </span>
            {label}
          </li>
        ))}
      </ol>
      {step.name === 'method' ? (
        choice ? (
          <MethodStep choice={choice} busy={action.busy} error={action.error} askPassword={askPassword} onNext={(method, password) => void start(method, password)} onCancel={onCancel} />
        ) : action.error ? (
          <ErrorAlert error={action.error} />
        ) : (
          <Loading />
        )
      ) : null}
      {step.name === 'totp' ? <TotpStep enrollment={step.enrollment} busy={action.busy} error={action.error} onVerify={(code) => void verify(code)} onBack={back} /> : null}
      {step.name === 'email' ? <EmailStep emailMasked={step.emailMasked} busy={action.busy} error={action.error} onVerify={(code) => void verify(code)} onBack={back} /> : null}
      {step.name === 'codes' ? (
        <div>
          <p className="lead">
            Save these recovery codes somewhere safe, such as a password manager. Each one signs you in once if you lose access to your {mode === 'change' ? 'new method' : 'authentication method'}.
            They are shown only now.
          </p>
          <RecoveryCodesPanel codes={step.codes} username={accountName} onSaved={() => setSaved(true)} />
          <ErrorAlert error={action.error} />
          <div className="button-row">
            {mode !== 'forced' ? (
              <button type="button" className="button" onClick={cancelAtCodes}>
                Cancel
              </button>
            ) : null}
            {!saved ? (
              <p className="field-hint" id="finish-hint">
                The Finish button will be enabled once you copy or download the recovery codes.
              </p>
            ) : null}
            <button type="button" className="button button-primary" disabled={!saved || action.busy} aria-describedby={saved ? undefined : 'finish-hint'} onClick={() => void finish()}>
              {action.busy ? 'Finishing…' : 'Finish'}
            </button>
          </div>
        </div>
      ) : null}
    </div>
  );
}

function signedInChoice(status: MfaStatus, email: string | null | undefined): MethodChoice {
  return {
    emailUnavailable: !status.allowed_methods.includes('email') ? (
      'the administrator has disabled authentication with a one-time e-mail password.'
    ) : !email ? (
      <>
        set an e-mail address on your account first, on the <Link to="/account#email">Account page</Link>.
      </>
    ) : null,
    currentKinds: status.enabled ? [...new Set(status.authenticators.map((a) => a.kind))] : [],
  };
}

function forcedChoice(allowedMethods: string[] | undefined, emailAvailable: boolean | undefined): MethodChoice {
  return {
    emailUnavailable:
      allowedMethods && !allowedMethods.includes('email')
        ? 'the administrator has disabled authentication with a one-time e-mail password.'
        : emailAvailable === false
          ? 'your account has no e-mail address. Use an authentication app, or ask an administrator to add an address.'
          : null,
    currentKinds: [],
  };
}
