import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseLoginRequestResponse } from './parse-login-request-response';
import { parseLogoutRequest } from './parse-logout-request';
import { parseServiceResponse } from './parse-service-response';

const fixture = (name: string) => readFileSync(new URL(`./fixtures/${name}`, import.meta.url), 'utf8');

describe('parseServiceResponse', () => {
  it('reads the EU Login shape: attributes directly under authenticationSuccess, in the EC namespace', () => {
    const result = parseServiceResponse(fixture('eulogin-success.xml'));
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    const id = result.identity;
    expect(id.user).toBe('n0025vuz');
    expect(id.email).toBe('marie.dupont@ddpp35.example.fr');
    expect(id.firstName).toBe('Marie');
    expect(id.lastName).toBe('Dupont');
    expect(id.organisation).toBe('DDPP d’Ille-et-Vilaine (35) & services');
    expect(id.level).toBe('MEDIUM');
    expect(id.strengths).toEqual(['PASSWORD', 'PASSWORD_MOBILE_APP']);
    expect(id.groups).toEqual(['TRACES_CCA', 'TRACES_LAU']);
    expect(id.factors).toEqual([
      { kind: 'moniker', value: 'marie.dupont@ddpp35.example.fr', details: {} },
      {
        kind: 'mobileDevice',
        value: 'Téléphone de service · Android · Samsung · Galaxy A15',
        details: {
          deviceName: 'Téléphone de service',
          deviceIdentifier: 'd-7f3a',
          mobileOs: 'Android',
          deviceManufacturer: 'Samsung',
          deviceModel: 'Galaxy A15',
        },
      },
    ]);
    expect(id.sso).toBe(false);
    expect(id.isFromNewLogin).toBe(true);
    expect(id.authTime).toBe('2025-03-04T09:12:30.000+01:00');
    // Values stay strings: an assurance level or an uid is never turned into a number.
    expect(id.attributes.assuranceLevel).toBe('10');
    expect(id.attributes.ticketType).toBe('SERVICE');
    expect(id.attributes).not.toHaveProperty('strengths');
  });

  it('reads the standard CAS 3.0 shape: <cas:attributes> in the Yale namespace', () => {
    const result = parseServiceResponse(fixture('cas3-success.xml'));
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    const id = result.identity;
    expect(id.user).toBe('n0031kqe');
    expect(id.email).toBe('john.smith@operator.example.com');
    expect(id.organisation).toBe('Brest Seafood Export Ltd (operator)');
    expect(id.strengths).toEqual(['PASSWORD']);
    // No authenticationLevel attribute: the level is the one the strengths reach.
    expect(id.level).toBe('BASIC');
    expect(id.isFromNewLogin).toBe(false);
    expect(id.sso).toBe(true);
    expect(id.authTime).toBe('2025-03-04T08:12:30Z');
    expect(id.attributes.memberOf).toBe('operators, exporters');
    expect(id.factors).toEqual([]);
  });

  it('reads a response without prefixes (default namespace) the same way', () => {
    const unprefixed = fixture('eulogin-success.xml')
      .replace('xmlns:cas=', 'xmlns=')
      .replace(/<(\/?)cas:/g, '<$1');
    const result = parseServiceResponse(unprefixed);
    expect(result.ok && result.identity.strengths).toEqual(['PASSWORD', 'PASSWORD_MOBILE_APP']);
    expect(result.ok && result.identity.level).toBe('MEDIUM');
  });

  it('returns the failure code and message', () => {
    expect(parseServiceResponse(fixture('invalid-ticket.xml'))).toEqual({
      ok: false,
      code: 'INVALID_TICKET',
      message: 'Ticket ST-1856339-aA5Yuvrxzpv8Tau1cYQ7 not recognized',
    });
    expect(parseServiceResponse(fixture('eulogin-insufficient-level.xml'))).toMatchObject({
      ok: false,
      code: 'INSUFFICIENT_AUTHENTICATION_LEVEL',
    });
  });

  it('refuses malformed documents, DOCTYPEs and answers without a user', () => {
    expect(parseServiceResponse('<cas:serviceResponse><oops>')).toMatchObject({
      ok: false,
      code: 'MALFORMED_RESPONSE',
    });
    expect(parseServiceResponse('<html><body>502 Bad Gateway</body></html>')).toMatchObject({
      ok: false,
      code: 'MALFORMED_RESPONSE',
    });
    const billionLaughs =
      '<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;">]>' +
      '<serviceResponse><authenticationSuccess><user>&lol2;</user></authenticationSuccess></serviceResponse>';
    expect(parseServiceResponse(billionLaughs)).toMatchObject({ ok: false, code: 'MALFORMED_RESPONSE' });
    expect(
      parseServiceResponse(
        '<cas:serviceResponse xmlns:cas="http://www.yale.edu/tp/cas"><cas:authenticationSuccess/></cas:serviceResponse>',
      ),
    ).toMatchObject({ ok: false, code: 'MALFORMED_RESPONSE' });
  });
});

describe('parseLoginRequestResponse (EU Login /cas/login/init)', () => {
  it('reads the login request id', () => {
    expect(parseLoginRequestResponse(fixture('login-request-success.xml'))).toEqual({
      ok: true,
      loginRequestId: 'ECAS_LR-2214596-nl3zYbN4dUQ0qLr7Mjpa',
    });
  });

  it('reads a failure', () => {
    expect(parseLoginRequestResponse(fixture('login-request-failure.xml'))).toEqual({
      ok: false,
      code: 'INVALID_SERVICE',
      message: 'The service is not registered',
    });
    expect(parseLoginRequestResponse('not xml at all <')).toMatchObject({ ok: false, code: 'MALFORMED_RESPONSE' });
  });
});

describe('parseLogoutRequest (CAS single logout)', () => {
  it('returns the SessionIndex, i.e. the service ticket', () => {
    expect(parseLogoutRequest(fixture('logout-request.xml'))).toBe('ST-42-sJ8n0dQvKq3XbY2mZt');
  });

  it('returns null for anything else', () => {
    expect(parseLogoutRequest('<samlp:LogoutRequest xmlns:samlp="urn:oasis:names:tc:SAML:2.0:protocol"/>')).toBeNull();
    expect(parseLogoutRequest('<<<')).toBeNull();
    expect(parseLogoutRequest('<x/>')).toBeNull();
  });
});
