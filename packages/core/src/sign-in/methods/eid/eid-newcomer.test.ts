import { describe, expect, it } from 'vitest';
import { eidAccountFields } from '../../../accounts/eid-account';
import { testUser } from '../../testing/fake-methods';
import { keepEidNewcomer, peekEidNewcomer, reconcilableEmail, takeEidNewcomer, type EidNewcomer } from './eid-newcomer';
import { eidWorld, ISSUER, PROVIDER } from './eid-test-kit';

/**
 * An eID no account has linked (docs/adr/0047): the `newcomer` verdict only where the provider
 * allows accounts from its eIDs, kept under a browser's pass and taken once; an account made from
 * it only with a verified e-mail.
 */
const BINDING = 'b'.repeat(43);
const NEWCOMER: EidNewcomer = {
  provider: PROVIDER.id,
  issuer: ISSUER,
  subject: 'sub-new',
  level: 'MEDIUM',
  givenName: 'Jean',
  familyName: 'Martin',
  email: 'jean.martin@example.eu',
  emailVerified: true,
};

describe('the newcomer verdict', () => {
  it('an unlinked eID of a provider with createAccounts is a newcomer with its claims; without, EID_NOT_LINKED', async () => {
    const claims = { givenName: 'Jean', familyName: 'Martin', email: 'jean.martin@example.eu', emailVerified: true };
    const w = eidWorld(testUser(), [{ ...PROVIDER, createAccounts: true }]);
    w.federation.next = { ok: true, assertion: { issuer: ISSUER, subject: 'sub-new', acr: 'eidas2', claims } };
    const url = await w.method.begin({ provider: PROVIDER.id, purpose: 'sign-in', userId: null, binding: BINDING });
    expect(await w.method.finish(w.callback(url, BINDING))).toEqual({
      ok: true,
      purpose: 'newcomer',
      newcomer: { ...NEWCOMER, ...claims },
    });
    // SEC-42 first: an acr the mapping does not name makes no newcomer.
    w.federation.next = { ok: true, assertion: { issuer: ISSUER, subject: 'sub-new', acr: 'eidas9', claims } };
    const again = await w.method.begin({ provider: PROVIDER.id, purpose: 'sign-in', userId: null, binding: BINDING });
    expect(await w.method.finish(w.callback(again, BINDING))).toMatchObject({ ok: false, code: 'EID_LEVEL_UNKNOWN' });

    const off = eidWorld();
    const offUrl = await off.method.begin({
      provider: PROVIDER.id,
      purpose: 'sign-in',
      userId: null,
      binding: BINDING,
    });
    expect(await off.method.finish(off.callback(offUrl, BINDING))).toMatchObject({ ok: false, code: 'EID_NOT_LINKED' });
  });
});

describe('the newcomer kept for its browser', () => {
  it('is found by its pass only, and taken once', async () => {
    const { ephemeral } = eidWorld();
    const pass = await keepEidNewcomer(ephemeral, NEWCOMER);
    expect(await peekEidNewcomer(ephemeral, pass)).toEqual(NEWCOMER);
    expect(await peekEidNewcomer(ephemeral, undefined)).toBeNull();
    expect(await peekEidNewcomer(ephemeral, 'x'.repeat(43))).toBeNull();
    expect(await takeEidNewcomer(ephemeral, pass)).toEqual(NEWCOMER);
    expect(await takeEidNewcomer(ephemeral, pass)).toBeNull();
  });

  it('reconciles by a verified e-mail only', () => {
    expect(reconcilableEmail(NEWCOMER)).toBe('jean.martin@example.eu');
    expect(reconcilableEmail({ ...NEWCOMER, emailVerified: false })).toBeNull();
    expect(reconcilableEmail({ ...NEWCOMER, email: null })).toBeNull();
  });
});

describe('eidAccountFields', () => {
  it('refuses without a verified e-mail, and names no account may have', () => {
    expect(eidAccountFields(NEWCOMER)).toEqual({ email: NEWCOMER.email, firstName: 'Jean', lastName: 'Martin' });
    for (const n of [
      { ...NEWCOMER, emailVerified: false },
      { ...NEWCOMER, email: null },
    ]) {
      expect(() => eidAccountFields(n)).toThrow(expect.objectContaining({ code: 'EID_EMAIL_UNVERIFIED' }));
    }
    expect(() => eidAccountFields({ ...NEWCOMER, givenName: null })).toThrow(
      expect.objectContaining({ code: 'INVALID_INPUT' }),
    );
  });
});
