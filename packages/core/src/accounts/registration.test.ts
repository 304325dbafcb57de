import { describe, expect, it } from 'vitest';
import { SesameError } from '../errors';
import { parseRegistrationForm } from './registration';

describe('registration form', () => {
  it('normalises a valid form', () => {
    expect(
      parseRegistrationForm({
        firstName: ' Marie ',
        lastName: 'Dupont',
        email: 'Marie.Dupont@Example.org',
        emailConfirm: 'marie.dupont@example.org ',
        emailLocale: 'fr',
        privacyAccepted: true,
      }),
    ).toEqual({ firstName: 'Marie', lastName: 'Dupont', email: 'marie.dupont@example.org', emailLocale: 'fr' });
  });

  it('reports every invalid field at once, in form order', () => {
    try {
      parseRegistrationForm({ firstName: '', lastName: 'D2', email: 'x@example.org', emailConfirm: 'y@example.org' });
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(SesameError);
      expect((error as SesameError).details.issues).toEqual([
        { field: 'firstName', reason: 'required' },
        { field: 'lastName', reason: 'malformed' },
        { field: 'emailConfirm', reason: 'mismatch' },
        { field: 'emailLocale', reason: 'required' },
        { field: 'privacyAccepted', reason: 'not_accepted' },
      ]);
      expect((error as SesameError).details.field).toBe('firstName');
    }
  });
});
