// E-mail delivery (SPEC 2.8): the SMTP server, a test message, and where mail goes without one.
import { type FormEvent, useEffect, useId, useState } from 'react';
import { useAccount } from '../../account-context.ts';
import { api } from '../../api/client.ts';
import type { SmtpSecurity, SmtpSettings } from '../../api/types.ts';
import { useAction, useLoad } from '../../components/use-action.ts';
import { Card, ErrorAlert, Field, Loading, Notice, PageTitle } from '../../components/ui.tsx';

interface Form {
  host: string;
  port: string;
  security: SmtpSecurity;
  username: string;
  password: string;
  sender: string;
}

const defaultPorts = { none: '25', starttls: '587', tls: '465' };

function formOf(settings: SmtpSettings): Form {
  return {
    host: settings.host ?? '',
    port: settings.port ? String(settings.port) : '',
    security: settings.security ?? 'starttls',
    username: settings.username ?? '',
    password: '',
    sender: settings.sender ?? '',
  };
}

export function EmailDeliveryPage() {
  const { user } = useAccount();
  const settings = useLoad(() => api.get<SmtpSettings>('/api/settings/smtp'));
  const [form, setForm] = useState<Form | null>(null);
  const [testTo, setTestTo] = useState(user.email ?? '');
  const [saved, setSaved] = useState<string | null>(null);
  const [tested, setTested] = useState<string | null>(null);
  const save = useAction();
  const test = useAction();
  const securityId = useId();

  useEffect(() => {
    if (settings.value) setForm(formOf(settings.value));
  }, [settings.value]);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (!form) return;
    setSaved(null);
    // No host: back to the outbox.
    const body =
      form.host.trim() === ''
        ? null
        : {
            host: form.host.trim(),
            port: form.port === '' ? Number(defaultPorts[form.security]) : Number(form.port),
            security: form.security,
            username: form.username.trim() === '' ? null : form.username.trim(),
            ...(form.password !== '' && { password: form.password }),
            sender: form.sender.trim(),
          };
    const answer = await save.run(() => api.put<SmtpSettings>('/api/settings/smtp', body));
    if (!answer) return;
    setSaved(body ? 'Saved. Send a test e-mail to check the settings.' : 'Saved. Without an SMTP server, mail goes to the outbox folder.');
    await settings.reload();
  };

  const sendTest = async (event: FormEvent) => {
    event.preventDefault();
    setTested(null);
    const sent = await test.run(() => api.post<{ to: string; response: string }>('/api/settings/smtp/test', { to: testTo.trim() }));
    if (!sent) return;
    setTested(`${settings.value?.delivering ? `The SMTP server accepted a test message for ${sent.to}` : `A test message for ${sent.to} was written to the outbox`}: ${sent.response}`);
  };

  if (settings.error) {
    return (
      <div>
        <PageTitle>E-mail Delivery</PageTitle>
        <ErrorAlert error={settings.error} />
      </div>
    );
  }
  if (!settings.value || !form) return <Loading />;
  const current = settings.value;
  const set = (change: Partial<Form>) => setForm({ ...form, ...change });
  const fromEnvironment = current.source === 'environment';

  return (
    <div>
      <PageTitle subtitle="Gatehouse e-mails one-time passwords and security notices (MFA turned on or off, recovery code used, API key created, password changed).">E-mail Delivery</PageTitle>
      {!current.delivering ? (
        <Notice tone="warning" role="note">
          <p>
            No SMTP server is set, so no e-mail leaves this appliance. {current.notice ?? 'Messages are written to the outbox folder in the data directory.'} That is enough to try
            everything on one machine; set a server below before users rely on e-mail codes.
          </p>
        </Notice>
      ) : fromEnvironment ? (
        <Notice role="note">
          <p>{current.notice ?? 'The SMTP server comes from GATEHOUSE_SMTP_URL.'}</p>
        </Notice>
      ) : (
        <Notice tone="success" role="note">
          <p>
            E-mail is sent through <strong>{current.host}</strong>.
          </p>
        </Notice>
      )}
      <div className="card-grid">
        <Card title="SMTP server">
          <form onSubmit={(event) => void submit(event)}>
            <div className="inline-fields">
              <Field label="Host" name="host" maxLength={253} disabled={fromEnvironment} value={form.host} onChange={(e) => set({ host: e.target.value })} placeholder="smtp.example.com" autoComplete="off" spellCheck={false} hint="Leave empty to write mail to the outbox folder instead." />
              <Field label="Port" name="port" type="number" min={1} max={65535} value={form.port} onChange={(e) => set({ port: e.target.value })} placeholder={defaultPorts[form.security]} className="field-short" />
            </div>
            <div className="field">
              <label htmlFor={securityId}>Security</label>
              <select id={securityId} value={form.security} onChange={(e) => set({ security: e.target.value as Form['security'] })}>
                <option value="starttls">STARTTLS (port 587)</option>
                <option value="tls">TLS (port 465)</option>
                <option value="none">None (port 25, trusted networks only)</option>
              </select>
            </div>
            <Field label="User name" name="username" maxLength={256} value={form.username} onChange={(e) => set({ username: e.target.value })} autoComplete="off" spellCheck={false} hint="Leave empty if the server needs no login." />
            <Field
              label="Password"
              name="password"
              maxLength={1024}
              type="password"
              value={form.password}
              onChange={(e) => set({ password: e.target.value })}
              autoComplete="new-password"
              hint={current.password_set ? 'A password is stored (encrypted). Leave empty to keep it.' : 'Stored encrypted.'}
            />
            <Field label="Sender address" name="sender" maxLength={320} type="email" required={form.host.trim() !== ''} value={form.sender} onChange={(e) => set({ sender: e.target.value })} placeholder="gatehouse@example.com" hint="The From: address of every message." />
            <ErrorAlert error={save.error} />
            {saved ? (
              <Notice tone="success">
                <p>{saved}</p>
              </Notice>
            ) : null}
            <div className="button-row button-row-start">
              <button type="submit" className="button button-primary" disabled={save.busy || fromEnvironment}>
                {save.busy ? 'Saving…' : 'Save'}
              </button>
            </div>
          </form>
        </Card>
        <Card title="Send a test e-mail">
          <form onSubmit={(event) => void sendTest(event)}>
            <Field label="Send to" name="to" maxLength={254} type="email" required value={testTo} onChange={(e) => setTestTo(e.target.value)} autoComplete="email" />
            <ErrorAlert error={test.error} />
            {tested ? (
              <Notice tone="success">
                <p>{tested}</p>
              </Notice>
            ) : null}
            <div className="button-row button-row-start">
              <button type="submit" className="button" disabled={test.busy || testTo.trim() === ''}>
                {test.busy ? 'Sending…' : 'Send test e-mail'}
              </button>
            </div>
          </form>
        </Card>
      </div>
    </div>
  );
}
