import { ProtocolError } from '../errors';
import { utf8 } from '../bytes';
import { type OcraSuite, toOcraSuite } from './suite';

/**
 * The `P` input (RFC 6287 §5.1): the hash named by the suite's `PH` over the password's bytes
 * (UTF-8; for the RFC's PIN `1234`, SHA-1 gives `7110eda4d09e062aa5e4a390b0a572ac0d2c0220`).
 */
export async function hashOcraPassword(suite: OcraSuite | string, password: string): Promise<Uint8Array> {
  const s = toOcraSuite(suite);
  if (s.password === null) {
    throw new ProtocolError('ERR_OCRA_INPUT_INVALID', { field: 'passwordHash', reason: 'unexpected' });
  }
  if (typeof password !== 'string' || password.length === 0) {
    throw new ProtocolError('ERR_OCRA_INPUT_INVALID', { field: 'password', reason: 'required' });
  }
  return new Uint8Array(await crypto.subtle.digest(s.password, utf8(password)));
}
