/**
 * Shapes and limits of the device API fields. The byte limits keep the QR payloads small
 * (qr/: the offline challenge stays within a version-10 QR code at level M even at the limits).
 */

/** Server- or app-generated opaque identifiers (device id, installation id; a UUID fits). */
export const OPAQUE_ID_PATTERN = /^[A-Za-z0-9_-]{16,64}$/;
/** Random tokens, challenge ids and nonces: ≥ 128 bits (design §10), at most 512. */
export const RANDOM_MIN_BYTES = 16;
export const RANDOM_MAX_BYTES = 64;
/** Account identifier shown by the app ("connected to the account of n0025vuz"). */
export const ACCOUNT_PATTERN = /^[A-Za-z0-9][A-Za-z0-9._-]{0,15}$/;
/** Key id of a server signing key. */
export const KEY_ID_PATTERN = /^[A-Za-z0-9_-]{1,8}$/;
/** The QH40 question of the Sésame suites, lower-case hex. */
export const QUESTION_PATTERN = /^[0-9a-f]{40}$/;
/** The 8-digit response of the Sésame suites. */
export const OCRA_RESPONSE_PATTERN = /^[0-9]{8}$/;

export const RELYING_APP_NAME_MAX_BYTES = 40;
/** Annex step 2: the device name has no spaces. */
export const DEVICE_NAME_MAX_BYTES = 32;
/**
 * The phone's model the app sends when the portal's device name was left empty (issue 11: the
 * name proposed from the phone), e.g. "Pixel 8", "iPhone". Untrusted: the server makes a device
 * name of it (core devices/device-name.ts).
 */
export const DEVICE_MODEL_MAX_BYTES = 64;
export const CONTEXT_TEXT_MAX_BYTES = 120;
export const SERVER_ORIGIN_MAX_LENGTH = 64;
export const DEVICE_SECRET_BYTES = 32;
export const SIGNATURE_BYTES = 64;

/** NIST SP 800-63B rev 3 §5.1.3.2: an out-of-band authentication is invalid after 10 minutes. */
export const PUSH_CHALLENGE_MAX_LIFETIME = 600;
export const PIN_CONFIRMATION_MAX_LIFETIME = 600;
/** The offline QR challenge lives at most 5 minutes. */
export const OFFLINE_CHALLENGE_MAX_LIFETIME = 300;
/** The device acceptance that follows a right PIN (annex step 10) lives as long as the PIN confirmation. */
export const DEVICE_ACTIVATION_MAX_LIFETIME = 600;
