import { attribute, child, readXml, text, type XmlElement, type XmlError } from './read-xml';

/**
 * Reads EU Login's answer to POST /cas/login/init (reference §2.1):
 * `<loginRequest><loginRequestSuccess><loginRequestId>…` or a `loginRequestFailure` with a code.
 */
export function parseLoginRequestResponse(
  xml: string,
): { ok: true; loginRequestId: string } | { ok: false; code: string; message: string } {
  let doc;
  try {
    doc = readXml(xml);
  } catch (error) {
    return { ok: false, code: 'MALFORMED_RESPONSE', message: (error as XmlError).message };
  }
  const root = child(doc as XmlElement, 'loginRequest');
  const failure = child(root, 'loginRequestFailure');
  if (failure)
    return { ok: false, code: attribute(failure, 'code') ?? 'UNKNOWN', message: text(failure)?.trim() ?? '' };
  const id = text(child(child(root, 'loginRequestSuccess'), 'loginRequestId'))?.trim();
  if (!id) return { ok: false, code: 'MALFORMED_RESPONSE', message: 'no loginRequestSuccess/loginRequestId' };
  return { ok: true, loginRequestId: id };
}
