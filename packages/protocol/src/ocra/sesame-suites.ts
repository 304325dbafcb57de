/**
 * The OCRA suites of the Sésame app (design §5). All three share one HMAC (SHA-256, keyed by the
 * 256-bit device secret), one challenge shape (QH40: 40 hex digits = 160 random bits) and one
 * response length (8 digits), so the app and the server run a single code path.
 *
 * Why, against RFC 6287 §8 (Security Considerations: the strength of OCRA rests on the key, the
 * length of the response and how many attempts a verifier allows) and the tiqr PIN design:
 * - HOTP-SHA256: the key is a 256-bit secret; HMAC-SHA-256 uses all of it and is in every Web
 *   Crypto. SHA-1 is kept only for the RFC vectors; SHA-512 adds nothing once truncated.
 * - 8 digits: a blind guess succeeds with probability 10^-8 (10^-6 with 6 digits), and the
 *   server blocks the device after 5 wrong answers in a row (design §5) — the limit on attempts
 *   that §8 relies on and NIST SP 800-63B §3.1.4.2 requires for outputs under 64 bits. Eight
 *   digits still read and type well as two groups of four.
 * - QH40: the challenge is the one random value in the computation, so it carries the design
 *   §10 rule "random ≥ 128 bits" (160 here). Hex maps to bytes one to one — no decimal-to-hex
 *   conversion with the odd-nibble quirk of QN — and 20 bytes keep the offline QR small.
 * - No C: a counter must stay in step between app and server; single-use random challenges give
 *   uniqueness without that state.
 * - No P: in the tiqr design the PIN only decrypts the device secret in the app; a wrong PIN gives
 *   a wrong key, hence a wrong answer that only the server can recognise and count. A P input
 *   would oblige the server to keep a hash of a 4-digit PIN — 10^4 candidates, the PIN in clear
 *   for anyone who reads the database — and would prove nothing more. The one exception is the
 *   enrolment check (SESAME_PIN_CONFIRMATION_OCRA_SUITE) below.
 * - No S: the binding to the sign-in transaction is held by the server (the challenge is bound to
 *   the waiting browser and consumed once) and, for the QR, by the server's ECDSA signature.
 *
 * A limit of the design that no suite choice removes: whoever holds the phone's encrypted secret
 * AND one (question, response) pair — a code read over the user's shoulder with its QR — can try
 * the 10^4 PINs offline, and 8 digits single out the right one. So the app keeps no history of
 * questions or codes, and push answers travel only to the server over TLS.
 */

/**
 * "QR code" (offline): the question is the 20 random bytes of the server-signed QR challenge;
 * the user types the 8 digits in the browser. T1M binds the code to the minute it was computed:
 * a code that is read over a shoulder or relayed by a phishing page dies within the acceptance
 * window even while its challenge (≤ 5 min) still lives, and NIST SP 800-63B §3.1.4.1 asks a
 * time-based nonce to change at least every two minutes.
 */
export const SESAME_OFFLINE_OCRA_SUITE = 'OCRA-1:HOTP-SHA256-8:QH40-T1M';

/**
 * Steps a verifier should accept for the offline suite: the current minute, two before it (the
 * minute can turn while the user types; an offline phone's clock may run slow) and one after.
 */
export const SESAME_OFFLINE_OCRA_WINDOW = { pastSteps: 2, futureSteps: 1 } as const;

/**
 * "PIN code" (push) and "On mobile": the question is derived from the whole challenge envelope
 * and the number the user picked (see pushOcraQuestion), in the manner of the RFC's plain
 * signature mode (§7.3.1, Plain Signature); no T, because the envelope carries a single-use nonce and its own
 * expiry, and a wrong phone clock must not break a push.
 */
export const SESAME_PUSH_OCRA_SUITE = 'OCRA-1:HOTP-SHA256-8:QH40';

/**
 * Enrolment step 4 (design §5, annex step 4): "the server checks that it is the PIN chosen in
 * step 2". The app has just received the device secret and not yet stored it, so a wrong PIN
 * cannot show as a wrong key; instead the app answers once with P = SHA-256(PIN). The server holds
 * that hash only in the short-lived enrolment record and forgets it when the device is active.
 */
export const SESAME_PIN_CONFIRMATION_OCRA_SUITE = 'OCRA-1:HOTP-SHA256-8:QH40-PSHA256';
