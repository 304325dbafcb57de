import { ProtocolError, type ProtocolErrorReason } from '../errors';
import { type Bytes, concatBytes, uintBytes, utf8 } from '../bytes';
import { encodeOcraQuestion } from './question';
import { OCRA_HASH_BYTES, type OcraSuite, toOcraSuite } from './suite';

/** The variable inputs of one OCRA computation; which ones are required depends on the suite. */
export interface OcraInput {
  /** `C`: the counter, 0 ≤ C < 2^64. */
  readonly counter?: number | bigint;
  /** `Q`: the challenge in the suite's format (decimal digits, hex digits or alphanumeric). */
  readonly question: string;
  /** `P`: the hash of the password/PIN, already hashed with the suite's `PH` (see hashOcraPassword). */
  readonly passwordHash?: Uint8Array;
  /** `S`: session information, at most `nnn` bytes. */
  readonly sessionInfo?: Uint8Array;
  /** `T`: the number of time steps since the Unix epoch (see ocraTimestamp). */
  readonly timestamp?: number | bigint;
}

const UINT64_LIMIT = 1n << 64n;

function invalid(field: string, reason: ProtocolErrorReason): ProtocolError {
  return new ProtocolError('ERR_OCRA_INPUT_INVALID', { field, reason });
}

function uint64(value: number | bigint | undefined, field: string): bigint {
  if (typeof value === 'number') {
    if (!Number.isSafeInteger(value)) throw invalid(field, 'malformed');
    value = BigInt(value);
  }
  if (typeof value !== 'bigint') throw invalid(field, 'malformed');
  if (value < 0n || value >= UINT64_LIMIT) throw invalid(field, 'out_of_range');
  return value;
}

/**
 * The DataInput of RFC 6287 §5.1:
 * `OCRASuite | 00 | C | Q | P | S | T`
 * - the suite string's bytes, then one 0x00 separator;
 * - C: 8 bytes, big-endian (only with `C`);
 * - Q: 128 bytes (see encodeOcraQuestion);
 * - P: the password hash, 20, 32 or 64 bytes (only with `PH`);
 * - S: `nnn` bytes, the session information left-padded with zeros as in the reference
 *   implementation (only with `Snnn`; no Appendix C vector covers S);
 * - T: 8 bytes, big-endian, the number of time steps (only with `TG`).
 * An input the suite does not call for is refused rather than ignored: it is a caller's mistake.
 */
export function ocraDataInput(suite: OcraSuite | string, input: OcraInput): Bytes {
  const s = toOcraSuite(suite);
  const parts: Uint8Array[] = [utf8(s.text), new Uint8Array(1)];

  if (s.counter) {
    if (input.counter === undefined) throw invalid('counter', 'required');
    parts.push(uintBytes(uint64(input.counter, 'counter'), 8));
  } else if (input.counter !== undefined) throw invalid('counter', 'unexpected');

  parts.push(encodeOcraQuestion(s, input.question));

  if (s.password) {
    if (input.passwordHash === undefined) throw invalid('passwordHash', 'required');
    if (!(input.passwordHash instanceof Uint8Array)) throw invalid('passwordHash', 'malformed');
    if (input.passwordHash.length !== OCRA_HASH_BYTES[s.password]) throw invalid('passwordHash', 'mismatch');
    parts.push(input.passwordHash);
  } else if (input.passwordHash !== undefined) throw invalid('passwordHash', 'unexpected');

  if (s.sessionInfoLength !== null) {
    if (input.sessionInfo === undefined) throw invalid('sessionInfo', 'required');
    if (!(input.sessionInfo instanceof Uint8Array)) throw invalid('sessionInfo', 'malformed');
    if (input.sessionInfo.length > s.sessionInfoLength) throw invalid('sessionInfo', 'too_long');
    const padded = new Uint8Array(s.sessionInfoLength);
    padded.set(input.sessionInfo, s.sessionInfoLength - input.sessionInfo.length);
    parts.push(padded);
  } else if (input.sessionInfo !== undefined) throw invalid('sessionInfo', 'unexpected');

  if (s.timeStep !== null) {
    if (input.timestamp === undefined) throw invalid('timestamp', 'required');
    parts.push(uintBytes(uint64(input.timestamp, 'timestamp'), 8));
  } else if (input.timestamp !== undefined) throw invalid('timestamp', 'unexpected');

  return concatBytes(...parts);
}
