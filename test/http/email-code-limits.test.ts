// E-mail code limits hold on every instance (issue 11, SPEC 2.4): the 30 s cooldown and the cap of 10
// an hour are checked and counted in one atomic step, the cooldown is per purpose, and a refused
// request says how long to wait.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { SECOND } from '../../src/core/clock.js';
import { addTestUser, Browser, errorTypeOf, startTestApp, type TestApp } from '../helpers/test-app.js';
import { availableDatabaseKinds } from '../helpers/test-databases.js';
import { SmtpSink } from '../helpers/smtp-sink.js';

const passwordOf = (username: string) => `${username} has a long password`;

for (const kind of await availableDatabaseKinds()) {
  describe(`e-mail code limits (${kind})`, () => {
    let smtp: SmtpSink;
    let t: TestApp;
    let sibling: TestApp;
    before(async () => {
      smtp = await new SmtpSink().start();
      t = await startTestApp(kind, { env: { GATEHOUSE_SMTP_URL: smtp.url } });
      if (kind === 'postgres') sibling = await t.sibling();
    });
    after(async () => {
      if (kind === 'postgres') await sibling.close();
      await t.close();
      await smtp.stop();
    });

    async function emailUser(username: string): Promise<string> {
      const email = `${username}@example.com`;
      await addTestUser(t, username, { email });
      const browser = new Browser(t.app);
      await browser.signIn(username, passwordOf(username));
      await browser.request('POST', '/api/me/mfa/enrollment', { method: 'email' });
      await browser.request('POST', '/api/me/mfa/enrollment/verify', { code: smtp.latestCodeFor(email) });
      assert.equal((await browser.request('POST', '/api/me/mfa/enrollment/finish')).statusCode, 200);
      return email;
    }

    // Several instances share PostgreSQL; a SQLite file has one server (its writes would block each
    // other's event loop in one test process), so there the sixteen requests go to one instance.
    test(`sixteen simultaneous code requests${kind === 'postgres' ? ' over two instances' : ''} send one e-mail`, async () => {
      const email = await emailUser('flood');
      t.clock.advance(31 * SECOND);
      const instances = kind === 'postgres' ? [t, sibling] : [t];
      const browsers = await Promise.all(
        Array.from({ length: 16 }, async (_, i) => {
          const browser = new Browser(instances[i % instances.length]!.app, `192.0.2.${100 + i}`);
          assert.equal((await browser.signIn('flood', passwordOf('flood'))).json().state, 'awaiting_second_factor');
          return browser;
        }),
      );
      const before_ = smtp.to(email).length;
      const answers = await Promise.all(browsers.map((browser) => browser.request('POST', '/api/session/email-code')));
      assert.equal(answers.filter((a) => a.statusCode === 200).length, 1, answers.map((a) => a.statusCode).join(' '));
      assert.ok(answers.filter((a) => a.statusCode !== 200).every((a) => a.statusCode === 429 && errorTypeOf(a) === 'too_many_requests'));
      await new Promise((resolve) => setTimeout(resolve, 200));
      assert.equal(smtp.to(email).length - before_, 1, 'one e-mail went out');
    });

    test('a sign-in code right after finishing an e-mail enrollment is sent (the cooldown is per purpose)', async () => {
      const email = await emailUser('quick');
      const browser = new Browser(t.app);
      await browser.signIn('quick', passwordOf('quick'));
      const sent = await browser.request('POST', '/api/session/email-code');
      assert.equal(sent.statusCode, 200, sent.body);
      assert.ok(smtp.latestCodeFor(email));
    });

    test('a refused resend says how long to wait, in the message and in Retry-After', async () => {
      await emailUser('waiter');
      t.clock.advance(31 * SECOND);
      const browser = new Browser(t.app);
      await browser.signIn('waiter', passwordOf('waiter'));
      assert.equal((await browser.request('POST', '/api/session/email-code')).statusCode, 200);
      t.clock.advance(10 * SECOND);
      const refused = await browser.request('POST', '/api/session/email-code');
      assert.equal(refused.statusCode, 429);
      assert.equal(refused.headers['retry-after'], '20');
      assert.match(refused.json().error.message, /Wait 20 seconds before asking for another one\./);
    });
  });
}
