import { createHmac, randomBytes } from 'node:crypto';
import { mkdtempSync } from 'node:fs';
import { rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  activateDevice,
  confirmPin,
  createOfflineChallenge,
  DEFAULT_DEVICE_POLICY,
  type DeviceDeps,
  registerDevice,
  startEnrolment,
  verifyOfflineCode,
} from '@sesame/core';
import {
  computeOcra,
  decodeEnrolmentQr,
  decodeOfflineChallengeQr,
  exportEs256PublicJwk,
  fromBase64Url,
  generateEs256KeyPair,
  hashOcraPassword,
  ocraTimestamp,
  SESAME_OFFLINE_OCRA_SUITE,
  SESAME_OFFLINE_OCRA_WINDOW,
  SESAME_PIN_CONFIRMATION_OCRA_SUITE,
  signDeviceActivation,
  signDeviceRegistration,
  signPinConfirmationAnswer,
  verifyOcra,
} from '@sesame/protocol';
import { createDurableStore, createMemoryEphemeralStore } from '@sesame/storage';
import { createDeviceKeyFile, openDeviceKeys } from '@sesame/server';

/**
 * Operations per second and microseconds per operation, one operation at a time; and this
 * process's CPU microseconds per operation (user + system, Web Crypto's threads included), which
 * a busy machine disturbs much less than the wall clock.
 */
export interface Rate {
  count: number;
  opsPerSecond: number;
  usPerOp: number;
  cpuUsPerOp: number;
}

const cpuUs = () => {
  const { user, system } = process.cpuUsage();
  return user + system;
};

export interface InProcessResult {
  users: number;
  baselines: { hmacNode: Rate; hmacWebCrypto: Rate; verifyOcra: Rate; vaultAndOcra: Rate };
  right: Rate;
  wrong: Rate;
}

const PIN = '5739';
/** Challenges per enrolled user (each user has one device, and SQLite a realistic number of rows). */
const CHALLENGES_PER_USER = 4;
const WARM_UP = 200;

const wire = (message: unknown): unknown => JSON.parse(JSON.stringify(message));

async function rate(count: number, once: (i: number) => Promise<void> | void): Promise<Rate> {
  const c0 = cpuUs();
  const t0 = performance.now();
  for (let i = 0; i < count; i++) await once(i);
  const ms = performance.now() - t0;
  return { count, opsPerSecond: (count / ms) * 1000, usPerOp: (ms * 1000) / count, cpuUsPerOp: (cpuUs() - c0) / count };
}

/**
 * A user enrolled as the portal and the app do it, through core's own steps (startEnrolment →
 * registerDevice → confirmPin → activateDevice, as core's devices/test-kit.ts plays the app);
 * returns the device secret, which the app would hold sealed under the PIN.
 */
async function enrolUser(deps: DeviceDeps, userId: string): Promise<Uint8Array> {
  const now = new Date();
  const started = await startEnrolment(deps, { id: userId }, { name: 'Bench-Phone', pin: PIN, pinConfirm: PIN }, now);
  const qr = decodeEnrolmentQr(started.qrText);
  const keys = await generateEs256KeyPair();
  const registration = await signDeviceRegistration(keys.privateKey, {
    type: 'device-registration',
    enrolmentToken: qr.token,
    installationId: `inst-${randomBytes(8).toString('hex')}`,
    deviceName: qr.deviceName,
    publicKey: await exportEs256PublicJwk(keys.publicKey),
  });
  const result = await registerDevice(deps, wire(registration), now);
  const secret = fromBase64Url(result.deviceSecret);
  const ocraResponse = await computeOcra(SESAME_PIN_CONFIRMATION_OCRA_SUITE, secret, {
    question: result.pinConfirmation.question,
    passwordHash: await hashOcraPassword(SESAME_PIN_CONFIRMATION_OCRA_SUITE, PIN),
  });
  const answer = await signPinConfirmationAnswer(
    keys.privateKey,
    { type: 'pin-confirmation-answer', deviceId: result.deviceId, ocraResponse },
    result.pinConfirmation,
  );
  const verdict = await confirmPin(deps, wire(answer), now);
  if (!verdict.accepted) throw new Error('enrolment: PIN refused');
  await activateDevice(deps, wire(await signDeviceActivation(keys.privateKey, verdict.activation)), now);
  return secret;
}

interface Prepared {
  transaction: string;
  userId: string;
  right: string;
  wrong: string;
}

/**
 * The server's check of a typed code, core's verifyOfflineCode, in this process on the server's
 * own pieces: an SQLite durable store in a file (the embedded default), the in-memory ephemeral
 * store, the device-secret vault and the QR signer of apps/server devices/device-keys.ts.
 * `count` challenges are made first (not measured) for `count / 4` enrolled users; then, for
 * each challenge, a wrong code (a wrong PIN in the app: it counts a failure in SQLite, and the
 * challenge stays) and the right one (it takes the challenge and resets the count, so no device
 * ever gets near the block after 5 wrong answers in a row).
 */
export async function measureInProcess(count: number): Promise<InProcessResult> {
  const dir = mkdtempSync(join(tmpdir(), 'sesame-bench-offline-'));
  const durable = await createDurableStore(`sqlite:${join(dir, 'bench.db')}`);
  const ephemeral = createMemoryEphemeralStore();
  try {
    const keys = await openDeviceKeys(createDeviceKeyFile(new Date()));
    const deps: DeviceDeps = {
      durable,
      ephemeral,
      mailer: { send: async () => {} },
      vault: keys.vault,
      serverOrigin: 'http://127.0.0.1',
      serverKeys: keys.serverKeys,
      policy: DEFAULT_DEVICE_POLICY,
    };
    const total = count + WARM_UP;
    const users = Math.ceil(total / CHALLENGES_PER_USER);
    const secrets = new Map<string, Uint8Array>();
    for (let u = 0; u < users; u++) {
      const id = `q${String(u).padStart(7, '0')}`;
      await durable.users.create({
        id,
        email: `offline.${u}@bench.example.org`,
        firstName: 'Bench',
        lastName: `User ${u}`,
        emailLocale: 'en',
        passwordHash: 'unused',
        organisation: null,
        roles: [],
        createdAt: new Date(),
      });
      secrets.set(id, await enrolUser(deps, id));
    }

    const prepared: Prepared[] = [];
    for (let i = 0; i < total; i++) {
      const userId = `q${String(i % users).padStart(7, '0')}`;
      const transaction = randomBytes(32).toString('base64url');
      const { qrText } = await createOfflineChallenge(
        deps,
        keys.signer,
        { userId, loginTransactionId: transaction, relyingAppName: 'TRACES NT (démo)' },
        new Date(),
      );
      const { question } = decodeOfflineChallengeQr(qrText);
      const timestamp = ocraTimestamp(SESAME_OFFLINE_OCRA_SUITE, new Date());
      const right = await computeOcra(SESAME_OFFLINE_OCRA_SUITE, secrets.get(userId)!, { question, timestamp });
      // A wrong PIN in the app: another 32-byte secret, hence another code.
      const wrong = await computeOcra(SESAME_OFFLINE_OCRA_SUITE, randomBytes(32), { question, timestamp });
      prepared.push({
        transaction,
        userId,
        right,
        wrong: wrong === right ? String((Number(right) + 1) % 1e8).padStart(8, '0') : wrong,
      });
    }

    // Baselines, same secret sizes and question as the codes.
    const secret = secrets.values().next().value!;
    const question = decodeOfflineChallengeQr(
      (
        await createOfflineChallenge(
          deps,
          keys.signer,
          { userId: 'q0000000', loginTransactionId: 'b', relyingAppName: 'x' },
          new Date(),
        )
      ).qrText,
    ).question;
    const message = Buffer.from(question, 'hex');
    const hmacKey = await crypto.subtle.importKey(
      'raw',
      new Uint8Array(secret),
      { name: 'HMAC', hash: 'SHA-256' },
      false,
      ['sign'],
    );
    const window = { now: new Date(), ...SESAME_OFFLINE_OCRA_WINDOW };
    const code = prepared[0]!.right;
    const baselineCount = Math.max(count * 5, 2000);
    await rate(baselineCount, () => void createHmac('sha256', secret).update(message).digest());
    const hmacNode = await rate(baselineCount, () => void createHmac('sha256', secret).update(message).digest());
    await rate(baselineCount, async () => void (await crypto.subtle.sign('HMAC', hmacKey, message)));
    const hmacWebCrypto = await rate(
      baselineCount,
      async () => void (await crypto.subtle.sign('HMAC', hmacKey, message)),
    );
    await rate(
      count,
      async () => void (await verifyOcra(SESAME_OFFLINE_OCRA_SUITE, secret, { question }, code, window)),
    );
    const verifyOcraRate = await rate(count, async () => {
      await verifyOcra(SESAME_OFFLINE_OCRA_SUITE, secret, { question }, code, window);
    });
    // What verifyOfflineCode does per device besides the stores: open the sealed secret, verify.
    const [device] = await durable.devices.listByUser(prepared[0]!.userId);
    const sealed = { keyId: device!.secretKeyId, ciphertext: device!.secretCiphertext };
    const vaultAndOcra = await rate(count, async () => {
      const opened = await keys.vault.open(device!.id, sealed);
      await verifyOcra(SESAME_OFFLINE_OCRA_SUITE, opened, { question }, code, window);
      opened.fill(0);
    });

    const check = (p: Prepared, typed: string) => verifyOfflineCode(deps, p.transaction, p.userId, typed, new Date());
    for (const p of prepared.slice(0, WARM_UP)) {
      if ((await check(p, p.wrong)).valid) throw new Error('a wrong code was accepted');
      if (!(await check(p, p.right)).valid) throw new Error('a right code was refused');
    }
    // Interleaved, each timed alone: the first of two back-to-back phases runs measurably slower
    // (JIT, SQLite's cache), which would favour whichever came second.
    const measured = prepared.slice(WARM_UP);
    const sums = { wrong: { ms: 0, cpu: 0 }, right: { ms: 0, cpu: 0 } };
    for (const p of measured) {
      const [c0, t0] = [cpuUs(), performance.now()];
      const refused = await check(p, p.wrong);
      const [c1, t1] = [cpuUs(), performance.now()];
      const accepted = await check(p, p.right);
      const [c2, t2] = [cpuUs(), performance.now()];
      if (refused.valid || refused.blocked) throw new Error('a wrong code was accepted, or blocked its device');
      if (!accepted.valid) throw new Error('a right code was refused');
      sums.wrong.ms += t1 - t0;
      sums.wrong.cpu += c1 - c0;
      sums.right.ms += t2 - t1;
      sums.right.cpu += c2 - c1;
    }
    const asRate = ({ ms, cpu }: { ms: number; cpu: number }): Rate => ({
      count: measured.length,
      opsPerSecond: (measured.length / ms) * 1000,
      usPerOp: (ms * 1000) / measured.length,
      cpuUsPerOp: cpu / measured.length,
    });
    const wrong = asRate(sums.wrong);
    const right = asRate(sums.right);
    return { users, baselines: { hmacNode, hmacWebCrypto, verifyOcra: verifyOcraRate, vaultAndOcra }, right, wrong };
  } finally {
    await ephemeral.close();
    await durable.close();
    await rm(dir, { recursive: true, force: true });
  }
}
