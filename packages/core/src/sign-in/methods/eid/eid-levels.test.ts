import { describe, expect, it } from 'vitest';
import { levelOf, wireStrengths } from '@sesame/protocol';
import { eidAcrsReaching, eidLevel, eidStepUpProviders, eidStrength } from './eid-levels';

describe('the level mapping (SEC-42: no silent upgrade)', () => {
  const levels = { eidas1: 'BASIC', eidas2: 'MEDIUM', eidas3: 'HIGH' } as const;

  it('gives each mapped acr its level, and nothing to an acr absent, unknown or inherited', () => {
    expect(eidLevel(levels, 'eidas1')).toBe('BASIC');
    expect(eidLevel(levels, 'eidas2')).toBe('MEDIUM');
    expect(eidLevel(levels, 'eidas3')).toBe('HIGH');
    expect(eidLevel(levels, null)).toBeNull();
    expect(eidLevel(levels, 'eidas4')).toBeNull();
    expect(eidLevel(levels, 'EIDAS2')).toBeNull();
    expect(eidLevel(levels, '')).toBeNull();
    expect(eidLevel(levels, '__proto__')).toBeNull();
    expect(eidLevel(levels, 'toString')).toBeNull();
  });

  it('puts the level in the session under a strength of that level, told to applications as EIDAS', () => {
    for (const level of ['BASIC', 'MEDIUM', 'HIGH'] as const) {
      expect(levelOf([eidStrength(level)])).toBe(level);
      expect(wireStrengths([eidStrength(level)])).toEqual(['EIDAS']);
    }
  });
});

describe('the eID as a step-up: which acr values and providers reach a requirement (docs/adr/0053 §2)', () => {
  const levels = { eidas1: 'BASIC', eidas2: 'MEDIUM', eidas3: 'HIGH' } as const;
  const medium = { minimumLevel: 'MEDIUM', acceptedStrengths: null } as const;
  const high = { minimumLevel: 'HIGH', acceptedStrengths: null } as const;

  it('names the acr values at or above the level, in the mapping’s order, and none where EIDAS is not accepted', () => {
    expect(eidAcrsReaching(levels, medium)).toEqual(['eidas2', 'eidas3']);
    expect(eidAcrsReaching(levels, high)).toEqual(['eidas3']);
    expect(eidAcrsReaching({ eidas1: 'BASIC', eidas2: 'MEDIUM' }, high)).toEqual([]);
    expect(eidAcrsReaching(levels, { minimumLevel: 'MEDIUM', acceptedStrengths: ['PASSWORD_MOBILE_APP'] })).toEqual([]);
    expect(eidAcrsReaching(levels, { minimumLevel: 'HIGH', acceptedStrengths: ['EIDAS'] })).toEqual(['eidas3']);
  });

  it('offers only a provider the account linked (same id and issuer) whose mapping reaches', () => {
    const fc = { id: 'fc', issuer: 'https://fc.example', levels };
    const low = { id: 'low', issuer: 'https://low.example', levels: { eidas1: 'BASIC' } as const };
    const links = [
      { provider: 'fc', issuer: 'https://fc.example' },
      { provider: 'low', issuer: 'https://low.example' },
    ];
    expect(eidStepUpProviders([fc, low], links, medium)).toEqual([fc]);
    expect(eidStepUpProviders([fc], [], medium)).toEqual([]);
    // A link kept from another issuer under the same id finds no eID the provider would answer for.
    expect(eidStepUpProviders([fc], [{ provider: 'fc', issuer: 'https://old.example' }], medium)).toEqual([]);
  });
});
