import SCIMMY from 'scimmy';
import { describe, expect, it } from 'vitest';
import { indexHint, matches, parseFilter, ScimFilterError } from './scim-filter';

/**
 * SCIM filters (RFC 7644 §3.4.2.2), checked against SCIMMY's own evaluation of the same filters
 * on the same users: two implementations of the RFC must agree.
 */
const USERS = [
  {
    id: 'a1',
    userName: 'marie@ddpp35.fr',
    externalId: 'HR-1',
    active: true,
    name: { givenName: 'Marie', familyName: 'Dupont' },
    emails: [{ value: 'marie@ddpp35.fr', type: 'work' }],
  },
  {
    id: 'b2',
    userName: 'paul@ddpp75.fr',
    active: false,
    name: { givenName: 'Paul', familyName: 'Martin' },
    emails: [{ value: 'paul@ddpp75.fr', type: 'work' }],
  },
  {
    id: 'c3',
    userName: 'anne@draaf.fr',
    externalId: 'HR-3',
    active: true,
    name: { givenName: 'Anne', familyName: 'Le Goff' },
    emails: [{ value: 'anne@draaf.fr', type: 'home' }],
  },
];

const FILTERS = [
  'userName eq "marie@ddpp35.fr"',
  'userName ne "marie@ddpp35.fr"',
  'emails.value co "ddpp"',
  'name.familyName sw "Le"',
  'userName ew ".fr"',
  'externalId pr',
  'not (externalId pr)',
  'active eq false',
  'active eq true and name.givenName sw "A"',
  'active eq false or externalId eq "HR-1"',
  'userName sw "m" or userName sw "p" and active eq true',
  '(userName sw "m" or userName sw "p") and active eq true',
  'emails[type eq "work" and value co "75"]',
  'name.familyName gt "E"',
];

describe('SCIM filters', () => {
  for (const filter of FILTERS) {
    it(`${filter}: the same users as SCIMMY`, () => {
      const ours = USERS.filter((u) => matches(parseFilter(filter), u)).map((u) => u.id);
      const theirs = new SCIMMY.Types.Filter(filter).match(USERS).map((u) => (u as { id: string }).id);
      expect(ours).toEqual(theirs);
    });
  }

  // SCIMMY's bare Filter compares strings case-exactly (it is not given the schema); RFC 7643
  // §4.1.1 makes userName, emails and names caseExact=false, and id and externalId caseExact.
  it('compares case-insensitively but for id and externalId (RFC 7643)', () => {
    const ids = (filter: string) => USERS.filter((u) => matches(parseFilter(filter), u)).map((u) => u.id);
    expect(ids('userName eq "MARIE@DDPP35.FR"')).toEqual(['a1']);
    expect(ids('name.familyName sw "le"')).toEqual(['c3']);
    expect(ids('externalId eq "hr-1"')).toEqual([]);
    expect(ids('id eq "A1"')).toEqual([]);
  });

  it('refuses what is not a filter', () => {
    for (const bad of [
      'userName',
      'userName zz "x"',
      'userName eq',
      '(userName pr',
      'userName eq "x" extra',
      'a eq "unterminated',
    ]) {
      expect(() => parseFilter(bad), bad).toThrow(ScimFilterError);
    }
    expect(() => parseFilter('('.repeat(30) + 'id pr' + ')'.repeat(30))).toThrow(ScimFilterError);
  });

  it('narrows by the index on an eq or sw of userName, emails or names only', () => {
    expect(indexHint(parseFilter('userName eq "marie@x"'))).toBe('marie@x');
    expect(indexHint(parseFilter('active eq true and name.familyName sw "Dup"'))).toBe('Dup');
    expect(indexHint(parseFilter('userName co "marie"'))).toBeUndefined();
    expect(indexHint(parseFilter('userName eq "a" or userName eq "b"'))).toBeUndefined();
  });
});
