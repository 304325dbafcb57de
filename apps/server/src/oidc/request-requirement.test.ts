import { relyingAppSchema, type RelyingAppInput } from '@sesame/core';
import { describe, expect, it } from 'vitest';
import { maxAgeExceeded, promptsLogin, requestRequirement } from './request-requirement';

const app = (input: Partial<RelyingAppInput> = {}) => relyingAppSchema.parse({ id: 'app', name: 'App', ...input });

describe('what an authorization request requires', () => {
  it('the policy when nothing is asked, and unknown acr values are ignored', () => {
    expect(requestRequirement(app(), {})).toEqual({ minimumLevel: 'BASIC', acceptedStrengths: null });
    expect(requestRequirement(app(), { acrValues: 'urn:mace:incommon:iap:silver' }).minimumLevel).toBe('BASIC');
  });

  it('the highest level of acr_values, never below the policy', () => {
    expect(requestRequirement(app(), { acrValues: 'BASIC MEDIUM' }).minimumLevel).toBe('MEDIUM');
    expect(requestRequirement(app({ policy: { minimumLevel: 'MEDIUM' } }), { acrValues: 'BASIC' }).minimumLevel).toBe(
      'MEDIUM',
    );
  });

  it('an essential acr claim request counts, given parsed or as JSON text', () => {
    const claims = { id_token: { acr: { essential: true, values: ['HIGH', 'MEDIUM'] } } };
    expect(requestRequirement(app(), { claims }).minimumLevel).toBe('MEDIUM');
    expect(requestRequirement(app(), { claims: JSON.stringify(claims) }).minimumLevel).toBe('MEDIUM');
    expect(requestRequirement(app(), { claims: '{not json' }).minimumLevel).toBe('BASIC');
    expect(requestRequirement(app(), { claims: { id_token: { acr: { value: 'HIGH' } } } }).minimumLevel).toBe('BASIC');
  });

  it('prompt=login and max_age (0 is prompt=login)', () => {
    expect(promptsLogin('consent login')).toBe(true);
    expect(promptsLogin('consent')).toBe(false);
    const authTime = Date.UTC(2025, 0, 1, 12, 0, 0);
    expect(maxAgeExceeded(undefined, authTime, authTime + 3_600_000)).toBe(false);
    expect(maxAgeExceeded('0', authTime, authTime)).toBe(true);
    expect(maxAgeExceeded('60', authTime, authTime + 60_000)).toBe(false);
    expect(maxAgeExceeded('60', authTime, authTime + 61_000)).toBe(true);
  });
});
