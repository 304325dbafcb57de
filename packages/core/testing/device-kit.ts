/** A device world for the devices/ tests (core, and the sign-in methods): fake clock shared with the memory store, one user. */
import {
  computeOcra,
  decodeEnrolmentQr,
  type DeviceActivationRequest,
  type DeviceRegistrationResult,
  exportEs256PublicJwk,
  fromBase64Url,
  generateEs256KeyPair,
  hashOcraPassword,
  type PushChallenge,
  type PushDecision,
  pushOcraQuestion,
  SESAME_PIN_CONFIRMATION_OCRA_SUITE,
  SESAME_PUSH_OCRA_SUITE,
  signDeviceActivation,
  signDeviceRegistration,
  signPinConfirmationAnswer,
  signPushAnswer,
} from '@sesame/protocol';
import { createMemoryEphemeralStore } from './memory-ephemeral-store';
import type { AuditEvent, DurableStore, EphemeralStore, MailRequest, UserRecord } from '../src/ports';
import { DEFAULT_DEVICE_POLICY, type DeviceDeps, type DevicePolicy } from '../src/devices/device-deps';
import { createDeviceSecretVault } from '../src/devices/device-secret-vault';
import { activateDevice, confirmPin, registerDevice, startEnrolment } from '../src/devices/enrolment';
import { createMemoryCredentialRepository } from './memory-credential-repository';
import { createMemoryDeviceRepository } from './memory-device-repository';

export const T0 = Date.parse('2025-03-01T08:00:00.000Z');
export const PIN = '5739';

export const user = (id: string, email = `${id}@example.org`): UserRecord => ({
  id,
  email,
  firstName: 'Marie',
  lastName: 'Dupont',
  emailLocale: 'fr',
  passwordHash: 'unused',
  organisation: null,
  roles: [],
  createdAt: new Date(T0),
  credentialsChangedAt: new Date(T0),
  secondFactorSince: null,
  recovery: null,
});

const wire = (message: unknown): unknown => JSON.parse(JSON.stringify(message));

export async function createDeviceKit(policy: Partial<DevicePolicy> = {}) {
  let time = T0;
  const writes: string[] = [];
  const memory = createMemoryEphemeralStore({ clock: () => time });
  // Records every value written, to prove what the server keeps.
  const ephemeral: EphemeralStore = {
    ...memory,
    set: (key, value, ttl) => (writes.push(value), memory.set(key, value, ttl)),
  };
  const devices = createMemoryDeviceRepository();
  const credentials = createMemoryCredentialRepository();
  const users = new Map([
    ['n0025vuz', user('n0025vuz')],
    ['x0099abc', user('x0099abc')],
  ]);
  const audit: AuditEvent[] = [];
  const mails: MailRequest[] = [];
  const repos = {
    users: {
      findById: async (id: string) => users.get(id) ?? null,
      update: async (id: string, patch: Partial<UserRecord>) => {
        const found = users.get(id);
        if (found) users.set(id, { ...found, ...patch });
        return found !== undefined;
      },
      startRecovery: async (id: string, recovery: NonNullable<UserRecord['recovery']>) => {
        const found = users.get(id);
        if (!found) return null;
        if (found.recovery === null) users.set(id, { ...found, recovery });
        return users.get(id)!.recovery;
      },
    },
    devices,
    credentials,
    audit: { append: async (e: AuditEvent) => void audit.push(e), list: async () => [] },
    outbox: {},
  } as unknown as DurableStore;
  const durable = { ...repos, kind: 'sqlite', transaction: (work) => work(repos) } as DurableStore;
  const server = await generateEs256KeyPair();
  const deps: DeviceDeps = {
    durable,
    ephemeral,
    mailer: { send: async (mail) => void mails.push(mail) },
    vault: await createDeviceSecretVault({ currentKeyId: 'k1', keys: { k1: new Uint8Array(32).fill(9) } }),
    serverOrigin: 'https://sesame.example.org',
    serverKeys: [{ ...(await exportEs256PublicJwk(server.publicKey)), kid: 'k1', alg: 'ES256', use: 'sig' }],
    policy: { ...DEFAULT_DEVICE_POLICY, ...policy },
  };
  const now = () => new Date(time);

  /** The app: scans the QR, registers with a new key; `installationId` identifies the phone. */
  /** The app's registration after scanning `qrText`; `deviceModel` as the app sends it for an empty name (issue 11). */
  async function scan(qrText: string, installationId = 'inst-0123456789abcdef', deviceModel?: string) {
    const qr = decodeEnrolmentQr(qrText);
    const keys = await generateEs256KeyPair();
    const registration = await signDeviceRegistration(keys.privateKey, {
      type: 'device-registration',
      enrolmentToken: qr.token,
      installationId,
      deviceName: qr.deviceName,
      ...(deviceModel === undefined ? {} : { deviceModel }),
      publicKey: await exportEs256PublicJwk(keys.publicKey),
    });
    return { keys, registration: wire(registration) };
  }

  async function pinAnswer(keys: CryptoKeyPair, result: DeviceRegistrationResult, pin: string) {
    const ocraResponse = await computeOcra(SESAME_PIN_CONFIRMATION_OCRA_SUITE, fromBase64Url(result.deviceSecret), {
      question: result.pinConfirmation.question,
      passwordHash: await hashOcraPassword(SESAME_PIN_CONFIRMATION_OCRA_SUITE, pin),
    });
    return wire(
      await signPinConfirmationAnswer(
        keys.privateKey,
        { type: 'pin-confirmation-answer', deviceId: result.deviceId, ocraResponse },
        result.pinConfirmation,
      ),
    );
  }

  /** The app accepts the device (annex step 10): the activation signed over the request's nonce. */
  async function accept(keys: CryptoKeyPair, request: DeviceActivationRequest, signer = keys.privateKey) {
    return wire(await signDeviceActivation(signer, request));
  }

  /** Portal + app: a device made active on `userId`. */
  async function enrol(userId = 'n0025vuz', installationId?: string, name = 'Pixel-de-Marie') {
    // A session that presented a second factor: enrolling a further device needs one (issue 10).
    const started = await startEnrolment(deps, { id: userId }, { name, pin: PIN, pinConfirm: PIN }, now(), [
      'PASSWORD',
      'PASSWORD_MOBILE_APP',
    ]);
    const { keys, registration } = await scan(started.qrText, installationId);
    const result = await registerDevice(deps, registration, now());
    const verdict = await confirmPin(deps, await pinAnswer(keys, result, PIN), now());
    if (!verdict.accepted) throw new Error('enrolment failed');
    await activateDevice(deps, await accept(keys, verdict.activation), now());
    return { keys, result, secret: fromBase64Url(result.deviceSecret), deviceId: result.deviceId };
  }

  /**
   * The app answers a push. A wrong PIN in the app decrypts a wrong secret: `wrongPin` plays it
   * with a random key.
   */
  async function answer(
    device: { keys: CryptoKeyPair; secret: Uint8Array },
    challenge: PushChallenge,
    decision: PushDecision,
    options: { picked?: number; wrongPin?: boolean; signer?: CryptoKey } = {},
  ) {
    if (decision !== 'approve') {
      return wire(
        await signPushAnswer(
          options.signer ?? device.keys.privateKey,
          { type: 'push-answer', deviceId: challenge.deviceId, challengeId: challenge.challengeId, decision },
          challenge,
        ),
      );
    }
    const picked = options.picked!;
    const key = options.wrongPin ? crypto.getRandomValues(new Uint8Array(32)) : device.secret;
    const ocraResponse = await computeOcra(SESAME_PUSH_OCRA_SUITE, key, {
      question: await pushOcraQuestion(challenge, picked),
    });
    return wire(
      await signPushAnswer(
        options.signer ?? device.keys.privateKey,
        {
          type: 'push-answer',
          deviceId: challenge.deviceId,
          challengeId: challenge.challengeId,
          decision,
          pickedNumber: picked,
          ocraResponse,
        },
        challenge,
      ),
    );
  }

  return {
    deps,
    devices,
    credentials,
    users,
    audit,
    mails,
    writes,
    now,
    advance: (ms: number) => void (time += ms),
    scan,
    pinAnswer,
    accept,
    enrol,
    answer,
    close: () => memory.close(),
  };
}

export type DeviceKit = Awaited<ReturnType<typeof createDeviceKit>>;
