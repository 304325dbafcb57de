import { ProtocolError, type ProtocolErrorReason } from '../errors';

/** Web Crypto names of the hash functions an OCRA suite may name (RFC 6287 §6.2, §6.3). */
export type OcraHash = 'SHA-1' | 'SHA-256' | 'SHA-512';

/** Question formats of RFC 6287 §6.3: alphanumeric, numeric, hexadecimal. */
export type OcraQuestionFormat = 'A' | 'N' | 'H';

/** A parsed OCRA suite (RFC 6287 §6): `<Algorithm>:<CryptoFunction>:<DataInput>`. */
export interface OcraSuite {
  /** The suite string exactly as parsed; its bytes open the DataInput (§5.1). */
  readonly text: string;
  /** HMAC hash of the CryptoFunction `HOTP-SHAx-t`. */
  readonly hash: OcraHash;
  /** Truncation `t`: 0 (no truncation, the full HMAC in hex) or 4–10 digits (§5.2). */
  readonly digits: number;
  /** `C`: an 8-byte counter is part of the DataInput. */
  readonly counter: boolean;
  /** `QFxx`: the challenge format and the length `xx` (04–64) a challenger generates. */
  readonly question: { readonly format: OcraQuestionFormat; readonly length: number };
  /** `PH`: hash function of the password/PIN input, or null. */
  readonly password: OcraHash | null;
  /** `Snnn`: length in bytes of the session information, or null. */
  readonly sessionInfoLength: number | null;
  /** `TG`: time step in seconds, or null. */
  readonly timeStep: number | null;
}

const HASH_NAMES: Record<string, OcraHash> = { SHA1: 'SHA-1', SHA256: 'SHA-256', SHA512: 'SHA-512' };

/** The byte length of each hash: the size of the `P` field of the DataInput. */
export const OCRA_HASH_BYTES: Record<OcraHash, number> = { 'SHA-1': 20, 'SHA-256': 32, 'SHA-512': 64 };

const CRYPTO_FUNCTION = /^HOTP-(SHA1|SHA256|SHA512)-(0|[1-9][0-9]?)$/;
const QUESTION = /^Q([ANH])([0-9]{2})$/;
const PASSWORD = /^PSHA(1|256|512)$/;
const SESSION = /^S([0-9]{3})$/;
const TIME_STEP = /^T([1-9][0-9]?)([SMH])$/;
/** RFC 6287 §6.3: `[1-59]S | [1-59]M | [0-48]H`; a 0-hour step would divide by zero, so 1–48. */
const TIME_UNITS = { S: { seconds: 1, max: 59 }, M: { seconds: 60, max: 59 }, H: { seconds: 3600, max: 48 } };
/** Longest valid suite is `OCRA-1:HOTP-SHA512-10:C-QA64-PSHA512-S512-T48H` (46 characters). */
const MAX_SUITE_LENGTH = 64;

function invalid(field: string, reason: ProtocolErrorReason): ProtocolError {
  return new ProtocolError('ERR_OCRA_SUITE_INVALID', { field, reason });
}

/**
 * Parses an OCRA suite (RFC 6287 §6). Strict: upper case as in the RFC, only version `OCRA-1`,
 * and the DataInput parameters in the order in which §5.1 concatenates them
 * (`[C]-QFxx-[PH]-[Snnn]-[TG]`), each at most once, so a suite has one spelling only — the suite
 * string is itself hashed, and two spellings of one algorithm would give two different answers.
 */
export function parseOcraSuite(text: string): OcraSuite {
  if (typeof text !== 'string' || text.length === 0) throw invalid('suite', 'required');
  if (text.length > MAX_SUITE_LENGTH) throw invalid('suite', 'too_long');
  const parts = text.split(':');
  if (parts.length !== 3) throw invalid('suite', 'malformed');
  const [algorithm, cryptoFunction, dataInput] = parts as [string, string, string];

  // §6.1: "OCRA-v"; version 1 is the only one defined.
  if (!/^OCRA-[0-9]+$/.test(algorithm)) throw invalid('algorithm', 'malformed');
  if (algorithm !== 'OCRA-1') throw invalid('algorithm', 'unsupported');

  // §6.2: HOTP-H-t, t = 0 (no truncation) or 4..10.
  const cf = CRYPTO_FUNCTION.exec(cryptoFunction);
  if (!cf) throw invalid('cryptoFunction', 'malformed');
  const hash = HASH_NAMES[cf[1]!]!;
  const digits = Number(cf[2]);
  if (digits !== 0 && (digits < 4 || digits > 10)) throw invalid('cryptoFunction', 'out_of_range');

  // §6.3: [C] | QFxx | [PH | Snnn | TG]
  const tokens = dataInput.split('-');
  let i = 0;
  const counter = tokens[i] === 'C';
  if (counter) i++;

  const q = QUESTION.exec(tokens[i] ?? '');
  if (!q) throw invalid('dataInput', tokens[i] === undefined || tokens[i] === '' ? 'required' : 'malformed');
  const questionLength = Number(q[2]);
  if (questionLength < 4 || questionLength > 64) throw invalid('dataInput', 'out_of_range');
  const question = { format: q[1] as OcraQuestionFormat, length: questionLength };
  i++;

  let password: OcraHash | null = null;
  const p = PASSWORD.exec(tokens[i] ?? '');
  if (p) {
    password = HASH_NAMES[`SHA${p[1]}`]!;
    i++;
  }

  let sessionInfoLength: number | null = null;
  const s = SESSION.exec(tokens[i] ?? '');
  if (s) {
    sessionInfoLength = Number(s[1]);
    // §6.3 names S064 (the default), S128, S256, S512; we accept any length up to 512 bytes.
    if (sessionInfoLength < 1 || sessionInfoLength > 512) throw invalid('dataInput', 'out_of_range');
    i++;
  }

  let timeStep: number | null = null;
  const t = TIME_STEP.exec(tokens[i] ?? '');
  if (t) {
    const unit = TIME_UNITS[t[2] as keyof typeof TIME_UNITS];
    const count = Number(t[1]);
    if (count > unit.max) throw invalid('dataInput', 'out_of_range');
    timeStep = count * unit.seconds;
    i++;
  }

  // Anything left is unknown, repeated or out of order (e.g. `QN08-C`, `QN08-T1M-PSHA1`).
  if (i !== tokens.length) throw invalid('dataInput', 'malformed');

  return Object.freeze({
    text,
    hash,
    digits,
    counter,
    question: Object.freeze(question),
    password,
    sessionInfoLength,
    timeStep,
  });
}

/** Accepts a suite string or an already parsed suite. */
export function toOcraSuite(suite: OcraSuite | string): OcraSuite {
  return typeof suite === 'string' ? parseOcraSuite(suite) : suite;
}
