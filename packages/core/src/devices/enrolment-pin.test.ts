import { describe, expect, it } from 'vitest';
import { SesameError } from '../errors';
import { isTrivialPin, parsePin, parsePinPair } from './enrolment-pin';

const issues = (form: { pin?: string; pinConfirm?: string }) => {
  try {
    parsePinPair(form);
  } catch (error) {
    expect(error).toBeInstanceOf(SesameError);
    expect((error as SesameError).code).toBe('INVALID_INPUT');
    return (error as SesameError).details.issues;
  }
  return [];
};

describe('enrolment PIN (4 digits, NIST SP 800-63B rev 4 §3.2.10 blocklist)', () => {
  it('accepts a 4-digit PIN confirmed identically', () => {
    expect(parsePinPair({ pin: '5739', pinConfirm: '5739' })).toBe('5739');
  });

  it('refuses trivial PINs', () => {
    for (const pin of [
      '0000',
      '1111',
      '9999',
      '1234',
      '0123',
      '6789',
      '4321',
      '9876',
      '3210',
      '1212',
      '2580',
      '0852',
    ]) {
      expect(isTrivialPin(pin), pin).toBe(true);
      expect(issues({ pin, pinConfirm: pin })).toEqual([{ field: 'pin', reason: 'common' }]);
    }
    for (const pin of ['5739', '1235', '2468', '0911']) expect(isTrivialPin(pin), pin).toBe(false);
  });

  it('says what is wrong with each field', () => {
    expect(issues({})).toEqual([
      { field: 'pin', reason: 'required' },
      { field: 'pinConfirm', reason: 'required' },
    ]);
    expect(issues({ pin: '12a4', pinConfirm: '12a4' })).toEqual([{ field: 'pin', reason: 'malformed' }]);
    expect(issues({ pin: '١٢٣٥', pinConfirm: '١٢٣٥' })).toEqual([{ field: 'pin', reason: 'malformed' }]);
    expect(issues({ pin: '573', pinConfirm: '573' })).toEqual([{ field: 'pin', reason: 'too_short' }]);
    expect(issues({ pin: '57391', pinConfirm: '57391' })).toEqual([{ field: 'pin', reason: 'too_long' }]);
    expect(issues({ pin: '5739', pinConfirm: '5738' })).toEqual([{ field: 'pinConfirm', reason: 'mismatch' }]);
    expect(() => parsePin(' 5739')).toThrow(SesameError);
  });
});
