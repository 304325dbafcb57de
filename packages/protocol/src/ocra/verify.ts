import { ProtocolError } from '../errors';
import { timingSafeEqual } from '../bytes';
import { computeOcra } from './compute';
import type { OcraInput } from './data-input';
import { importOcraKey } from './key';
import { OCRA_HASH_BYTES, type OcraSuite, toOcraSuite } from './suite';
import { ocraTimestamp } from './time';

export interface OcraVerifyOptions {
  /** Verifier's clock for time-based suites when `input.timestamp` is not given. Default: now. */
  readonly now?: Date;
  /** Time steps accepted before the current one (late typing, slow clock). Default 1, at most 10. */
  readonly pastSteps?: number;
  /** Time steps accepted after the current one (a phone clock ahead). Default 1, at most 10. */
  readonly futureSteps?: number;
}

/** Stateless verdict: the caller consumes the challenge; `timestamp` is the step that matched. */
export type OcraVerdict = { readonly valid: false } | { readonly valid: true; readonly timestamp: number | null };

const MAX_WINDOW = 10;

function steps(value: number | undefined, field: string): number {
  const n = value ?? 1;
  if (!Number.isInteger(n) || n < 0 || n > MAX_WINDOW) {
    throw new ProtocolError('ERR_OCRA_INPUT_INVALID', { field, reason: 'out_of_range' });
  }
  return n;
}

/**
 * Checks a response against the expected inputs, comparing in constant time. For a time-based
 * suite without `input.timestamp`, tries the current step first, then the past ones, then the
 * future ones. A response of the wrong shape is simply not valid (it is user input); inputs
 * that do not match the suite still throw, as in computeOcra.
 *
 * Replays are the caller's business: NIST SP 800-63B §3.1.4.2 wants a response accepted once,
 * which Sésame gets by consuming the single-use challenge atomically.
 */
export async function verifyOcra(
  suite: OcraSuite | string,
  key: Uint8Array | CryptoKey,
  input: OcraInput,
  response: string,
  options: OcraVerifyOptions = {},
): Promise<OcraVerdict> {
  const s = toOcraSuite(suite);
  const past = steps(options.pastSteps, 'pastSteps');
  const future = steps(options.futureSteps, 'futureSteps');
  const hmacKey = key instanceof Uint8Array ? await importOcraKey(s, key) : key;
  const shape =
    s.digits === 0 ? new RegExp(`^[0-9a-f]{${2 * OCRA_HASH_BYTES[s.hash]}}$`) : new RegExp(`^[0-9]{${s.digits}}$`);
  const wellFormed = typeof response === 'string' && shape.test(response);

  const candidates: Array<number | bigint | undefined> = [];
  if (s.timeStep === null || input.timestamp !== undefined) candidates.push(input.timestamp);
  else {
    const current = ocraTimestamp(s, options.now ?? new Date());
    candidates.push(current);
    for (let i = 1; i <= past; i++) if (current - i >= 0) candidates.push(current - i);
    for (let i = 1; i <= future; i++) candidates.push(current + i);
  }

  let matched: number | bigint | undefined | null = null;
  for (const timestamp of candidates) {
    // Compute every candidate even after a match or for a malformed response, so the time
    // taken does not tell which step matched nor whether the shape was right.
    const expected = await computeOcra(s, hmacKey, { ...input, timestamp });
    if (wellFormed && matched === null && timingSafeEqual(expected, response)) matched = timestamp;
  }
  if (matched === null) return { valid: false };
  return { valid: true, timestamp: matched === undefined ? null : Number(matched) };
}
