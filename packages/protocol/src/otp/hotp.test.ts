import { describe, expect, it } from 'vitest';
import { isProtocolError } from '../errors';
import { computeHotp } from './hotp';

const SECRET = new TextEncoder().encode('12345678901234567890');

/** RFC 4226 Appendix D: HOTP values for counts 0 to 9 of the ASCII secret "12345678901234567890". */
const APPENDIX_D = ['755224', '287082', '359152', '969429', '338314', '254676', '287922', '162583', '399871', '520489'];

describe('HOTP (RFC 4226)', () => {
  it.each(APPENDIX_D.map((code, count) => [count, code] as const))(
    'count %i gives %s (Appendix D)',
    async (count, code) => {
      expect(await computeHotp(SECRET, count)).toBe(code);
    },
  );

  it('refuses a key below 128 bits (§4 R6), digits outside 6–8 and a negative counter', async () => {
    const invalid = (field: string) => (e: unknown) =>
      isProtocolError(e, 'ERR_OTP_INPUT_INVALID') && e.details.field === field;
    await expect(computeHotp(SECRET.slice(0, 15), 0)).rejects.toSatisfy(invalid('key'));
    await expect(computeHotp(SECRET, 0, { digits: 5 })).rejects.toSatisfy(invalid('digits'));
    await expect(computeHotp(SECRET, 0, { digits: 9 })).rejects.toSatisfy(invalid('digits'));
    await expect(computeHotp(SECRET, -1)).rejects.toSatisfy(invalid('counter'));
  });
});
