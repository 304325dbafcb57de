/** Opening and closing of QR frames (see format.ts). Internal. */
import { fromBase64Url, toBase64Url } from '../base64url';
import { isProtocolError, ProtocolError } from '../errors';
import { FrameReader, FrameWriter } from './binary';
import { QR_FORMAT_VERSION, QR_KIND_CODES, QR_TEXT_MAX_LENGTH, type QrKind } from './format';

export function startFrame(kind: QrKind): FrameWriter {
  return new FrameWriter().u8(QR_FORMAT_VERSION).u8(QR_KIND_CODES[kind]);
}

export function frameText(writer: FrameWriter): string {
  return toBase64Url(writer.finish());
}

/** Decodes the text and reads the header; the reader is left at the start of the body. */
export function openFrame(text: unknown): { kind: QrKind; reader: FrameReader } {
  if (typeof text !== 'string' || text.length === 0) {
    throw new ProtocolError('ERR_QR_MALFORMED', { field: 'text', reason: 'required' });
  }
  if (text.length > QR_TEXT_MAX_LENGTH) {
    throw new ProtocolError('ERR_QR_MALFORMED', { field: 'text', reason: 'too_long' });
  }
  let bytes: Uint8Array;
  try {
    bytes = fromBase64Url(text);
  } catch (cause) {
    throw new ProtocolError('ERR_QR_MALFORMED', { field: 'text', reason: 'malformed' }, { cause });
  }
  // Canonical base64url only (no stray low bits in the last character): one payload, one text.
  if (toBase64Url(bytes) !== text) throw new ProtocolError('ERR_QR_MALFORMED', { field: 'text', reason: 'malformed' });
  const reader = new FrameReader(bytes);
  const version = reader.u8('version');
  if (version !== QR_FORMAT_VERSION) {
    throw new ProtocolError('ERR_QR_VERSION_UNSUPPORTED', { field: 'version', reason: 'unsupported' });
  }
  const code = reader.u8('kind');
  const kind = (Object.keys(QR_KIND_CODES) as QrKind[]).find((k) => QR_KIND_CODES[k] === code);
  if (kind === undefined) throw new ProtocolError('ERR_QR_KIND_UNKNOWN', { field: 'kind', reason: 'unsupported' });
  return { kind, reader };
}

export function expectKind(actual: QrKind, expected: QrKind): void {
  if (actual !== expected) throw new ProtocolError('ERR_QR_KIND_UNEXPECTED', { field: 'kind', reason: 'mismatch' });
}

/** Runs a device validator on decoded fields; its ERR_MESSAGE_INVALID becomes ERR_QR_MALFORMED. */
export function validated<T>(parse: () => T): T {
  try {
    return parse();
  } catch (error) {
    if (isProtocolError(error, 'ERR_MESSAGE_INVALID')) {
      throw new ProtocolError('ERR_QR_MALFORMED', error.details, { cause: error });
    }
    throw error;
  }
}
