import {
  computeOcra,
  decodeEnrolmentQr,
  type DeviceRegistrationResult,
  type EnrolmentPayload,
  exportEs256PublicJwk,
  fromBase64Url,
  generateEs256KeyPair,
  hashOcraPassword,
  ProtocolError,
  type PushSubscriptionJson,
  SESAME_PIN_CONFIRMATION_OCRA_SUITE,
  signDeviceRegistration,
  signPinConfirmationAnswer,
} from '@sesame/protocol';
import { AuthenticatorError, isAuthenticatorError } from '../errors';
import { checkPin, sealSecret } from '../secret/sealed-secret';
import { type AuthenticatorContext, epochSeconds } from './context';
import { accept } from './accept';
import {
  type AccountRecord,
  accountStatus,
  type EnrolledAccount,
  enrolledAccount,
  loadAccounts,
  loadInstallationId,
  saveAccounts,
} from './state';

export interface EnrolOptions {
  /** Base URL of the device API when it is not the QR's origin (a test server, a load generator behind a proxy). */
  readonly server?: string;
  /**
   * The app's Web Push subscription (Push API `PushSubscription.toJSON()`), sent in the signed
   * registration so the server can wake the app for a push challenge (design §5: RFC 8030/8291).
   * Absent when notifications are refused or the server has no VAPID key: the app then polls.
   */
  readonly pushSubscription?: PushSubscriptionJson;
  /**
   * Accept the device at once after a right PIN (annex step 10 done without asking), as the CLI,
   * load generators and tests need. Default true, so that callers written before the acceptance
   * step still end with an active device. The app passes false: `enrol` then ends with the
   * account stored 'awaiting-acceptance', and the user's tap on "Accept" calls `accept`.
   */
  readonly autoAccept?: boolean;
  /**
   * The phone's model ("Pixel 8", "iPhone"), sent only when the QR's device name is empty (the
   * portal's field was left empty): the server names the device from it (issue 11).
   */
  readonly deviceModel?: string;
}

/** A registration whose PIN the server has not confirmed yet. Kept in memory only: the secret is in clear. */
export interface PendingEnrolment {
  readonly server: string;
  readonly deviceKey: CryptoKey;
  readonly result: DeviceRegistrationResult;
  /** The endpoint of the subscription sent in the registration, or null (none sent). */
  readonly pushEndpoint: string | null;
}

/** Pending enrolments by enrolment token, owned by the Authenticator instance. */
export type PendingEnrolments = Map<string, PendingEnrolment>;

async function register(
  ctx: AuthenticatorContext,
  qr: EnrolmentPayload,
  server: string,
  installationId: string,
  pushSubscription: PushSubscriptionJson | undefined,
  deviceModel: string | undefined,
): Promise<PendingEnrolment> {
  // Design §5: a non-extractable ECDSA P-256 key — unless the store cannot hold one (the CLI).
  const keyPair = await generateEs256KeyPair(!ctx.store.keepsNonExtractableKeys);
  const registration = await signDeviceRegistration(keyPair.privateKey, {
    type: 'device-registration',
    enrolmentToken: qr.token,
    installationId,
    deviceName: qr.deviceName,
    ...(qr.deviceName === '' && deviceModel !== undefined ? { deviceModel } : {}),
    publicKey: await exportEs256PublicJwk(keyPair.publicKey),
    ...(pushSubscription === undefined ? {} : { pushSubscription }),
  });
  const result = await ctx.deviceApi(server).register(registration);
  if (result.account !== qr.account) {
    throw new ProtocolError('ERR_MESSAGE_INVALID', { field: 'account', reason: 'mismatch' });
  }
  return { server, deviceKey: keyPair.privateKey, result, pushEndpoint: pushSubscription?.endpoint ?? null };
}

/**
 * Annex steps 3–4: registers with the server named by the enrolment QR, answers the PIN
 * confirmation with OCRA(P = SHA-256(PIN)) (the protocol's device/pin-confirmation.ts), then
 * stores the device secret sealed under the PIN, with the account 'awaiting-acceptance' and the
 * server's activation request: annex step 10 (`accept`) makes it active — at once unless
 * `autoAccept` is false. When the server says the PIN is not the one chosen on the portal
 * (ERR_PIN_REJECTED, with the tries left), the registration stays pending in memory: calling
 * again with the same QR text and another PIN only retries the confirmation, since the
 * enrolment token is single-use. The same holds after ERR_NETWORK; any refusal by the server
 * (expired confirmation, unknown device, last try used) ends the enrolment: scan a new QR.
 */
export async function enrol(
  ctx: AuthenticatorContext,
  pendingEnrolments: PendingEnrolments,
  qrText: string,
  pin: string,
  options: EnrolOptions = {},
): Promise<EnrolledAccount> {
  checkPin(pin);
  const installationId = await loadInstallationId(ctx.store);
  if (installationId === undefined) throw new AuthenticatorError('ERR_NOT_INITIALISED');
  const qr = decodeEnrolmentQr(qrText);
  let pending = pendingEnrolments.get(qr.token);
  if (pending === undefined) {
    const server = options.server ?? qr.server;
    const accounts = await loadAccounts(ctx.store);
    // One awaiting acceptance does not block a new QR: its enrolment may have expired.
    if (accounts.some((a) => a.server === server && a.account === qr.account && accountStatus(a) === 'active')) {
      throw new AuthenticatorError('ERR_ALREADY_ENROLLED');
    }
    pending = await register(ctx, qr, server, installationId, options.pushSubscription, options.deviceModel);
    pendingEnrolments.set(qr.token, pending);
  }

  const { result } = pending;
  const secret = fromBase64Url(result.deviceSecret);
  try {
    const ocraResponse = await computeOcra(SESAME_PIN_CONFIRMATION_OCRA_SUITE, secret, {
      question: result.pinConfirmation.question,
      passwordHash: await hashOcraPassword(SESAME_PIN_CONFIRMATION_OCRA_SUITE, pin),
    });
    const answer = await signPinConfirmationAnswer(
      pending.deviceKey,
      { type: 'pin-confirmation-answer', deviceId: result.deviceId, ocraResponse },
      result.pinConfirmation,
    );
    let verdict;
    try {
      verdict = await ctx.deviceApi(pending.server).confirmPin(answer);
    } catch (error) {
      if (isAuthenticatorError(error, 'ERR_SERVER')) pendingEnrolments.delete(qr.token);
      throw error;
    }
    if (!verdict.accepted) {
      // The last try cancelled the enrolment on the server: the same QR cannot be retried.
      if (verdict.triesLeft === 0) pendingEnrolments.delete(qr.token);
      throw new AuthenticatorError(
        'ERR_PIN_REJECTED',
        verdict.triesLeft === undefined ? {} : { triesLeft: verdict.triesLeft },
      );
    }
    const record: AccountRecord = {
      deviceId: result.deviceId,
      server: pending.server,
      account: result.account,
      // The server's name: the QR's, or the one it made from the phone's model (issue 11).
      deviceName: result.deviceName ?? qr.deviceName,
      enrolledAt: epochSeconds(ctx.clock.now()),
      serverKeys: result.serverKeys,
      deviceKey: pending.deviceKey,
      secret: await sealSecret(secret, pin),
      status: 'awaiting-acceptance',
      activation: verdict.activation,
      pushEndpoint: pending.pushEndpoint,
    };
    // An earlier enrolment of the same account that was never accepted is over: this one replaces it.
    const others = (await loadAccounts(ctx.store)).filter(
      (a) => !(a.server === record.server && a.account === record.account),
    );
    await saveAccounts(ctx.store, [...others, record]);
    pendingEnrolments.delete(qr.token);
    if (options.autoAccept ?? true) return await accept(ctx, record.deviceId);
    return enrolledAccount(record);
  } finally {
    secret.fill(0);
  }
}
