import { describe, expect, it } from 'vitest';
import { dateTimeFormat } from './date-time-format';

describe('dateTimeFormat (built once per language tag and options)', () => {
  const at = new Date('2026-12-07T13:45:30Z');

  it('formats as a new Intl.DateTimeFormat would, and hands the same one out again', () => {
    const options: Intl.DateTimeFormatOptions = { timeStyle: 'medium', timeZone: 'UTC' };
    const format = dateTimeFormat('fr-FR', options);
    expect(format.format(at)).toBe(new Intl.DateTimeFormat('fr-FR', options).format(at));
    expect(dateTimeFormat('fr-FR', { timeStyle: 'medium', timeZone: 'UTC' })).toBe(format);
  });

  it('keeps each language and each set of options apart', () => {
    const fr = dateTimeFormat('fr-FR', { dateStyle: 'long', timeZone: 'UTC' });
    const en = dateTimeFormat('en-GB', { dateStyle: 'long', timeZone: 'UTC' });
    const short = dateTimeFormat('en-GB', { dateStyle: 'short', timeZone: 'UTC' });
    expect(fr.format(at)).toBe('7 décembre 2026');
    expect(en.format(at)).toBe('7 December 2026');
    expect(short.format(at)).toBe('07/12/2026');
  });

  it('stays bounded: past its cap it starts afresh and still formats', () => {
    for (let hour = 0; hour < 200; hour++) {
      const options: Intl.DateTimeFormatOptions = { hour: 'numeric', timeZone: `Etc/GMT+${hour % 12}` };
      expect(dateTimeFormat(hour < 100 ? 'en-GB' : 'fr-FR', options).format(at)).toBe(
        new Intl.DateTimeFormat(hour < 100 ? 'en-GB' : 'fr-FR', options).format(at),
      );
    }
  });
});
