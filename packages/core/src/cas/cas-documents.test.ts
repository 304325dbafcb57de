import { describe, expect, it } from 'vitest';
import { USER } from '../../testing';
import { ServiceRegistry } from '../relying-apps/service-registry';
import {
  cas1Document,
  parseFormat,
  proxyFailureDocument,
  validationFailureDocument,
  validationSuccessDocument,
} from './cas-documents';
import type { TicketRecord } from './cas-ticket-store';
import { loginRequestFailureXml, loginRequestSuccessXml } from './login-request-documents';
import { logoutRequestXml } from './logout-request';
import type { ValidationSuccess } from './validation-success';
import { escapeXml } from './xml';

const registry = ServiceRegistry.from([
  { id: 'std', name: 'Std', attributes: ['email', 'lastName'], cas: { services: ['https://std.example.org/*'] } },
  {
    id: 'eu',
    name: 'EU',
    attributes: ['firstName', 'organisation', 'email'],
    cas: { services: ['https://eu.example.org/*'], flavour: 'eulogin' },
  },
  {
    id: 'eu-private',
    name: 'EU private',
    attributes: [],
    cas: { services: ['https://p.example.org/*'], flavour: 'eulogin' },
  },
]);

const TICKET: TicketRecord = {
  kind: 'ST',
  appId: 'std',
  service: 'https://std.example.org/cas',
  userId: USER.id,
  sessionRef: 's',
  sessionEndsAt: 0,
  strengths: ['PASSWORD'],
  fromNewLogin: true,
  authTime: Date.parse('2025-03-01T08:00:00.000Z'),
  proxies: [],
  rootRef: 'r',
};

function success(appId: string, overrides: Partial<ValidationSuccess> = {}): ValidationSuccess {
  return {
    app: registry.byId(appId)!,
    user: { ...USER, lastName: 'O’Brien <&> "Dupont"', organisation: 'R&D\u0001 35' },
    ticket: TICKET,
    strengths: ['PASSWORD'],
    pgtIou: null,
    attributes: true,
    userDetails: true,
    ...overrides,
  };
}

describe('CAS documents', () => {
  it('escapes text and attributes and drops characters XML cannot carry', () => {
    expect(escapeXml(`a<b>&"c"'d'\u0000\u0008\ud800e😀`)).toBe('a&lt;b&gt;&amp;&quot;c&quot;&apos;d&apos;e😀');
    const xml = validationSuccessDocument('cas', 'XML', success('std'));
    expect(xml).toContain('<cas:lastName>O’Brien &lt;&amp;&gt; &quot;Dupont&quot;</cas:lastName>');
  });

  it('standard attributes only at /p3 (attributes: true), released ones only', () => {
    const xml = validationSuccessDocument('cas', 'XML', success('std'));
    expect(xml).toContain('<cas:email>');
    expect(xml).not.toContain('<cas:firstName>');
    expect(validationSuccessDocument('cas', 'XML', success('std', { attributes: false }))).not.toContain(
      'cas:attributes',
    );
  });

  it('JSON: multi-valued attributes are arrays, booleans are booleans (CAS 3.0 Appendix A)', () => {
    const json = JSON.parse(validationSuccessDocument('cas', 'JSON', success('std')));
    expect(json.serviceResponse.authenticationSuccess.attributes).toMatchObject({
      strengths: ['PASSWORD'],
      isFromNewLogin: true,
      longTermAuthenticationRequestTokenUsed: false,
      authenticationLevel: 'BASIC',
      authenticationDate: '2025-03-01T08:00:00.000Z',
    });
  });

  it('EU Login: details in the XSD order with their names (organisation → domain), only when released', () => {
    const xml = validationSuccessDocument('eulogin', 'XML', success('eu', { attributes: false }));
    const names = [...xml.matchAll(/<cas:(\w+)[ >]/g)].map((m) => m[1]);
    expect(names).toEqual([
      'serviceResponse',
      'authenticationSuccess',
      'user',
      'email',
      'firstName',
      'domain',
      'assuranceLevel',
      'uid',
      'strengths',
      'strength',
      'authenticationLevel',
      'authenticationFactors',
      'moniker',
      'loginDate',
      'sso',
      'ticketType',
    ]);
    expect(xml).toContain('<cas:domain>R&amp;D 35</cas:domain>');
  });

  it('EU Login: without userDetails, no personal details but the authentication facts', () => {
    const json = JSON.parse(
      validationSuccessDocument('eulogin', 'JSON', success('eu', { userDetails: false, attributes: false })),
    );
    expect(json.serviceResponse.authenticationSuccess).toEqual({
      user: USER.id,
      strengths: { number: 1, strength: ['PASSWORD'] },
      authenticationLevel: 'BASIC',
      authenticationFactors: { number: 1, moniker: [USER.email] },
      loginDate: '2025-03-01T08:00:00.000Z',
      sso: false,
      ticketType: 'SERVICE',
    });
  });

  it('EU Login at /p3: the standard <cas:attributes> after EU Login’s elements, EU Login’s names (docs/adr/0043 §2)', () => {
    const xml = validationSuccessDocument('eulogin', 'XML', success('eu', { userDetails: false }));
    const names = [...xml.matchAll(/<cas:(\w+)[ >]/g)].map((m) => m[1]);
    expect(names.slice(names.indexOf('ticketType'))).toEqual([
      'ticketType',
      'attributes',
      'authenticationDate',
      'longTermAuthenticationRequestTokenUsed',
      'isFromNewLogin',
      'authenticationLevel',
      'strengths',
      'email',
      'firstName',
      'domain',
    ]);
    const json = JSON.parse(validationSuccessDocument('eulogin', 'JSON', success('eu', { userDetails: false })));
    expect(json.serviceResponse.authenticationSuccess.attributes).toMatchObject({
      strengths: ['PASSWORD'],
      email: USER.email,
      domain: 'R&D\u0001 35',
    });
  });

  it('EU Login: the moniker (the e-mail address) only goes to an application that may receive the e-mail', () => {
    const xml = validationSuccessDocument('eulogin', 'XML', success('eu-private'));
    expect(xml).toContain('<cas:authenticationFactors number="0"></cas:authenticationFactors>');
    expect(xml).not.toContain(USER.email);
  });

  it('EU Login: a mobile device that confirmed the session is an authentication factor (mobileDevice, XSD 5.8.0)', () => {
    const ticket = { ...TICKET, mobileDevices: [{ id: 'dev-123', name: 'Pixel-de-Marie' }] };
    const xml = validationSuccessDocument('eulogin', 'XML', success('eu', { ticket }));
    expect(xml).toContain(
      '<cas:authenticationFactors number="2">\n' +
        `      <cas:moniker>${USER.email}</cas:moniker>\n` +
        '      <cas:mobileDevice>\n' +
        '        <cas:deviceName>Pixel-de-Marie</cas:deviceName>\n' +
        '        <cas:deviceIdentifier>dev-123</cas:deviceIdentifier>\n' +
        '      </cas:mobileDevice>\n' +
        '    </cas:authenticationFactors>',
    );
    const json = JSON.parse(validationSuccessDocument('eulogin', 'JSON', success('eu-private', { ticket })));
    expect(json.serviceResponse.authenticationSuccess.authenticationFactors).toEqual({
      number: 1,
      moniker: [],
      mobileDevice: [{ deviceName: 'Pixel-de-Marie', deviceIdentifier: 'dev-123' }],
    });
  });

  it('EU Login: a security key that confirmed the session is a webAuthnDevice (issue 13 point 1; docs/adr/0032 §4)', () => {
    const key = {
      id: 'cred-9',
      name: 'Clé bleue',
      webauthn: {
        aaguid: 'cb69481e-8ff7-4039-93ec-0a2729a154a8',
        type: 'SECURITY_KEY' as const,
        model: 'YubiKey 5 Series',
        maker: 'Yubico AB',
      },
    };
    const ticket = { ...TICKET, mobileDevices: [key] };
    const xml = validationSuccessDocument('eulogin', 'XML', success('eu-private', { ticket }));
    expect(xml).toContain(
      '<cas:authenticationFactors number="1">\n' +
        '      <cas:webAuthnDevice>\n' +
        '        <cas:deviceName>Clé bleue</cas:deviceName>\n' +
        '        <cas:deviceIdentifier>cred-9</cas:deviceIdentifier>\n' +
        '        <cas:deviceType>SECURITY_KEY</cas:deviceType>\n' +
        '        <cas:deviceAaguid>cb69481e-8ff7-4039-93ec-0a2729a154a8</cas:deviceAaguid>\n' +
        '        <cas:deviceManufacturer>Yubico AB</cas:deviceManufacturer>\n' +
        '        <cas:deviceModel>YubiKey 5 Series</cas:deviceModel>\n' +
        '      </cas:webAuthnDevice>\n' +
        '    </cas:authenticationFactors>',
    );
    expect(xml).not.toContain('<cas:mobileDevice>');
    // A model the attestation did not prove is not told.
    const unproven = { ...key, webauthn: { ...key.webauthn, model: null, maker: null } };
    const json = JSON.parse(
      validationSuccessDocument(
        'eulogin',
        'JSON',
        success('eu-private', { ticket: { ...TICKET, mobileDevices: [unproven] } }),
      ),
    );
    expect(json.serviceResponse.authenticationSuccess.authenticationFactors).toEqual({
      number: 1,
      moniker: [],
      webAuthnDevice: [
        {
          deviceName: 'Clé bleue',
          deviceIdentifier: 'cred-9',
          deviceType: 'SECURITY_KEY',
          deviceAaguid: 'cb69481e-8ff7-4039-93ec-0a2729a154a8',
        },
      ],
    });
  });

  it('failures carry the code, in the flavour namespace', () => {
    const failure = { code: 'INVALID_TICKET' as const, description: 'not recognized' };
    expect(validationFailureDocument('cas', 'XML', failure)).toBe(
      '<cas:serviceResponse xmlns:cas="http://www.yale.edu/tp/cas">\n' +
        '  <cas:authenticationFailure code="INVALID_TICKET">not recognized</cas:authenticationFailure>\n' +
        '</cas:serviceResponse>\n',
    );
    expect(validationFailureDocument('eulogin', 'XML', failure)).toContain(
      'xmlns:cas="https://ecas.ec.europa.eu/cas/schemas"',
    );
    expect(JSON.parse(proxyFailureDocument('cas', 'JSON', failure))).toEqual({
      serviceResponse: { proxyFailure: { code: 'INVALID_TICKET', description: 'not recognized' } },
    });
  });

  it('format: XML by default, JSON on request, anything else refused (CAS 3.0 §2.5.1)', () => {
    expect(parseFormat(undefined)).toBe('XML');
    expect(parseFormat('json')).toBe('JSON');
    expect(parseFormat('XML')).toBe('XML');
    expect(parseFormat('YAML')).toBeNull();
  });

  it('CAS 1.0 (/validate)', () => {
    expect(cas1Document('n0025vuz')).toBe('yes\nn0025vuz\n');
    expect(cas1Document(null)).toBe('no\n\n');
  });

  it('EU Login login requests', () => {
    expect(loginRequestSuccessXml('ECAS_LR-1')).toBe(
      '<loginRequest xmlns="https://ecas.ec.europa.eu/cas/schemas">\n' +
        '  <loginRequestSuccess>\n' +
        '    <loginRequestId>ECAS_LR-1</loginRequestId>\n' +
        '  </loginRequestSuccess>\n' +
        '</loginRequest>\n',
    );
    expect(loginRequestFailureXml({ code: 'INVALID_SERVICE', description: 'x' })).toContain(
      '<loginRequestFailure code="INVALID_SERVICE">x</loginRequestFailure>',
    );
  });

  it('single logout request (CAS 3.0 §2.3.3)', () => {
    expect(logoutRequestXml('ST-abc', new Date('2025-03-01T08:00:00Z'), 'LR-1')).toBe(
      '<samlp:LogoutRequest xmlns:samlp="urn:oasis:names:tc:SAML:2.0:protocol" xmlns:saml="urn:oasis:names:tc:SAML:2.0:assertion" ID="LR-1" Version="2.0" IssueInstant="2025-03-01T08:00:00.000Z">\n' +
        '  <saml:NameID>@NOT_USED@</saml:NameID>\n' +
        '  <samlp:SessionIndex>ST-abc</samlp:SessionIndex>\n' +
        '</samlp:LogoutRequest>\n',
    );
    expect(logoutRequestXml('ST-abc', new Date())).toMatch(/ID="LR-[A-Za-z0-9-]+"/);
  });
});
