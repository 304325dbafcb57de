/**
 * The app side of `npm run bench:offline`, bundled by esbuild and run in Chromium's page (as
 * e2e/protocol-in-chromium.test.ts runs the protocol package): authenticator-core's real path for
 * a "QR code" sign-in, `Authenticator.offlineCode(qrText, pin)`, on the app's own store (the
 * PWA's IndexedDB KeyValueStore, packages/authenticator-core/src/storage/idb-store.ts), enrolled once with the
 * package's FakeDeviceServer as offline-code.test.ts does. The Node side switches the CPU
 * throttling between calls of `measure`.
 */
import { Authenticator, IdbStore, openSecret, type SealedSecret, withSecret } from '@sesame/authenticator-core';
import { FakeDeviceServer } from '@sesame/authenticator-core/testing';
import {
  computeOcra,
  decodeOfflineChallengeQr,
  ocraTimestamp,
  type ServerSigningKey,
  SESAME_OFFLINE_OCRA_SUITE,
  verifyOfflineChallengeQr,
} from '@sesame/protocol';

const ACCOUNT = 'n0025vuz';
const PIN = '5739';

/** Milliseconds per step of one code, and a pure-JS probe showing how much the main thread is slowed. */
export interface PageSamples {
  /** "PIN submitted" → "code shown": offlineCode(qrText, PIN), the signature check and the unsealing included. */
  offlineCode: number[];
  /** The same, then the code written into the page and the next frame drawn. */
  offlineCodePainted: number[];
  /** The account read from IndexedDB alone (offlineCode reads it once per code). */
  storeRead: number[];
  /** The PIN unsealing alone: PBKDF2-SHA256 (PIN_KDF_ITERATIONS) + AES-CTR, sealed-secret.ts openSecret. */
  unseal: number[];
  /** The server's ES256 signature on the QR alone: verifyOfflineChallengeQr. */
  qrSignature: number[];
  /** The OCRA code alone, from the opened secret: computeOcra (HMAC-SHA256 in Web Crypto). */
  ocra: number[];
  /** A fixed amount of plain JavaScript on the main thread (no Web Crypto). */
  jsProbe: number[];
  /** Codes the fake server did not accept (must be 0: the wrong code fast is no measure). */
  rejected: number;
}

/** The one record of the package's store this bench reads (authenticator/state.ts `accounts`). */
interface StoredAccount {
  readonly serverKeys: readonly ServerSigningKey[];
  readonly secret: SealedSecret;
}

let server: FakeDeviceServer;
let device: Authenticator;
let store: IdbStore;
let stored: StoredAccount;

/** Not measured: a fresh IndexedDB database, the device initialised and enrolled under PIN. */
export async function setUp(): Promise<{ iterations: number }> {
  server = await FakeDeviceServer.create(location.origin);
  store = await IdbStore.open(`sesame-bench-${crypto.randomUUID()}`);
  device = new Authenticator({ store, deviceApi: () => server.api });
  await device.initialise();
  await device.enrol(server.enrolmentQr(ACCOUNT, PIN), PIN);
  const [account] = (await store.get<StoredAccount[]>('accounts')) ?? [];
  if (!account) throw new Error('the device did not store its account');
  stored = account;
  return { iterations: stored.secret.iterations };
}

const nextFrame = () => new Promise<void>((resolve) => requestAnimationFrame(() => resolve()));

/** Kept so that the probe's loop is not optimised away. */
let sink = 0;

function jsWork(): void {
  // A few ms of integer arithmetic, the same every time.
  let x = sink | 1;
  for (let i = 0; i < 2_000_000; i++) x = (Math.imul(x, 1103515245) + 12345) | 0;
  sink = x;
}

async function time<T>(samples: number[], run: () => Promise<T> | T): Promise<T> {
  const t0 = performance.now();
  const result = await run();
  samples.push(performance.now() - t0);
  return result;
}

/**
 * `count` codes for fresh QR challenges (made beforehand, not measured), each checked by the
 * fake server (not measured), after `warmUp` unmeasured ones; then each step alone, as often.
 */
export async function measure(count: number, warmUp: number): Promise<PageSamples> {
  const out: PageSamples = {
    offlineCode: [],
    offlineCodePainted: [],
    storeRead: [],
    unseal: [],
    qrSignature: [],
    ocra: [],
    jsProbe: [],
    rejected: 0,
  };
  const shown = document.getElementById('code') ?? document.body.appendChild(document.createElement('output'));
  shown.id = 'code';
  const qrs: string[] = [];
  for (let i = 0; i < warmUp + 2 * count; i++) qrs.push(await server.offlineChallengeQr(ACCOUNT));
  for (let i = 0; i < warmUp; i++) {
    await device.offlineCode(qrs.pop()!, PIN);
    jsWork();
  }

  for (let i = 0; i < count; i++) {
    const qr = qrs.pop()!;
    const result = await time(out.offlineCode, () => device.offlineCode(qr, PIN));
    if (!(await server.checkOfflineCode(qr, result.code))) out.rejected++;
  }
  for (let i = 0; i < count; i++) {
    const qr = qrs.pop()!;
    await time(out.offlineCodePainted, async () => {
      const result = await device.offlineCode(qr, PIN);
      shown.textContent = `${result.code.slice(0, 4)} ${result.code.slice(4)}`;
      await nextFrame();
    });
  }

  const qr = await server.offlineChallengeQr(ACCOUNT);
  const { question } = decodeOfflineChallengeQr(qr);
  const now = new Date();
  const timestamp = ocraTimestamp(SESAME_OFFLINE_OCRA_SUITE, now);
  for (let i = 0; i < count; i++) {
    await time(out.storeRead, () => store.get('accounts'));
    const secret = await time(out.unseal, () => openSecret(stored.secret, PIN));
    secret.fill(0);
    await time(out.qrSignature, () => verifyOfflineChallengeQr(qr, { keys: stored.serverKeys, now }));
    await withSecret(stored.secret, PIN, (secret) =>
      time(out.ocra, () => computeOcra(SESAME_OFFLINE_OCRA_SUITE, secret, { question, timestamp })),
    );
    await time(out.jsProbe, jsWork);
  }
  return out;
}
