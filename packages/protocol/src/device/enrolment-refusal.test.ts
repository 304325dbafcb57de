import { describe, expect, it } from 'vitest';
import { parseEnrolmentRefusal, parseEnrolmentRefusalResult } from './enrolment-refusal';
import { b64, expectProtocolError } from './test-fixtures';

describe('enrolment refusal (issue 11: one phone, one person, refused at the scan)', () => {
  const refusal = { type: 'enrolment-refusal', enrolmentToken: b64(32, 1), reason: 'other-account' };

  it('parses a refusal for each reason', () => {
    expect(parseEnrolmentRefusal(refusal)).toEqual(refusal);
    expect(parseEnrolmentRefusal({ ...refusal, reason: 'same-account' }).reason).toBe('same-account');
  });

  it('names the bad field: unknown reason, short token, extra member', () => {
    expectProtocolError(() => parseEnrolmentRefusal({ ...refusal, reason: 'bored' }), 'ERR_MESSAGE_INVALID', {
      field: 'reason',
      reason: 'not_allowed',
    });
    expectProtocolError(() => parseEnrolmentRefusal({ ...refusal, enrolmentToken: b64(8) }), 'ERR_MESSAGE_INVALID', {
      field: 'enrolmentToken',
      reason: 'too_short',
    });
    expectProtocolError(() => parseEnrolmentRefusal({ ...refusal, deviceId: 'x' }), 'ERR_MESSAGE_INVALID', {
      field: 'deviceId',
      reason: 'unexpected',
    });
  });

  it('parses the result, refused or not, and refuses a non-boolean verdict', () => {
    expect(parseEnrolmentRefusalResult({ type: 'enrolment-refusal-result', refused: true }).refused).toBe(true);
    expect(parseEnrolmentRefusalResult({ type: 'enrolment-refusal-result', refused: false }).refused).toBe(false);
    expectProtocolError(
      () => parseEnrolmentRefusalResult({ type: 'enrolment-refusal-result', refused: 'yes' }),
      'ERR_MESSAGE_INVALID',
      { field: 'refused', reason: 'malformed' },
    );
  });
});
