import { ProtocolError } from '../errors';
import { type OcraSuite, toOcraSuite } from './suite';

/**
 * The `T` input of a time-based suite (RFC 6287 §5.1, §6.3): the number of whole time steps
 * `G` since the Unix epoch (UTC) at `at`. Appendix C's `132d0b6` is 20107446 minutes, i.e.
 * 25 March 2008, 12:06 UTC.
 */
export function ocraTimestamp(suite: OcraSuite | string, at: Date): number {
  const s = toOcraSuite(suite);
  if (s.timeStep === null) {
    throw new ProtocolError('ERR_OCRA_INPUT_INVALID', { field: 'timestamp', reason: 'unexpected' });
  }
  const ms = at instanceof Date ? at.getTime() : Number.NaN;
  if (!Number.isFinite(ms) || ms < 0) {
    throw new ProtocolError('ERR_OCRA_INPUT_INVALID', { field: 'timestamp', reason: 'out_of_range' });
  }
  return Math.floor(ms / 1000 / s.timeStep);
}
