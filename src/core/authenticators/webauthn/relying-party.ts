// The WebAuthn relying party (W3C WebAuthn L3 §5.1.3, §13.4.9): the RP ID is the host of the public
// URL (or a parent domain of it, GATEHOUSE_WEBAUTHN_RP_ID) and the expected origin is the public
// URL's exact origin. Both come from configuration, never from the request's Host or X-Forwarded-*
// headers, which an untrusted proxy or client sets. Browsers refuse WebAuthn on IP addresses and on
// pages with certificate errors, so a console reached by an IP address, or run without a public URL
// anywhere but on localhost, says why keys are unavailable and what to set.
import { isIP } from 'node:net';

export interface RelyingParty {
  /** The RP ID: a registrable domain the origin's host equals or ends with. */
  id: string;
  /** The one origin assertions must come from: scheme://host[:port]. */
  origin: string;
  /** Shown by some authenticators beside the account name. */
  name: string;
}

/** What the configuration says: the relying party, or why there is none (an IP address in the public URL). */
export type WebAuthnSettings = { relyingParty: RelyingParty } | { relyingParty: null; unavailable: 'public_url_is_ip_address' | 'public_url_required' };

export type WebAuthnUnavailableReason = 'public_url_is_ip_address' | 'public_url_required' | 'reached_by_ip_address';

export type RelyingPartyAvailability = { ok: true; relyingParty: RelyingParty } | { ok: false; reason: 'webauthn_unavailable'; why: WebAuthnUnavailableReason; message: string };

function isIpAddress(hostname: string): boolean {
  return isIP(hostname.replace(/^\[|\]$/g, '')) !== 0;
}

/** From GATEHOUSE_PUBLIC_URL and GATEHOUSE_WEBAUTHN_RP_ID (checked at start-up: the host or a parent domain). */
export function webAuthnSettingsOf(input: { publicUrl: string | undefined; rpId: string | undefined; name: string }): WebAuthnSettings {
  if (input.publicUrl === undefined) return { relyingParty: null, unavailable: 'public_url_required' };
  const url = new URL(input.publicUrl);
  if (isIpAddress(url.hostname)) return { relyingParty: null, unavailable: 'public_url_is_ip_address' };
  return { relyingParty: { id: input.rpId ?? url.hostname.toLowerCase(), origin: url.origin, name: input.name } };
}

const MESSAGES: Record<WebAuthnUnavailableReason, (host: string) => string> = {
  public_url_is_ip_address: () =>
    'Security keys and passkeys are unavailable: GATEHOUSE_PUBLIC_URL names an IP address, and browsers refuse them there. Give the appliance a host name with a trusted certificate and set GATEHOUSE_PUBLIC_URL to it (docs/operations.md).',
  public_url_required: () =>
    'Security keys and passkeys are unavailable: no public URL is set. Set GATEHOUSE_PUBLIC_URL to the https:// address users open (a host name with a trusted certificate), or open the console at http://localhost to try them.',
  reached_by_ip_address: (host) =>
    `Security keys and passkeys are unavailable at an IP address: browsers refuse them there. Open the console at ${host} instead.`,
};

function unavailable(why: WebAuthnUnavailableReason, host = ''): RelyingPartyAvailability {
  return { ok: false, reason: 'webauthn_unavailable', why, message: MESSAGES[why](host) };
}

/**
 * The relying party for a request that reached the console at `requestOrigin` (its own scheme and
 * Host). With a public URL, that URL decides and the request's Host only tells whether the user came
 * by an IP address (then the browser would refuse, so we say why first). Without one, only
 * http(s)://localhost works: the browser itself guarantees no other site can claim that RP ID.
 */
export function relyingPartyFor(settings: WebAuthnSettings, requestOrigin: string | undefined): RelyingPartyAvailability {
  let requested: URL | null = null;
  try {
    requested = requestOrigin === undefined ? null : new URL(requestOrigin);
  } catch {
    requested = null;
  }
  if (settings.relyingParty !== null) {
    if (requested && isIpAddress(requested.hostname) && requested.origin !== settings.relyingParty.origin) return unavailable('reached_by_ip_address', settings.relyingParty.origin);
    return { ok: true, relyingParty: settings.relyingParty };
  }
  if (settings.unavailable === 'public_url_required' && requested && requested.hostname === 'localhost') {
    return { ok: true, relyingParty: { id: 'localhost', origin: requested.origin, name: 'Gatehouse' } };
  }
  return unavailable(settings.unavailable);
}
