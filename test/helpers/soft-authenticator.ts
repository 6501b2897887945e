// A software WebAuthn authenticator for HTTP tests, with no browser (W3C WebAuthn L3 §6.1, §6.5,
// §8.7): a P-256 key from node:crypto, authenticator data and client data built by hand, a COSE key
// and a "none" attestation object in a few lines of CBOR, signatures over authData ‖ SHA-256(clientData).
// It answers the options the server sends as a browser would, and can be told to lie: another
// origin, another RP ID, no user verification, a counter of its choosing, a flag set or not.
import { createHash, generateKeyPairSync, type KeyObject, randomBytes, sign } from 'node:crypto';

// Flags of authenticator data (§6.1): user present, user verified, backup eligible, backup state, attested credential data.
const UP = 0x01;
const UV = 0x04;
const BE = 0x08;
const BS = 0x10;
const AT = 0x40;

/** Just enough CBOR (RFC 8949) for a COSE key and an attestation object: integers, byte and text strings, maps. */
function cbor(value: unknown): Buffer {
  const head = (major: number, length: number): Buffer => {
    if (length < 24) return Buffer.from([(major << 5) | length]);
    if (length < 256) return Buffer.from([(major << 5) | 24, length]);
    const b = Buffer.alloc(3);
    b[0] = (major << 5) | 25;
    b.writeUInt16BE(length, 1);
    return b;
  };
  if (typeof value === 'number') return value >= 0 ? head(0, value) : head(1, -1 - value);
  if (Buffer.isBuffer(value)) return Buffer.concat([head(2, value.length), value]);
  if (typeof value === 'string') return Buffer.concat([head(3, Buffer.byteLength(value)), Buffer.from(value)]);
  if (value instanceof Map) return Buffer.concat([head(5, value.size), ...[...value].flatMap(([k, v]) => [cbor(k), cbor(v)])]);
  throw new TypeError(`cannot encode ${typeof value}`);
}

const b64url = (bytes: Buffer) => bytes.toString('base64url');
const sha256 = (data: Buffer | string) => createHash('sha256').update(data).digest();

export interface SoftAuthenticatorOptions {
  /** A passkey: a discoverable credential that verifies its user (credProps.rk and the UV flag). */
  passkey?: boolean;
  /** A synced passkey sets backup eligibility and state; a hardware key neither. */
  synced?: boolean;
  /** The counter of the first signature; each later one adds `counterStep` (0: a counter that stays). */
  counter?: number;
  counterStep?: number;
  transports?: string[];
}

/** What a response may be told to get wrong. */
export interface Lies {
  origin?: string;
  rpId?: string;
  userVerified?: boolean;
  counter?: number;
  challenge?: string;
  type?: string;
  /** Sign with another key than the registered one. */
  forgeSignature?: boolean;
}

interface CreationOptions {
  challenge: string;
  rp: { id?: string };
  excludeCredentials?: { id: string }[];
}
interface RequestOptions {
  challenge: string;
  rpId?: string;
  allowCredentials?: { id: string }[];
  userVerification?: string;
}

export class SoftAuthenticator {
  readonly credentialId = randomBytes(32);
  private readonly privateKey: KeyObject;
  private readonly publicKey: KeyObject;
  counter: number;
  private readonly counterStep: number;

  constructor(
    readonly origin: string,
    readonly options: SoftAuthenticatorOptions = {},
  ) {
    const pair = generateKeyPairSync('ec', { namedCurve: 'P-256' });
    this.privateKey = pair.privateKey;
    this.publicKey = pair.publicKey;
    this.counter = options.counter ?? 0;
    this.counterStep = options.counterStep ?? 1;
  }

  get id(): string {
    return b64url(this.credentialId);
  }

  private flags(userVerified: boolean, extra = 0): number {
    return UP | (userVerified ? UV : 0) | (this.options.synced ? BE | BS : 0) | extra;
  }

  private authData(rpId: string, flags: number, counter: number, attested?: Buffer): Buffer {
    const count = Buffer.alloc(4);
    count.writeUInt32BE(counter);
    return Buffer.concat([sha256(rpId), Buffer.from([flags]), count, ...(attested ? [attested] : [])]);
  }

  private clientData(type: string, challenge: string, origin: string): Buffer {
    return Buffer.from(JSON.stringify({ type, challenge, origin, crossOrigin: false }));
  }

  /** The COSE_Key of the public key (RFC 9053 §7.1.1: kty EC2, alg ES256, crv P-256, x, y). */
  private coseKey(): Buffer {
    const jwk = this.publicKey.export({ format: 'jwk' });
    return cbor(
      new Map<number, unknown>([
        [1, 2],
        [3, -7],
        [-1, 1],
        [-2, Buffer.from(jwk.x!, 'base64url')],
        [-3, Buffer.from(jwk.y!, 'base64url')],
      ]),
    );
  }

  /** navigator.credentials.create, as @simplewebauthn/browser's startRegistration returns it. */
  register(options: CreationOptions, lies: Lies = {}) {
    const rpId = lies.rpId ?? options.rp.id!;
    const idLength = Buffer.alloc(2);
    idLength.writeUInt16BE(this.credentialId.length);
    const attested = Buffer.concat([Buffer.alloc(16), idLength, this.credentialId, this.coseKey()]);
    const userVerified = lies.userVerified ?? this.options.passkey === true;
    const authData = this.authData(rpId, this.flags(userVerified, AT), lies.counter ?? this.counter, attested);
    const attestationObject = cbor(new Map<string, unknown>([['fmt', 'none'], ['attStmt', new Map()], ['authData', authData]]));
    const clientDataJSON = this.clientData(lies.type ?? 'webauthn.create', lies.challenge ?? options.challenge, lies.origin ?? this.origin);
    return {
      id: this.id,
      rawId: this.id,
      type: 'public-key',
      response: {
        clientDataJSON: b64url(clientDataJSON),
        attestationObject: b64url(attestationObject),
        transports: this.options.transports ?? (this.options.passkey ? ['internal', 'hybrid'] : ['usb']),
      },
      clientExtensionResults: { credProps: { rk: this.options.passkey === true } },
      authenticatorAttachment: this.options.passkey ? 'platform' : 'cross-platform',
    };
  }

  /** navigator.credentials.get, as startAuthentication returns it. Each signature moves the counter on. */
  assert(options: RequestOptions, lies: Lies = {}) {
    const rpId = lies.rpId ?? options.rpId!;
    this.counter += this.counterStep;
    const userVerified = lies.userVerified ?? this.options.passkey === true;
    const authData = this.authData(rpId, this.flags(userVerified), lies.counter ?? this.counter);
    const clientDataJSON = this.clientData(lies.type ?? 'webauthn.get', lies.challenge ?? options.challenge, lies.origin ?? this.origin);
    const key = lies.forgeSignature ? generateKeyPairSync('ec', { namedCurve: 'P-256' }).privateKey : this.privateKey;
    const signature = sign('sha256', Buffer.concat([authData, sha256(clientDataJSON)]), key);
    return {
      id: this.id,
      rawId: this.id,
      type: 'public-key',
      response: {
        clientDataJSON: b64url(clientDataJSON),
        authenticatorData: b64url(authData),
        signature: b64url(signature),
        ...(this.options.passkey && { userHandle: b64url(randomBytes(32)) }),
      },
      clientExtensionResults: {},
      authenticatorAttachment: this.options.passkey ? 'platform' : 'cross-platform',
    };
  }
}
