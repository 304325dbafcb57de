import { type AuthenticationRequirement, satisfyingStrengths } from '@sesame/core';
import type { Strength } from '@sesame/protocol';

/**
 * Why an application's level is out of reach for now, and so which next step the page offers
 * (issue 11 point 3; docs/adr/0019). Never a dead end:
 * - `confirm-with-app`: the account has a usable device; the session is below (password alone):
 *   a push to it, without typing the password again (case b).
 * - `set-up-app`: no device, and this session may add one (core mayChangeAuthenticators: the
 *   account never had a second factor, or its recovery is ready here): enrol, then the push (case a).
 * - `device-lost`: no usable device and the password alone may not add one (a device was
 *   blocked or deleted): "I no longer have my phone" and the helpdesk (case c).
 * - `not-offered`: what the application asks is beyond the Sésame app (HIGH: a security key or
 *   an eID, issue 13), so the app is never proposed: the way back and the helpdesk (case d).
 */
export type LevelGap = 'confirm-with-app' | 'set-up-app' | 'device-lost' | 'not-offered';

/** What a step-up with the Sésame app's push presents (design §3: PASSWORD_MOBILE_APP, MEDIUM). */
export const APP_STEP_UP_STRENGTHS: Strength[] = ['PASSWORD', 'PASSWORD_MOBILE_APP'];

export interface LevelGapInput {
  requirement: AuthenticationRequirement;
  /** The account has a device that may answer a push now. */
  hasUsableDevice: boolean;
  /** core mayChangeAuthenticators for this session. */
  mayAddDevice: boolean;
}

/** The decision alone, from plain values: the rule that moves to core's sign-in engine (issue 12). */
export function levelGap(input: LevelGapInput): LevelGap {
  if (satisfyingStrengths(APP_STEP_UP_STRENGTHS, input.requirement).length === 0) return 'not-offered';
  if (input.hasUsableDevice) return 'confirm-with-app';
  return input.mayAddDevice ? 'set-up-app' : 'device-lost';
}
