import { tokenDigest } from '../security/random-token';

/**
 * Pub/sub channels of the device flows on the ephemeral store. A browser's login transaction
 * handle is a cookie secret: channels and keys carry its digest, never the handle (as
 * sessions/login-transaction.ts keys it), so a store monitor reveals no live handle.
 */
export function deviceEnrolledChannel(userId: string): string {
  return `device-enrolled:${userId}`;
}

/**
 * What an open app hears at once, on its event stream (GET /device/v1/events): a PushNotice for
 * each new challenge of the device. The device id is not a secret; the stream needs its proof.
 */
export function deviceEventsChannel(deviceId: string): string {
  return `device-events:${deviceId}`;
}

export function loginTransactionChannel(loginTransactionId: string): string {
  return `login-transaction:${tokenDigest(loginTransactionId)}`;
}

/** Message on deviceEnrolledChannel. */
export interface DeviceEnrolledEvent {
  type: 'device-enrolled';
  deviceId: string;
  name: string;
}

/**
 * Message on deviceEnrolledChannel: the app refused the QR of the enrolment `enrolmentId`
 * (enrolment.ts refuseEnrolment) — the portal page showing that QR stops waiting and says why.
 */
export interface EnrolmentRefusedEvent {
  type: 'enrolment-refused';
  enrolmentId: string;
  reason: 'other-account' | 'same-account';
}

/**
 * Message on loginTransactionChannel: how the push ended. `failed` is a wrong number or a wrong
 * PIN (the device may now be blocked); `cancelled` is a device deleted while its challenge waited.
 */
export interface PushVerdictEvent {
  type: 'push-verdict';
  challengeId: string;
  deviceId: string;
  verdict: PushVerdict;
}

export type PushVerdict = 'approved' | 'denied' | 'reported' | 'failed' | 'cancelled';
