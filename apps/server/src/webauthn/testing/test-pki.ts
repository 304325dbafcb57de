import { createPrivateKey, type KeyObject, sign, X509Certificate } from 'node:crypto';
import { generate } from 'selfsigned';

/**
 * Certificates for the WebAuthn tests (docs/adr/0029 §4): a TEST root that stands for the FIDO
 * MDS root or a maker's attestation root, and leaves it signs — never the real roots' keys.
 */
export interface TestCertificate {
  readonly pem: string;
  readonly der: Uint8Array;
  readonly privateKey: KeyObject;
  readonly keyPem: string;
}

const DAY = 86_400_000;

function certificate(result: { cert: string; private: string }): TestCertificate {
  return {
    pem: result.cert,
    der: new Uint8Array(new X509Certificate(result.cert).raw),
    privateKey: createPrivateKey(result.private),
    keyPem: result.private,
  };
}

/** A self-signed CA, valid from yesterday for `days`. */
export async function testRoot(cn: string, days = 3650): Promise<TestCertificate> {
  return certificate(
    await generate(
      [
        { name: 'commonName', value: cn },
        { name: 'organizationName', value: 'Sésame tests' },
      ],
      {
        keyType: 'ec',
        curve: 'P-256',
        notBeforeDate: new Date(Date.now() - DAY),
        notAfterDate: new Date(Date.now() + days * DAY),
        extensions: [
          { name: 'basicConstraints', cA: true, critical: true },
          { name: 'keyUsage', keyCertSign: true, cRLSign: true, digitalSignature: true, critical: true },
        ],
      },
    ),
  );
}

/**
 * A leaf signed by `issuer`. `attestation`: the subject packed attestation asks (WebAuthn L3
 * §8.2.1: C, O, OU "Authenticator Attestation", CN; not a CA).
 */
export async function testLeaf(
  issuer: TestCertificate,
  cn: string,
  o: { readonly attestation?: boolean; readonly ca?: boolean; readonly notAfter?: Date } = {},
): Promise<TestCertificate> {
  const subject = o.attestation
    ? [
        { name: 'countryName', value: 'FR' },
        { name: 'organizationName', value: 'Sésame tests' },
        { shortName: 'OU', value: 'Authenticator Attestation' },
        { name: 'commonName', value: cn },
      ]
    : [{ name: 'commonName', value: cn }];
  return certificate(
    await generate(subject, {
      keyType: 'ec',
      curve: 'P-256',
      notBeforeDate: new Date(Date.now() - DAY),
      notAfterDate: o.notAfter ?? new Date(Date.now() + 365 * DAY),
      extensions: [{ name: 'basicConstraints', cA: o.ca === true, critical: true }],
      ca: { key: issuer.keyPem, cert: issuer.pem },
    }),
  );
}

/** A JWT signed ES256 by `signer`, with `x5c` (leaf first) in its header: an MDS3 BLOB. */
export function testBlob(payload: unknown, signer: TestCertificate, x5c: readonly TestCertificate[]): string {
  const part = (value: unknown) => Buffer.from(JSON.stringify(value)).toString('base64url');
  const head = part({ alg: 'ES256', typ: 'JWT', x5c: x5c.map((c) => Buffer.from(c.der).toString('base64')) });
  const body = part(payload);
  const signature = sign('sha256', Buffer.from(`${head}.${body}`), {
    key: signer.privateKey,
    dsaEncoding: 'ieee-p1363',
  });
  return `${head}.${body}.${signature.toString('base64url')}`;
}

/** An MDS3 payload with one entry per model. */
export function testMdsPayload(
  // A root is any certificate's DER: a test root, or an authenticator's own (Chromium's virtual one).
  entries: readonly { aaguid: string; statuses: readonly string[]; roots?: readonly Pick<TestCertificate, 'der'>[] }[],
) {
  return {
    legalHeader: 'test',
    no: 42,
    nextUpdate: '2030-01-01',
    entries: entries.map((e) => ({
      aaguid: e.aaguid,
      statusReports: e.statuses.map((status, i) => ({ status, effectiveDate: `2024-01-0${i + 1}` })),
      metadataStatement: {
        description: `Test key ${e.aaguid.slice(0, 4)}`,
        attestationRootCertificates: (e.roots ?? []).map((c) => Buffer.from(c.der).toString('base64')),
      },
    })),
  };
}
