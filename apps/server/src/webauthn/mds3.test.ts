import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { X509Certificate } from 'node:crypto';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadMds3Blob, Mds3Error, verifyMds3Blob } from './mds3';
import { testBlob, testLeaf, testMdsPayload, testRoot, type TestCertificate } from './testing/test-pki';

const CERTIFIED = 'cb69481e-8ff7-4039-93ec-0a2729a154a8';
const REVOKED = 'ee882879-721c-4913-9775-3dfcce97072a';
const NOW = new Date();

let root: TestCertificate;
let intermediate: TestCertificate;
let signer: TestCertificate;
let payload: ReturnType<typeof testMdsPayload>;
let blob: string;

beforeAll(async () => {
  root = await testRoot('Sésame TEST MDS root');
  intermediate = await testLeaf(root, 'Sésame TEST MDS intermediate', { ca: true });
  signer = await testLeaf(intermediate, 'mds.test.example');
  payload = testMdsPayload([
    { aaguid: CERTIFIED, statuses: ['NOT_FIDO_CERTIFIED', 'FIDO_CERTIFIED_L1'] },
    { aaguid: REVOKED, statuses: ['FIDO_CERTIFIED_L2', 'REVOKED'] },
  ]);
  blob = testBlob(payload, signer, [signer, intermediate]);
});

const refusedFor = (reason: Mds3Error['reason']) => (e: unknown) => e instanceof Mds3Error && e.reason === reason;

describe('MDS3 BLOB from a file (FIDO MDS 3.0 §3.2; docs/adr/0029 §4)', () => {
  it('a BLOB whose x5c chain leads to the root and whose signature verifies gives each model’s latest status', () => {
    const mds = verifyMds3Blob(blob, root.pem, NOW);
    expect(mds).toMatchObject({ no: 42, nextUpdate: '2030-01-01' });
    expect(mds.statusFor(CERTIFIED.toUpperCase())).toMatchObject({
      status: 'FIDO_CERTIFIED_L1',
      certified: true,
      compromised: false,
      description: 'Test key cb69',
    });
    expect(mds.statusFor(REVOKED)).toMatchObject({ status: 'REVOKED', certified: false, compromised: true });
    expect(mds.statusFor('00000000-0000-0000-0000-000000000000')).toBeNull();
  });

  it('the trust anchor is an input: a chain that also carries the root, or stops below it, verifies', () => {
    expect(() => verifyMds3Blob(testBlob(payload, signer, [signer, intermediate, root]), root.pem, NOW)).not.toThrow();
  });

  it('another root, a missing intermediate, or a leaf not signed by its issuer: chain', async () => {
    const other = await testRoot('Not the FIDO root');
    expect(() => verifyMds3Blob(blob, other.pem, NOW)).toThrow(expect.toSatisfy(refusedFor('chain')));
    expect(() => verifyMds3Blob(testBlob(payload, signer, [signer]), root.pem, NOW)).toThrow(
      expect.toSatisfy(refusedFor('chain')),
    );
    const impostor = await testLeaf(other, 'mds.test.example');
    expect(() => verifyMds3Blob(testBlob(payload, impostor, [impostor, intermediate]), root.pem, NOW)).toThrow(
      expect.toSatisfy(refusedFor('chain')),
    );
  });

  it('an expired signing certificate: chain', () => {
    const later = new Date(Date.now() + 400 * 86_400_000);
    expect(() => verifyMds3Blob(blob, root.pem, later)).toThrow(expect.toSatisfy(refusedFor('chain')));
  });

  it('a payload changed after signing, or signed by another key: signature', async () => {
    const [head, , sig] = blob.split('.');
    const forged = Buffer.from(JSON.stringify({ ...payload, no: 43 })).toString('base64url');
    expect(() => verifyMds3Blob(`${head}.${forged}.${sig}`, root.pem, NOW)).toThrow(
      expect.toSatisfy(refusedFor('signature')),
    );
    const stranger = await testLeaf(intermediate, 'other.test.example');
    expect(() => verifyMds3Blob(testBlob(payload, stranger, [signer, intermediate]), root.pem, NOW)).toThrow(
      expect.toSatisfy(refusedFor('signature')),
    );
  });

  it('not a JWT, no x5c, or an unknown alg: malformed / algorithm', () => {
    expect(() => verifyMds3Blob('a.b', root.pem, NOW)).toThrow(expect.toSatisfy(refusedFor('malformed')));
    const none = `${Buffer.from('{"alg":"none","x5c":[]}').toString('base64url')}.e30.`;
    expect(() => verifyMds3Blob(none, root.pem, NOW)).toThrow(expect.toSatisfy(refusedFor('malformed')));
    const [, body, sig] = blob.split('.');
    const hs = Buffer.from(
      JSON.stringify({ alg: 'HS256', x5c: [Buffer.from(signer.der).toString('base64')] }),
    ).toString('base64url');
    expect(() => verifyMds3Blob(`${hs}.${body}.${sig}`, root.pem, NOW)).toThrow(
      expect.toSatisfy(refusedFor('algorithm')),
    );
  });

  it('loadMds3Blob reads the BLOB and the root from files', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'sesame-mds-'));
    await writeFile(join(dir, 'blob.jwt'), blob);
    await writeFile(join(dir, 'root.pem'), root.pem);
    expect((await loadMds3Blob(join(dir, 'blob.jwt'), join(dir, 'root.pem'), NOW)).no).toBe(42);
  });

  it('fido-root.pem is GlobalSign Root CA - R3, the MDS3 BLOB’s root (SHA-256 CB:B5:22:D7…)', async () => {
    const pem = await readFile(new URL('./fido-root.pem', import.meta.url), 'utf8');
    const cert = new X509Certificate(pem);
    expect(cert.subject).toContain('OU=GlobalSign Root CA - R3');
    expect(cert.fingerprint256).toBe(
      'CB:B5:22:D7:B7:F1:27:AD:6A:01:13:86:5B:DF:1C:D4:10:2E:7D:07:59:AF:63:5A:7C:F4:72:0D:C9:63:C5:3B',
    );
  });
});
