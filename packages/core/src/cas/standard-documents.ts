import { levelOf, wireStrengths } from '@sesame/protocol';
import { casAttributeNames, PERSON_ATTRIBUTES, releaseAttributes } from '../relying-apps/attribute-release';
import { isoDate, type AttributeValue, type ValidationSuccess } from './validation-success';
import { element, renderXml, type XmlElement } from './xml';

/** CAS 2.0/3.0 namespace (CAS 3.0 §2.5.2, Appendix A). */
export const CAS_NAMESPACE = 'http://www.yale.edu/tp/cas';

/**
 * CAS 3.0 §2.5.2 (/p3/serviceValidate) attributes: the authentication's own facts first
 * (authenticationDate, longTermAuthenticationRequestTokenUsed — always false, Sésame has no
 * "remember me" — isFromNewLogin), then its level and strengths, then what the application
 * may receive, under the names of its profile (docs/adr/0043). A list is a multi-valued attribute;
 * so is an attribute released twice under one name, which the registry refuses.
 */
export function standardAttributes(success: ValidationSuccess): Array<[string, AttributeValue | AttributeValue[]]> {
  const { ticket, strengths } = success;
  return [
    ['authenticationDate', isoDate(ticket.authTime)],
    ['longTermAuthenticationRequestTokenUsed', false],
    ['isFromNewLogin', ticket.fromNewLogin],
    ['authenticationLevel', levelOf(strengths) ?? 'BASIC'],
    // Wire names; the level says HIGH for a key at HIGH (docs/adr/0029 §6).
    ['strengths', wireStrengths(strengths)],
    ...releaseAttributes(success.user, success.app, casAttributeNames(success.app), PERSON_ATTRIBUTES),
  ];
}

/** `<cas:attributes>`, one element per value (CAS 3.0 §2.5.2: a multi-valued attribute repeats). */
export function attributesXml(entries: Array<[string, AttributeValue | AttributeValue[]]>): XmlElement {
  const attributes: XmlElement[] = [];
  for (const [name, value] of entries) {
    for (const one of Array.isArray(value) ? value : [value]) attributes.push(element(`cas:${name}`, String(one)));
  }
  return element('cas:attributes', attributes);
}

export function standardSuccessXml(success: ValidationSuccess): string {
  const children: XmlElement[] = [element('cas:user', success.user.id)];
  if (success.attributes) children.push(attributesXml(standardAttributes(success)));
  if (success.pgtIou) children.push(element('cas:proxyGrantingTicket', success.pgtIou));
  if (success.ticket.proxies.length > 0) {
    children.push(
      element(
        'cas:proxies',
        success.ticket.proxies.map((proxy) => element('cas:proxy', proxy)),
      ),
    );
  }
  return renderXml(
    element('cas:serviceResponse', [element('cas:authenticationSuccess', children)], { 'xmlns:cas': CAS_NAMESPACE }),
  );
}

/** CAS 3.0 Appendix A (JSON): single values as scalars, multi-valued attributes as arrays. */
export function standardSuccessJson(success: ValidationSuccess): unknown {
  const body: Record<string, unknown> = { user: success.user.id };
  if (success.attributes) body.attributes = Object.fromEntries(standardAttributes(success));
  if (success.pgtIou) body.proxyGrantingTicket = success.pgtIou;
  if (success.ticket.proxies.length > 0) body.proxies = [...success.ticket.proxies];
  return { serviceResponse: { authenticationSuccess: body } };
}
