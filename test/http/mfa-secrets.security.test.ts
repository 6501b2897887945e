// After enrollment and sign-in, the TOTP secret, the recovery codes and the session ids must be
// nowhere in the database in the clear: not in the SQLite file (nor its WAL), not in any
// PostgreSQL table.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { decodeBase32 } from '../../src/core/totp/totp-secret.js';
import { dumpDatabase } from '../helpers/database-dump.js';
import { enrollTotp } from '../helpers/mfa-steps.js';
import { addTestUser, Browser, startTestApp, type TestApp } from '../helpers/test-app.js';
import { availableDatabaseKinds } from '../helpers/test-databases.js';

function variantsOf(secret: string): string[] {
  const bytes = decodeBase32(secret)!;
  return [secret, secret.toLowerCase(), Buffer.from(bytes).toString('hex'), Buffer.from(bytes).toString('base64'), Buffer.from(bytes).toString('base64url')];
}

for (const kind of await availableDatabaseKinds()) {
  describe(`secrets at rest (${kind})`, () => {
    let t: TestApp;
    before(async () => {
      t = await startTestApp(kind);
    });
    after(() => t.close());

    test('the TOTP secret, the recovery codes and the session ids appear nowhere in the database in the clear', async () => {
      await addTestUser(t, 'keeper');
      const browser = new Browser(t.app);
      await browser.signIn('keeper', 'keeper has a long password');
      const { secret, recoveryCodes, authenticator } = await enrollTotp(t, browser);
      const signIn = new Browser(t.app);
      await signIn.signIn('keeper', 'keeper has a long password');
      const flowToken = signIn.cookies.get('gatehouse_sign_in');
      await signIn.request('POST', '/api/session/second-factor', { method: 'totp', code: authenticator.codeAt(t.clock.now()) });
      const sessionTokens = [browser.cookies.get('gatehouse_session'), signIn.cookies.get('gatehouse_session')];
      assert.ok(sessionTokens.every(Boolean) && flowToken);

      const dump = await dumpDatabase(t);
      const text = dump.toString('latin1');
      assert.ok(text.includes('keeper'), 'the dump is readable (the username is there)');
      const secrets = [
        ...variantsOf(secret),
        ...recoveryCodes.flatMap((c) => [c, c.replaceAll('-', ''), c.toLowerCase()]),
        ...(sessionTokens as string[]),
        flowToken!,
        'keeper has a long password',
      ];
      for (const value of secrets) assert.equal(text.includes(value), false, `found a secret in the ${kind} database`);
      assert.equal(dump.includes(Buffer.from(decodeBase32(secret)!)), false, 'the raw secret bytes are not stored');
    });
  });
}
