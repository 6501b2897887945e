// Which authenticator a second-factor code is for (SPEC §2.12). At sign-in the user picks one (the
// step opens on the one used last); an older client names a kind (`method`), meaning the most
// recently used authenticator of that kind. Authenticators of a kind the administrator no longer
// allows are offered only when the user has no allowed one (they sign in with it one last time and
// must then add an allowed one).
import type { CoreContext } from '../context.js';
import type { AuthenticationPolicy } from '../policy/authentication-policy.js';
import { normalizeRecoveryCode } from '../recovery-codes/recovery-codes.js';
import type { User } from '../users/user.js';
import type { Authenticator, AuthenticatorKind } from './authenticator.js';
import type { SecondFactorTarget } from './second-factor-check.js';
import type { ChallengeAnswer } from './strategy.js';
import { credentialIdOf } from './webauthn/webauthn-response.js';

/** The authenticators a sign-in may use, the most recently used first. */
export async function offeredAuthenticators(ctx: CoreContext, user: User, policy: AuthenticationPolicy): Promise<Authenticator[]> {
  const all = await ctx.store.listAuthenticators(user.id);
  const allowed = all.filter((a) => policy.allowedMethods.includes(a.kind));
  return allowed.length > 0 ? allowed : all;
}

/** `credentialId`: a security key's signed response names its credential, hence its authenticator. */
export type SecondFactorChoice = { authenticatorId: string } | { method: AuthenticatorKind | 'recovery_code' } | { credentialId: string };

/** The chosen target among the offered authenticators, or null when the choice names none of them. */
export async function chooseTarget(ctx: CoreContext, offered: readonly Authenticator[], choice: SecondFactorChoice): Promise<SecondFactorTarget | null> {
  if ('credentialId' in choice) {
    const found = await ctx.store.findWebAuthnCredential(choice.credentialId);
    const authenticator = found && offered.find((a) => a.id === found.authenticator.id);
    return authenticator ? { kind: 'authenticator', authenticator } : null;
  }
  if ('authenticatorId' in choice) {
    const authenticator = offered.find((a) => a.id === choice.authenticatorId);
    return authenticator ? { kind: 'authenticator', authenticator } : null;
  }
  if (choice.method === 'recovery_code') return { kind: 'recovery_code' };
  const authenticator = offered.find((a) => a.kind === choice.method);
  return authenticator ? { kind: 'authenticator', authenticator } : null;
}

/**
 * A step-up answer: a signed response names its credential; a code is a recovery code by its shape,
 * else from the authenticator named, or without one the user's most recently used authenticator
 * (clients with several should name it).
 */
export async function chooseStepUpTarget(ctx: CoreContext, authenticators: readonly Authenticator[], answer: ChallengeAnswer, authenticatorId: string | undefined): Promise<SecondFactorTarget | null> {
  if ('response' in answer) {
    const credentialId = credentialIdOf(answer.response);
    return credentialId === null ? null : chooseTarget(ctx, authenticators, { credentialId });
  }
  if (normalizeRecoveryCode(answer.code) !== null) return { kind: 'recovery_code' };
  if (authenticatorId !== undefined) return chooseTarget(ctx, authenticators, { authenticatorId });
  const latest = authenticators[0];
  return latest ? { kind: 'authenticator', authenticator: latest } : null;
}
