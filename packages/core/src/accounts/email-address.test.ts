import { describe, expect, it } from 'vitest';
import { SesameError } from '../errors';
import { parseEmail } from './email-address';
import { parsePersonName } from './person-name';
import { generateUserId, USER_ID_PATTERN } from './user-id';

function fails(fn: () => unknown): string | undefined {
  try {
    fn();
  } catch (error) {
    return error instanceof SesameError ? error.details.reason : 'unexpected';
  }
  return undefined;
}

describe('e-mail addresses', () => {
  it('normalises case and whitespace', () => {
    expect(parseEmail('  Marie.Dupont@DDPP35.gouv.FR ')).toBe('marie.dupont@ddpp35.gouv.fr');
  });
  it('refuses empty, malformed and too long addresses', () => {
    expect(fails(() => parseEmail(''))).toBe('required');
    expect(fails(() => parseEmail('marie'))).toBe('malformed');
    expect(fails(() => parseEmail('marie@localhost'))).toBe('malformed');
    expect(fails(() => parseEmail('a b@example.org'))).toBe('malformed');
    expect(fails(() => parseEmail(`${'a'.repeat(250)}@example.org`))).toBe('too_long');
  });
});

describe('person names', () => {
  it('accepts letters of any alphabet and common separators', () => {
    expect(parsePersonName(' Jean-François ', 'firstName')).toBe('Jean-François');
    expect(parsePersonName("O'Brien", 'lastName')).toBe("O'Brien");
    expect(parsePersonName('Παπαδόπουλος', 'lastName')).toBe('Παπαδόπουλος');
  });
  it('refuses empty, digits, markup and overlong names', () => {
    expect(fails(() => parsePersonName('   ', 'firstName'))).toBe('required');
    expect(fails(() => parsePersonName('R2D2', 'firstName'))).toBe('malformed');
    expect(fails(() => parsePersonName('<b>x</b>', 'firstName'))).toBe('malformed');
    expect(fails(() => parsePersonName('a'.repeat(101), 'firstName'))).toBe('too_long');
  });
});

describe('user identifiers', () => {
  it('have the EU Login shape: a letter and seven characters', () => {
    for (let i = 0; i < 200; i++) expect(generateUserId()).toMatch(USER_ID_PATTERN);
    expect(generateUserId()).toMatch(/^n/);
  });
  it('are random', () => {
    const ids = new Set(Array.from({ length: 1000 }, () => generateUserId()));
    expect(ids.size).toBe(1000);
  });
});
