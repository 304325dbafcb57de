import { constants, verify, X509Certificate } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { z } from 'zod';
import { certificatesOf, chainLeadsToAnchor } from './certificate-path';

/**
 * The FIDO Metadata Service (MDS3) BLOB, loaded from a file (issue 13 point 1: no network needed;
 * docs/adr/0029 §4). The BLOB is a JWT (FIDO MDS 3.0 §3.1.7) whose header's `x5c` chain must lead
 * to the root in the repo (`fido-root.pem`); its payload lists the authenticator models by AAGUID
 * with their `statusReports` (FIDO_CERTIFIED_L1, …, REVOKED). §3.2 "Metadata BLOB object
 * processing rules": a BLOB whose chain or signature does not verify is ignored — here, refused
 * at start.
 */
export class Mds3Error extends Error {
  constructor(readonly reason: 'malformed' | 'algorithm' | 'chain' | 'signature') {
    super(`MDS3 BLOB refused: ${reason}`);
    this.name = 'Mds3Error';
  }
}

/** AuthenticatorStatus (FIDO MDS 3.0 §3.1.4): the values this deployment acts on. */
export const CERTIFIED_STATUSES = [
  'FIDO_CERTIFIED',
  'FIDO_CERTIFIED_L1',
  'FIDO_CERTIFIED_L1plus',
  'FIDO_CERTIFIED_L2',
  'FIDO_CERTIFIED_L2plus',
  'FIDO_CERTIFIED_L3',
  'FIDO_CERTIFIED_L3plus',
] as const;
/** Statuses after which the model must not be trusted (§3.1.4: "… the authenticator should be rejected"). */
export const COMPROMISED_STATUSES = [
  'REVOKED',
  'USER_VERIFICATION_BYPASS',
  'ATTESTATION_KEY_COMPROMISE',
  'USER_KEY_REMOTE_COMPROMISE',
  'USER_KEY_PHYSICAL_COMPROMISE',
] as const;

const statusReport = z.object({ status: z.string(), effectiveDate: z.string().optional() });
const entry = z.object({
  aaguid: z.string().optional(),
  statusReports: z.array(statusReport),
  metadataStatement: z
    .object({
      description: z.string().optional(),
      attestationRootCertificates: z.array(z.string()).optional(),
    })
    .passthrough()
    .optional(),
});
const payload = z.object({ no: z.number(), nextUpdate: z.string(), entries: z.array(entry) });
const header = z.object({ alg: z.string(), x5c: z.array(z.string()).min(1) });

/** What the policy reads of one model. */
export interface Mds3Status {
  /** The latest status report's status (by effectiveDate). */
  readonly status: string;
  readonly certified: boolean;
  readonly compromised: boolean;
  readonly description: string | null;
  /** The roots an attestation of this model must chain to (FIDO Metadata Statement §4). */
  readonly attestationRoots: readonly X509Certificate[];
}

export interface Mds3Metadata {
  /** The BLOB's serial number. */
  readonly no: number;
  /** When the FIDO Alliance publishes the next one (YYYY-MM-DD). */
  readonly nextUpdate: string;
  statusFor(aaguid: string): Mds3Status | null;
}

/** The JWS algorithms of an MDS3 BLOB (RFC 7518 §3.1): RS256 today, ES256/PS256 allowed. */
const ALGORITHMS: Record<string, { hash: string; options: object }> = {
  RS256: { hash: 'sha256', options: { padding: constants.RSA_PKCS1_PADDING } },
  PS256: { hash: 'sha256', options: { padding: constants.RSA_PKCS1_PSS_PADDING, saltLength: 32 } },
  ES256: { hash: 'sha256', options: { dsaEncoding: 'ieee-p1363' } },
};

const decodeJson = (part: string): unknown => JSON.parse(Buffer.from(part, 'base64url').toString('utf8'));

/** Verifies a BLOB against `root` (PEM) at `now`; throws Mds3Error when refused. */
export function verifyMds3Blob(jwt: string, rootPem: string, now: Date): Mds3Metadata {
  const parts = jwt.trim().split('.');
  if (parts.length !== 3) throw new Mds3Error('malformed');
  const [head, body, signature] = parts as [string, string, string];
  let parsedHeader;
  let parsedPayload;
  let chain: X509Certificate[];
  try {
    parsedHeader = header.parse(decodeJson(head));
    parsedPayload = payload.parse(decodeJson(body));
    chain = certificatesOf(parsedHeader.x5c);
  } catch {
    throw new Mds3Error('malformed');
  }
  const algorithm = ALGORITHMS[parsedHeader.alg];
  if (algorithm === undefined) throw new Mds3Error('algorithm');
  if (!chainLeadsToAnchor(chain, [new X509Certificate(rootPem)], now)) throw new Mds3Error('chain');
  const signed = Buffer.from(`${head}.${body}`, 'ascii');
  const ok = verify(
    algorithm.hash,
    signed,
    { key: chain[0]!.publicKey, ...algorithm.options },
    Buffer.from(signature, 'base64url'),
  );
  if (!ok) throw new Mds3Error('signature');
  return metadataOf(parsedPayload);
}

function metadataOf(p: z.infer<typeof payload>): Mds3Metadata {
  const byAaguid = new Map<string, z.infer<typeof entry>>();
  for (const e of p.entries) if (e.aaguid !== undefined) byAaguid.set(e.aaguid.toLowerCase(), e);
  return {
    no: p.no,
    nextUpdate: p.nextUpdate,
    statusFor(aaguid) {
      const found = byAaguid.get(aaguid.toLowerCase());
      if (found === undefined || found.statusReports.length === 0) return null;
      const latest = [...found.statusReports].sort((a, b) =>
        (a.effectiveDate ?? '').localeCompare(b.effectiveDate ?? ''),
      )[found.statusReports.length - 1]!;
      return {
        status: latest.status,
        certified: (CERTIFIED_STATUSES as readonly string[]).includes(latest.status),
        // Any compromise ever reported stays: a later "certified" does not undo a key leak.
        compromised: found.statusReports.some((r) => (COMPROMISED_STATUSES as readonly string[]).includes(r.status)),
        description: found.metadataStatement?.description ?? null,
        attestationRoots: certificatesOf(found.metadataStatement?.attestationRootCertificates ?? []),
      };
    },
  };
}

/** Loads and verifies the BLOB file against the root file (paths from the configuration). */
export async function loadMds3Blob(blobFile: string, rootFile: string, now: Date): Promise<Mds3Metadata> {
  const [blob, root] = await Promise.all([readFile(blobFile, 'utf8'), readFile(rootFile, 'utf8')]);
  return verifyMds3Blob(blob, root, now);
}
