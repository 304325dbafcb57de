import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { EMAIL, PASSWORD, passwordStep } from '../../test/app-sign-in-kit';
import { keyFor, optionsInPage, type SoftwareAuthenticator } from '../../test/security-keys-kit';
import { type Browser, createTestPortal, signIn, type TestPortal } from '../../test/test-portal';
import type { AttestationKey, SoftwareCredential } from '../webauthn/testing/software-authenticator';
import { testBlob, testLeaf, testMdsPayload, testRoot } from '../webauthn/testing/test-pki';

/**
 * Issue 13's attacker suite, HIGH (docs/adr/0029 §3; design §3; SEC-42: "high only with a
 * certified secure element"): someone who builds a key of their own and claims a certified
 * model — its AAGUID with self attestation, or a chain from a root of their own — gets no more than
 * MEDIUM; a certified key whose user is not verified, or used as a passkey, neither. Only the
 * certified model's attested key with user verification reaches the HIGH application.
 */
const CERTIFIED_MODEL = 'cb69481e-8ff7-4039-93ec-0a2729a154a8';
const HIGH_APP = 'https://high.example.eu/cas';

let dir: string;
let genuine: AttestationKey;
let forged: AttestationKey;
let config: Record<string, unknown>;
let portal: TestPortal | undefined;

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'sesame-mds-'));
  const mdsRoot = await testRoot('TEST MDS root');
  const signer = await testLeaf(mdsRoot, 'mds.test.example');
  const makerRoot = await testRoot('TEST maker root');
  const attestation = await testLeaf(makerRoot, 'TEST key', { attestation: true });
  genuine = { privateKey: attestation.privateKey, x5c: [attestation.der] };
  // The attacker's own root, and an attestation certificate under it with the same names.
  const attackerRoot = await testRoot('TEST maker root');
  const copy = await testLeaf(attackerRoot, 'TEST key', { attestation: true });
  forged = { privateKey: copy.privateKey, x5c: [copy.der] };
  const blob = testBlob(
    testMdsPayload([{ aaguid: CERTIFIED_MODEL, statuses: ['FIDO_CERTIFIED_L2'], roots: [makerRoot] }]),
    signer,
    [signer],
  );
  await writeFile(join(dir, 'blob.jwt'), blob);
  await writeFile(join(dir, 'root.pem'), mdsRoot.pem);
  config = {
    'webauthn.attestation': 'fido-certified',
    'webauthn.mdsBlobFile': join(dir, 'blob.jwt'),
    'webauthn.mdsRootFile': join(dir, 'root.pem'),
  };
});
afterAll(() => rm(dir, { recursive: true, force: true }));
afterEach(() => portal?.close());

async function start(): Promise<TestPortal> {
  portal = await createTestPortal({
    config,
    relyingApps: [
      {
        id: 'high',
        name: 'Application HIGH',
        policy: { minimumLevel: 'HIGH' },
        attributes: ['email'],
        cas: { services: ['https://high.example.eu/*'], flavour: 'cas', singleLogout: false },
      },
    ],
  });
  await portal.createUser({ id: 'n0025vuz', email: EMAIL, password: PASSWORD });
  return portal;
}

async function signedIn(p: TestPortal): Promise<Browser> {
  const browser = p.browser('en');
  expect((await signIn(browser, EMAIL, PASSWORD)).location).toBe('/account');
  return browser;
}

/** Adds a key with `attestation` (passkey or not); null when the portal refuses it. */
async function enrol(
  p: TestPortal,
  key: SoftwareAuthenticator,
  attestation: 'none' | 'self' | AttestationKey,
  passkey = false,
): Promise<SoftwareCredential | null> {
  const browser = await signedIn(p);
  const prompt = await browser.post('/account/security-keys/new', {
    name: 'Key',
    ...(passkey ? { passkey: 'yes' } : {}),
  });
  const { credential, response } = key.register(optionsInPage(prompt.html), attestation);
  const done = await browser.post('/account/security-keys/confirm', { credential: JSON.stringify(response) });
  return done.status === 303 ? credential : null;
}

/** Whether the HIGH application gets a ticket after a sign-in with the key (userVerified as given). */
async function highTicket(
  p: TestPortal,
  key: SoftwareAuthenticator,
  credential: SoftwareCredential,
  userVerified = true,
) {
  const browser = p.browser('en');
  const startAt = await browser.get(`/cas/login?service=${encodeURIComponent(HIGH_APP)}`);
  expect((await passwordStep(browser, startAt.location!, 'PASSWORD_WEBAUTHN')).location).toBe('/login/webauthn');
  const { challenge } = optionsInPage<{ challenge: string }>((await browser.get('/login/webauthn')).html);
  const answer = await browser.post('/login/webauthn', {
    credential: JSON.stringify(key.assert(credential, challenge, { userVerified })),
  });
  return answer.location?.startsWith(`${HIGH_APP}?ticket=`) === true;
}

describe('HIGH only with a certified model’s genuine attestation and user verification', () => {
  it('the genuine key reaches HIGH (the control)', async () => {
    const p = await start();
    const key = keyFor(p, CERTIFIED_MODEL);
    const credential = await enrol(p, key, genuine);
    expect(credential).not.toBeNull();
    expect(await highTicket(p, key, credential!)).toBe(true);
  });

  it.each([
    ['self attestation claiming the certified model', 'self'],
    ['a chain from a root of the attacker’s own', 'forged'],
    ['no attestation at all', 'none'],
  ] as const)('%s: never HIGH', async (_name, kind) => {
    const p = await start();
    const key = keyFor(p, CERTIFIED_MODEL);
    const credential = await enrol(p, key, kind === 'forged' ? forged : kind);
    // Refused at enrolment, or kept at MEDIUM: either way, no ticket for HIGH.
    if (credential !== null) expect(await highTicket(p, key, credential)).toBe(false);
    const stored = await p.durable.credentials.listByUser('n0025vuz', 'webauthn');
    expect(stored.every((c) => !c.data.includes('"attestation":"certified"'))).toBe(true);
  });

  it('the genuine key without user verification at sign-in: MEDIUM, no ticket for HIGH', async () => {
    const p = await start();
    const key = keyFor(p, CERTIFIED_MODEL);
    const credential = await enrol(p, key, genuine);
    expect(await highTicket(p, key, credential!, false)).toBe(false);
  });

  it('the genuine key as a passkey, from the first screen: never HIGH', async () => {
    const p = await start();
    const key = keyFor(p, CERTIFIED_MODEL);
    const credential = await enrol(p, key, genuine, true);
    expect(credential).not.toBeNull();
    const browser = p.browser('en');
    const startAt = await browser.get(`/cas/login?service=${encodeURIComponent(HIGH_APP)}`);
    const options = optionsInPage((await browser.get(startAt.location!)).html);
    const answer = await browser.post('/login/passkey', {
      credential: JSON.stringify(key.assert(credential!, options.challenge)),
    });
    expect(answer.location ?? '').not.toMatch(/ticket=/);
  });
});
