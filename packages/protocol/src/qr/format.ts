/**
 * Sésame QR payloads, format version 1.
 *
 * Text = base64url (RFC 4648 §5, unpadded, canonical) of a binary frame:
 *
 *     byte 0   format version (1)
 *     byte 1   kind (1 = enrolment, 2 = offline challenge)
 *     …        the kind's body, fields in a fixed order; a string is one length byte and its
 *              UTF-8 bytes; integers are big-endian; nothing may follow the last field.
 *
 * Why binary and base64url rather than `sesame:1:…` text or JSON: the offline challenge carries
 * a 64-byte ECDSA signature, a 20-byte question and two times, which as text or JSON would take
 * twice the room; a readable QR on a laptop screen needs a low QR version. Base64url keeps the
 * payload printable and safe in any API or log line, and a decoder recognises a foreign QR at
 * once (not base64url, or wrong first bytes). The version byte comes first so a future format
 * can change everything after it; an unknown version or kind is refused with its own code.
 *
 * Sizes (QR byte mode, level M — ISO/IEC 18004: version 9 holds 180 bytes, version 10 213):
 * an offline challenge is 92 fixed bytes plus its strings; with the limits of device/rules.ts
 * (kid ≤ 8, account ≤ 16, relying app ≤ 40 bytes) it is at most 159 bytes → 212 characters,
 * version 10 at the very worst; a typical one (kid "k1", account "n0025vuz", "TRACES NT (démo)")
 * is 122 bytes → 163 characters, version 9.
 */
export const QR_FORMAT_VERSION = 1;

export const QR_KIND_CODES = { enrolment: 0x01, 'offline-challenge': 0x02 } as const;
export type QrKind = keyof typeof QR_KIND_CODES;

/** Byte capacity of a version-10 QR code at error correction level M. */
export const QR_V10_M_BYTE_CAPACITY = 213;

/** Longest text a decoder looks at; anything longer is not ours. */
export const QR_TEXT_MAX_LENGTH = 400;
