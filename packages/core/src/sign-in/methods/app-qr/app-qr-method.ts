import { fitRelyingAppName } from '@sesame/protocol';
import type { DeviceDeps } from '../../../devices/device-deps';
import {
  createOfflineChallenge,
  currentOfflineChallenge,
  type OfflineChallengeSigner,
  type OfflineCodeResult,
  verifyOfflineCode,
} from '../../../devices/offline-codes';
import { isSesameError, SesameError } from '../../../errors';
import type { Settled, SignInMethod } from '../../method';
import { type AppQrAnswer, type AppQrData, appQrData, type AppQrView, parseAppQrAnswer } from './app-qr-data';

/** The `sign_in.failed` reason of a wrong code, whether or not it blocked the last device (as before). */
const WRONG_CODE = 'wrong_code';

/**
 * "Sésame app with QR code" (wire PASSWORD_SOFTWARE_TOKEN; design §5 "QR code"; issue #5), after a
 * right password: a challenge signed with the server key the apps hold, bound to this browser's
 * sign-in, which the app reads without network; the user types the app's 8-digit code here.
 *
 * The verdicts, as apps/server routes/sign-in-qr.tsx answered them (the HTTP edge maps them):
 * | verdict | when | page |
 * | verified | right code, taken once | session (the engine checks the credentials first) |
 * | refused wrong-answer | wrong code, a device may still answer | 401, "wrong code"; auditReason wrong_code |
 * | ended blocked, no `error` | this wrong code blocked the last usable device | 403, DEVICE_BLOCKED on the field with `blockedUntil`; auditReason wrong_code |
 * | refused invalid-input + error | not 8 digits | 400, the error on the field (parseAnswer throws it first) |
 * | expired | DEVICE_CHALLENGE_EXPIRED | 410, the challenge stays pending |
 * | ended gone / blocked + error | no challenge for this sign-in, no device, every device blocked | STATUS[error.code], formErrors(error) |
 * STORE_UNAVAILABLE and unexpected errors are thrown: a store that does not answer ends nothing.
 */
export function appQrMethod(
  devices: DeviceDeps,
  signer: OfflineChallengeSigner,
): SignInMethod<AppQrData, AppQrAnswer, AppQrView> {
  return {
    id: 'app-qr',
    wireName: 'PASSWORD_SOFTWARE_TOKEN',
    position: 'after-password',
    strengths: ['PASSWORD', 'PASSWORD_SOFTWARE_TOKEN'],
    dataSchema: appQrData,

    parseAnswer: parseAppQrAnswer,

    async start(input) {
      // After the password only: without an account there is no device to compute a code.
      if (input.userId === null) throw new SesameError('NO_ACTIVE_DEVICE');
      const created = await createOfflineChallenge(
        devices,
        signer,
        {
          userId: input.userId,
          loginTransactionId: input.handle,
          // The challenge carries at most RELYING_APP_NAME_MAX_BYTES: a long configured name is cut, not refused (ADR 0011).
          relyingAppName: fitRelyingAppName(input.appName),
        },
        input.now,
      );
      return { data: {}, expiresAt: created.expiresAt.getTime(), userId: input.userId };
    },

    async settle(input, answer) {
      if (input.userId === null) {
        return { verdict: 'ended', reason: 'gone', error: new SesameError('DEVICE_CHALLENGE_INVALID') };
      }
      let result: OfflineCodeResult;
      try {
        result = await verifyOfflineCode(devices, input.handle, input.userId, answer.code, input.now, input.meta);
      } catch (error) {
        return refusalOf(error, input.data);
      }
      if (result.valid) {
        return {
          verdict: 'verified',
          userId: input.userId,
          mobileDevices: [{ id: result.device.id, name: result.device.name }],
        };
      }
      if (!result.blocked)
        return { verdict: 'refused', reason: 'wrong-answer', data: input.data, auditReason: WRONG_CODE };
      return {
        verdict: 'ended',
        reason: 'blocked',
        auditReason: WRONG_CODE,
        ...(result.blockedUntil === null ? {} : { blockedUntil: result.blockedUntil }),
      };
    },

    async view(input) {
      const challenge = await currentOfflineChallenge(devices, input.handle, input.now);
      return challenge === null ? null : { qrText: challenge.qrText, expiresAt: challenge.expiresAt };
    },
  };
}

/** A code that could not be checked (see the table above); anything else is not the user's fault: thrown. */
function refusalOf(error: unknown, data: AppQrData): Settled<AppQrData> {
  if (!isSesameError(error) || error.code === 'STORE_UNAVAILABLE') throw error;
  switch (error.code) {
    case 'DEVICE_CHALLENGE_EXPIRED':
      return { verdict: 'expired' };
    case 'INVALID_INPUT':
      return { verdict: 'refused', reason: 'invalid-input', error, data };
    case 'DEVICE_BLOCKED':
      return { verdict: 'ended', reason: 'blocked', error };
    default:
      return { verdict: 'ended', reason: 'gone', error };
  }
}
