// Default User Settings → Authentication Methods (SPEC 2.7): the app is always allowed; e-mail may
// be disallowed; enforcement for all users. The impact is shown before saving; turning enforcement
// off asks for the password and a current code. "Don't ask again on this browser for N days" (SPEC
// §2.14): 0 to 90, 0 hides the checkbox; lowering it forgets trust older than the new N.
import { type FormEvent, useEffect, useId, useState } from 'react';
import { useAccount } from '../../account-context.ts';
import { api } from '../../api/client.ts';
import { passwordAndCodeErrors } from '../../api/error-text.ts';
import type { AuthenticationSettings, MfaStatus, PolicyImpact } from '../../api/types.ts';
import { useAction, useLoad } from '../../components/use-action.ts';
import { Card, ErrorAlert, Field, Loading, Notice, PageTitle } from '../../components/ui.tsx';
import { type PasswordAndCode, PasswordAndCodeFields, stepUpBody } from '../account/confirm-with-code.tsx';

interface Proposal {
  allowEmail: boolean;
  allowKeys: boolean;
  enforce: boolean;
  /** "Require a security key or passkey for administrators" (SPEC 2.13). */
  requireKeysForAdmins: boolean;
  allowPasskeySignIn: boolean;
  /** As typed: a whole number 0–90 is saved, anything else is refused before saving. */
  trustedDays: string;
}

const FIELDS = ['allowEmail', 'allowKeys', 'enforce', 'requireKeysForAdmins', 'allowPasskeySignIn', 'trustedDays'] as const;
const MAX_TRUSTED_DAYS = 90;
const validDays = (value: string) => /^\d{1,2}$/.test(value.trim()) && Number(value) <= MAX_TRUSTED_DAYS;

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

const bodyOf = (proposal: Proposal) => ({
  allowed_methods: [...(['totp'] as const), ...(proposal.allowEmail ? (['email'] as const) : []), ...(proposal.allowKeys ? (['webauthn'] as const) : [])],
  enforce_mfa: proposal.enforce,
  require_webauthn_for_admins: proposal.allowKeys && proposal.requireKeysForAdmins,
  allow_passkey_sign_in: proposal.allowPasskeySignIn,
  ...(validDays(proposal.trustedDays) && { trusted_browser_days: Number(proposal.trustedDays) }),
});

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

  const saved: Proposal | null = settings.value
    ? {
        allowEmail: settings.value.allowed_methods.includes('email'),
        allowKeys: settings.value.allowed_methods.includes('webauthn'),
        enforce: settings.value.enforce_mfa,
        requireKeysForAdmins: settings.value.require_webauthn_for_admins,
        allowPasskeySignIn: settings.value.allow_passkey_sign_in,
        trustedDays: String(settings.value.trusted_browser_days),
      }
    : null;
  const current = proposal ?? saved;
  const changed = saved !== null && current !== null && FIELDS.some((field) => saved[field] !== current[field]);
  const daysValid = current !== null && validDays(current.trustedDays);
  const shortening = saved !== null && current !== null && daysValid && Number(current.trustedDays) < Number(saved.trustedDays);
  // Weakening needs the step-up: enforcement off, or keys no longer required of administrators.
  const turningOff = (saved?.enforce === true && current?.enforce === false) || (saved?.requireKeysForAdmins === true && (current?.requireKeysForAdmins === false || current?.allowKeys === false));
  const adminHasKey = (myMfa.value?.authenticators ?? []).some((a) => a.kind === 'webauthn');
  const keysHint = useId();

  useEffect(() => {
    setPreview(null);
    if (!changed || !current) return;
    void previewAction.run(async () => setPreview((await api.put<AuthenticationSettings>('/api/settings/authentication?preview=1', bodyOf(current))).impact ?? null));
    // Previews follow the proposal only.
  }, [changed, ...FIELDS.map((field) => current?.[field])]);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (!current) return;
    // The step-up inside the action: a key the browser asks for, or a refusal, shows as its error.
    const answer = await save.run(async () => api.put<AuthenticationSettings>('/api/settings/authentication', { ...bodyOf(current), ...(turningOff && (await stepUpBody(confirm))) }));
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
            <label className="checkbox">
              <input type="checkbox" checked={current.allowKeys} onChange={(e) => setProposal({ ...current, allowKeys: e.target.checked })} />
              <span>
                Security key or passkey
                <span className="choice-hint">Phishing-resistant: a fake sign-in page cannot relay them. They need the console’s host name with a trusted certificate (see the operations guide).</span>
              </span>
            </label>
          </fieldset>

          <div className="switch-row">
            <label className="switch">
              <input
                type="checkbox"
                role="switch"
                checked={current.allowKeys && current.requireKeysForAdmins}
                disabled={!current.allowKeys || (!saved.requireKeysForAdmins && !adminHasKey)}
                aria-describedby={keysHint}
                onChange={(e) => setProposal({ ...current, requireKeysForAdmins: e.target.checked })}
              />
              <span className="switch-track" aria-hidden="true" />
              <span>Require a security key or passkey for administrators</span>
            </label>
            <p className="choice-hint" id={keysHint}>
              {!current.allowKeys
                ? 'Allow security keys and passkeys first.'
                : !saved.requireKeysForAdmins && !adminHasKey
                  ? 'Enabling this setting requires that you have added a security key or passkey to your own account first.'
                  : 'Administrators without one must add one at their next sign-in.'}
            </p>
          </div>

          <div className="switch-row">
            <label className="switch">
              <input
                type="checkbox"
                role="switch"
                checked={current.allowPasskeySignIn}
                disabled={!current.allowKeys}
                onChange={(e) => setProposal({ ...current, allowPasskeySignIn: e.target.checked })}
              />
              <span className="switch-track" aria-hidden="true" />
              <span>Allow signing in with a passkey alone (“Sign in with a passkey”)</span>
            </label>
          </div>

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

          <Field
            label="Don’t ask again on a trusted browser for (days)"
            name="trusted_browser_days"
            type="number"
            inputMode="numeric"
            min={0}
            max={MAX_TRUSTED_DAYS}
            step={1}
            value={current.trustedDays}
            onChange={(e) => setProposal({ ...current, trustedDays: e.target.value })}
            hint={`0 to ${MAX_TRUSTED_DAYS}. At the second factor, users may tick “Don’t ask again on this browser” and then sign in there with the password alone for this many days; 0 hides the checkbox.${shortening ? ' Saving forgets every browser trusted longer ago than this, at once.' : ''}`}
            problem={daysValid ? undefined : `Enter a whole number of days from 0 to ${MAX_TRUSTED_DAYS}.`}
          />

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
              <p>
                {saved.enforce && !current.enforce
                  ? 'To turn enforcement off, confirm with your password and a current verification code.'
                  : 'To stop requiring security keys of administrators, confirm with your password and a current verification code.'}
              </p>
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
            <button type="submit" className="button button-primary" disabled={!changed || !daysValid || save.busy}>
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
