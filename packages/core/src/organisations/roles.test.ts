import { describe, expect, it } from 'vitest';
import { isOrganisationId, isWithin, parseOrganisationId } from './organisation';
import { checkGrantScope, isRole } from './roles';

describe('organisation ids', () => {
  it('takes lower-case letters, digits and inner hyphens only', () => {
    for (const ok of ['root', 'ddpp-35', 'a', 'draaf-bzh-2']) expect(isOrganisationId(ok)).toBe(true);
    for (const bad of ['', 'DDPP', 'dd_pp', 'dd%', '-x', 'x-', 'a/b', 'a b', 'x'.repeat(65)]) {
      expect(isOrganisationId(bad)).toBe(false);
    }
    expect(() => parseOrganisationId('a_b')).toThrow(/INVALID_INPUT/);
  });

  it('isWithin follows the ancestry', () => {
    const ddpp = { path: ['root', 'dgal', 'ddpp-35'] };
    expect(isWithin(ddpp, 'dgal')).toBe(true);
    expect(isWithin(ddpp, 'ddpp-35')).toBe(true);
    expect(isWithin(ddpp, 'ddpp-29')).toBe(false);
  });
});

describe('roles', () => {
  it('knows the four roles', () => {
    expect(isRole('local_manager')).toBe(true);
    expect(isRole('admin')).toBe(false);
  });

  it('keeps administrators at the root', () => {
    expect(checkGrantScope('administrator', 'root', 'root')).toBe(true);
    expect(checkGrantScope('administrator', 'dgal', 'root')).toBe(false);
    expect(checkGrantScope('local_manager', 'dgal', 'root')).toBe(true);
  });
});
