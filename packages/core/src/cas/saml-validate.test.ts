import { XMLParser } from 'fast-xml-parser';
import { describe, expect, it } from 'vitest';
import { USER } from '../../testing';
import { ServiceRegistry } from '../relying-apps/service-registry';
import { casFailure } from './cas-failure';
import type { TicketRecord } from './cas-ticket-store';
import {
  CAS_ATTRIBUTE_NAMESPACE,
  parseSamlRequest,
  SAML_AM_PASSWORD,
  SAML_AM_UNSPECIFIED,
  SAML_MAX_REQUEST_BYTES,
  SAML_NAMESPACE,
  SAMLP_NAMESPACE,
  samlFailureXml,
  samlSuccessXml,
  SOAP_NAMESPACE,
} from './saml-validate';
import type { ValidationSuccess } from './validation-success';

const registry = ServiceRegistry.from([
  {
    id: 'ldap',
    name: 'LDAP',
    attributes: ['email', 'firstName', 'lastName', 'organisation'],
    cas: { services: ['https://ldap.example.org/*'], attributeProfile: 'ldap' },
  },
]);

const TICKET: TicketRecord = {
  kind: 'ST',
  appId: 'ldap',
  service: 'https://ldap.example.org/cas?a=1&b=2',
  userId: USER.id,
  sessionRef: 's',
  sessionEndsAt: 0,
  strengths: ['PASSWORD'],
  fromNewLogin: true,
  authTime: Date.parse('2026-12-07T08:00:00.000Z'),
  proxies: [],
  rootRef: 'r',
};

const NOW = new Date('2026-12-07T08:00:05.000Z');

function success(overrides: Partial<ValidationSuccess> = {}): ValidationSuccess {
  return {
    app: registry.byId('ldap')!,
    user: { ...USER, lastName: 'O’Brien <&> "Dupont"', organisation: 'R&D </saml:AttributeValue> 35' },
    ticket: TICKET,
    strengths: ['PASSWORD'],
    pgtIou: null,
    attributes: true,
    userDetails: false,
    ...overrides,
  };
}

/** Namespace-aware enough for the checks: prefixes kept, attributes under `@`. */
const reader = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: '@',
  parseTagValue: false,
  parseAttributeValue: false,
  isArray: (name) => name === 'saml:Attribute' || name === 'saml:AttributeValue',
});

type Node = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

function request(artifact: string, extra = '') {
  return (
    '<?xml version="1.0" encoding="utf-8"?>' +
    '<SOAP-ENV:Envelope xmlns:SOAP-ENV="http://schemas.xmlsoap.org/soap/envelope/"><SOAP-ENV:Header/>' +
    '<SOAP-ENV:Body><samlp:Request xmlns:samlp="urn:oasis:names:tc:SAML:1.0:protocol" MajorVersion="1" ' +
    `MinorVersion="1" RequestID="_192.168.16.51.1024506224022" IssueInstant="2002-06-19T17:03:44.022Z"${extra}>` +
    `<samlp:AssertionArtifact>${artifact}</samlp:AssertionArtifact></samlp:Request></SOAP-ENV:Body></SOAP-ENV:Envelope>`
  );
}

describe('/samlValidate request (CAS 3.0 §4.1)', () => {
  it('reads the ticket (trimmed) and the RequestID of the spec’s example', () => {
    expect(parseSamlRequest(request('\n   ST-1-u4hrm3td92cLxpCvrjyl\n  '))).toEqual({
      ok: true,
      ticket: 'ST-1-u4hrm3td92cLxpCvrjyl',
      requestId: '_192.168.16.51.1024506224022',
    });
  });

  it('does not echo a RequestID that is not a plain identifier', () => {
    const odd = parseSamlRequest(request('ST-1-a').replace('_192.168.16.51.1024506224022', '1 2'));
    expect(odd).toMatchObject({ ok: true, requestId: undefined });
  });

  it('refuses a DOCTYPE (XXE, billion laughs) without parsing it', () => {
    const xxe =
      '<?xml version="1.0"?><!DOCTYPE r [<!ENTITY x SYSTEM "file:///etc/passwd">]>' + request('&x;').slice(38);
    expect(parseSamlRequest(xxe)).toEqual({ ok: false, description: 'a SOAP message must not have a DOCTYPE' });
    const laughs =
      '<!DOCTYPE l [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;">]>' + request('&b;');
    expect(parseSamlRequest(laughs).ok).toBe(false);
  });

  it('refuses what is not the expected envelope, malformed XML and huge bodies', () => {
    expect(parseSamlRequest('<a><b></a>').ok).toBe(false);
    expect(parseSamlRequest('not xml at all').ok).toBe(false);
    expect(parseSamlRequest('<Envelope><Body><Request/></Body></Envelope>').ok).toBe(false);
    expect(parseSamlRequest(request('')).ok).toBe(false);
    expect(
      parseSamlRequest(
        request('ST-1-a').replace(
          '</samlp:Request>',
          '<samlp:AssertionArtifact>ST-2</samlp:AssertionArtifact></samlp:Request>',
        ),
      ).ok,
    ).toBe(false);
    expect(parseSamlRequest(request(`ST-${'a'.repeat(300)}`)).ok).toBe(false);
    expect(parseSamlRequest(request('ST-1-a') + ' '.repeat(SAML_MAX_REQUEST_BYTES))).toEqual({
      ok: false,
      description: 'the request is too large',
    });
    const deep = `${'<a>'.repeat(200)}${'</a>'.repeat(200)}`;
    expect(parseSamlRequest(deep).ok).toBe(false);
  });
});

describe('/samlValidate response (CAS 3.0 §4.2)', () => {
  const context = {
    now: NOW,
    responseId: '_r1',
    assertionId: '_a1',
    inResponseTo: '_q1',
    recipient: TICKET.service,
    service: TICKET.service,
    issuer: 'https://sesame.example.org',
  };

  it('a success: envelope, Status, Assertion with Conditions, AttributeStatement and AuthenticationStatement', () => {
    const xml = samlSuccessXml(success(), context);
    expect(xml.startsWith('<?xml version="1.0" encoding="UTF-8"?>\n')).toBe(true);
    const doc = reader.parse(xml) as Node;
    const envelope = doc['SOAP-ENV:Envelope'];
    expect(envelope['@xmlns:SOAP-ENV']).toBe(SOAP_NAMESPACE);
    // Header first: mod_auth_cas 1.0 takes the Envelope's second child as the Body.
    expect(Object.keys(envelope).filter((k) => !k.startsWith('@'))).toEqual(['SOAP-ENV:Header', 'SOAP-ENV:Body']);
    const response = envelope['SOAP-ENV:Body']['samlp:Response'];
    expect(response).toMatchObject({
      '@xmlns:samlp': SAMLP_NAMESPACE,
      '@xmlns:saml': SAML_NAMESPACE,
      '@MajorVersion': '1',
      '@MinorVersion': '1',
      '@ResponseID': '_r1',
      '@InResponseTo': '_q1',
      '@Recipient': 'https://ldap.example.org/cas?a=1&b=2',
      '@IssueInstant': '2026-12-07T08:00:05.000Z',
    });
    expect(response['samlp:Status']['samlp:StatusCode']['@Value']).toBe('samlp:Success');
    const assertion = response['saml:Assertion'];
    expect(assertion).toMatchObject({
      '@AssertionID': '_a1',
      '@Issuer': 'https://sesame.example.org',
      '@MajorVersion': '1',
      '@MinorVersion': '1',
    });
    // Apereo's order, which mod_auth_cas 1.0 reads by position.
    expect(Object.keys(assertion).filter((k) => !k.startsWith('@'))).toEqual([
      'saml:Conditions',
      'saml:AttributeStatement',
      'saml:AuthenticationStatement',
    ]);
    expect(assertion['saml:Conditions']).toMatchObject({
      '@NotBefore': '2026-12-07T08:00:05.000Z',
      '@NotOnOrAfter': '2026-12-07T08:00:35.000Z',
      'saml:AudienceRestrictionCondition': { 'saml:Audience': 'https://ldap.example.org/cas?a=1&b=2' },
    });
    const statement = assertion['saml:AttributeStatement'];
    expect(Object.keys(statement)[0]).toBe('saml:Subject');
    expect(statement['saml:Subject']['saml:NameIdentifier']).toBe(USER.id);
    const attributes = Object.fromEntries(
      (statement['saml:Attribute'] as Node[]).map((a) => {
        expect(a['@AttributeNamespace']).toBe(CAS_ATTRIBUTE_NAMESPACE);
        return [a['@AttributeName'], a['saml:AttributeValue']];
      }),
    );
    // The ldap profile's names, values escaped and read back intact; the authentication's facts.
    expect(attributes).toMatchObject({
      mail: [USER.email],
      givenName: [USER.firstName],
      sn: ['O’Brien <&> "Dupont"'],
      o: ['R&D </saml:AttributeValue> 35'],
      isFromNewLogin: ['true'],
      authenticationLevel: ['BASIC'],
      strengths: ['PASSWORD'],
      authenticationDate: ['2026-12-07T08:00:00.000Z'],
    });
    const authn = assertion['saml:AuthenticationStatement'];
    expect(authn['@AuthenticationMethod']).toBe(SAML_AM_PASSWORD);
    expect(authn['@AuthenticationInstant']).toBe('2026-12-07T08:00:00.000Z');
    expect(authn['saml:Subject']['saml:NameIdentifier']).toBe(USER.id);
    expect(authn['saml:Subject']['saml:SubjectConfirmation']['saml:ConfirmationMethod']).toBe(
      'urn:oasis:names:tc:SAML:1.0:cm:artifact',
    );
  });

  it('a second factor is `unspecified`, its level and strengths in the attributes', () => {
    const xml = samlSuccessXml(
      success({ strengths: ['PASSWORD_SMS'], ticket: { ...TICKET, strengths: ['PASSWORD_SMS'] } }),
      context,
    );
    const assertion = (reader.parse(xml) as Node)['SOAP-ENV:Envelope']['SOAP-ENV:Body']['samlp:Response'][
      'saml:Assertion'
    ];
    expect(assertion['saml:AuthenticationStatement']['@AuthenticationMethod']).toBe(SAML_AM_UNSPECIFIED);
    const level = (assertion['saml:AttributeStatement']['saml:Attribute'] as Node[]).find(
      (a) => a['@AttributeName'] === 'authenticationLevel',
    );
    expect(level?.['saml:AttributeValue']).toEqual(['MEDIUM']);
  });

  it('a refusal: Requester / RequestDenied with the CAS code, no Assertion', () => {
    const xml = samlFailureXml(casFailure('INVALID_TICKET', 'the ticket is unknown'), {
      now: NOW,
      responseId: '_r2',
      recipient: 'https://x.example.org/?a=<b>',
    });
    const response = (reader.parse(xml) as Node)['SOAP-ENV:Envelope']['SOAP-ENV:Body']['samlp:Response'];
    expect(response['@Recipient']).toBe('https://x.example.org/?a=<b>');
    expect(response['@InResponseTo']).toBeUndefined();
    expect(response['saml:Assertion']).toBeUndefined();
    const status = response['samlp:Status'];
    expect(status['samlp:StatusCode']['@Value']).toBe('samlp:Requester');
    expect(status['samlp:StatusCode']['samlp:StatusCode']['@Value']).toBe('samlp:RequestDenied');
    expect(status['samlp:StatusMessage']).toBe('INVALID_TICKET: the ticket is unknown');
  });

  it('Sésame’s own fault is Responder', () => {
    const xml = samlFailureXml(casFailure('INTERNAL_ERROR', 'down'), { now: NOW, responseId: '_r3' });
    expect(xml).toContain('<samlp:StatusCode Value="samlp:Responder"></samlp:StatusCode>');
  });
});
