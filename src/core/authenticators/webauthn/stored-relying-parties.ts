// A credential works only for the RP ID it was registered for: changing GATEHOUSE_PUBLIC_URL or
// GATEHOUSE_WEBAUTHN_RP_ID orphans every stored key (Proxmox warns its admins the same way). Start-up
// says so in the log rather than letting users find out at their next sign-in.
import type { CoreContext } from '../../context.js';

export async function warnOfOtherRelyingParties(ctx: CoreContext): Promise<void> {
  const stored = await ctx.store.countWebAuthnCredentialsByRpId();
  const current = ctx.settings.webauthn.relyingParty?.id ?? null;
  for (const { rpId, credentials } of stored) {
    if (rpId === current) continue;
    ctx.log.warn(
      { event: 'webauthn_rp_id_mismatch', storedRpId: rpId, credentials, currentRpId: current },
      `${credentials} stored security key(s) or passkey(s) were registered for the RP ID ${rpId}, but this server ${current === null ? 'has no usable RP ID' : `uses ${current}`}: they cannot be used. Set GATEHOUSE_PUBLIC_URL (or GATEHOUSE_WEBAUTHN_RP_ID) back, or have their owners add new ones.`,
    );
  }
}
