import assert from 'node:assert/strict';
import { generateKeyPairSync } from 'node:crypto';
import { describe, test } from 'node:test';
import { checkpointNote, createCheckpointSigner, createCheckpointVerifier } from './checkpoints.js';

// RFC 8032 §7.1, TEST 1: the secret key (seed), its public key, and the signature of the empty message.
const SEED = Buffer.from('9d61b19deffd5a60ba844af492ec2cc44449c5697b326919703bac031cae7f60', 'hex');
const PUBLIC = 'd75a980182b10ab7d54bfed3c964073a0ee172f3daa62325af021a68f707511a';
const SIGNATURE =
  'e5564300c360ac729086e2cc806e828a84877f1eb8e5d974d873e065224901555fb8821590a33bacc61e39701cf9b46bd25bf5f0595bbe24655141438e7a100b';

const checkpoint = { origin: 'console.example/audit', number: 3, sequence: 3000, hash: 'ab'.repeat(32), at: Date.UTC(2026, 5, 1, 12) };

describe('audit checkpoints', () => {
  test('are signed with Ed25519 from a 32-byte seed (RFC 8032 test 1)', () => {
    const signer = createCheckpointSigner(SEED);
    assert.equal(Buffer.from(signer.sign(''), 'base64').toString('hex'), SIGNATURE);
    const raw = Buffer.from(signer.publicKeyPem.replace(/-----[A-Z ]+-----|\s/g, ''), 'base64').subarray(-32);
    assert.equal(raw.toString('hex'), PUBLIC);
  });

  test('sign a note with every field on a line of its own', () => {
    assert.equal(
      checkpointNote(checkpoint),
      'gatehouse audit checkpoint v1\norigin console.example/audit\nnumber 3\nsequence 3000\nhash ' + 'ab'.repeat(32) + '\ntime 2026-06-01T12:00:00.000Z\n',
    );
  });

  test('verify with the public key alone, and fail for any other note, key or signature', () => {
    const signer = createCheckpointSigner(SEED);
    const verifier = createCheckpointVerifier(signer.publicKeyPem);
    const note = checkpointNote(checkpoint);
    const signature = signer.sign(note);
    assert.equal(verifier.keyId, signer.keyId);
    assert.ok(verifier.verify(note, signature));
    assert.equal(verifier.verify(checkpointNote({ ...checkpoint, sequence: 3001 }), signature), false);
    assert.equal(verifier.verify(note, createCheckpointSigner(Buffer.alloc(32, 1)).sign(note)), false);
    assert.equal(verifier.verify(note, 'not a signature'), false);
    assert.equal(verifier.verify(note, ''), false);
  });

  test('refuse a public key that is not Ed25519', () => {
    const { publicKey } = generateKeyPairSync('x25519');
    assert.throws(() => createCheckpointVerifier(publicKey.export({ format: 'pem', type: 'spki' }).toString()), /must be an Ed25519 key/);
  });
});
