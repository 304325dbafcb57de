import { describe, expect, it } from 'vitest';
import { isSesameError } from '../errors';
import { detailChanges, invitationPending, isDeactivated, parseExternalId, parseInvitation } from './account-lifecycle';

describe('parseInvitation', () => {
  it('normalises the fields and takes the actor’s language when none is given', () => {
    expect(
      parseInvitation(
        { email: ' Marie.Curie@Example.EU ', firstName: ' Marie ', lastName: 'Curie', organisationId: 'ddpp-35' },
        'fr',
      ),
    ).toEqual({
      email: 'marie.curie@example.eu',
      firstName: 'Marie',
      lastName: 'Curie',
      organisationId: 'ddpp-35',
      externalId: null,
      emailLocale: 'fr',
    });
  });

  it('lists every bad field at once', () => {
    let thrown: unknown;
    try {
      parseInvitation({ email: 'x', lastName: '1', emailLocale: 'ja', externalId: 'a;b' }, 'en');
    } catch (error) {
      thrown = error;
    }
    expect(isSesameError(thrown, 'INVALID_INPUT') && thrown.details.issues).toEqual([
      { field: 'email', reason: 'malformed' },
      { field: 'firstName', reason: 'required' },
      { field: 'lastName', reason: 'malformed' },
      { field: 'organisationId', reason: 'required' },
      { field: 'externalId', reason: 'malformed' },
      { field: 'emailLocale', reason: 'malformed' },
    ]);
  });
});

describe('parseExternalId', () => {
  it('takes what HR systems write, blank as none, and refuses spaces inside or an overlong id', () => {
    expect(parseExternalId(' HR/2026-0042 ')).toBe('HR/2026-0042');
    expect(parseExternalId('agent.35@rh:7')).toBe('agent.35@rh:7');
    expect(parseExternalId('  ')).toBeNull();
    expect(parseExternalId(undefined)).toBeNull();
    expect(() => parseExternalId('HR 42')).toThrow(/externalId malformed/);
    expect(() => parseExternalId('x'.repeat(129))).toThrow(/externalId too_long/);
  });
});

describe('account states', () => {
  it('tells an invitation still pending and a deactivated account', () => {
    expect(invitationPending({ passwordHash: '!invited' })).toBe(true);
    expect(invitationPending({ passwordHash: '$argon2id$v=19$…' })).toBe(false);
    expect(isDeactivated({ deactivatedAt: new Date() })).toBe(true);
    expect(isDeactivated({ deactivatedAt: null })).toBe(false);
    expect(isDeactivated({})).toBe(false);
  });

  it('finds the details that change, an absent external id being null', () => {
    const user = { firstName: 'Marie', lastName: 'Curie', externalId: undefined };
    expect(detailChanges(user, { firstName: 'Marie', lastName: 'Curie', externalId: null })).toEqual({});
    expect(detailChanges(user, { lastName: 'Sklodowska', externalId: 'E1' })).toEqual({
      lastName: 'Sklodowska',
      externalId: 'E1',
    });
  });
});
