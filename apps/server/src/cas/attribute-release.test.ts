import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { call, casSignIn, expectFixture, ticketIn, USER } from '../../test/cas-kit';
import { createTestPortal, type TestPortal } from '../../test/test-portal';

const LDAP_SERVICE = 'https://ldap.example.org/cas';
const RENAMED_SERVICE = 'https://renamed.example.org/cas';
const EU_SERVICE = 'https://eu.example.eu/cas';

/**
 * Issue 15 point 2 (docs/adr/0043): the names an application receives its attributes under, the
 * CAS 2.0 answer with attributes for clients that never call /p3, and EU Login applications'
 * standard block — against documents laid out as CAS 3.0 §2.5.2's example.
 */
describe('CAS attribute release and renaming', () => {
  let portal: TestPortal;
  beforeAll(async () => {
    portal = await createTestPortal({
      relyingApps: [
        {
          id: 'ldap-app',
          name: 'Directory app',
          attributes: ['email', 'firstName', 'lastName', 'organisation', 'uid'],
          cas: {
            services: [LDAP_SERVICE],
            attributeProfile: 'ldap',
            serviceValidateAttributes: true,
            singleLogout: false,
          },
        },
        {
          id: 'renamed-app',
          name: 'Renamed app',
          attributes: ['email', 'fullName', 'locale'],
          cas: {
            services: [RENAMED_SERVICE],
            // The sesame profile, two sources renamed, one withheld from CAS.
            attributeNames: { email: ['mail', 'courriel'], fullName: 'displayName', locale: [] },
            singleLogout: false,
          },
        },
        {
          id: 'eu-app',
          name: 'EU app',
          attributes: ['email', 'organisation'],
          cas: { services: [EU_SERVICE], flavour: 'eulogin', attributeNames: { email: 'mail' }, singleLogout: false },
        },
      ],
    });
    await portal.createUser({ ...USER, organisation: 'DDPP d’Ille-et-Vilaine (35)' });
  });
  afterAll(() => portal.close());

  const ticket = async (service: string) => ticketIn(await casSignIn(portal.browser('en'), service));

  it('the ldap profile, at /serviceValidate for an application that asks (CAS 2.0 answer with attributes)', async () => {
    const response = await call(portal, '/cas/serviceValidate', {
      service: LDAP_SERVICE,
      ticket: await ticket(LDAP_SERVICE),
    });
    expectFixture(response.body, 'attributes-ldap-service-validate.xml');
  });

  it('the ldap profile in JSON: a name per value, cn and displayName both from the full name', async () => {
    const response = await call(portal, '/cas/p3/serviceValidate', {
      service: LDAP_SERVICE,
      ticket: await ticket(LDAP_SERVICE),
      format: 'JSON',
    });
    const attributes = JSON.parse(response.body).serviceResponse.authenticationSuccess.attributes;
    expect(attributes).toMatchObject({
      mail: USER.email,
      givenName: USER.firstName,
      sn: USER.lastName,
      cn: `${USER.firstName} ${USER.lastName}`,
      displayName: `${USER.firstName} ${USER.lastName}`,
      o: 'DDPP d’Ille-et-Vilaine (35)',
      uid: 'n0025vuz',
    });
    // Not released: the application did not list them.
    expect(attributes).not.toHaveProperty('preferredLanguage');
    expect(attributes).not.toHaveProperty('employeeType');
  });

  it('renamed and withheld attributes; /serviceValidate stays the CAS 2.0 answer without attributes by default', async () => {
    const p3 = await call(portal, '/cas/p3/serviceValidate', {
      service: RENAMED_SERVICE,
      ticket: await ticket(RENAMED_SERVICE),
      format: 'JSON',
    });
    const attributes = JSON.parse(p3.body).serviceResponse.authenticationSuccess.attributes;
    expect(attributes).toMatchObject({
      mail: USER.email,
      courriel: USER.email,
      displayName: `${USER.firstName} ${USER.lastName}`,
    });
    expect(Object.keys(attributes)).not.toContain('email');
    expect(Object.keys(attributes)).not.toContain('locale');
    const cas2 = await call(portal, '/cas/serviceValidate', {
      service: RENAMED_SERVICE,
      ticket: await ticket(RENAMED_SERVICE),
    });
    expect(cas2.body).toContain('<cas:user>n0025vuz</cas:user>');
    expect(cas2.body).not.toContain('cas:attributes');
  });

  it('EU Login flavour: /p3 adds the standard block, its names renamed; EU Login’s own elements keep theirs', async () => {
    const response = await call(portal, '/cas/p3/serviceValidate', {
      service: EU_SERVICE,
      ticket: await ticket(EU_SERVICE),
      userDetails: 'true',
    });
    expect(response.body).toContain(`<cas:email>${USER.email}</cas:email>`);
    expect(response.body).toContain('<cas:domain>DDPP d’Ille-et-Vilaine (35)</cas:domain>');
    const block = /<cas:attributes>[\s\S]*<\/cas:attributes>/.exec(response.body)?.[0] ?? '';
    expect(block).toContain(`<cas:mail>${USER.email}</cas:mail>`);
    expect(block).toContain('<cas:domain>DDPP d’Ille-et-Vilaine (35)</cas:domain>');
    expect(block).not.toContain('<cas:email>');
    // /serviceValidate keeps EU Login's document as it was.
    const plain = await call(portal, '/cas/serviceValidate', { service: EU_SERVICE, ticket: await ticket(EU_SERVICE) });
    expect(plain.body).not.toContain('cas:attributes');
  });
});

/** docs/adr/0055: CAS's `locale` is the account's language, as its owner last chose it. */
describe('CAS locale attribute', () => {
  const LANG_SERVICE = 'https://agenda.example.org/cas';
  let portal: TestPortal;
  beforeAll(async () => {
    portal = await createTestPortal({
      relyingApps: [
        {
          id: 'agenda-app',
          name: 'Agenda',
          attributes: ['firstName', 'locale'],
          cas: { services: [LANG_SERVICE], singleLogout: false },
        },
      ],
    });
    await portal.createUser({ ...USER });
  });
  afterAll(() => portal.close());

  const localeOf = async (ticket: string) => {
    const response = await call(portal, '/cas/p3/serviceValidate', { service: LANG_SERVICE, ticket, format: 'JSON' });
    return JSON.parse(response.body).serviceResponse.authenticationSuccess.attributes.locale;
  };

  it('follows the language chosen with the chooser while signed in', async () => {
    const browser = portal.browser('en');
    expect(await localeOf(ticketIn(await casSignIn(browser, LANG_SERVICE)))).toBe(USER.emailLocale);
    await browser.get('/account?lang=de', { 'sec-fetch-site': 'same-origin' });
    // Signed in already: the application's next sign-in gets its ticket at once.
    const again = await browser.get(`/cas/login?service=${encodeURIComponent(LANG_SERVICE)}`);
    expect(await localeOf(ticketIn(again))).toBe('de');
  });
});
