/**
 * The phone's model, sent at registration when the portal's device name was left empty: the
 * server names the device from it (issue 11; core devices/device-name.ts makes the name, and
 * treats this text as untrusted). Best effort: undefined when the phone does not say.
 */

/** Longest model sent (protocol DEVICE_MODEL_MAX_BYTES is 64 bytes; 40 code points of at most 1–2 bytes fit well). */
const MODEL_MAX_CHARS = 40;
const MODEL_MAX_BYTES = 64;

/**
 * Chrome's reduced User-Agent (User-Agent Reduction, 2023) replaces the Android model by "K":
 * no model at all. Locale tokens ("ko-kr") and "U" (old security token) are not models either.
 */
const NOT_A_MODEL = /^(K|U|Mobile|wv|[a-z]{2}(-[a-z]{2})?|rv:.*)$/i;

/** Printable, single-spaced, within the protocol's limits; undefined when nothing is left. */
export function cleanModel(raw: string | undefined): string | undefined {
  if (raw === undefined) return undefined;
  const text = raw
    .normalize('NFC')
    .replace(/[\p{C}]/gu, '')
    .replace(/[\p{Z}\s]+/gu, ' ')
    .trim();
  let out = '';
  for (const char of text) {
    if ([...out].length >= MODEL_MAX_CHARS) break;
    if (new TextEncoder().encode(out + char).length > MODEL_MAX_BYTES) break;
    out += char;
  }
  out = out.trim();
  return out === '' ? undefined : out;
}

/**
 * The model a User-Agent names: on Android the token after "Android <version>;" (before
 * " Build/…"), e.g. "Pixel 8", "SM-S918B"; "iPhone" or "iPad" on Apple's (they name no model).
 */
export function modelFromUserAgent(userAgent: string): string | undefined {
  if (/\biPhone\b/.test(userAgent)) return 'iPhone';
  if (/\biPad\b/.test(userAgent)) return 'iPad';
  const platform = /\(([^)]*)\)/.exec(userAgent)?.[1];
  if (platform === undefined || !/\bAndroid\b/.test(platform)) return undefined;
  const tokens = platform.split(';').map((token) => token.trim());
  const android = tokens.findIndex((token) => /^Android\b/.test(token));
  for (const token of tokens.slice(android + 1)) {
    const model = token.replace(/\s+Build\/.*$/, '').trim();
    if (model !== '' && !NOT_A_MODEL.test(model)) return cleanModel(model);
  }
  return undefined;
}

interface UserAgentData {
  getHighEntropyValues(hints: string[]): Promise<{ model?: string; platform?: string }>;
}

/**
 * User-Agent Client Hints first (Chromium: `navigator.userAgentData`, whose `model` survives the
 * User-Agent reduction), then the User-Agent string.
 */
export async function phoneModel(
  nav: { userAgent: string; userAgentData?: UserAgentData } = navigator as never,
): Promise<string | undefined> {
  try {
    const hints = await nav.userAgentData?.getHighEntropyValues(['model', 'platform']);
    const model = cleanModel(hints?.model);
    if (model !== undefined) return model;
  } catch {
    // A browser may refuse high-entropy hints: the User-Agent string still says something.
  }
  return modelFromUserAgent(nav.userAgent);
}
