import {
  decodeOfflineChallengeQr,
  encodeEnrolmentQr,
  encodeOfflineChallengeQr,
  exportEs256PublicJwk,
  generateEs256KeyPair,
  generateNumberMatch,
  generateOcraQuestion,
  hashOcraPassword,
  importEs256PublicKey,
  parseDeviceActivation,
  parseDeviceRegistration,
  parseDeviceRegistrationResult,
  parseEnrolmentRefusal,
  parseEnrolmentRefusalResult,
  parsePinConfirmationAnswer,
  parsePushAnswer,
  parsePushChallenge,
  type DeviceActivationRequest,
  type EnrolmentRefusal,
  type EnrolmentRefusalResult,
  type PinConfirmationChallenge,
  type PinConfirmationResult,
  type PushChallenge,
  type PushDecision,
  pushOcraQuestion,
  type ServerSigningKey,
  SESAME_OFFLINE_OCRA_SUITE,
  SESAME_OFFLINE_OCRA_WINDOW,
  SESAME_PIN_CONFIRMATION_OCRA_SUITE,
  SESAME_PUSH_OCRA_SUITE,
  signOfflineChallenge,
  toBase64Url,
  verifyDeviceActivation,
  verifyDeviceRegistration,
  verifyOcra,
  verifyPinConfirmationAnswer,
  verifyPushAnswer,
} from '@sesame/protocol';
import { AuthenticatorError } from '../src/errors';
import { type Clock, systemClock } from '../src/ports/clock';
import type { DeviceApi } from '../src/ports/device-api';
import { verifyDeviceRequest } from '@sesame/protocol';
import { DEVICE_API_PATHS } from '../src/api/http-contract';

/** How the fake server judged a push answer (what a test asserts on). */
export type FakeAnswerOutcome = 'approved' | 'denied' | 'reported' | 'bad_signature' | 'wrong_number' | 'wrong_ocra';

interface Device {
  readonly account: string;
  readonly publicKey: CryptoKey;
  readonly secret: Uint8Array;
  readonly pinConfirmation: PinConfirmationChallenge;
  /** SHA-256(PIN), held only until the PIN is confirmed (protocol: ocra/sesame-suites.ts). */
  pinHash: Uint8Array | null;
  /** Set by a right PIN, cleared (single use) by the acceptance that makes the device active. */
  activation: DeviceActivationRequest | null;
  active: boolean;
}

interface Challenge {
  readonly challenge: PushChallenge;
  readonly shown: number;
  answered: boolean;
}

const random = (bytes: number) => toBase64Url(crypto.getRandomValues(new Uint8Array(bytes)));
/** What crosses the wire: the fake sees only JSON, as the real server will. */
const wire = (message: unknown): unknown => JSON.parse(JSON.stringify(message));
const refuse = (status: number) => new AuthenticatorError('ERR_SERVER', { status });
const seconds = (clock: Clock) => Math.floor(clock.now().getTime() / 1000);

/**
 * A Sésame server reduced to its device API, in memory, for tests: it plays the server's part
 * of the protocol with the protocol package's server-side helpers (as its device/flows.test.ts
 * does), refusing with the statuses of api/http-contract.ts. `api` is its DeviceApi; the CLI
 * test serves the same object over HTTP. Not the server: no persistence, no device blocking.
 */
export class FakeDeviceServer {
  readonly api: DeviceApi;
  /** Every push answer that named a live challenge, in order. */
  readonly answers: Array<{ challengeId: string; decision: PushDecision; outcome: FakeAnswerOutcome }> = [];
  readonly #enrolments = new Map<string, { account: string; deviceName: string; pin: string; expiresAt: number }>();
  readonly #devices = new Map<string, Device>();
  readonly #challenges = new Map<string, Challenge>();

  private constructor(
    readonly origin: string,
    readonly clock: Clock,
    private readonly signingKey: CryptoKey,
    private readonly serverKey: ServerSigningKey,
  ) {
    this.api = {
      register: (registration) => this.#register(registration),
      refuseEnrolment: async (refusal) => this.#refuseEnrolment(refusal),
      confirmPin: (answer) => this.#confirmPin(answer),
      activate: (activation) => this.#activate(activation),
      challenges: (proof) => this.#pendingFor(proof),
      answer: (answer) => this.#answer(answer),
    };
  }

  static async create(origin = 'https://sesame.example.org', clock: Clock = systemClock): Promise<FakeDeviceServer> {
    const keys = await generateEs256KeyPair();
    const serverKey: ServerSigningKey = {
      ...(await exportEs256PublicJwk(keys.publicKey)),
      kid: 'k1',
      alg: 'ES256',
      use: 'sig',
    };
    return new FakeDeviceServer(origin, clock, keys.privateKey, serverKey);
  }

  /** Portal, annex steps 2–3: the user chose `pin`; the QR the portal shows. */
  enrolmentQr(account: string, pin: string, deviceName = 'Pixel-de-Marie'): string {
    const token = random(16);
    const expiresAt = seconds(this.clock) + 600;
    this.#enrolments.set(token, { account, deviceName, pin, expiresAt });
    return encodeEnrolmentQr({ type: 'enrolment', server: this.origin, account, deviceName, token, expiresAt });
  }

  /** Active: the PIN was right and the user accepted the device (annex step 10). */
  isActive(deviceId: string): boolean {
    return this.#devices.get(deviceId)?.active === true;
  }

  /** The PIN was right; the server waits for the acceptance. */
  awaitsAcceptance(deviceId: string): boolean {
    return this.#devices.get(deviceId)?.activation != null;
  }

  /** A sign-in waits in a browser: the challenge sent to the device and the number the browser shows. */
  pushChallenge(deviceId: string, lifetime = 120): { challenge: PushChallenge; shown: number } {
    const device = this.#devices.get(deviceId);
    if (device === undefined) throw new Error(`no device ${deviceId}`);
    const match = generateNumberMatch();
    const issuedAt = seconds(this.clock);
    const challenge: PushChallenge = {
      type: 'push-challenge',
      deviceId,
      account: device.account,
      challengeId: random(16),
      nonce: random(16),
      relyingApp: 'TRACES NT (démo)',
      browser: 'Firefox 128 on Windows',
      ip: '192.0.2.10',
      issuedAt,
      expiresAt: issuedAt + lifetime,
      candidates: match.candidates,
    };
    this.#challenges.set(challenge.challengeId, { challenge, shown: match.shown, answered: false });
    return { challenge, shown: match.shown };
  }

  /** The browser's offline QR challenge for `account`. */
  async offlineChallengeQr(account: string): Promise<string> {
    const issuedAt = seconds(this.clock);
    const challenge = await signOfflineChallenge(this.signingKey, {
      type: 'offline-challenge',
      kid: this.serverKey.kid,
      account,
      relyingApp: 'TRACES NT (démo)',
      question: generateOcraQuestion(SESAME_OFFLINE_OCRA_SUITE),
      issuedAt,
      expiresAt: issuedAt + 300,
    });
    return encodeOfflineChallengeQr(challenge);
  }

  /** The user typed `code` in the browser that shows `qrText`. */
  async checkOfflineCode(qrText: string, code: string): Promise<boolean> {
    const { account, question } = decodeOfflineChallengeQr(qrText);
    for (const device of this.#devices.values()) {
      if (device.account !== account || !device.active) continue;
      const options = { now: this.clock.now(), ...SESAME_OFFLINE_OCRA_WINDOW };
      if ((await verifyOcra(SESAME_OFFLINE_OCRA_SUITE, device.secret, { question }, code, options)).valid) return true;
    }
    return false;
  }

  /** Issue 11: the refusal at the scan ends the enrolment ("one account per device" is always on here). */
  readonly refusals: EnrolmentRefusal[] = [];

  #refuseEnrolment(message: unknown): EnrolmentRefusalResult {
    const refusal = parseEnrolmentRefusal(wire(message));
    const result = parseEnrolmentRefusalResult(wire({ type: 'enrolment-refusal-result', refused: true }));
    // A repeat of a refusal is answered the same (the server's is idempotent).
    if (this.refusals.some((r) => r.enrolmentToken === refusal.enrolmentToken)) return result;
    const enrolment = this.#enrolments.get(refusal.enrolmentToken);
    if (enrolment === undefined || seconds(this.clock) >= enrolment.expiresAt) throw refuse(404);
    this.#enrolments.delete(refusal.enrolmentToken);
    this.refusals.push(refusal);
    return result;
  }

  async #register(message: unknown) {
    const registration = parseDeviceRegistration(wire(message));
    const enrolment = this.#enrolments.get(registration.enrolmentToken);
    this.#enrolments.delete(registration.enrolmentToken);
    if (enrolment === undefined || seconds(this.clock) >= enrolment.expiresAt) throw refuse(404);
    const publicKey = await importEs256PublicKey(registration.publicKey);
    if (
      !(await verifyDeviceRegistration(publicKey, registration)) ||
      registration.deviceName !== enrolment.deviceName
    ) {
      throw refuse(400);
    }
    const deviceId = random(16);
    const issuedAt = seconds(this.clock);
    const pinConfirmation: PinConfirmationChallenge = {
      type: 'pin-confirmation-challenge',
      deviceId,
      question: generateOcraQuestion(SESAME_PIN_CONFIRMATION_OCRA_SUITE),
      issuedAt,
      expiresAt: issuedAt + 300,
    };
    const secret = crypto.getRandomValues(new Uint8Array(32));
    const pinHash = await hashOcraPassword(SESAME_PIN_CONFIRMATION_OCRA_SUITE, enrolment.pin);
    this.#devices.set(deviceId, {
      account: enrolment.account,
      publicKey,
      secret,
      pinConfirmation,
      pinHash,
      activation: null,
      active: false,
    });
    return parseDeviceRegistrationResult(
      wire({
        type: 'device-registration-result',
        deviceId,
        account: enrolment.account,
        // Issue 11, simplified: an unnamed device takes the phone's model (the server's rules are core's).
        deviceName: enrolment.deviceName || (registration.deviceModel?.replace(/\s+/g, '-') ?? 'Phone'),
        deviceSecret: toBase64Url(secret),
        serverKeys: [this.serverKey],
        pinConfirmation,
      }),
    );
  }

  async #confirmPin(message: unknown): Promise<PinConfirmationResult> {
    const answer = parsePinConfirmationAnswer(wire(message));
    const device = this.#devices.get(answer.deviceId);
    if (device === undefined || device.pinHash === null) throw refuse(404);
    if (seconds(this.clock) >= device.pinConfirmation.expiresAt) throw refuse(410);
    const accepted =
      (await verifyPinConfirmationAnswer(device.publicKey, answer, device.pinConfirmation)) &&
      (
        await verifyOcra(
          SESAME_PIN_CONFIRMATION_OCRA_SUITE,
          device.secret,
          { question: device.pinConfirmation.question, passwordHash: device.pinHash },
          answer.ocraResponse,
        )
      ).valid;
    if (!accepted) return { accepted: false };
    device.pinHash = null;
    const issuedAt = seconds(this.clock);
    device.activation = {
      type: 'device-activation-request',
      deviceId: answer.deviceId,
      nonce: random(16),
      issuedAt,
      expiresAt: issuedAt + 300,
    };
    return { accepted: true, activation: device.activation };
  }

  async #activate(message: unknown) {
    const activation = parseDeviceActivation(wire(message));
    const device = this.#devices.get(activation.deviceId);
    if (device === undefined || device.activation === null) throw refuse(404);
    if (!(await verifyDeviceActivation(device.publicKey, activation, device.activation))) throw refuse(400);
    if (seconds(this.clock) >= device.activation.expiresAt) {
      this.#devices.delete(activation.deviceId);
      throw refuse(410);
    }
    device.activation = null;
    device.active = true;
    return { accepted: true };
  }

  async #pendingFor(proof: Parameters<DeviceApi['challenges']>[0]) {
    const device = this.#devices.get(proof.deviceId);
    const request = { method: 'GET', path: DEVICE_API_PATHS.challenges, now: this.clock.now() };
    if (device === undefined || !(await verifyDeviceRequest(device.publicKey, request, proof))) throw refuse(401);
    // Expired challenges too: the app must drop them itself (a server's list may lag).
    return [...this.#challenges.values()]
      .filter((c) => !c.answered && c.challenge.deviceId === proof.deviceId)
      .map((c) => parsePushChallenge(wire(c.challenge)));
  }

  async #answer(message: unknown) {
    const answer = parsePushAnswer(wire(message));
    const entry = this.#challenges.get(answer.challengeId);
    if (entry === undefined || entry.answered) throw refuse(404);
    if (seconds(this.clock) >= entry.challenge.expiresAt) throw refuse(410);
    const device = this.#devices.get(entry.challenge.deviceId)!;
    let outcome: FakeAnswerOutcome;
    if (!(await verifyPushAnswer(device.publicKey, answer, entry.challenge))) outcome = 'bad_signature';
    else if (answer.decision === 'deny') outcome = 'denied';
    else if (answer.decision === 'report') outcome = 'reported';
    else if (answer.pickedNumber !== entry.shown) outcome = 'wrong_number';
    else {
      const question = await pushOcraQuestion(entry.challenge, answer.pickedNumber);
      const verdict = await verifyOcra(SESAME_PUSH_OCRA_SUITE, device.secret, { question }, answer.ocraResponse!);
      outcome = verdict.valid ? 'approved' : 'wrong_ocra';
    }
    this.answers.push({ challengeId: answer.challengeId, decision: answer.decision, outcome });
    // Single use once answered validly; a wrong PIN or number leaves the sign-in open for another try.
    const accepted = outcome === 'approved' || outcome === 'denied' || outcome === 'reported';
    if (accepted) entry.answered = true;
    return { accepted };
  }
}
