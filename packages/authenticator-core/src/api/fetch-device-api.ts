import {
  ENROLMENT_REFUSALS_PATH,
  parseDeviceRegistrationResult,
  parseEnrolmentRefusalResult,
  parsePinConfirmationResult,
  parsePushChallenge,
  parsePushNotice,
  ProtocolError,
  type PushChallenge,
} from '@sesame/protocol';
import { AuthenticatorError } from '../errors';
import type { DeviceApi } from '../ports/device-api';
import {
  challengeAnswerPath,
  DEVICE_API_PATHS,
  formatDeviceAuthorization,
  parseAnswerVerdict,
  parseChallengeList,
  pushSubscriptionProofPath,
} from './http-contract';
import { readServerSentEvents } from './server-sent-events';

/** The device API over `fetch` (browsers, Node ≥ 18), against the server at `baseUrl`. */
export function createFetchDeviceApi(baseUrl: string, fetchImpl: typeof fetch = globalThis.fetch): DeviceApi {
  const call = async (
    method: 'GET' | 'POST' | 'PUT',
    path: string,
    init: { body?: unknown; authorization?: string } = {},
  ) => {
    const headers: Record<string, string> = { accept: 'application/json' };
    if (init.body !== undefined) headers['content-type'] = 'application/json';
    if (init.authorization !== undefined) headers.authorization = init.authorization;
    let response: Response;
    try {
      response = await fetchImpl(new URL(path, baseUrl), {
        method,
        headers,
        ...(init.body === undefined ? {} : { body: JSON.stringify(init.body) }),
      });
    } catch (cause) {
      throw new AuthenticatorError('ERR_NETWORK', {}, { cause });
    }
    if (!response.ok) throw new AuthenticatorError('ERR_SERVER', { status: response.status });
    if (response.status === 204) return undefined;
    try {
      return (await response.json()) as unknown;
    } catch (cause) {
      throw new ProtocolError('ERR_MESSAGE_INVALID', { field: '$', reason: 'malformed' }, { cause });
    }
  };

  return {
    register: async (registration) =>
      parseDeviceRegistrationResult(await call('POST', DEVICE_API_PATHS.registrations, { body: registration })),
    refuseEnrolment: async (refusal) =>
      parseEnrolmentRefusalResult(await call('POST', ENROLMENT_REFUSALS_PATH, { body: refusal })),
    confirmPin: async (answer) =>
      parsePinConfirmationResult(
        await call('POST', DEVICE_API_PATHS.pinConfirmations, { body: answer }),
        answer.deviceId,
      ),
    activate: async (activation) =>
      parseAnswerVerdict(await call('POST', DEVICE_API_PATHS.activations, { body: activation })),
    challenges: async (proof) =>
      parseChallengeList(
        await call('GET', DEVICE_API_PATHS.challenges, { authorization: formatDeviceAuthorization(proof) }),
      ),
    answer: async (answer) =>
      parseAnswerVerdict(await call('POST', challengeAnswerPath(answer.challengeId), { body: answer })),
    updatePushSubscription: async (proof, subscription) => {
      await call('PUT', await pushSubscriptionProofPath(subscription), {
        body: { pushSubscription: subscription },
        authorization: formatDeviceAuthorization(proof),
      });
    },
    events: async (proof, onNotice, signal) => {
      let response: Response;
      try {
        // The proof signs the path alone; the query asks for each challenge on the stream.
        response = await fetchImpl(new URL(`${DEVICE_API_PATHS.events}?with=challenge`, baseUrl), {
          headers: { accept: 'text/event-stream', authorization: formatDeviceAuthorization(proof) },
          signal,
        });
      } catch (cause) {
        if (signal.aborted) return;
        throw new AuthenticatorError('ERR_NETWORK', {}, { cause });
      }
      if (!response.ok || response.body === null)
        throw new AuthenticatorError('ERR_SERVER', { status: response.status });
      try {
        // A push-challenge comes just before its push-notice: held until then, by challenge id.
        const heard = new Map<string, PushChallenge>();
        await readServerSentEvents(response.body, (event) => {
          try {
            if (event.event === 'push-challenge') {
              const challenge = parsePushChallenge(JSON.parse(event.data));
              heard.clear();
              heard.set(challenge.challengeId, challenge);
              return;
            }
            // Other events (an activation-notice is for a device still pending) are not this verb's.
            if (event.event !== 'push-notice') return;
            const notice = parsePushNotice(JSON.parse(event.data));
            const challenge = heard.get(notice.challengeId);
            heard.clear();
            onNotice(notice, challenge);
          } catch {
            // An event that does not parse is dropped: the next poll finds the challenge anyway.
          }
        });
      } catch (cause) {
        if (signal.aborted) return;
        throw new AuthenticatorError('ERR_NETWORK', {}, { cause });
      }
    },
  };
}
