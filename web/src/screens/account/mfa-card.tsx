// MFA on the account page: status, method, recovery codes left (warning at 3 or fewer), actions.
import { useState } from 'react';
import { useAccount } from '../../account-context.ts';
import { api } from '../../api/client.ts';
import type { MfaStatus } from '../../api/types.ts';
import { useLoad } from '../../components/use-action.ts';
import { Badge, Card, ErrorAlert, Facts, Loading, Notice } from '../../components/ui.tsx';
import { methodNames } from '../../format.ts';
import { navigate } from '../../router.tsx';
import { RegenerateCodesDialog } from './regenerate-codes-dialog.tsx';

/** SPEC 2.4: the console warns at 3 or fewer. */
export const LOW_RECOVERY_CODES = 3;

export function MfaCard() {
  const account = useAccount();
  const { user } = account;
  const status = useLoad(() => api.get<MfaStatus>('/api/me/mfa'), [user.mfa_enabled, user.mfa_method]);
  const [regenerating, setRegenerating] = useState(false);

  const body = () => {
    if (status.error) return <ErrorAlert error={status.error} />;
    const mfa = status.value;
    if (!mfa) return <Loading />;
    if (!mfa.enabled) {
      return (
        <>
          <Facts items={[['Status', <Badge tone="off">Off</Badge>]]} />
          {mfa.enforced ? (
            <Notice tone="warning" role="note">
              <p>Your administrator requires multifactor authentication: enroll now, or you will be asked at your next sign-in.</p>
            </Notice>
          ) : (
            <p>Protect your account with a code from an authentication app (or e-mail) in addition to your password.</p>
          )}
          <div className="button-row button-row-start">
            <button type="button" className="button button-primary" onClick={() => navigate('/mfa/enroll')}>
              Enroll in Multifactor Authentication
            </button>
          </div>
        </>
      );
    }
    const low = mfa.recovery_codes_remaining <= LOW_RECOVERY_CODES;
    return (
      <>
        <Facts
          items={[
            ['Status', <Badge tone="on">On</Badge>],
            ['Method', mfa.method ? methodNames[mfa.method] : '—'],
            ['Recovery codes left', <span className={low ? 'text-warn' : undefined}>{mfa.recovery_codes_remaining} of 10</span>],
            ...(mfa.enforced ? ([['Policy', 'Required by your administrator']] as [string, string][]) : []),
          ]}
        />
        {low ? (
          <Notice tone="warning" role="note">
            <p>
              {mfa.recovery_codes_remaining === 0 ? 'You have no recovery codes left.' : `Only ${mfa.recovery_codes_remaining} recovery code${mfa.recovery_codes_remaining === 1 ? '' : 's'} left.`} Generate a new set
              so you can still sign in if you lose your {mfa.method === 'email' ? 'e-mail access' : 'phone'}.
            </p>
          </Notice>
        ) : null}
        <p className="field-hint">With MFA on, the REST API no longer accepts your password: use an API key.</p>
        <div className="button-row button-row-start">
          <button type="button" className={`button ${low ? 'button-primary' : ''}`} onClick={() => setRegenerating(true)}>
            Generate new recovery codes
          </button>
          <button type="button" className="button" onClick={() => navigate('/mfa/change')}>
            Change method
          </button>
          <button type="button" className="button button-danger-quiet" onClick={account.openDisableMfa}>
            Disable
          </button>
        </div>
      </>
    );
  };

  return (
    <Card title="Multifactor authentication" id="mfa">
      {body()}
      {regenerating && status.value ? (
        <RegenerateCodesDialog
          method={status.value.method}
          onClose={() => {
            setRegenerating(false);
            void status.reload();
          }}
        />
      ) : null}
    </Card>
  );
}
