// The server key (32 bytes, kept outside the database) and the subkeys derived from it with
// HKDF-SHA-256 (RFC 5869), one per purpose, so no two uses ever share a key.
// Encrypt what must be read back (TOTP secrets, the SMTP password): AES-256-GCM.
// Hash what is only compared (recovery and e-mail codes): HMAC-SHA-256.
// Sign audit checkpoints: Ed25519 from a seed derived from the MAC root (see auditSigner).
import { createCipheriv, createDecipheriv, createHash, createHmac, hash, hkdfSync, randomBytes } from 'node:crypto';
import { type CheckpointSigner, createCheckpointSigner } from '../audit/checkpoints.js';

export type MacPurpose = 'recovery-code' | 'email-code' | 'webauthn-user-handle';

export interface ServerKeys {
  /** A short public fingerprint of the key, stored beside ciphertexts to tell keys apart. */
  readonly keyId: string;
  /** Whether this ciphertext was made with the current key (else a rotation has not reached it yet). */
  isCurrent(ciphertext: string): boolean;
  encrypt(plaintext: Uint8Array, context: string): string;
  /** Returns null when the ciphertext was not made by this key for this context. */
  decrypt(ciphertext: string, context: string): Uint8Array | null;
  mac(purpose: MacPurpose, data: string): string;
  /** Signs audit checkpoints; its public key is printed by `gatehouse audit public-key`. */
  readonly auditSigner: CheckpointSigner;
}

const VERSION = 'v1';

const derive = (root: Uint8Array, info: string) => Buffer.from(hkdfSync('sha256', root, Buffer.alloc(0), `gatehouse/${info}`, 32));
const keyIdOf = (root: Uint8Array) => createHash('sha256').update(root).digest('hex').slice(0, 8);

/**
 * `masterKey` encrypts; `previousKeys` still decrypt what they encrypted (during a rotation, picked
 * by the key id in each ciphertext); `macRoot` keys the hashes (default: the master key).
 */
export function createServerKeys(masterKey: Uint8Array, options: { previousKeys?: Uint8Array[]; macRoot?: Uint8Array } = {}): ServerKeys {
  for (const key of [masterKey, ...(options.previousKeys ?? []), ...(options.macRoot ? [options.macRoot] : [])]) {
    if (key.length !== 32) throw new TypeError('Server keys must be exactly 32 bytes');
  }
  const encryptionKey = derive(masterKey, 'encryption');
  const keyId = keyIdOf(masterKey);
  const decryptionKeys = new Map<string, Buffer>([[keyId, encryptionKey], ...(options.previousKeys ?? []).map((k) => [keyIdOf(k), derive(k, 'encryption')] as [string, Buffer])]);
  const macRoot = options.macRoot ?? masterKey;
  const macKeys = new Map<MacPurpose, Buffer>(
    (['recovery-code', 'email-code', 'webauthn-user-handle'] as const).map((purpose) => [purpose, derive(macRoot, `mac/${purpose}`)]),
  );

  // From the MAC root, which outlives key rotations: checkpoints signed before a rotation still
  // verify with the one public key the operator keeps.
  const auditSigner = createCheckpointSigner(derive(macRoot, 'audit/checkpoint-signing'));

  return {
    keyId,
    auditSigner,
    encrypt(plaintext, context) {
      const iv = randomBytes(12);
      const cipher = createCipheriv('aes-256-gcm', encryptionKey, iv);
      // The context (e.g. "totp:<user id>") is authenticated, so a ciphertext cannot be moved to another row.
      cipher.setAAD(Buffer.from(context));
      const body = Buffer.concat([cipher.update(plaintext), cipher.final()]);
      return `${VERSION}.${keyId}.${Buffer.concat([iv, body, cipher.getAuthTag()]).toString('base64url')}`;
    },
    decrypt(ciphertext, context) {
      const [version, id, payload] = ciphertext.split('.');
      const key = id === undefined ? undefined : decryptionKeys.get(id);
      if (version !== VERSION || key === undefined || payload === undefined) return null;
      const bytes = Buffer.from(payload, 'base64url');
      if (bytes.length < 28) return null;
      try {
        const decipher = createDecipheriv('aes-256-gcm', key, bytes.subarray(0, 12));
        decipher.setAAD(Buffer.from(context));
        decipher.setAuthTag(bytes.subarray(bytes.length - 16));
        return new Uint8Array(Buffer.concat([decipher.update(bytes.subarray(12, bytes.length - 16)), decipher.final()]));
      } catch {
        return null;
      }
    },
    isCurrent(ciphertext) {
      return ciphertext.split('.')[1] === keyId;
    },
    mac(purpose, data) {
      const key = macKeys.get(purpose);
      if (!key) throw new TypeError(`Unknown MAC purpose ${purpose}`);
      return createHmac('sha256', key).update(data).digest('base64url');
    },
  };
}

/** SHA-256 of a high-entropy token (session ids, API tokens): enough at ≥ 112 bits (NIST 800-63B §5.1.2.2). */
export function hashToken(token: string): string {
  return hash('sha256', token, 'base64url');
}

/** An opaque random token of `bytes` bytes, Base64url. 32 bytes = 256 bits. */
export function generateToken(bytes = 32): string {
  return randomBytes(bytes).toString('base64url');
}
