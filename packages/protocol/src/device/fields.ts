/**
 * Field checks shared by the device message validators. Internal: the public surface is the
 * `parse…` function of each message. Every failure is ERR_MESSAGE_INVALID with the dotted path
 * of the field and a reason, never the value (it may be a secret).
 */
import { fromBase64Url, toBase64Url } from '../base64url';
import { ProtocolError, type ProtocolErrorReason } from '../errors';
import { displayTextProblem } from './display-text';

export function fail(field: string, reason: ProtocolErrorReason): never {
  throw new ProtocolError('ERR_MESSAGE_INVALID', { field, reason });
}

export function at(path: string, key: string | number): string {
  if (typeof key === 'number') return `${path}[${key}]`;
  return path ? `${path}.${key}` : key;
}

/**
 * A plain JSON object with the required keys and no key outside required ∪ optional: a message
 * with an unknown member is refused, not trimmed, since a newer peer would be talking a protocol
 * version this code does not know (versions are carried by the `type` and the API path).
 */
export function record(
  value: unknown,
  path: string,
  required: readonly string[],
  optional: readonly string[] = [],
): Record<string, unknown> {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    fail(path || '$', value === undefined ? 'required' : 'malformed');
  }
  const obj = value as Record<string, unknown>;
  for (const key of Object.keys(obj)) {
    if (!required.includes(key) && !optional.includes(key)) fail(at(path, key), 'unexpected');
  }
  for (const key of required) if (obj[key] === undefined) fail(at(path, key), 'required');
  return obj;
}

export function literal<T extends string>(value: unknown, path: string, allowed: readonly T[]): T {
  if (value === undefined) fail(path, 'required');
  if (typeof value !== 'string' || !(allowed as readonly string[]).includes(value)) fail(path, 'not_allowed');
  return value as T;
}

export function matching(value: unknown, path: string, pattern: RegExp): string {
  if (value === undefined) fail(path, 'required');
  if (typeof value !== 'string' || !pattern.test(value)) fail(path, 'malformed');
  return value;
}

/** Text shown to the user: non-empty, trimmed, no control or bidi character, at most `maxBytes` UTF-8 bytes. */
export function displayText(
  value: unknown,
  path: string,
  maxBytes: number,
  options: { noSpace?: boolean } = {},
): string {
  if (value === undefined) fail(path, 'required');
  if (typeof value !== 'string') fail(path, 'malformed');
  const problem = displayTextProblem(value, maxBytes, options);
  if (problem) fail(path, problem);
  return value;
}

/** Canonical unpadded base64url (re-encoding gives the same text) of minBytes..maxBytes bytes. */
export function base64urlBytes(value: unknown, path: string, minBytes: number, maxBytes = minBytes): Uint8Array {
  if (value === undefined) fail(path, 'required');
  if (typeof value !== 'string') fail(path, 'malformed');
  // Bound the work before decoding: a longer text cannot hold maxBytes.
  if (value.length > Math.ceil((maxBytes * 4) / 3)) fail(path, 'too_long');
  let bytes: Uint8Array;
  try {
    bytes = fromBase64Url(value);
  } catch {
    fail(path, 'malformed');
  }
  if (toBase64Url(bytes) !== value) fail(path, 'malformed');
  if (bytes.length < minBytes) fail(path, 'too_short');
  if (bytes.length > maxBytes) fail(path, 'too_long');
  return bytes;
}

export function base64url(value: unknown, path: string, minBytes: number, maxBytes = minBytes): string {
  base64urlBytes(value, path, minBytes, maxBytes);
  return value as string;
}

export function integer(value: unknown, path: string, min: number, max: number): number {
  if (value === undefined) fail(path, 'required');
  if (typeof value !== 'number' || !Number.isInteger(value)) fail(path, 'malformed');
  if (value < min || value > max) fail(path, 'out_of_range');
  return value;
}

/** Seconds since the Unix epoch (JWT NumericDate), as an unsigned 32-bit integer (QR field size). */
export function epochSeconds(value: unknown, path: string): number {
  return integer(value, path, 0, 0xffff_ffff);
}

/** `expiresAt` after `issuedAt` by at most `maxLifetime` seconds. */
export function lifetime(issuedAt: number, expiresAt: number, path: string, maxLifetime: number): void {
  if (expiresAt <= issuedAt || expiresAt - issuedAt > maxLifetime) fail(path, 'out_of_range');
}
