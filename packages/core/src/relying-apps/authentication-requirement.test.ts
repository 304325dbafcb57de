import { describe, expect, it } from 'vitest';
import { satisfyingStrengths } from './authentication-requirement';

describe('satisfyingStrengths with a key at HIGH (docs/adr/0029 §6)', () => {
  it('satisfies HIGH; an application that names PASSWORD_WEBAUTHN accepts it too', () => {
    const session = ['PASSWORD', 'PASSWORD_WEBAUTHN_HIGH'] as const;
    expect(satisfyingStrengths(session, { minimumLevel: 'HIGH', acceptedStrengths: null })).toEqual([
      'PASSWORD_WEBAUTHN_HIGH',
    ]);
    expect(satisfyingStrengths(session, { minimumLevel: 'MEDIUM', acceptedStrengths: ['PASSWORD_WEBAUTHN'] })).toEqual([
      'PASSWORD_WEBAUTHN_HIGH',
    ]);
    expect(satisfyingStrengths(session, { minimumLevel: 'MEDIUM', acceptedStrengths: ['PASSWORD_TOTP'] })).toEqual([]);
  });
  it('a key at MEDIUM does not satisfy HIGH', () => {
    expect(
      satisfyingStrengths(['PASSWORD', 'PASSWORD_WEBAUTHN'], { minimumLevel: 'HIGH', acceptedStrengths: null }),
    ).toEqual([]);
  });
});
