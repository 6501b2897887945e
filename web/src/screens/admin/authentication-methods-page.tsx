// Default User Settings → Authentication Methods (SPEC 2.7): the app is always allowed; e-mail may
// be disallowed; enforcement for all users. The impact is shown before saving; turning enforcement
// off asks for the password and a current code.
import { type FormEvent, useEffect, useId, useState } from 'react';
import { useAccount } from '../../account-context.ts';
import { api } from '../../api/client.ts';
import { passwordAndCodeErrors } from '../../api/error-text.ts';
import type { AuthenticationSettings, MfaStatus, PolicyImpact } from '../../api/types.ts';
import { useAction, useLoad } from '../../components/use-action.ts';
import { Card, ErrorAlert, Loading, Notice, PageTitle } from '../../components/ui.tsx';
import { type PasswordAndCode, PasswordAndCodeFields, stepUpBody } from '../account/confirm-with-code.tsx';

interface Proposal {
  allowEmail: boolean;
  enforce: boolean;
}

/**
 * What a proposed policy changes, in sentences. Each user is counted once, under the first reason:
 * users_to_enroll counts everyone who must enroll, those with a disallowed method included.
 */
export function describeImpact(impact: PolicyImpact): string[] {
  const lines: string[] = [];
  const users = (n: number) => `${n} user${n === 1 ? '' : 's'}`;
  const withoutMfa = impact.users_to_enroll - impact.users_with_disallowed_method;
  if (withoutMfa > 0) lines.push(`${users(withoutMfa)} without multifactor authentication must set it up at the next sign-in.`);
  if (impact.users_with_disallowed_method > 0) lines.push(`${users(impact.users_with_disallowed_method)} sign${impact.users_with_disallowed_method === 1 ? 's' : ''} in with e-mail codes and must choose an authentication app.`);
  if (impact.includes_you) lines.push('This includes you.');
  if (lines.length === 0) lines.push('No user has to change anything.');
  return lines;
}

const bodyOf = (proposal: Proposal) => ({ allowed_methods: proposal.allowEmail ? ['totp', 'email'] : ['totp'], enforce_mfa: proposal.enforce });

export function AuthenticationMethodsPage() {
  const { user } = useAccount();
  const settings = useLoad(() => api.get<AuthenticationSettings>('/api/settings/authentication'));
  const myMfa = useLoad(() => api.get<MfaStatus>('/api/me/mfa'));
  const [proposal, setProposal] = useState<Proposal | null>(null);
  const [confirm, setConfirm] = useState<PasswordAndCode>({ password: '', code: '' });
  const [preview, setPreview] = useState<PolicyImpact | null>(null);
  const [done, setDone] = useState<string | null>(null);
  const previewAction = useAction();
  const save = useAction();
  const enforceHint = useId();

  const saved: Proposal | null = settings.value ? { allowEmail: settings.value.allowed_methods.includes('email'), enforce: settings.value.enforce_mfa } : null;
  const current = proposal ?? saved;
  const changed = saved !== null && current !== null && (saved.allowEmail !== current.allowEmail || saved.enforce !== current.enforce);
  const turningOff = saved?.enforce === true && current?.enforce === false;

  useEffect(() => {
    setPreview(null);
    if (!changed || !current) return;
    void previewAction.run(async () => setPreview((await api.put<AuthenticationSettings>('/api/settings/authentication?preview=1', bodyOf(current))).impact ?? null));
    // Previews follow the proposal only.
  }, [changed, current?.allowEmail, current?.enforce]);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (!current) return;
    const body = { ...bodyOf(current), ...(turningOff && stepUpBody(confirm)) };
    const answer = await save.run(() => api.put<AuthenticationSettings>('/api/settings/authentication', body));
    if (!answer) return;
    // Reload first: until the saved values are back, the form keeps showing the proposal.
    await settings.reload();
    setProposal(null);
    setConfirm({ password: '', code: '' });
    setDone('The authentication methods were saved.');
  };

  if (settings.error) {
    return (
      <div>
        <PageTitle>Default User Settings</PageTitle>
        <ErrorAlert error={settings.error} />
      </div>
    );
  }
  if (!current || !saved) return <Loading />;
  const adminWithoutMfa = myMfa.value ? !myMfa.value.enabled : !user.mfa_enabled;
  return (
    <div>
      <PageTitle subtitle="Settings that apply to every user account.">Default User Settings</PageTitle>
      <Card title="Authentication Methods">
        <form onSubmit={(event) => void submit(event)}>
          <fieldset className="choices">
            <legend>Allowed multifactor authentication methods</legend>
            <label className="checkbox">
              <input type="checkbox" checked disabled aria-describedby="app-always" />
              <span>
                Authentication app
                <span className="choice-hint" id="app-always">
                  Always allowed: authenticating with an app cannot be disallowed.
                </span>
              </span>
            </label>
            <label className="checkbox">
              <input type="checkbox" checked={current.allowEmail} onChange={(e) => setProposal({ ...current, allowEmail: e.target.checked })} />
              <span>
                One-time e-mail password
                <span className="choice-hint">Unchecking it makes users who sign in with e-mail codes choose another method at their next sign-in.</span>
              </span>
            </label>
          </fieldset>

          <div className="switch-row">
            <label className="switch">
              <input
                type="checkbox"
                role="switch"
                checked={current.enforce}
                disabled={!saved.enforce && adminWithoutMfa}
                aria-describedby={enforceHint}
                onChange={(e) => setProposal({ ...current, enforce: e.target.checked })}
              />
              <span className="switch-track" aria-hidden="true" />
              <span>Enforce multifactor authentication for all users</span>
            </label>
            <p className="choice-hint" id={enforceHint}>
              {!saved.enforce && adminWithoutMfa
                ? 'Enabling this setting requires that you have configured multifactor authentication for your own account first.'
                : 'Users without multifactor authentication, or with a method that is no longer allowed, must set it up at their next sign-in. Turning it off removes no enrollment.'}
            </p>
          </div>

          {changed ? (
            <div className="preview" aria-live="polite">
              <h3>Before you save</h3>
              {previewAction.busy ? <Loading label="Counting the users this change affects…" /> : null}
              {previewAction.error ? <ErrorAlert error={previewAction.error} /> : null}
              {preview !== null && !previewAction.busy ? (
                <ul className="impact">
                  {describeImpact(preview).map((line) => (
                    <li key={line}>{line}</li>
                  ))}
                </ul>
              ) : null}
            </div>
          ) : null}

          {turningOff ? (
            <div className="confirm-box">
              <p>To turn enforcement off, confirm with your password and a current verification code.</p>
              <PasswordAndCodeFields value={confirm} onChange={setConfirm} />
            </div>
          ) : null}

          <ErrorAlert error={save.error} overrides={passwordAndCodeErrors} />
          {done && !changed ? (
            <Notice tone="success">
              <p>{done}</p>
            </Notice>
          ) : null}
          <div className="button-row button-row-start">
            <button type="submit" className="button button-primary" disabled={!changed || save.busy}>
              {save.busy ? 'Saving…' : 'Save'}
            </button>
            {changed ? (
              <button type="button" className="button" onClick={() => setProposal(null)}>
                Discard changes
              </button>
            ) : null}
          </div>
        </form>
      </Card>
    </div>
  );
}
