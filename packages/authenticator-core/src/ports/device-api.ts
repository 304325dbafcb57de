import type {
  DeviceActivation,
  DeviceRegistration,
  DeviceRegistrationResult,
  EnrolmentRefusal,
  EnrolmentRefusalResult,
  PinConfirmationAnswer,
  PinConfirmationResult,
  PushAnswer,
  PushChallenge,
  PushNotice,
  PushSubscriptionJson,
} from '@sesame/protocol';
import type { DeviceRequestProof } from '@sesame/protocol';

/**
 * The server's verdict on an answer. A wrong answer is a verdict, not an error: the device cannot
 * tell a wrong PIN (it only yields a wrong OCRA response), so only the server's word says so.
 */
export interface AnswerVerdict {
  readonly accepted: boolean;
}

/**
 * The server's device API (api/http-contract.ts gives its HTTP form). Every method rejects with
 * AuthenticatorError ERR_SERVER (with the HTTP status) when the server refuses the request, or
 * ERR_NETWORK when it cannot be reached; responses are parsed with the protocol's schemas.
 */
export interface DeviceApi {
  /** Annex step 3–4: the signed registration in, the device secret and PIN challenge out. */
  register(registration: DeviceRegistration): Promise<DeviceRegistrationResult>;
  /**
   * Issue 11: the app refuses a scanned enrolment QR before the PIN (one phone, one person); the
   * server ends that enrolment, or answers `refused: false` when its policy allows several
   * accounts. Optional: without it the app refuses alone and the server's own check stays.
   */
  refuseEnrolment?(refusal: EnrolmentRefusal): Promise<EnrolmentRefusalResult>;
  /**
   * Annex step 4: "the server checks that it is the PIN chosen in step 2". A right PIN brings the
   * activation request of annex step 10; a wrong one the tries left.
   */
  confirmPin(answer: PinConfirmationAnswer): Promise<PinConfirmationResult>;
  /** Annex step 10: the user accepts the device; the signed activation makes it active. */
  activate(activation: DeviceActivation): Promise<AnswerVerdict>;
  /** The device's unanswered push challenges (polling, or after a Web Push notice). */
  challenges(proof: DeviceRequestProof): Promise<PushChallenge[]>;
  answer(answer: PushAnswer): Promise<AnswerVerdict>;
  /**
   * The device's event stream while the app is open (design §5: the first way a request reaches
   * the app): calls `onNotice` for each new challenge, with the challenge itself when the server
   * sent it on the stream (`?with=challenge`, issue 12: then the app need not fetch it), resolves
   * when the stream ends (the server closed it, or `signal` aborted). Optional: an API without it
   * leaves Web Push and polling.
   */
  events?(
    proof: DeviceRequestProof,
    onNotice: (notice: PushNotice, challenge?: PushChallenge) => void,
    signal: AbortSignal,
  ): Promise<void>;
  /**
   * Gives the server the app's Web Push subscription after enrolment (issue 10, finding 6); the
   * proof signs `pushSubscriptionProofPath(subscription)`. Optional: without it the app polls.
   */
  updatePushSubscription?(proof: DeviceRequestProof, subscription: PushSubscriptionJson): Promise<void>;
}
