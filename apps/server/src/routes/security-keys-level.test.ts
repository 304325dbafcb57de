import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { EMAIL, PASSWORD, passwordStep } from '../../test/app-sign-in-kit';
import { enrolKey, keyFor, optionsInPage } from '../../test/security-keys-kit';
import { type Browser, createTestPortal, signIn, type TestPortal, textOf } from '../../test/test-portal';
import { en } from '../i18n/en';
import type { AttestationKey } from '../webauthn/testing/software-authenticator';
import { testBlob, testLeaf, testMdsPayload, testRoot } from '../webauthn/testing/test-pki';

/**
 * The level a key reaches, carried to the session and the applications (docs/adr/0029 §3, §6;
 * design §3): with `webauthn.attestation` = fido-certified and a test MDS3 BLOB signed by a test
 * root, a certified model's attested key with user verification signs in at HIGH — an
 * application that needs HIGH gets a ticket, told PASSWORD_WEBAUTHN with authenticationLevel
 * HIGH; a key without attestation stays MEDIUM and gets the level page, no ticket.
 */
const CERTIFIED_MODEL = 'cb69481e-8ff7-4039-93ec-0a2729a154a8';
const HIGH_APP = 'https://high.example.eu/cas';
const HIGH_EU_APP = 'https://high-eu.example.eu/cas';

let dir: string;
let attestationKey: AttestationKey;
let config: Record<string, unknown>;
let portal: TestPortal | undefined;

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'sesame-mds-'));
  const mdsRoot = await testRoot('TEST MDS root');
  const signer = await testLeaf(mdsRoot, 'mds.test.example');
  const makerRoot = await testRoot('TEST maker root');
  const attestation = await testLeaf(makerRoot, 'TEST key', { attestation: true });
  attestationKey = { privateKey: attestation.privateKey, x5c: [attestation.der] };
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
    listen: true,
    config,
    relyingApps: [
      {
        id: 'high',
        name: 'Application HIGH',
        policy: { minimumLevel: 'HIGH' },
        attributes: ['email'],
        cas: { services: ['https://high.example.eu/*'], flavour: 'cas', singleLogout: false },
      },
      {
        id: 'high-eu',
        name: 'Application HIGH (EU Login)',
        policy: { minimumLevel: 'HIGH' },
        attributes: ['email'],
        cas: { services: ['https://high-eu.example.eu/*'], flavour: 'eulogin', singleLogout: false },
      },
      {
        id: 'medium',
        name: 'Application MEDIUM',
        policy: { minimumLevel: 'MEDIUM' },
        attributes: ['email'],
        cas: { services: ['https://medium.example.eu/*'], flavour: 'cas', singleLogout: false },
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

/** The HIGH application's sign-in with the key; the answer's redirect. */
async function signInWithKey(
  p: TestPortal,
  key: ReturnType<typeof keyFor>,
  credential: Parameters<ReturnType<typeof keyFor>['assert']>[0],
  service = HIGH_APP,
) {
  const browser = p.browser('en');
  const startAt = await browser.get(`/cas/login?service=${encodeURIComponent(service)}`);
  expect((await passwordStep(browser, startAt.location!, 'PASSWORD_WEBAUTHN')).location).toBe('/login/webauthn');
  const { challenge } = optionsInPage<{ challenge: string }>((await browser.get('/login/webauthn')).html);
  return {
    browser,
    answer: await browser.post('/login/webauthn', { credential: JSON.stringify(key.assert(credential, challenge)) }),
  };
}

describe('a key’s level, from the attestation policy to the application', () => {
  it('a certified model’s attested key with UV reaches an application that needs HIGH, told PASSWORD_WEBAUTHN at HIGH', async () => {
    const p = await start();
    const key = keyFor(p, CERTIFIED_MODEL);
    const { credential, id } = await enrolKey(p, await signedIn(p), key, 'YubiKey 5', attestationKey);
    expect(await p.durable.credentials.findById(id)).toMatchObject({
      data: expect.stringContaining('"attestation":"certified"'),
    });
    // Its model, from the MDS3 BLOB, in the list.
    expect(textOf((await (await signedIn(p)).get('/account/security-keys')).html)).toContain('Test key cb69');

    const { answer } = await signInWithKey(p, key, credential);
    expect(answer.location).toMatch(/^https:\/\/high\.example\.eu\/cas\?ticket=ST-/);
    const ticket = new URL(answer.location!).searchParams.get('ticket')!;
    const validated = await p.app.inject({
      method: 'GET',
      url: `/cas/p3/serviceValidate?service=${encodeURIComponent(HIGH_APP)}&ticket=${ticket}`,
    });
    expect(validated.body).toContain('<cas:authenticationLevel>HIGH</cas:authenticationLevel>');
    expect(validated.body).toContain('<cas:strengths>PASSWORD_WEBAUTHN</cas:strengths>');
    expect(validated.body).not.toContain('PASSWORD_WEBAUTHN_HIGH');
  });

  it('EU Login validation tells the key as webAuthnDevice: name, id, type, AAGUID, maker and model (docs/adr/0032 §4)', async () => {
    const p = await start();
    const key = keyFor(p, CERTIFIED_MODEL);
    const { credential, id } = await enrolKey(p, await signedIn(p), key, 'YubiKey 5', attestationKey);
    const { answer } = await signInWithKey(p, key, credential, HIGH_EU_APP);
    const ticket = new URL(answer.location!).searchParams.get('ticket')!;
    // A service ticket is single-use (CAS 3.0 §3.1.1): /cas/serviceValidate, as EU Login's clients call it.
    const validated = await p.app.inject({
      method: 'GET',
      url: `/cas/serviceValidate?service=${encodeURIComponent(HIGH_EU_APP)}&ticket=${ticket}`,
    });
    expect(validated.body).toContain(
      '<cas:webAuthnDevice>\n' +
        '        <cas:deviceName>YubiKey 5</cas:deviceName>\n' +
        `        <cas:deviceIdentifier>${id}</cas:deviceIdentifier>\n` +
        '        <cas:deviceType>SECURITY_KEY</cas:deviceType>\n' +
        `        <cas:deviceAaguid>${CERTIFIED_MODEL}</cas:deviceAaguid>\n` +
        '        <cas:deviceManufacturer>Sésame tests</cas:deviceManufacturer>\n',
    );
    expect(validated.body).toMatch(/<cas:deviceModel>Test key cb69[^<]*<\/cas:deviceModel>/);
    expect(validated.body).toContain('<cas:strength>PASSWORD_WEBAUTHN</cas:strength>');
  });

  it('a key without attestation stays MEDIUM: no ticket for the HIGH application', async () => {
    const p = await start();
    const key = keyFor(p);
    const { credential } = await enrolKey(p, await signedIn(p), key, 'Clé sans attestation');
    const { answer } = await signInWithKey(p, key, credential);
    // The level page (docs/adr/0019), not the application: MEDIUM is not HIGH.
    expect(answer.status).toBe(403);
    expect(answer.location).toBeUndefined();
  });

  it('an application may not ask for the internal name (INVALID_STRENGTH)', async () => {
    const p = await start();
    const asked = await p
      .browser('en')
      .get(`/cas/login?service=${encodeURIComponent(HIGH_APP)}&acceptStrengths=PASSWORD_WEBAUTHN_HIGH`);
    expect(asked.status).toBe(400);
    expect(textOf(asked.html)).toContain(en.cas.invalidStrength);
  });

  it('the password alone for a MEDIUM application, the account’s factor a key: the level page says to confirm with it', async () => {
    const p = await start();
    const key = keyFor(p);
    const { credential } = await enrolKey(p, await signedIn(p), key, 'YubiKey');
    const browser = p.browser('en');
    const startAt = await browser.get(`/cas/login?service=${encodeURIComponent('https://medium.example.eu/cas')}`);
    await browser.get(startAt.location!);
    await browser.post('/login', { email: EMAIL });
    const gap = await browser.post('/login/password', { password: PASSWORD, method: 'PASSWORD' });
    expect(textOf(gap.html)).toContain(en.levelGap.keyBody);
    expect(gap.html).toMatch(/action="\/login\/step-up"[^]*name="method" value="PASSWORD_WEBAUTHN"/);
    expect(textOf(gap.html)).toContain(en.levelGap.confirmKey);
    // And it goes on: the key alone — the session stands for the password (docs/adr/0050, 0054) —
    // then the application.
    expect((await browser.post('/login/step-up', { method: 'PASSWORD_WEBAUTHN' })).location).toBe('/login/webauthn');
    const { challenge } = optionsInPage<{ challenge: string }>((await browser.get('/login/webauthn')).html);
    const answer = await browser.post('/login/webauthn', {
      credential: JSON.stringify(key.assert(credential, challenge)),
    });
    expect(answer.location).toMatch(/^https:\/\/medium\.example\.eu\/cas\?ticket=ST-/);
  });
});
