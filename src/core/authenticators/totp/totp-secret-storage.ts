// TOTP secrets at rest: AES-256-GCM under the server key, bound to the user id (the AAD), so a
// ciphertext copied onto another user's row does not decrypt (SPEC 2.4; RFC 6238 §5.1).
import type { CoreContext } from '../../context.js';
import type { ServerKeys } from '../../crypto/server-keys.js';

const context = (userId: string) => `totp-secret:${userId}`;

export function encryptTotpSecret(ctx: CoreContext, userId: string, secret: Uint8Array): string {
  return ctx.keys.encrypt(secret, context(userId));
}

export function decryptTotpSecret(ctx: CoreContext, userId: string, ciphertext: string): Uint8Array | null {
  return ctx.keys.decrypt(ciphertext, context(userId));
}

/** Key rotation: every TOTP secret re-encrypted under `newKeys` (read with the context's keyring). */
export function reencryptTotpSecrets(ctx: CoreContext, newKeys: ServerKeys) {
  return ctx.store.rewrapTotpSecrets((userId, ciphertext) => {
    const secret = decryptTotpSecret(ctx, userId, ciphertext);
    return secret ? newKeys.encrypt(secret, context(userId)) : null;
  });
}
