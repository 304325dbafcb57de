import { describe, expect, it } from 'vitest';
import { isSesameError } from '../errors';
import { commonPasswords } from './common-passwords';
import { checkNewPassword } from './password-policy';

const rules = { minLength: 12, maxLength: 128, blocklist: commonPasswords() };

function reason(password: string, context = {}): string | undefined {
  try {
    checkNewPassword(password, rules, context);
    return undefined;
  } catch (error) {
    if (isSesameError(error, 'INVALID_INPUT')) return error.details.reason;
    throw error;
  }
}

describe('password policy (NIST SP 800-63B rev 4 §3.1.1.2)', () => {
  it('accepts a long passphrase with no composition at all', () => {
    expect(reason('correct horse battery staple')).toBeUndefined();
    expect(reason('tout en minuscules sans chiffre')).toBeUndefined();
  });
  it('requires a password and enforces the minimum and maximum length', () => {
    expect(reason('')).toBe('required');
    expect(reason('a1b2c3d4e5f')).toBe('too_short');
    expect(reason('x'.repeat(60) + 'y'.repeat(69))).toBe('too_long');
  });
  it('counts each Unicode code point as one character', () => {
    // 12 code points, 24 UTF-16 units: accepted at minLength 12.
    expect(reason('😀🐑🌍🎉🚀🔑🧀🍷🥖🗼🎨🎻')).toBeUndefined();
    expect(reason('😀🐑🌍🎉🚀🔑🧀🍷🥖🗼🎨')).toBe('too_short');
  });
  it('refuses common and breached passwords, whatever the case', () => {
    expect(reason('password1234')).toBe('common');
    expect(reason('AZERTYUIOP')).not.toBe(undefined);
    expect(reason('qwertyuiop123')).toBe('common');
    expect(reason('aaaaaaaaaaaaaaaa')).toBe('common');
  });
  it('compares the whole password, not substrings', () => {
    expect(reason('my password is not password')).toBeUndefined();
  });
  it('refuses context words: the service, the e-mail and the names', () => {
    const ctx = { email: 'marie.dupont@ddpp35.gouv.fr', firstName: 'Marie', lastName: 'Dupontel' };
    expect(reason('marie.dupont@ddpp35.gouv.fr', ctx)).toBe('contextual');
    expect(reason('marie.dupont2025', ctx)).toBe('contextual');
    expect(reason('mariedupontel', ctx)).toBe('contextual');
    expect(reason('SesameSesame', ctx)).toBeUndefined();
  });
  it('normalises with NFKC before checking', () => {
    // Fullwidth letters fold to ASCII under NFKC: "ｐａｓｓｗｏｒｄ１２３４" → "password1234".
    expect(reason('ｐａｓｓｗｏｒｄ１２３４')).toBe('common');
  });
});
