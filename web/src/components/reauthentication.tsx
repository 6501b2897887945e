// Creating a credential (an API key, an MFA method) more than 10 minutes after sign-in needs the
// password again: the server answers reauthentication_required, and the form asks for it.
import { useEffect, useState } from 'react';
import { ApiError } from '../api/client.ts';
import { ErrorAlert, Field } from './ui.tsx';

function isReauthenticationRequired(error: unknown): boolean {
  return error instanceof ApiError && error.type === 'reauthentication_required';
}

/** True once the server asked for the password; it stays true so the retry sends it. */
export function useReauthenticationAsked(error: unknown): boolean {
  const [asked, setAsked] = useState(false);
  useEffect(() => {
    if (isReauthenticationRequired(error)) setAsked(true);
  }, [error]);
  return asked;
}

/** The end of such a form: the password field once asked for, then the form's error. */
export function ReauthenticationPrompt({ asked, password, onPasswordChange, purpose, error }: { asked: boolean; password: string; onPasswordChange: (password: string) => void; purpose: string; error: unknown }) {
  return (
    <>
      {asked ? (
        <Field
          label="Confirm your password"
          name="password"
          maxLength={1024}
          type="password"
          autoComplete="current-password"
          required
          autoFocus
          value={password}
          onChange={(e) => onPasswordChange(e.target.value)}
          hint={`You signed in more than 10 minutes ago. Enter your password to ${purpose}.`}
        />
      ) : null}
      {/* While the field is shown its hint says why; repeating it in an alert would only be noise. */}
      <ErrorAlert error={asked && isReauthenticationRequired(error) ? null : error} overrides={{ invalid_credentials: 'The password is not correct.' }} />
    </>
  );
}
