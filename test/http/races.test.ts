// Races (issue 7 point 2): concurrent requests that must have exactly one winner and leave a
// consistent state, on both databases. The redemption races of single codes are with their
// features: one recovery code and one TOTP step (mfa-totp.test.ts, "ten concurrent …"), one
// e-mail code (mfa-email.test.ts), and a short revocation race (api-keys.test.ts). Here: enrollment
// Finish, revocation against 50 uses, two verifications of one enrollment, two password changes,
// and the last-admin guard under two admins disabling each other.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import type { LightMyRequestResponse } from 'fastify';
import { hashRecoveryCode } from '../../src/core/authenticators/second-factor-check.js';
import { normalizeRecoveryCode } from '../../src/core/recovery-codes/recovery-codes.js';
import { createApiKey, requestWithApiKey } from '../helpers/api-key-steps.js';
import { Authenticator } from '../helpers/authenticator.js';
import { selectRows, countRows } from '../helpers/database-rows.js';
import { addTestUser, basic, Browser, errorTypeOf, startTestApp, type TestApp } from '../helpers/test-app.js';
import { availableDatabaseKinds } from '../helpers/test-databases.js';

const passwordOf = (username: string) => `${username} has a long password`;
const statuses = (answers: LightMyRequestResponse[]) => answers.map((a) => `${a.statusCode} ${errorTypeOf(a) ?? ''}`.trim()).join(', ');

for (const kind of await availableDatabaseKinds()) {
  describe(`races with one winner (${kind})`, () => {
    let t: TestApp;
    before(async () => {
      t = await startTestApp(kind);
    });
    after(() => t.close());

    async function signedIn(username: string, address = '192.0.2.10'): Promise<Browser> {
      const browser = new Browser(t.app, address);
      const answer = await browser.signIn(username, passwordOf(username));
      assert.equal(answer.statusCode, 200, answer.body);
      assert.equal(answer.json().state, 'authenticated');
      return browser;
    }

    /** Rows of the user's authenticators as stored: active ones, TOTP secrets, recovery code hashes, ones being added. */
    async function storedFactor(userId: string) {
      const kinds = await selectRows(t.database.url, 'select kind from authenticators where user_id = ? and activated_at is not null', [userId]);
      const factors = await countRows(t.database.url, 'select count(*) as n from totp_authenticators where user_id = ?', [userId]);
      const codes = await selectRows(t.database.url, 'select code_hash from recovery_codes where user_id = ?', [userId]);
      const enrollments = await countRows(t.database.url, 'select count(*) as n from authenticators where user_id = ? and activated_at is null', [userId]);
      return { mfaKinds: kinds.map((r) => String(r.kind)), factors, codeHashes: codes.map((r) => String(r.code_hash)).sort(), enrollments };
    }

    const hashesOf = (codes: string[]) => codes.map((c) => hashRecoveryCode(t.ctx, normalizeRecoveryCode(c)!)).sort();

    test('ten concurrent Finish requests of one verified enrollment: one 200, MFA on, one factor, exactly 10 recovery codes', async () => {
      const user = await addTestUser(t, 'finisher');
      const browser = await signedIn('finisher');
      const started = await browser.request('POST', '/api/me/mfa/enrollment', { method: 'totp' });
      assert.equal(started.statusCode, 200, started.body);
      const app = new Authenticator(started.json().secret);
      const verified = await browser.request('POST', '/api/me/mfa/enrollment/verify', { code: app.codeAt(t.clock.now()) });
      assert.equal(verified.statusCode, 200, verified.body);
      const recoveryCodes = verified.json().recovery_codes as string[];

      const answers = await Promise.all(Array.from({ length: 10 }, () => browser.request('POST', '/api/me/mfa/enrollment/finish')));
      assert.equal(answers.filter((a) => a.statusCode === 200).length, 1, statuses(answers));
      for (const loser of answers.filter((a) => a.statusCode !== 200)) {
        // A loser either found the enrollment gone, or its session already ended by the winner's Finish.
        assert.ok(['enrollment_not_found', 'authentication_required'].includes(errorTypeOf(loser) ?? ''), statuses(answers));
      }
      const stored = await storedFactor(user.id);
      assert.deepEqual(stored, { mfaKinds: ['totp'], factors: 1, codeHashes: hashesOf(recoveryCodes), enrollments: 0 });
      assert.equal(stored.codeHashes.length, 10);
    });

    test('revocation in the middle of 50 concurrent key uses: once the revocation answered, every use is 401 and the key row is gone', async () => {
      const user = await addTestUser(t, 'revoker');
      const browser = await signedIn('revoker');
      const key = await createApiKey(browser, { name: 'raced harder' });
      const use = (i: number) => requestWithApiKey(t, key, { address: `198.51.100.${(i % 250) + 1}` });
      const firstHalf = Array.from({ length: 25 }, (_, i) => use(i));
      const revocation = browser.request('DELETE', `/api/me/api-keys/${key.api_key}`);
      const secondHalf = Array.from({ length: 25 }, (_, i) => use(25 + i));
      const revoked = await revocation;
      assert.equal(revoked.statusCode, 204, revoked.body);
      const later = await Promise.all(Array.from({ length: 20 }, (_, i) => use(50 + i)));
      const inFlight = await Promise.all([...firstHalf, ...secondHalf]);
      assert.ok(inFlight.every((a) => a.statusCode === 200 || (a.statusCode === 401 && errorTypeOf(a) === 'invalid_credentials')), statuses(inFlight));
      assert.deepEqual(later.map((a) => a.statusCode), Array(20).fill(401), 'every use after the revocation answered');
      // A late "last used" write must not bring the key back.
      await new Promise((resolve) => setTimeout(resolve, 100));
      assert.equal(await countRows(t.database.url, 'select count(*) as n from api_keys where id = ? or user_id = ?', [key.api_key, user.id]), 0);
      assert.equal((await use(99)).statusCode, 401);
    });

    test('two verifications of one enrollment with two different valid codes: one set of recovery codes wins, and Finish installs that set', async () => {
      const user = await addTestUser(t, 'double.verifier');
      const browser = await signedIn('double.verifier');
      const started = await browser.request('POST', '/api/me/mfa/enrollment', { method: 'totp' });
      const app = new Authenticator(started.json().secret);
      const now = t.clock.now();
      const codes = [app.codeAt(now), app.codeAt(now, 1)];
      assert.notEqual(codes[0], codes[1]);
      const answers = await Promise.all(codes.map((code) => browser.request('POST', '/api/me/mfa/enrollment/verify', { code })));
      const winners = answers.filter((a) => a.statusCode === 200);
      assert.equal(winners.length, 1, `one verification wins: ${statuses(answers)}`);
      const loser = answers.find((a) => a.statusCode !== 200)!;
      // The loser finds the enrollment verified already, or its code's step at or before the one the
      // winner's code spent (each step is accepted once per authenticator, at verification too).
      assert.ok(['enrollment_not_found', 'invalid_credentials'].includes(errorTypeOf(loser) ?? ''), statuses(answers));
      const winningCodes = winners[0]!.json().recovery_codes as string[];

      const finished = await browser.request('POST', '/api/me/mfa/enrollment/finish');
      assert.equal(finished.statusCode, 200, finished.body);
      const stored = await storedFactor(user.id);
      assert.deepEqual(stored.codeHashes, hashesOf(winningCodes), 'Finish installs exactly the set the winner was shown');

      // The winner's codes work; a code of a losing set (had one been shown) would not be stored.
      const signIn = new Browser(t.app, '192.0.2.11');
      assert.equal((await signIn.signIn('double.verifier', passwordOf('double.verifier'))).json().state, 'awaiting_second_factor');
      const used = await signIn.request('POST', '/api/session/second-factor', { method: 'recovery_code', code: winningCodes[4]! });
      assert.equal(used.statusCode, 200, used.body);
    });

    test('two password changes at once by one user in two sessions: the final password is one of the two, and the other session ends', async () => {
      for (let round = 1; round <= 8; round++) {
        const username = `changer.${round}`;
        await addTestUser(t, username);
        const first = await signedIn(username, '192.0.2.21');
        const second = await signedIn(username, '192.0.2.22');
        const passwords = [`the first new password, round ${round}`, `the second new password, round ${round}`];
        const browsers = [first, second];
        const answers = await Promise.all(
          browsers.map((b, i) => b.request('PUT', '/api/me/password', { current_password: passwordOf(username), new_password: passwords[i] })),
        );
        for (const answer of answers) assert.ok([200, 401].includes(answer.statusCode), statuses(answers));
        assert.ok(answers.some((a) => a.statusCode === 200), statuses(answers));

        const works = [];
        for (const password of [passwordOf(username), ...passwords]) {
          const answer = await new Browser(t.app, '192.0.2.23').signIn(username, password);
          works.push(answer.statusCode === 200);
        }
        assert.equal(works[0], false, `round ${round}: the old password is retired`);
        assert.equal(works.filter(Boolean).length, 1, `round ${round}: exactly one of the two new passwords is the password (${statuses(answers)})`);
        const winner = works[1] ? 0 : 1;
        const loser = 1 - winner;
        // The loser's session (its old cookie, or a renewed one its change was answered with)
        // belongs to a password change that did not stick: it must be over.
        const loserMe = await browsers[loser]!.request('GET', '/api/me');
        assert.equal(loserMe.statusCode, 401, `round ${round}: the session whose password lost still works (answers ${statuses(answers)}; winner ${winner + 1})`);
      }
    });

    test('ten concurrent Basic requests with the right password (a REST client, cold credential cache) all succeed: correct attempts are not failures', async () => {
      await addTestUser(t, 'parallel.client');
      const answers = await Promise.all(
        Array.from({ length: 10 }, () => t.app.inject({ method: 'GET', url: '/api/me', remoteAddress: '198.51.100.77', headers: { authorization: basic('parallel.client', passwordOf('parallel.client')) } })),
      );
      assert.deepEqual(answers.map((a) => a.statusCode), Array(10).fill(200), statuses(answers));
    });

    test('the two remaining admins disable each other at once: one succeeds, the other gets last_admin', async () => {
      const second = await addTestUser(t, 'admin.two', { role: 'admin' });
      const third = await addTestUser(t, 'admin.three', { role: 'admin' });
      const asUser = (username: string, method: 'PATCH', url: string, payload: unknown) =>
        t.app.inject({ method, url, remoteAddress: '192.0.2.50', headers: { authorization: basic(username, passwordOf(username)) }, payload: payload as Record<string, unknown> });
      // Leave admin.two and admin.three as the only enabled admins.
      const sidelined = await asUser('admin.two', 'PATCH', `/api/users/${t.admin.id}`, { disabled: true });
      assert.equal(sidelined.statusCode, 200, sidelined.body);
      try {
        const answers = await Promise.all([
          asUser('admin.two', 'PATCH', `/api/users/${third.id}`, { disabled: true }),
          asUser('admin.three', 'PATCH', `/api/users/${second.id}`, { disabled: true }),
        ]);
        assert.equal(answers.filter((a) => a.statusCode === 200).length, 1, statuses(answers));
        const loser = answers.find((a) => a.statusCode !== 200)!;
        // The loser's request may also meet its own account already disabled at authentication.
        assert.ok(errorTypeOf(loser) === 'last_admin' || errorTypeOf(loser) === 'invalid_credentials', statuses(answers));
        const enabledAdmins = await countRows(t.database.url, "select count(*) as n from users where role = 'admin' and disabled_at is null");
        assert.equal(enabledAdmins, 1, 'exactly one enabled admin is left');
      } finally {
        // Put the admins back for whatever runs next on this database.
        for (const user of [t.admin, second, third]) await t.ctx.store.updateUser(user.id, { disabled: false }, t.clock.now());
      }
    });
  });
}
