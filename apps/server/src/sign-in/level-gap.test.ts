import { describe, expect, it } from 'vitest';
import type { AuthenticationRequirement } from '@sesame/core';
import { levelGap } from '@sesame/core';

const medium: AuthenticationRequirement = { minimumLevel: 'MEDIUM', acceptedStrengths: null };
const high: AuthenticationRequirement = { minimumLevel: 'HIGH', acceptedStrengths: null };

describe('levelGap (docs/adr/0019)', () => {
  it('a usable device: confirm with the app, whatever the add-device rule says', () => {
    expect(levelGap({ requirement: medium, hasUsableDevice: true, mayAddDevice: false })).toBe('confirm-with-app');
    expect(levelGap({ requirement: medium, hasUsableDevice: true, mayAddDevice: true })).toBe('confirm-with-app');
  });

  it('no device: set it up when the session may add one, else the lost-phone way', () => {
    expect(levelGap({ requirement: medium, hasUsableDevice: false, mayAddDevice: true })).toBe('set-up-app');
    expect(levelGap({ requirement: medium, hasUsableDevice: false, mayAddDevice: false })).toBe('device-lost');
  });

  it('HIGH, or strengths the app does not give: never the app; for HIGH, the certified key (docs/adr/0043 §3)', () => {
    for (const hasUsableDevice of [true, false]) {
      for (const mayAddDevice of [true, false]) {
        expect(levelGap({ requirement: high, hasUsableDevice, mayAddDevice })).toBe('high-key-needed');
        expect(levelGap({ requirement: high, hasUsableDevice, mayAddDevice, hasHighKey: true })).toBe(
          'confirm-with-key',
        );
        // An application that accepts only what no method of Sésame gives (an eID).
        const eidOnly: AuthenticationRequirement = { minimumLevel: 'HIGH', acceptedStrengths: ['EIDAS'] };
        expect(levelGap({ requirement: eidOnly, hasUsableDevice, mayAddDevice, hasHighKey: true })).toBe('not-offered');
        const webauthnOnly: AuthenticationRequirement = {
          minimumLevel: 'MEDIUM',
          acceptedStrengths: ['PASSWORD_WEBAUTHN'],
        };
        expect(levelGap({ requirement: webauthnOnly, hasUsableDevice, mayAddDevice })).toBe('not-offered');
      }
    }
  });

  it('an application that accepts the app strength explicitly: the app', () => {
    const appOnly: AuthenticationRequirement = { minimumLevel: 'BASIC', acceptedStrengths: ['PASSWORD_MOBILE_APP'] };
    expect(levelGap({ requirement: appOnly, hasUsableDevice: false, mayAddDevice: true })).toBe('set-up-app');
  });
});
