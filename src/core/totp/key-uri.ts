// Google Authenticator "Key Uri Format": otpauth://totp/ISSUER:ACCOUNT?secret=…&issuer=…
// The issuer parameter equals the label prefix; the secret is unpadded Base32 (RFC 3548 §2.2).
// Always SHA1, 6 digits, 30 s: many apps ignore other values and show wrong codes.

export interface TotpKeyUriInput {
  issuer: string;
  accountName: string;
  secretBase32: string;
}

export function buildTotpKeyUri({ issuer, accountName, secretBase32 }: TotpKeyUriInput): string {
  if (issuer.length === 0 || accountName.length === 0) throw new TypeError('Issuer and account name must not be empty');
  if (!/^[A-Z2-7]+$/.test(secretBase32)) throw new TypeError('The secret must be upper-case Base32 without padding');
  // Why encodeURIComponent: a space becomes %20 (never +) and a colon becomes %3A, so neither
  // the issuer nor the account name can add a second separator to the label.
  const encodedIssuer = encodeURIComponent(issuer);
  const label = `${encodedIssuer}:${encodeURIComponent(accountName)}`;
  return `otpauth://totp/${label}?secret=${secretBase32}&issuer=${encodedIssuer}&algorithm=SHA1&digits=6&period=30`;
}
