import { SesameError, type EphemeralStore } from '@sesame/core';
import { XMLParser } from 'fast-xml-parser';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  call,
  casApps,
  casSignIn,
  createCasWorld,
  STD_SERVICE,
  ticketIn,
  USER,
  type CasWorld,
} from '../../test/cas-kit';
import { createTestPortal, type TestPortal } from '../../test/test-portal';

/** What mod_auth_cas 1.2 posts (src/mod_auth_cas.c, getResponseFromServer), RequestID added as the Java client does. */
function envelope(ticket: string) {
  return (
    '<?xml version="1.0" encoding="utf-8"?><SOAP-ENV:Envelope xmlns:SOAP-ENV="http://schemas.xmlsoap.org/soap/envelope/">' +
    '<SOAP-ENV:Header/><SOAP-ENV:Body><samlp:Request xmlns:samlp="urn:oasis:names:tc:SAML:1.0:protocol"  ' +
    'MajorVersion="1" MinorVersion="1" RequestID="_req1">' +
    `<samlp:AssertionArtifact>${ticket}</samlp:AssertionArtifact></samlp:Request></SOAP-ENV:Body></SOAP-ENV:Envelope>`
  );
}

const reader = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: '@',
  removeNSPrefix: true,
  parseTagValue: false,
  isArray: (name) => name === 'Attribute' || name === 'AttributeValue',
});

type Node = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

function samlResponse(body: string): Node {
  return (reader.parse(body) as Node).Envelope.Body.Response;
}

function statusOf(body: string): string {
  return samlResponse(body).Status.StatusCode['@Value'];
}

function messageOf(body: string): string {
  return samlResponse(body).Status.StatusMessage;
}

function attributesOf(body: string): Record<string, string[]> {
  const statement = samlResponse(body).Assertion.AttributeStatement;
  return Object.fromEntries((statement.Attribute as Node[]).map((a) => [a['@AttributeName'], a.AttributeValue]));
}

async function samlValidate(portal: TestPortal, query: Record<string, string>, body: string, contentType = 'text/xml') {
  const response = await portal.app.inject({
    method: 'POST',
    url: `/cas/samlValidate?${new URLSearchParams(query).toString()}`,
    payload: body,
    headers: { 'content-type': contentType, soapaction: 'http://www.oasis-open.org/committees/security' },
  });
  return { status: response.statusCode, type: response.headers['content-type'], body: response.body };
}

describe('CAS 3.0 §4 /cas/samlValidate', () => {
  let world: CasWorld;
  beforeEach(async () => {
    world = await createCasWorld();
  });
  afterEach(() => world.close());

  const freshTicket = async (service = STD_SERVICE) => ticketIn(await casSignIn(world.portal.browser('en'), service));

  it('answers a SAML 1.1 Response with the user and the attributes /p3/serviceValidate releases; once only', async () => {
    const ticket = await freshTicket();
    const response = await samlValidate(world.portal, { TARGET: STD_SERVICE }, envelope(ticket));
    expect(response.status).toBe(200);
    expect(response.type).toBe('text/xml; charset=utf-8');
    expect(statusOf(response.body)).toBe('samlp:Success');
    const saml = samlResponse(response.body);
    expect(saml['@InResponseTo']).toBe('_req1');
    expect(saml['@Recipient']).toBe(STD_SERVICE);
    expect(saml.Assertion['@Issuer']).toBe(world.portal.config.publicUrl);
    expect(saml.Assertion.Conditions.AudienceRestrictionCondition.Audience).toBe(STD_SERVICE);
    expect(saml.Assertion.AttributeStatement.Subject.NameIdentifier).toBe(USER.id);
    expect(saml.Assertion.AuthenticationStatement.Subject.NameIdentifier).toBe(USER.id);
    expect(saml.Assertion.AuthenticationStatement['@AuthenticationMethod']).toBe(
      'urn:oasis:names:tc:SAML:1.0:am:password',
    );

    // The same release as /p3/serviceValidate, name for name and value for value.
    const p3 = await call(world.portal, '/cas/p3/serviceValidate', {
      service: STD_SERVICE,
      ticket: await freshTicket(),
      format: 'JSON',
    });
    const expected = JSON.parse(p3.body).serviceResponse.authenticationSuccess.attributes as Record<string, unknown>;
    const attributes = attributesOf(response.body);
    expect(Object.keys(attributes).sort()).toEqual(Object.keys(expected).sort());
    for (const [name, value] of Object.entries(expected)) {
      if (name === 'authenticationDate') continue;
      expect(attributes[name], name).toEqual((Array.isArray(value) ? value : [value]).map(String));
    }
    expect(attributes.organisation).toEqual([USER.organisation]);

    // §3.1.1: single use.
    const again = await samlValidate(world.portal, { TARGET: STD_SERVICE }, envelope(ticket));
    expect(again.status).toBe(200);
    expect(statusOf(again.body)).toBe('samlp:Requester');
    expect(messageOf(again.body)).toMatch(/^INVALID_TICKET: /);
    expect(samlResponse(again.body).Assertion).toBeUndefined();
  });

  it.each(['text/xml; charset=utf-8', 'application/xml', 'application/soap+xml; charset=UTF-8'])(
    'reads the envelope sent as %s (the Java client, other SOAP stacks)',
    async (type) => {
      const response = await samlValidate(world.portal, { TARGET: STD_SERVICE }, envelope(await freshTicket()), type);
      expect(statusOf(response.body)).toBe('samlp:Success');
    },
  );

  it('a wrong TARGET is INVALID_SERVICE and burns the ticket; no TARGET is INVALID_REQUEST', async () => {
    const ticket = await freshTicket();
    const wrong = await samlValidate(world.portal, { TARGET: 'https://backend.example.org/api' }, envelope(ticket));
    expect(messageOf(wrong.body)).toMatch(/^INVALID_SERVICE: /);
    // The refusal does not echo the caller's TARGET.
    expect(samlResponse(wrong.body)['@Recipient']).toBeUndefined();
    const right = await samlValidate(world.portal, { TARGET: STD_SERVICE }, envelope(ticket));
    expect(messageOf(right.body)).toMatch(/^INVALID_TICKET: /);
    const none = await samlValidate(world.portal, {}, envelope(await freshTicket()));
    expect(messageOf(none.body)).toMatch(/^INVALID_REQUEST: /);
  });

  it('renew (in the URL, as mod_auth_cas sends it): a ticket from single sign-on is refused', async () => {
    const browser = world.portal.browser('en');
    await casSignIn(browser, STD_SERVICE);
    const sso = ticketIn(await browser.get(`/cas/login?service=${encodeURIComponent(STD_SERVICE)}`));
    const refused = await samlValidate(world.portal, { TARGET: STD_SERVICE, renew: 'true' }, envelope(sso));
    expect(messageOf(refused.body)).toMatch(/^INVALID_TICKET: renew/);
    const fresh = await samlValidate(
      world.portal,
      { TARGET: STD_SERVICE, renew: 'true' },
      envelope(await freshTicket()),
    );
    expect(statusOf(fresh.body)).toBe('samlp:Success');
  });

  it('the level asked in the URL applies as at /p3/serviceValidate', async () => {
    const ticket = await freshTicket();
    const response = await samlValidate(
      world.portal,
      { TARGET: STD_SERVICE, authenticationLevel: 'HIGH' },
      envelope(ticket),
    );
    expect(statusOf(response.body)).toBe('samlp:Requester');
    expect(messageOf(response.body)).toMatch(/^INSUFFICIENT_AUTHENTICATION_LEVEL: /);
  });

  it('a request that is not a SAML request: 400 with a SAML refusal, nothing validated', async () => {
    const ticket = await freshTicket();
    const cases = [
      envelope(''),
      '<SOAP-ENV:Envelope><SOAP-ENV:Body>',
      'ticket=' + ticket,
      envelope(ticket).replace('AssertionArtifact', 'Artifact').replace('AssertionArtifact', 'Artifact'),
    ];
    for (const body of cases) {
      const response = await samlValidate(world.portal, { TARGET: STD_SERVICE }, body);
      expect(response.status, body).toBe(400);
      expect(response.type).toBe('text/xml; charset=utf-8');
      expect(statusOf(response.body)).toBe('samlp:Requester');
    }
    const form = await samlValidate(
      world.portal,
      { TARGET: STD_SERVICE },
      `ticket=${ticket}`,
      'application/x-www-form-urlencoded',
    );
    expect(form.status).toBe(400);
    // The ticket was never read, so it still works.
    expect(statusOf((await samlValidate(world.portal, { TARGET: STD_SERVICE }, envelope(ticket))).body)).toBe(
      'samlp:Success',
    );
  });

  it('attacker: XXE and entity expansion are refused before parsing; nothing from the file comes back', async () => {
    const xxe =
      '<?xml version="1.0"?><!DOCTYPE d [<!ENTITY x SYSTEM "file:///etc/passwd">]>' +
      envelope('&x;').replace('<?xml version="1.0" encoding="utf-8"?>', '');
    const response = await samlValidate(world.portal, { TARGET: STD_SERVICE }, xxe);
    expect(response.status).toBe(400);
    expect(response.body).not.toContain('root:');
    expect(messageOf(response.body)).toBe('INVALID_REQUEST: a SOAP message must not have a DOCTYPE');
    const laughs =
      '<!DOCTYPE l [<!ENTITY a "lol"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;"><!ENTITY c "&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;">]>' +
      envelope('&c;').replace('<?xml version="1.0" encoding="utf-8"?>', '');
    expect((await samlValidate(world.portal, { TARGET: STD_SERVICE }, laughs)).status).toBe(400);
  });

  it('attacker: a huge body is 413 with a SAML refusal, unread', async () => {
    const huge = envelope('ST-x').replace(
      '<SOAP-ENV:Header/>',
      `<SOAP-ENV:Header>${'a'.repeat(64 * 1024)}</SOAP-ENV:Header>`,
    );
    const response = await samlValidate(world.portal, { TARGET: STD_SERVICE }, huge);
    expect(response.status).toBe(413);
    expect(statusOf(response.body)).toBe('samlp:Requester');
  });

  it('attacker: another application’s ticket, presented under its own TARGET, is refused and spent', async () => {
    const stolen = await freshTicket();
    const response = await samlValidate(world.portal, { TARGET: 'https://backend.example.org/api' }, envelope(stolen));
    expect(statusOf(response.body)).toBe('samlp:Requester');
    expect(response.body).not.toContain(USER.id);
  });
});

describe('/cas/samlValidate when a store is down', () => {
  let portal: TestPortal;
  afterEach(() => portal.close());

  it('503 with samlp:Responder: the client may retry; nothing issued', async () => {
    const down = (store: EphemeralStore): EphemeralStore => ({
      ...store,
      take: async () => {
        throw new SesameError('STORE_UNAVAILABLE', {});
      },
    });
    portal = await createTestPortal({
      relyingApps: casApps('https://127.0.0.1:1', 'http://127.0.0.1:1'),
      wrapEphemeral: down,
    });
    const response = await samlValidate(portal, { TARGET: STD_SERVICE }, envelope('ST-abc'));
    expect(response.status).toBe(503);
    expect(response.type).toBe('text/xml; charset=utf-8');
    expect(statusOf(response.body)).toBe('samlp:Responder');
    expect(messageOf(response.body)).toMatch(/^INTERNAL_ERROR: /);
  });
});
