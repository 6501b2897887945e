// The administrator's authentication policy (SPEC 2.7): allowed methods (the app always) and MFA
// enforcement. Turning enforcement on needs an admin who has MFA (no admin locks themself out);
// turning it off needs their password and a current code. Every change shows its impact first.
// Lowering N of "Don't ask again on this browser for N days" ends trust older than the new N
// (SPEC §2.14); raising it lengthens no trust already granted.
import { auditChange } from '../audit/audit-log.js';
import type { Client, CoreContext } from '../context.js';
import { type ConfirmationFailure, confirmStepUp, type StepUpFields } from '../mfa/mfa-management.js';
import { AUTHENTICATOR_KINDS, isAuthenticatorKind } from '../authenticators/authenticator.js';
import { limitTrustLifetime } from '../trusted-browsers/trusted-browsers.js';
import { hasMfa, type User } from '../users/user.js';
import { AUTHENTICATION_POLICY_KEY, type AuthenticationPolicy, mustEnroll, readAuthenticationPolicy } from './authentication-policy.js';

export interface PolicyImpact {
  /** Enabled users who would have to enroll at their next sign-in. */
  usersToEnroll: number;
  /** Of those, users whose enrolled method would no longer be allowed. */
  usersWithDisallowedMethod: number;
  /** Whether the administrator making the change is among them. */
  includesYou: boolean;
}

export async function previewPolicy(ctx: CoreContext, actor: User, policy: AuthenticationPolicy): Promise<PolicyImpact> {
  const users = (await ctx.store.listUsers()).filter((u) => u.disabledAt === null);
  const affected = users.filter((u) => mustEnroll(u, policy));
  return {
    usersToEnroll: affected.length,
    usersWithDisallowedMethod: affected.filter(hasMfa).length,
    includesYou: affected.some((u) => u.id === actor.id),
  };
}

/** A change of policy: N of trusted browsers stays as it is when not given. */
export type PolicyChange = Omit<AuthenticationPolicy, 'trustedBrowserDays'> & { trustedBrowserDays?: number };

export function normalizePolicy(input: { allowedMethods: string[]; enforceMfa: boolean; requireWebAuthnForAdmins: boolean; allowPasswordless: boolean; trustedBrowserDays?: number }): PolicyChange | null {
  const allowed = AUTHENTICATOR_KINDS.filter((m) => input.allowedMethods.includes(m));
  if (!allowed.includes('totp') || !input.allowedMethods.every(isAuthenticatorKind)) return null;
  return {
    allowedMethods: allowed,
    enforceMfa: input.enforceMfa,
    requireWebAuthnForAdmins: input.requireWebAuthnForAdmins && allowed.includes('webauthn'),
    allowPasswordless: input.allowPasswordless,
    ...(input.trustedBrowserDays !== undefined && { trustedBrowserDays: input.trustedBrowserDays }),
  };
}

/** The policy a change makes of the current one. */
export function applyPolicyChange(current: AuthenticationPolicy, change: PolicyChange): AuthenticationPolicy {
  const { trustedBrowserDays, ...rest } = change;
  return { ...rest, trustedBrowserDays: trustedBrowserDays ?? current.trustedBrowserDays };
}

export type ChangePolicyResult =
  | { ok: true; policy: AuthenticationPolicy; impact: PolicyImpact }
  | { ok: false; reason: 'admin_mfa_required' | 'admin_webauthn_required' | 'reauthentication_required' }
  | ConfirmationFailure;

export async function changeAuthenticationPolicy(
  ctx: CoreContext,
  input: { actor: User; policy: PolicyChange; proof: StepUpFields; client: Client },
): Promise<ChangePolicyResult> {
  const { actor, client } = input;
  const current = await readAuthenticationPolicy(ctx.store);
  const policy = applyPolicyChange(current, input.policy);
  if (policy.enforceMfa && !current.enforceMfa && mustEnroll(actor, policy)) {
    return { ok: false, reason: 'admin_mfa_required' };
  }
  // Like enforcement: only an administrator who has a security key or passkey may require them.
  if (policy.requireWebAuthnForAdmins && !current.requireWebAuthnForAdmins && !actor.mfaKinds.includes('webauthn')) {
    return { ok: false, reason: 'admin_webauthn_required' };
  }
  // Weakening the policy (enforcement off, keys no longer required of admins) needs the step-up.
  if ((!policy.enforceMfa && current.enforceMfa) || (!policy.requireWebAuthnForAdmins && current.requireWebAuthnForAdmins)) {
    const confirmed = await confirmStepUp(ctx, actor, input.proof, client);
    if (!confirmed.ok) return confirmed;
  }
  const impact = await previewPolicy(ctx, actor, policy);
  const recorded = auditChange(ctx, () => ({
    type: 'policy_changed',
    outcome: 'success',
    actor,
    client,
    details: { before: current, after: policy, users_to_enroll: impact.usersToEnroll },
  }));
  await ctx.store.writeSetting(AUTHENTICATION_POLICY_KEY, policy, ctx.clock.now(), recorded.audit);
  recorded.announce();
  // Trust is also checked against the current N at each use, so this only makes the lists honest
  // (and audits the revocation) at once, on every instance.
  if (policy.trustedBrowserDays < current.trustedBrowserDays) await limitTrustLifetime(ctx, { user: actor, client }, policy.trustedBrowserDays);
  return { ok: true, policy, impact };
}
