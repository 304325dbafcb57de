import { describe, expect, it } from 'vitest';
import { SesameError } from '../errors';
import { parseDeviceName } from './device-name';

const reason = (raw: string | undefined) => {
  try {
    parseDeviceName(raw);
  } catch (error) {
    expect(error).toBeInstanceOf(SesameError);
    expect((error as SesameError).details.field).toBe('name');
    return (error as SesameError).details.reason;
  }
  return 'ok';
};

describe('device name (annex step 2: no spaces)', () => {
  it('accepts names without spaces, trimmed at the ends', () => {
    expect(parseDeviceName('Pixel-de-Marie')).toBe('Pixel-de-Marie');
    expect(parseDeviceName('  iPhone_15 ')).toBe('iPhone_15');
    expect(parseDeviceName('Téléphone-pro')).toBe('Téléphone-pro');
  });

  it('refuses empty, spaced, unprintable and long names', () => {
    expect(reason(undefined)).toBe('required');
    expect(reason('   ')).toBe('required');
    expect(reason('Pixel de Marie')).toBe('malformed');
    expect(reason('Pixel\u00a0Marie')).toBe('malformed');
    expect(reason('Pixel\tMarie')).toBe('malformed');
    expect(reason('Pixel\u202eeiraM')).toBe('malformed');
    expect(reason('Pixel\u200bMarie')).toBe('malformed');
    expect(reason('x'.repeat(41))).toBe('too_long');
    // The enrolment QR carries at most 32 UTF-8 bytes.
    expect(reason('é'.repeat(17))).toBe('too_long');
    expect(parseDeviceName('x'.repeat(32))).toHaveLength(32);
  });
});
