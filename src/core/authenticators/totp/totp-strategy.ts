// Authenticator apps (RFC 6238; SPEC 2.3, 2.4): a 20-byte secret shown as Base32 and a QR code of
// its otpauth URI; codes of the current step ±1, each step accepted once per app, on every instance.
import type { CoreContext } from '../../context.js';
import { UnreadableSecretError } from '../../crypto/unreadable-secret.js';
import { buildTotpKeyUri } from '../../totp/key-uri.js';
import { encodeBase32, generateTotpSecret } from '../../totp/totp-secret.js';
import { verifyTotpCode } from '../../totp/totp-verification.js';
import type { AuthenticatorStrategy, CodeVerdict } from '../strategy.js';
import { decryptTotpSecret, encryptTotpSecret } from './totp-secret-storage.js';

/** Up to 5 apps per user (a phone and a backup phone, and then some). */
export const MAX_TOTP_AUTHENTICATORS = 5;

/** The app's key and replay guard; throws when the server holds no key that decrypts it (a rotation while it ran). */
async function readSecret(ctx: CoreContext, authenticatorId: string): Promise<{ key: Uint8Array; lastUsedStep: number } | null> {
  const stored = await ctx.store.findTotpSecret(authenticatorId);
  if (!stored) return null;
  const key = decryptTotpSecret(ctx, stored.userId, stored.secretCiphertext);
  if (!key) throw new UnreadableSecretError('totp_secret', stored.userId);
  return { key, lastUsedStep: stored.lastUsedStep };
}

async function checkCode(ctx: CoreContext, authenticatorId: string, code: string): Promise<CodeVerdict> {
  const stored = await readSecret(ctx, authenticatorId);
  if (!stored) return 'wrong_code';
  const { key } = stored;
  const verdict = verifyTotpCode({ key, code, nowInMilliseconds: ctx.clock.now(), lastAcceptedStep: BigInt(stored.lastUsedStep) });
  if (!verdict.ok) return verdict.reason === 'replayed' ? 'replayed' : 'wrong_code';
  // The atomic step: if another request (or instance) accepted this step first, this one is a replay.
  return (await ctx.store.acceptTotpStep(authenticatorId, Number(verdict.step))) ? 'ok' : 'replayed';
}

export const totpStrategy: AuthenticatorStrategy = {
  kind: 'totp',
  maxPerUser: MAX_TOTP_AUTHENTICATORS,
  defaultName: 'Authenticator app',
  usesAccountEmail: false,
  throttleFactor: 'totp',
  whyUnavailable: () => null,

  async assertReadable(ctx, authenticatorId) {
    await readSecret(ctx, authenticatorId);
  },

  async beginAdding(ctx, { user, pending }) {
    const secretBytes = generateTotpSecret();
    const started = await ctx.store.startAddingAuthenticator(pending, { totpSecretCiphertext: encryptTotpSecret(ctx, user.id, secretBytes) }, MAX_TOTP_AUTHENTICATORS);
    if (!started.ok) return started;
    const secret = encodeBase32(secretBytes);
    const otpauthUri = buildTotpKeyUri({ issuer: ctx.settings.issuer, accountName: user.username, secretBase32: secret });
    // Loaded on first use: enrollments are rare, a server's memory is not.
    const { default: QRCode } = await import('qrcode');
    const qrCodePng = await QRCode.toDataURL(otpauthUri, { errorCorrectionLevel: 'M', margin: 2, width: 240 });
    return { ok: true, setup: { secret, otpauthUri, qrCodePng } };
  },

  // The first code is accepted like any later one: its step becomes the app's replay guard.
  verifyAdding: async (ctx, { pending, answer }) => ('code' in answer ? checkCode(ctx, pending.id, answer.code) : 'wrong_code'),

  verifyChallenge: async (ctx, { authenticator, answer }) => ('code' in answer ? checkCode(ctx, authenticator.id, answer.code) : 'wrong_code'),
};
