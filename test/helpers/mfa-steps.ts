// The enrollment walk, as a browser does it, shared by the MFA tests.
import assert from 'node:assert/strict';
import { Authenticator } from './authenticator.js';
import type { Browser, TestApp } from './test-app.js';

export interface EnrolledTotp {
  authenticator: Authenticator;
  secret: string;
  recoveryCodes: string[];
}

/** Enrolls the signed-in browser's user with the authenticator app, from start to Finish. */
export async function enrollTotp(t: TestApp, browser: Browser): Promise<EnrolledTotp> {
  const started = await browser.request('POST', '/api/me/mfa/enrollment', { method: 'totp' });
  assert.equal(started.statusCode, 200, started.body);
  const { secret } = started.json() as { secret: string };
  const authenticator = new Authenticator(secret);
  const verified = await browser.request('POST', '/api/me/mfa/enrollment/verify', { code: authenticator.codeAt(t.clock.now()) });
  assert.equal(verified.statusCode, 200, verified.body);
  const recoveryCodes = (verified.json() as { recovery_codes: string[] }).recovery_codes;
  const finished = await browser.request('POST', '/api/me/mfa/enrollment/finish');
  assert.equal(finished.statusCode, 200, finished.body);
  // The verification code's step is spent; move to the next step for the next code.
  t.clock.advance(30_000);
  return { authenticator, secret, recoveryCodes };
}
