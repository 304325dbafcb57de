/**
 * Text the app shows to the user who decides (the asking application's name, the browser, the
 * place): what the device messages accept, and how a longer text is cut to fit (issue #10
 * finding 4; ADR 0011). The server and the configuration check use these, with the limits of
 * rules.ts, so what is configured, what is sent and what the app accepts cannot drift apart.
 */
import { isWellFormed, utf8Length } from '../bytes';
import type { ProtocolErrorReason } from '../errors';
import { RELYING_APP_NAME_MAX_BYTES } from './rules';

/** Ends a cut text; counted within the limit (3 bytes in UTF-8). */
export const ELLIPSIS = '…';

// C0/C1 controls, line/paragraph separators and the bidi controls that can make a name read
// differently from what it is ("Trojan Source", CVE-2021-42574): none belongs in text shown to
// a user who decides on it.
const UNSAFE_TEXT = /[\p{Cc}\u061C\u200E\u200F\u2028\u2029\u202A-\u202E\u2066-\u2069]/u;

/**
 * Why `value` is no display text of at most `maxBytes` UTF-8 bytes (non-empty, trimmed, well
 * formed, no control or bidi character), or null when it is one.
 */
export function displayTextProblem(
  value: string,
  maxBytes: number,
  options: { noSpace?: boolean } = {},
): ProtocolErrorReason | null {
  if (!isWellFormed(value)) return 'malformed';
  if (value.length === 0) return 'required';
  if (value.trim() !== value || UNSAFE_TEXT.test(value)) return 'malformed';
  if (options.noSpace && /\s/u.test(value)) return 'malformed';
  if (utf8Length(value) > maxBytes) return 'too_long';
  return null;
}

/** User-perceived characters (grapheme clusters) where the runtime knows them, else code points. */
function characters(text: string): string[] {
  if (typeof Intl !== 'undefined' && typeof Intl.Segmenter === 'function') {
    return Array.from(new Intl.Segmenter(undefined, { granularity: 'grapheme' }).segment(text), (s) => s.segment);
  }
  return Array.from(text);
}

/** The longest run of `pieces` from the start that holds in `budget` bytes. */
function takeWithin(pieces: readonly string[], budget: number): string {
  let out = '';
  let used = 0;
  for (const piece of pieces) {
    const size = utf8Length(piece);
    if (used + size > budget) break;
    out += piece;
    used += size;
  }
  return out;
}

/**
 * `text` when it holds in `maxBytes` UTF-8 bytes; otherwise its beginning, cut between two
 * characters — never inside a UTF-8 sequence or a surrogate pair, and between grapheme clusters
 * (an accent stays with its letter, a flag or a family emoji stays whole) — followed by "…", the
 * whole within `maxBytes`. A first character too big for the room alone is cut between code points.
 */
export function fitDisplayText(text: string, maxBytes: number): string {
  if (utf8Length(text) <= maxBytes) return text;
  const budget = maxBytes - utf8Length(ELLIPSIS);
  if (budget < 0) return takeWithin(Array.from(text), maxBytes);
  const head = takeWithin(characters(text), budget) || takeWithin(Array.from(text), budget);
  return `${head.trimEnd()}${ELLIPSIS}`;
}

/** The asking application's name as the push and offline challenges carry it. */
export function fitRelyingAppName(name: string): string {
  return fitDisplayText(name, RELYING_APP_NAME_MAX_BYTES);
}

/**
 * Why an application's configured name can never be carried by the device messages (a control
 * or bidi character, spaces around it, a broken UTF-16 string), or null when it can, cut if
 * needed. Checked when the configuration is read, so a name that would make "PIN code" or
 * "QR code" fail stops the start instead.
 */
export function relyingAppNameProblem(name: string): ProtocolErrorReason | null {
  return (
    displayTextProblem(name, Number.POSITIVE_INFINITY) ??
    displayTextProblem(fitRelyingAppName(name), RELYING_APP_NAME_MAX_BYTES)
  );
}
