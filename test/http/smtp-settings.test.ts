import assert from 'node:assert/strict';
import { createServer } from 'node:net';
import { after, before, describe, test } from 'node:test';
import { ADMIN_PASSWORD, addTestUser, Browser, errorTypeOf, startTestApp, type TestApp } from '../helpers/test-app.js';
import { availableDatabaseKinds } from '../helpers/test-databases.js';
import { SmtpSink } from '../helpers/smtp-sink.js';

/** A loopback port with nothing listening on it. */
async function closedPort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as { port: number };
  await new Promise((resolve) => server.close(resolve));
  return port;
}

for (const kind of await availableDatabaseKinds()) {
  describe(`e-mail delivery settings (${kind})`, () => {
    let t: TestApp;
    let smtp: SmtpSink;
    let admin: Browser;
    before(async () => {
      smtp = await new SmtpSink().start();
      t = await startTestApp(kind);
      admin = new Browser(t.app);
      await admin.signIn('admin', ADMIN_PASSWORD);
    });
    after(async () => {
      await t.close();
      await smtp.stop();
    });

    test('SMTP settings are saved with the password encrypted, shown without it, and used at once', async () => {
      const saved = await admin.request('PUT', '/api/settings/smtp', {
        host: '127.0.0.1',
        port: smtp.port,
        security: 'none',
        username: 'mailer',
        password: 'smtp-secret-password-123',
        sender: 'Appliance <appliance@example.com>',
      });
      assert.equal(saved.statusCode, 200, saved.body);
      const view = saved.json();
      assert.deepEqual([view.source, view.delivering, view.password_set, view.host], ['settings', true, true, '127.0.0.1']);
      assert.equal(JSON.stringify(view).includes('smtp-secret-password-123'), false);
      const stored = JSON.stringify(await t.ctx.store.readSetting('smtp'));
      assert.equal(stored.includes('smtp-secret-password-123'), false, 'the password is not stored in the clear');

      const sent = await admin.request('POST', '/api/settings/smtp/test', { to: 'ops@example.com' });
      assert.equal(sent.statusCode, 200, sent.body);
      assert.match(sent.json().response, /^250/);
      const received = smtp.to('ops@example.com').at(-1);
      assert.ok(received);
      assert.equal(received.from, 'appliance@example.com');
      assert.match(received.subject, /test message/);

      const kept = await admin.request('PUT', '/api/settings/smtp', { host: '127.0.0.1', port: smtp.port, security: 'none', username: 'mailer', sender: 'Appliance <appliance@example.com>' });
      assert.equal(kept.json().password_set, true, 'omitting the password keeps it');
      const events = (await admin.request('GET', '/api/audit-events?type=smtp_settings_changed')).json().events;
      assert.equal(events.length, 2);
      assert.equal(JSON.stringify(events).includes('smtp-secret-password-123'), false);
    });

    test('a refused connection is reported as refused, not as the raw socket error nor as a refused message', async () => {
      const port = await closedPort();
      await admin.request('PUT', '/api/settings/smtp', { host: '127.0.0.1', port, security: 'none', sender: 'Appliance <appliance@example.com>' });
      const failed = await admin.request('POST', '/api/settings/smtp/test', { to: 'ops@example.com' });
      assert.equal(failed.statusCode, 502);
      assert.equal(errorTypeOf(failed), 'email_delivery_failed');
      const { message } = failed.json().error as { message: string };
      assert.equal(message, `The SMTP server at 127.0.0.1:${port} refused the connection. Check the host and port, and that the mail server is running.`);
      assert.doesNotMatch(message, /ECONNREFUSED|did not accept the message/);
    });

    test('a port where something else listens is reported as not an SMTP server, without what it said', async () => {
      const impostor = createServer((socket) => socket.end('SSH-2.0-OpenSSH_9.2p1 internal-build-host\r\n'));
      await new Promise<void>((resolve) => impostor.listen(0, '127.0.0.1', resolve));
      const { port } = impostor.address() as { port: number };
      try {
        await admin.request('PUT', '/api/settings/smtp', { host: '127.0.0.1', port, security: 'none', sender: 'Appliance <appliance@example.com>' });
        const failed = await admin.request('POST', '/api/settings/smtp/test', { to: 'ops@example.com' });
        assert.equal(failed.statusCode, 502);
        const { message } = failed.json().error as { message: string };
        assert.match(message, /^The server at 127\.0\.0\.1:\d+ is not an SMTP server with this security setting\./);
        assert.doesNotMatch(message, /SSH|OpenSSH|internal-build-host|EPROTOCOL/);
      } finally {
        await new Promise((resolve) => impostor.close(resolve));
      }
    });

    test('a recipient the server refuses is reported with the server\'s answer', async () => {
      const picky = await new SmtpSink({ rejectRecipients: true }).start();
      try {
        await admin.request('PUT', '/api/settings/smtp', { host: '127.0.0.1', port: picky.port, security: 'none', sender: 'Appliance <appliance@example.com>' });
        const failed = await admin.request('POST', '/api/settings/smtp/test', { to: 'nobody@example.com' });
        assert.equal(failed.statusCode, 502);
        assert.match(failed.json().error.message, /550/);
      } finally {
        await picky.stop();
      }
    });

    test('the test message needs an address', async () => {
      const failed = await admin.request('POST', '/api/settings/smtp/test', {});
      assert.equal(errorTypeOf(failed), 'email_address_required');
    });

    test('going back to the outbox', async () => {
      const back = await admin.request('PUT', '/api/settings/smtp', null);
      assert.equal(back.statusCode, 200, back.body);
      assert.equal(back.json().source, 'outbox');
      assert.equal((await admin.request('POST', '/api/settings/smtp/test', { to: 'ops@example.com' })).statusCode, 200);
    });

    test('a password change e-mails the user', async () => {
      await admin.request('PUT', '/api/settings/smtp', { host: '127.0.0.1', port: smtp.port, security: 'none', sender: 'Appliance <appliance@example.com>' });
      await addTestUser(t, 'notified', { email: 'notified@example.com' });
      const browser = new Browser(t.app);
      await browser.signIn('notified', 'notified has a long password');
      assert.equal((await browser.request('PUT', '/api/me/password', { current_password: 'notified has a long password', new_password: 'a brand new long password' })).statusCode, 200);
      const mail = smtp.to('notified@example.com').find((m) => /password was changed/.test(m.subject));
      assert.ok(mail);
      assert.equal(mail.text.includes('a brand new long password'), false);
    });

    test('standard users cannot see or change e-mail settings', async () => {
      await addTestUser(t, 'curious');
      const browser = new Browser(t.app);
      await browser.signIn('curious', 'curious has a long password');
      assert.equal((await browser.request('GET', '/api/settings/smtp')).statusCode, 403);
      assert.equal((await browser.request('PUT', '/api/settings/smtp', null)).statusCode, 403);
      assert.equal((await browser.request('GET', '/api/settings/authentication')).statusCode, 403);
    });
  });
}
