import { randomBytes } from 'node:crypto';
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import type { CasFailure } from './cas-failure';
import { standardAttributes } from './standard-documents';
import { MAX_TICKET_LENGTH } from './ticket-ids';
import type { ValidationSuccess } from './validation-success';
import { isoDate } from './validation-success';
import { element, renderXml, type XmlElement } from './xml';

/**
 * CAS 3.0 §4 /samlValidate: SAML 1.1 over SOAP 1.1, as Apereo CAS answers it and as Apache
 * mod_auth_cas (`CASValidateSAML On`) and the Java clients' Saml11TicketValidator read it
 * (docs/adr/0044). The request is a SOAP envelope carrying a `samlp:Request` whose
 * `AssertionArtifact` is the service ticket; the answer a `samlp:Response`.
 */
export const SOAP_NAMESPACE = 'http://schemas.xmlsoap.org/soap/envelope/';
export const SAMLP_NAMESPACE = 'urn:oasis:names:tc:SAML:1.0:protocol';
export const SAML_NAMESPACE = 'urn:oasis:names:tc:SAML:1.0:assertion';
/** The attribute namespace Apereo CAS gives every released attribute. */
export const CAS_ATTRIBUTE_NAMESPACE = 'http://www.ja-sig.org/products/cas/';
/** SAML 1.1 core §7.1: the authentication methods; Sésame tells `password` or `unspecified`. */
export const SAML_AM_PASSWORD = 'urn:oasis:names:tc:SAML:1.0:am:password';
export const SAML_AM_UNSPECIFIED = 'urn:oasis:names:tc:SAML:1.0:am:unspecified';
const ARTIFACT_CONFIRMATION = 'urn:oasis:names:tc:SAML:1.0:cm:artifact';

/**
 * Largest request body read: mod_auth_cas sends ~400 bytes, the Java client about as much; 16 KiB
 * leaves room for any SOAP header a client adds and refuses the rest before parsing.
 */
export const SAML_MAX_REQUEST_BYTES = 16 * 1024;
/** How long an assertion is valid (Conditions NotOnOrAfter − NotBefore): Apereo CAS's 30 seconds. */
export const SAML_ASSERTION_LIFETIME_MS = 30_000;

export type SamlRequest =
  | {
      ok: true;
      ticket: string;
      /** samlp:Request RequestID, echoed as InResponseTo when it is a plain identifier. */
      requestId: string | undefined;
    }
  | { ok: false; description: string };

/** An identifier as SAML 1.1 wants one (xsd:ID, an NCName): `_` and 128 random bits in hex. */
export function newSamlId(): string {
  return `_${randomBytes(16).toString('hex')}`;
}

/** A RequestID we may echo: an NCName of reasonable length, nothing that needs thought. */
const PLAIN_ID = /^[A-Za-z_][A-Za-z0-9_.-]{0,127}$/;

const parser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: '@',
  removeNSPrefix: true,
  // No entity is ever expanded (billion laughs); a DOCTYPE is refused before this (XXE).
  processEntities: false,
  htmlEntities: false,
  parseTagValue: false,
  parseAttributeValue: false,
  ignoreDeclaration: true,
  ignorePiTags: true,
  maxNestedTags: 32,
});

function child(node: unknown, name: string): unknown {
  return node && typeof node === 'object' && !Array.isArray(node) ? (node as Record<string, unknown>)[name] : undefined;
}

function textOf(node: unknown): string | undefined {
  if (typeof node === 'string') return node;
  const text = child(node, '#text');
  return typeof text === 'string' ? text : undefined;
}

/**
 * Reads a /samlValidate body. SOAP 1.1 §3: "A SOAP message MUST NOT contain a Document Type
 * Declaration", so a DOCTYPE (the door to XXE and entity expansion) is refused outright; the
 * document must be well-formed and hold exactly one Envelope/Body/Request/AssertionArtifact.
 */
export function parseSamlRequest(body: string): SamlRequest {
  if (body.length > SAML_MAX_REQUEST_BYTES) return { ok: false, description: 'the request is too large' };
  if (/<!DOCTYPE|<!ENTITY/i.test(body)) return { ok: false, description: 'a SOAP message must not have a DOCTYPE' };
  if (XMLValidator.validate(body) !== true) return { ok: false, description: 'the request is not well-formed XML' };
  let document: unknown;
  try {
    document = parser.parse(body);
  } catch {
    return { ok: false, description: 'the request is not well-formed XML' };
  }
  const request = child(child(child(document, 'Envelope'), 'Body'), 'Request');
  const artifact = textOf(child(request, 'AssertionArtifact'))?.trim();
  if (!artifact)
    return { ok: false, description: 'the SOAP body must carry one samlp:Request with an AssertionArtifact' };
  if (artifact.length > MAX_TICKET_LENGTH) {
    return { ok: false, description: 'the AssertionArtifact is not a ticket' };
  }
  const requestId = child(request, '@RequestID');
  return {
    ok: true,
    ticket: artifact,
    requestId: typeof requestId === 'string' && PLAIN_ID.test(requestId) ? requestId : undefined,
  };
}

/** What every /samlValidate answer carries besides its outcome. */
export interface SamlResponseContext {
  now: Date;
  responseId: string;
  /** The request's RequestID, when it had a usable one. */
  inResponseTo?: string | undefined;
  /** TARGET: the service, as Recipient (and Audience of a success). */
  recipient?: string | undefined;
}

function envelope(response: XmlElement): string {
  // Header before Body: mod_auth_cas before 1.1 takes the Envelope's second child as the Body.
  const soap = element('SOAP-ENV:Envelope', [element('SOAP-ENV:Header'), element('SOAP-ENV:Body', [response])], {
    'xmlns:SOAP-ENV': SOAP_NAMESPACE,
  });
  return `<?xml version="1.0" encoding="UTF-8"?>\n${renderXml(soap)}`;
}

function responseElement(context: SamlResponseContext, children: XmlElement[]): XmlElement {
  const attributes: Record<string, string> = {
    'xmlns:samlp': SAMLP_NAMESPACE,
    'xmlns:saml': SAML_NAMESPACE,
    IssueInstant: isoDate(context.now.getTime()),
    MajorVersion: '1',
    MinorVersion: '1',
    ResponseID: context.responseId,
  };
  if (context.inResponseTo) attributes.InResponseTo = context.inResponseTo;
  if (context.recipient) attributes.Recipient = context.recipient;
  return element('samlp:Response', children, attributes);
}

function subject(user: string): XmlElement {
  return element('saml:Subject', [
    element('saml:NameIdentifier', user),
    element('saml:SubjectConfirmation', [element('saml:ConfirmationMethod', ARTIFACT_CONFIRMATION)]),
  ]);
}

/**
 * A successful validation: Status Success, then one Assertion with Conditions (NotBefore = now,
 * NotOnOrAfter 30 s later, the service as Audience), an AttributeStatement — the same attributes,
 * under the same names, as /p3/serviceValidate gives this application (standardAttributes) — and
 * an AuthenticationStatement. The order is Apereo CAS's; mod_auth_cas before 1.1 reads the
 * Assertion by position (Conditions, then AttributeStatement with the Subject first).
 */
export function samlSuccessXml(
  success: ValidationSuccess,
  context: SamlResponseContext & { issuer: string; assertionId: string; service: string },
): string {
  const now = context.now.getTime();
  const attributes: XmlElement[] = [];
  for (const [name, value] of standardAttributes(success)) {
    const values = Array.isArray(value) ? value : [value];
    if (values.length === 0) continue;
    attributes.push(
      element(
        'saml:Attribute',
        values.map((one) => element('saml:AttributeValue', String(one))),
        { AttributeName: name, AttributeNamespace: CAS_ATTRIBUTE_NAMESPACE },
      ),
    );
  }
  const onlyPassword = success.strengths.length > 0 && success.strengths.every((s) => s === 'PASSWORD');
  const assertion = element(
    'saml:Assertion',
    [
      element(
        'saml:Conditions',
        [element('saml:AudienceRestrictionCondition', [element('saml:Audience', context.service)])],
        { NotBefore: isoDate(now), NotOnOrAfter: isoDate(now + SAML_ASSERTION_LIFETIME_MS) },
      ),
      element('saml:AttributeStatement', [subject(success.user.id), ...attributes]),
      element('saml:AuthenticationStatement', [subject(success.user.id)], {
        AuthenticationInstant: isoDate(success.ticket.authTime),
        AuthenticationMethod: onlyPassword ? SAML_AM_PASSWORD : SAML_AM_UNSPECIFIED,
      }),
    ],
    {
      AssertionID: context.assertionId,
      IssueInstant: isoDate(now),
      Issuer: context.issuer,
      MajorVersion: '1',
      MinorVersion: '1',
    },
  );
  const status = element('samlp:Status', [element('samlp:StatusCode', undefined, { Value: 'samlp:Success' })]);
  return envelope(responseElement(context, [status, assertion]));
}

/**
 * A refusal. SAML 1.1 core §3.4.3.1: `samlp:Requester` when the request was at fault (a bad,
 * spent or foreign ticket, a missing parameter, an unmet level), with `samlp:RequestDenied` under
 * it as Apereo CAS says; `samlp:Responder` when Sésame could not answer. The message is the CAS
 * failure's code and description (CAS 3.0 §2.5.3), never what the caller sent.
 */
export function samlFailureXml(failure: CasFailure, context: SamlResponseContext): string {
  const responder = failure.code === 'INTERNAL_ERROR';
  const code = responder
    ? element('samlp:StatusCode', undefined, { Value: 'samlp:Responder' })
    : element('samlp:StatusCode', [element('samlp:StatusCode', undefined, { Value: 'samlp:RequestDenied' })], {
        Value: 'samlp:Requester',
      });
  const status = element('samlp:Status', [
    code,
    element('samlp:StatusMessage', `${failure.code}: ${failure.description}`),
  ]);
  return envelope(responseElement(context, [status]));
}
