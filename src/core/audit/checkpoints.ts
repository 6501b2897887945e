// Signed checkpoints of the audit chain (SPEC 2.15), modelled on C2SP tlog-checkpoint: a short text
// note {origin, number, sequence, head hash, time}, signed with Ed25519 (RFC 8032). The signing key
// is derived from the server key (outside the database), so whoever can edit the database can
// rewrite events but not the checkpoints that covered them.
import { createHash, createPrivateKey, createPublicKey, type KeyObject, sign, verify } from 'node:crypto';

export interface Checkpoint {
  /** 1, 2, 3, …: retention deletes the oldest, never renumbers. */
  number: number;
  origin: string;
  /** The sequence number of the last event it covers. */
  sequence: number;
  /** The chain hash of that event. */
  hash: string;
  at: number;
  keyId: string;
  /** Ed25519 over checkpointNote(...), Base64. */
  signature: string;
}

/** The signed text. Every field is on its own line, so no value can pose as another. */
export function checkpointNote(c: Pick<Checkpoint, 'origin' | 'number' | 'sequence' | 'hash' | 'at'>): string {
  return `gatehouse audit checkpoint v1\norigin ${c.origin}\nnumber ${c.number}\nsequence ${c.sequence}\nhash ${c.hash}\ntime ${new Date(c.at).toISOString()}\n`;
}

export interface CheckpointSigner {
  readonly keyId: string;
  /** The public key, SPKI PEM (what `gatehouse audit public-key` prints). */
  readonly publicKeyPem: string;
  sign(note: string): string;
}

export interface CheckpointVerifier {
  readonly keyId: string;
  verify(note: string, signature: string): boolean;
}

// RFC 8410: the PKCS #8 wrapping of a raw 32-byte Ed25519 private key (the seed).
const PKCS8_ED25519_PREFIX = Buffer.from('302e020100300506032b657004220420', 'hex');

/** The signer for a 32-byte seed (an HKDF subkey of the server key). */
export function createCheckpointSigner(seed: Uint8Array): CheckpointSigner {
  if (seed.length !== 32) throw new TypeError('an Ed25519 seed is 32 bytes');
  const privateKey = createPrivateKey({ key: Buffer.concat([PKCS8_ED25519_PREFIX, seed]), format: 'der', type: 'pkcs8' });
  const publicKey = createPublicKey(privateKey);
  return {
    keyId: keyIdOf(publicKey),
    publicKeyPem: publicKey.export({ format: 'pem', type: 'spki' }).toString(),
    sign: (note) => sign(null, Buffer.from(note, 'utf8'), privateKey).toString('base64'),
  };
}

/** A verifier from a public key in PEM (a file kept apart from the host, say). */
export function createCheckpointVerifier(publicKeyPem: string): CheckpointVerifier {
  const publicKey = createPublicKey(publicKeyPem);
  if (publicKey.asymmetricKeyType !== 'ed25519') throw new TypeError('the audit public key must be an Ed25519 key');
  return {
    keyId: keyIdOf(publicKey),
    verify: (note, signature) => {
      const bytes = Buffer.from(signature, 'base64');
      return bytes.length === 64 && verify(null, Buffer.from(note, 'utf8'), publicKey, bytes);
    },
  };
}

/** The first 16 hex digits of SHA-256 of the raw public key: names the key in checkpoints. */
function keyIdOf(publicKey: KeyObject): string {
  const raw = publicKey.export({ format: 'der', type: 'spki' }).subarray(-32);
  return createHash('sha256').update(raw).digest('hex').slice(0, 16);
}
