// Gives a user an active authenticator through the store, as a finished enrollment leaves it: for
// tests that need a user with MFA but are not about enrolling.
import { randomUUID } from 'node:crypto';
import type { AuthenticatorKind } from '../../src/core/authenticators/authenticator.js';
import type { Store } from '../../src/core/ports.js';

export async function addActiveAuthenticator(store: Store, userId: string, kind: AuthenticatorKind, at: number, totpSecretCiphertext = 'not read by this test'): Promise<string> {
  const id = randomUUID();
  const pending = { id, userId, kind, name: kind === 'email' ? 'E-mail' : 'Authenticator app', createdAt: at, purpose: 'addition' as const, boundTo: 'session:test', expiresAt: at + 60_000 };
  const started = await store.startAddingAuthenticator(pending, kind === 'totp' ? { totpSecretCiphertext } : {}, 5);
  if (!started.ok) throw new Error(`could not add a ${kind} authenticator: ${started.reason}`);
  const activated = await store.activateAuthenticator(id, at, {}, { replaceOthers: false, maxOfKind: 5 });
  if (!activated.ok) throw new Error(`could not activate a ${kind} authenticator: ${activated.reason}`);
  return id;
}
