import { describe, expect, it } from 'vitest';
import { USER } from '../../testing';
import {
  authenticationClaims,
  casAttributeNames,
  OIDC_AUTHENTICATION_SCOPE,
  oidcClaimNames,
  oidcClaimsByScope,
  releaseAttributes,
  RELEASABLE_ATTRIBUTES,
  RESERVED_CAS_ATTRIBUTE_NAMES,
} from './attribute-release';
import { ServiceRegistry } from './service-registry';

const app = (extra: object) => ServiceRegistry.from([{ id: 'app', name: 'App', ...extra }]).byId('app')!;
const user = { ...USER, firstName: 'Marie', lastName: 'Dupont', organisation: 'DDPP 35' };

/** Issue 15 point 2 (docs/adr/0043): names per profile and per application; what is never released. */
describe('attribute release', () => {
  it('the default CAS profile is the names Sésame always sent; EU Login applications get EU Login’s', () => {
    const std = app({ attributes: [...RELEASABLE_ATTRIBUTES], cas: { services: ['https://a.example/*'] } });
    expect(releaseAttributes(user, std, casAttributeNames(std), RELEASABLE_ATTRIBUTES).map(([n]) => n)).toEqual([
      'email',
      'firstName',
      'lastName',
      'organisation',
      'locale',
      'employeeType',
      'uid',
    ]);
    const eu = app({ attributes: ['organisation'], cas: { services: ['https://a.example/*'], flavour: 'eulogin' } });
    expect(releaseAttributes(user, eu, casAttributeNames(eu), RELEASABLE_ATTRIBUTES)).toEqual([['domain', 'DDPP 35']]);
  });

  it('the ldap profile: inetOrgPerson names, the full name as cn and displayName with first and last names', () => {
    const ldap = app({
      attributes: ['email', 'firstName', 'lastName'],
      cas: { services: ['https://a.example/*'], attributeProfile: 'ldap' },
    });
    expect(releaseAttributes(user, ldap, casAttributeNames(ldap), RELEASABLE_ATTRIBUTES)).toEqual([
      ['mail', user.email],
      ['givenName', 'Marie'],
      ['sn', 'Dupont'],
      ['cn', 'Marie Dupont'],
      ['displayName', 'Marie Dupont'],
    ]);
  });

  it('only what the application may know, whatever it renames', () => {
    const a = app({
      attributes: ['email'],
      cas: { services: ['https://a.example/*'], attributeNames: { uid: 'login' } },
    });
    expect(releaseAttributes(user, a, casAttributeNames(a), RELEASABLE_ATTRIBUTES)).toEqual([['email', user.email]]);
  });

  it('OIDC: the standard claims, renamed or added per application', () => {
    const a = app({
      attributes: ['email', 'organisation', 'uid'],
      oidc: { clientId: 'a', claimNames: { organisation: 'org', uid: 'preferred_username' } },
    });
    expect(releaseAttributes(user, a, oidcClaimNames(a), RELEASABLE_ATTRIBUTES)).toEqual([
      ['email', user.email],
      ['org', 'DDPP 35'],
      ['preferred_username', user.id],
    ]);
  });

  it.each([
    [
      'a name the document already uses',
      { cas: { services: ['https://a.example/*'], attributeNames: { email: 'authenticationLevel' } } },
      /already used/,
    ],
    [
      'a name that is no XML name',
      { cas: { services: ['https://a.example/*'], attributeNames: { email: 'x:y' } } },
      /CAS attribute name/,
    ],
    [
      'one name for two attributes',
      { cas: { services: ['https://a.example/*'], attributeNames: { email: 'x', uid: ['x'] } } },
      /same CAS attribute name/,
    ],
    ['a claim the provider sets', { oidc: { clientId: 'a', claimNames: { uid: 'acr' } } }, /already used/],
    // How the person signed in is in CAS's own elements (docs/adr/0048): not a CAS attribute.
    [
      'the sign-in’s strengths as a CAS attribute',
      { cas: { services: ['https://a.example/*'], attributeNames: { strengths: 'level' } } },
      /strengths/,
    ],
  ])('refuses %s at start, naming the application', (_why, extra, message) => {
    expect(() => app(extra)).toThrow(message);
    expect(() => app(extra)).toThrow(/relying app "app"/);
  });

  it('a claim name stays in one scope across applications', () => {
    expect(() =>
      ServiceRegistry.from([
        { id: 'app-a', name: 'A', oidc: { clientId: 'a', claimNames: { email: 'mail' } } },
        { id: 'app-b', name: 'B', oidc: { clientId: 'b', claimNames: { organisation: 'mail' } } },
      ]),
    ).toThrow(/relying app "app-b": oidc.claimNames: the claim "mail" is in the email scope/);
    expect(
      oidcClaimsByScope([{ id: 'a', oidc: app({ oidc: { clientId: 'a', claimNames: { email: 'mail' } } }).oidc }])
        .email,
    ).toEqual(['email', 'mail']);
    expect(RESERVED_CAS_ATTRIBUTE_NAMES.has('strengths')).toBe(true);
  });

  it('the sign-in’s strengths and devices: OIDC claims of their own scope, never a CAS attribute (docs/adr/0048)', () => {
    const facts = {
      strengths: ['PASSWORD_WEBAUTHN_HIGH' as const],
      devices: [
        { id: 'dev-1', name: 'Pixel', webauthn: undefined },
        {
          id: 'key-1',
          name: 'YubiKey',
          webauthn: { aaguid: 'x', type: 'SECURITY_KEY' as const, model: null, maker: null },
        },
      ],
    };
    const a = app({
      attributes: ['email', 'strengths', 'authenticationDevices'],
      cas: { services: ['https://a.example/*'] },
      oidc: { clientId: 'a' },
    });
    // The wire name (a key at HIGH is told PASSWORD_WEBAUTHN, docs/adr/0029 §6); no AAGUID, no key.
    expect(authenticationClaims(facts, a, oidcClaimNames(a))).toEqual([
      ['strengths', ['PASSWORD_WEBAUTHN']],
      [
        'authentication_devices',
        [
          { id: 'dev-1', name: 'Pixel', type: 'MOBILE_APP' },
          { id: 'key-1', name: 'YubiKey', type: 'SECURITY_KEY' },
        ],
      ],
    ]);
    // No device confirmed a password-only sign-in: the claim is left out rather than empty.
    expect(authenticationClaims({ strengths: ['PASSWORD'], devices: [] }, a, oidcClaimNames(a))).toEqual([
      ['strengths', ['PASSWORD']],
    ]);
    expect(releaseAttributes(user, a, casAttributeNames(a), RELEASABLE_ATTRIBUTES).map(([n]) => n)).toEqual(['email']);
    const withheld = app({ attributes: ['email'], oidc: { clientId: 'a' } });
    expect(authenticationClaims(facts, withheld, oidcClaimNames(withheld))).toEqual([]);
    expect(oidcClaimsByScope([])[OIDC_AUTHENTICATION_SCOPE]).toEqual(['strengths', 'authentication_devices']);
  });
});
