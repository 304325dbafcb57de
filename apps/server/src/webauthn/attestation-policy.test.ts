import { beforeAll, describe, expect, it } from 'vitest';
import { type AttestationPolicy, judgeAttestation } from './attestation-policy';
import { type Mds3Metadata, verifyMds3Blob } from './mds3';
import { testBlob, testLeaf, testMdsPayload, testRoot, type TestCertificate } from './testing/test-pki';

const CERTIFIED = 'cb69481e-8ff7-4039-93ec-0a2729a154a8';
const UNCERTIFIED = '2fc0579f-8113-47ea-b116-bb5a8db9202a';
const REVOKED = 'ee882879-721c-4913-9775-3dfcce97072a';
const NOW = new Date();

let metadata: Mds3Metadata;
let makerAttestation: TestCertificate;
let selfMade: TestCertificate;

beforeAll(async () => {
  const mdsRoot = await testRoot('TEST MDS root');
  const signer = await testLeaf(mdsRoot, 'mds.test.example');
  const makerRoot = await testRoot('TEST maker attestation root');
  makerAttestation = await testLeaf(makerRoot, 'TEST key', { attestation: true });
  selfMade = await testLeaf(await testRoot('Anyone'), 'TEST key', { attestation: true });
  const payload = testMdsPayload([
    { aaguid: CERTIFIED, statuses: ['FIDO_CERTIFIED_L1'], roots: [makerRoot] },
    { aaguid: UNCERTIFIED, statuses: ['NOT_FIDO_CERTIFIED'], roots: [makerRoot] },
    { aaguid: REVOKED, statuses: ['FIDO_CERTIFIED_L1', 'ATTESTATION_KEY_COMPROMISE'], roots: [makerRoot] },
  ]);
  metadata = verifyMds3Blob(testBlob(payload, signer, [signer]), mdsRoot.pem, NOW);
});

const facts = (aaguid: string, x5c: readonly TestCertificate[] = []) => ({
  format: x5c.length > 0 ? 'packed' : 'none',
  aaguid,
  x5c: x5c.map((c) => c.der),
});
const judge = (policy: AttestationPolicy, f: ReturnType<typeof facts>) => judgeAttestation(policy, f, NOW);

describe('attestation policy (design §3, SEC-25; docs/adr/0029 §3)', () => {
  it('any: every key; with a certificate chain attested, else none; never certified', () => {
    expect(judge({ mode: 'any' }, facts(CERTIFIED))).toEqual({ accepted: true, verdict: 'none' });
    expect(judge({ mode: 'any' }, facts(CERTIFIED, [makerAttestation]))).toEqual({
      accepted: true,
      verdict: 'attested',
    });
  });

  it('aaguid-allow-list: only attested keys of a listed model', () => {
    const policy: AttestationPolicy = { mode: 'aaguid-allow-list', aaguids: [CERTIFIED.toUpperCase()] };
    expect(judge(policy, facts(CERTIFIED, [makerAttestation]))).toEqual({ accepted: true, verdict: 'attested' });
    expect(judge(policy, facts(CERTIFIED))).toEqual({ accepted: false });
    expect(judge(policy, facts(UNCERTIFIED, [makerAttestation]))).toEqual({ accepted: false });
  });

  it('aaguid-allow-list with MDS: the chain must lead to the model’s roots; a certified model is certified', () => {
    const policy: AttestationPolicy = { mode: 'aaguid-allow-list', aaguids: [CERTIFIED, UNCERTIFIED], metadata };
    expect(judge(policy, facts(CERTIFIED, [makerAttestation]))).toMatchObject({ accepted: true, verdict: 'certified' });
    expect(judge(policy, facts(UNCERTIFIED, [makerAttestation]))).toMatchObject({
      accepted: true,
      verdict: 'attested',
    });
    expect(judge(policy, facts(CERTIFIED, [selfMade]))).toEqual({ accepted: false });
  });

  it('fido-certified: certified only for a FIDO_CERTIFIED model whose chain leads to its MDS roots', () => {
    const policy: AttestationPolicy = { mode: 'fido-certified', metadata };
    // The model proven by its chain: its MDS description, and its maker from the certificate (docs/adr/0032 §4).
    expect(judge(policy, facts(CERTIFIED, [makerAttestation]))).toEqual({
      accepted: true,
      verdict: 'certified',
      model: { name: `Test key ${CERTIFIED.slice(0, 4)}`, maker: 'Sésame tests' },
    });
    // A self-made certificate claiming a certified AAGUID proves nothing.
    expect(judge(policy, facts(CERTIFIED, [selfMade]))).toEqual({ accepted: true, verdict: 'attested' });
    expect(judge(policy, facts(UNCERTIFIED, [makerAttestation]))).toEqual({ accepted: true, verdict: 'attested' });
    expect(judge(policy, facts(CERTIFIED))).toEqual({ accepted: true, verdict: 'none' });
  });

  it('fido-certified: a model with a compromise in its status reports is refused', () => {
    expect(judge({ mode: 'fido-certified', metadata }, facts(REVOKED, [makerAttestation]))).toEqual({
      accepted: false,
    });
  });
});
