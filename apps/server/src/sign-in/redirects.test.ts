import type { TransitionError } from '@sesame/core';
import { describe, expect, it } from 'vitest';
import { redirectPath } from './redirects';

const wrongStep = (actual: 'none' | 'identify' | 'password'): TransitionError => ({
  code: 'WRONG_STEP',
  expected: ['challenge'],
  actual,
});

describe('redirectPath (docs/adr/0026 §2.3: the redirects of before the engine)', () => {
  it('a method route without its challenge: back to the password step', () => {
    expect(redirectPath(wrongStep('password'), 'challenge')).toBe('/login/password');
    expect(redirectPath(wrongStep('none'), 'challenge')).toBe('/login/password');
  });

  it('a password-step route without an address: step 1', () => {
    expect(redirectPath(wrongStep('none'), 'password')).toBe('/login');
    expect(redirectPath(wrongStep('identify'), 'password')).toBe('/login');
  });

  it('another method pending, or one the policy does not offer: the password step', () => {
    expect(redirectPath({ code: 'METHOD_MISMATCH', expected: 'app-push', actual: 'app-qr' }, 'challenge')).toBe(
      '/login/password',
    );
    expect(redirectPath({ code: 'NOT_OFFERED', method: 'on-mobile' }, 'password')).toBe('/login/password');
  });
});
