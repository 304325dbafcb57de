import { createHash, generateKeyPairSync, type KeyObject, randomBytes, sign } from 'node:crypto';
import { toBase64Url } from '@sesame/protocol';
import { isoCBOR } from '@simplewebauthn/server/helpers';

/**
 * A WebAuthn authenticator in node:crypto, for tests (docs/adr/0029 §4): ES256 credentials,
 * `none` and `packed` attestations (self, or full with a given certificate chain), assertions
 * with a sign count — and every field a test may spoil (clientDataJSON's type, challenge and
 * origin, the rpIdHash, the UP/UV flags, the signature, the count). Byte layouts: WebAuthn L3
 * §6.1 (authenticator data), §6.5.4 (attestation object), §8.2 (packed), §5.8.1 (clientData).
 */
export interface SoftwareCredential {
  /** base64url credential id. */
  readonly id: string;
  readonly privateKey: KeyObject;
  readonly publicKey: KeyObject;
  readonly userHandle: string;
  signCount: number;
}

/** Full attestation: the attestation key and its chain (DER, leaf first). */
export interface AttestationKey {
  readonly privateKey: KeyObject;
  readonly x5c: readonly Uint8Array[];
}

/** What a test may spoil or choose in one ceremony. */
export interface CeremonyOverrides {
  readonly type?: string;
  readonly challenge?: string;
  readonly origin?: string;
  readonly rpId?: string;
  readonly userPresent?: boolean;
  readonly userVerified?: boolean;
  readonly backupEligible?: boolean;
  /** The sign count to report (assertions): a cloned key's that went back. */
  readonly signCount?: number;
  /** Flip a bit of the signature. */
  readonly badSignature?: boolean;
  readonly credentialIdBytes?: number;
  /** Register under this credential id (base64url): an id already registered. */
  readonly credentialId?: string;
}

const FLAG_UP = 0x01;
const FLAG_UV = 0x04;
const FLAG_BE = 0x08;
const FLAG_AT = 0x40;

const sha256 = (data: Uint8Array) => new Uint8Array(createHash('sha256').update(data).digest());
const concat = (...parts: Uint8Array[]) => new Uint8Array(Buffer.concat(parts));
const u32 = (n: number) => {
  const b = Buffer.alloc(4);
  b.writeUInt32BE(n);
  return new Uint8Array(b);
};

function clientData(type: string, challenge: string, origin: string): Uint8Array {
  return new TextEncoder().encode(JSON.stringify({ type, challenge, origin, crossOrigin: false }));
}

function flags(o: CeremonyOverrides, extra: number): number {
  return (
    (o.userPresent === false ? 0 : FLAG_UP) |
    (o.userVerified === false ? 0 : FLAG_UV) |
    (o.backupEligible === true ? FLAG_BE : 0) |
    extra
  );
}

/** The COSE_Key of an EC2 P-256 public key, alg ES256 (RFC 9053 §7.1.1). */
function coseKey(publicKey: KeyObject): Uint8Array {
  const jwk = publicKey.export({ format: 'jwk' });
  const key = new Map<number, number | Uint8Array>([
    [1, 2],
    [3, -7],
    [-1, 1],
    [-2, new Uint8Array(Buffer.from(jwk.x!, 'base64url'))],
    [-3, new Uint8Array(Buffer.from(jwk.y!, 'base64url'))],
  ]);
  return isoCBOR.encode(key);
}

function spoil(signature: Uint8Array, bad: boolean | undefined): Uint8Array {
  if (!bad) return signature;
  const copy = new Uint8Array(signature);
  copy[copy.length - 1]! ^= 0x01;
  return copy;
}

export interface SoftwareAuthenticatorOptions {
  readonly rpId: string;
  readonly origin: string;
  /** The model's AAGUID as a UUID; all zeroes by default. */
  readonly aaguid?: string;
}

export function softwareAuthenticator(options: SoftwareAuthenticatorOptions) {
  const aaguid = new Uint8Array(
    Buffer.from((options.aaguid ?? '00000000-0000-0000-0000-000000000000').replace(/-/g, ''), 'hex'),
  );

  /**
   * `navigator.credentials.create()` → a RegistrationResponseJSON. `attestation`: 'none', 'self'
   * (packed, signed by the credential key) or a full attestation key with its chain.
   */
  function register(
    creationOptions: { readonly challenge: string; readonly user: { readonly id: string } },
    attestation: 'none' | 'self' | AttestationKey = 'none',
    o: CeremonyOverrides = {},
  ) {
    const { privateKey, publicKey } = generateKeyPairSync('ec', { namedCurve: 'P-256' });
    const rawId =
      o.credentialId !== undefined
        ? new Uint8Array(Buffer.from(o.credentialId, 'base64url'))
        : new Uint8Array(randomBytes(o.credentialIdBytes ?? 32));
    const credential: SoftwareCredential = {
      id: toBase64Url(rawId),
      privateKey,
      publicKey,
      userHandle: creationOptions.user.id,
      signCount: 0,
    };
    const cdj = clientData(
      o.type ?? 'webauthn.create',
      o.challenge ?? creationOptions.challenge,
      o.origin ?? options.origin,
    );
    const idLength = new Uint8Array([rawId.length >> 8, rawId.length & 0xff]);
    const authData = concat(
      sha256(new TextEncoder().encode(o.rpId ?? options.rpId)),
      new Uint8Array([flags(o, FLAG_AT)]),
      u32(0),
      aaguid,
      idLength,
      rawId,
      coseKey(publicKey),
    );
    const signed = concat(authData, sha256(cdj));
    let fmt = 'none';
    let attStmt = new Map<string, unknown>();
    if (attestation === 'self') {
      fmt = 'packed';
      attStmt = new Map<string, unknown>([
        ['alg', -7],
        ['sig', spoil(new Uint8Array(sign('sha256', signed, privateKey)), o.badSignature)],
      ]);
    } else if (attestation !== 'none') {
      fmt = 'packed';
      attStmt = new Map<string, unknown>([
        ['alg', -7],
        ['sig', spoil(new Uint8Array(sign('sha256', signed, attestation.privateKey)), o.badSignature)],
        ['x5c', [...attestation.x5c]],
      ]);
    }
    const attestationObject = isoCBOR.encode(
      new Map<string, unknown>([
        ['fmt', fmt],
        ['attStmt', attStmt],
        ['authData', authData],
      ]) as Parameters<typeof isoCBOR.encode>[0],
    );
    const response = {
      id: credential.id,
      rawId: credential.id,
      type: 'public-key',
      clientExtensionResults: {},
      response: {
        clientDataJSON: toBase64Url(cdj),
        attestationObject: toBase64Url(attestationObject),
        transports: ['usb'],
      },
    };
    return { credential, response };
  }

  /** `navigator.credentials.get()` with `credential` → an AuthenticationResponseJSON; the count moves on by 1. */
  function assert(credential: SoftwareCredential, challenge: string, o: CeremonyOverrides = {}) {
    credential.signCount = o.signCount ?? credential.signCount + 1;
    const cdj = clientData(o.type ?? 'webauthn.get', o.challenge ?? challenge, o.origin ?? options.origin);
    const authData = concat(
      sha256(new TextEncoder().encode(o.rpId ?? options.rpId)),
      new Uint8Array([flags(o, 0)]),
      u32(credential.signCount),
    );
    const signature = spoil(
      new Uint8Array(sign('sha256', concat(authData, sha256(cdj)), credential.privateKey)),
      o.badSignature,
    );
    return {
      id: credential.id,
      rawId: credential.id,
      type: 'public-key',
      clientExtensionResults: {},
      response: {
        clientDataJSON: toBase64Url(cdj),
        authenticatorData: toBase64Url(authData),
        signature: toBase64Url(signature),
        userHandle: credential.userHandle,
      },
    };
  }

  return { register, assert };
}
