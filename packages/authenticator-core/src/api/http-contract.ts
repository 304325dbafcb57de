import { parsePushChallenge, ProtocolError, type PushChallenge } from '@sesame/protocol';
import type { AnswerVerdict } from '../ports/device-api';
import type { DeviceRequestProof } from '@sesame/protocol';

/**
 * The device API over HTTP. apps/server's device-api routes will implement exactly these; the
 * fetch adapter calls them and the CLI test's fake HTTP server plays them. JSON bodies.
 *
 * | request                                        | body                  | success                             | refusals                                                   |
 * | ---------------------------------------------- | --------------------- | ----------------------------------- | ---------------------------------------------------------- |
 * | POST /device/v1/registrations                  | DeviceRegistration    | 201 DeviceRegistrationResult        | 400 malformed or bad signature; 404 token unknown, used or expired (one answer for the three) |
 * | POST /device/v1/enrolment-refusals             | EnrolmentRefusal      | 200 EnrolmentRefusalResult          | 400 malformed; 404 token unknown, used or expired (a repeated refusal is 200 again) |
 * | POST /device/v1/pin-confirmations              | PinConfirmationAnswer | 200 PinConfirmationResult           | 400; 404 no device awaits confirmation; 410 expired        |
 * | POST /device/v1/activations                    | DeviceActivation      | 200 {"accepted": true}              | 400 malformed or bad signature; 404 no acceptance awaited (unknown, used, or PIN not confirmed); 410 expired (the enrolment is cancelled) |
 * | GET  /device/v1/challenges                     | — (Authorization)     | 200 {"challenges": PushChallenge[]} | 401 unknown device, missing, stale or bad proof            |
 * | POST /device/v1/challenges/:challengeId/answer | PushAnswer            | 200 {"accepted": boolean}           | 400 (also when the body's challengeId is not :challengeId); 403 device blocked; 404 unknown or answered; 410 expired |
 * | GET  /device/v1/web-push-key                   | —                     | 200 {"publicKey": string}           | 404 Web Push is off on this server                         |
 * | GET  /device/v1/events                         | — (Authorization)     | 200 text/event-stream               | 401 as GET /device/v1/challenges; 403 device blocked; 503 store unavailable |
 * | PUT  /device/v1/push-subscription              | {"pushSubscription"} (Authorization) | 204                  | 400 malformed; 401 as GET /device/v1/challenges; 403 device blocked |
 *
 * `web-push-key` is the VAPID public key (RFC 8292 §3.2, base64url of the uncompressed P-256
 * point) to give `pushManager.subscribe` as `applicationServerKey`; the subscription then goes in
 * the DeviceRegistration. A Web Push message carries only a PushNotice (deviceId, challengeId),
 * encrypted (RFC 8291): the app fetches the challenge with GET /device/v1/challenges.
 *
 * PinConfirmationResult (protocol device/device-activation.ts) is `{"accepted": true, "activation":
 * DeviceActivationRequest}` for the right PIN, `{"accepted": false, "triesLeft": n}` for a wrong
 * one (0: the enrolment is cancelled). The device stays pending until the app sends the
 * DeviceActivation, signed over the request's nonce (annex step 10: the user accepts the device);
 * meanwhile the server tells the app with an ActivationNotice `{"type": "activation-notice",
 * "deviceId"}` by Web Push when the registration gave a subscription. Only then is the device
 * active, the account mailed and the portal page told.
 *
 * `events` is a server-sent event stream, read with fetch (EventSource cannot send the
 * Authorization header; the proof signs GET /device/v1/events): `event: push-notice` with a
 * PushNotice as `data` for each new challenge of the device (the server also relays an
 * `event: activation-notice`, but the stream serves active devices only: a device awaiting its
 * acceptance hears it by Web Push, and has the request from the PIN confirmation already), and a comment line (`: heartbeat`)
 * every 25 s. This app opens it as `GET /device/v1/events?with=challenge` (the proof still signs
 * the path alone): each push-notice then follows an `event: push-challenge` carrying the
 * PushChallenge that GET /device/v1/challenges would list, and the app need not fetch it. The server ends it when its store stops answering or the device is no longer
 * active; the app reconnects with a fresh proof and, meanwhile, polls GET /device/v1/challenges.
 *
 * A wrong OCRA response or a wrong number is `"accepted": false`, not an HTTP error: the server
 * counts it and blocks the device after 5 in a row (design §5). For deny and report, `true`
 * means the answer was signed by the device and recorded.
 */
export const DEVICE_API_PATHS = {
  registrations: '/device/v1/registrations',
  enrolmentRefusals: '/device/v1/enrolment-refusals',
  pinConfirmations: '/device/v1/pin-confirmations',
  activations: '/device/v1/activations',
  challenges: '/device/v1/challenges',
  events: '/device/v1/events',
  pushSubscription: '/device/v1/push-subscription',
} as const;

/** PUT /device/v1/push-subscription signs `pushSubscriptionProofPath` (@sesame/protocol). */
export { pushSubscriptionProofPath } from '@sesame/protocol';

/** challengeId is base64url (protocol rules), safe in a path segment as it is. */
export function challengeAnswerPath(challengeId: string): string {
  return `${DEVICE_API_PATHS.challenges}/${challengeId}/answer`;
}

/** `Authorization: SesameDevice <deviceId>.<issuedAt>.<signature>` (api/device-request-proof.ts). */
export function formatDeviceAuthorization(proof: DeviceRequestProof): string {
  return `SesameDevice ${proof.deviceId}.${proof.issuedAt}.${proof.signature}`;
}

const AUTHORIZATION = /^SesameDevice ([A-Za-z0-9_-]{16,64})\.(0|[1-9][0-9]{0,9})\.([A-Za-z0-9_-]{86})$/;

export function parseDeviceAuthorization(header: string | undefined): DeviceRequestProof | null {
  const match = header === undefined ? null : AUTHORIZATION.exec(header);
  if (!match) return null;
  return { deviceId: match[1]!, issuedAt: Number(match[2]), signature: match[3]! };
}

function invalid(field: string): never {
  throw new ProtocolError('ERR_MESSAGE_INVALID', { field, reason: 'malformed' });
}

function onlyKey(value: unknown, key: string): unknown {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) invalid('$');
  const keys = Object.keys(value);
  if (keys.length !== 1 || keys[0] !== key) invalid(key);
  return (value as Record<string, unknown>)[key];
}

export function parseAnswerVerdict(value: unknown): AnswerVerdict {
  const accepted = onlyKey(value, 'accepted');
  if (typeof accepted !== 'boolean') invalid('accepted');
  return { accepted };
}

export function parseChallengeList(value: unknown): PushChallenge[] {
  const challenges = onlyKey(value, 'challenges');
  if (!Array.isArray(challenges)) invalid('challenges');
  return challenges.map((challenge, i) => parsePushChallenge(challenge, `challenges[${i}]`));
}
