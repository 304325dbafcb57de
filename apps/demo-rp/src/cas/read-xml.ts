import { XMLParser, XMLValidator } from 'fast-xml-parser';

/**
 * A parsed XML element: its attributes (`@_name`), its text (`#text`) and its child elements,
 * every child as an array (an element may repeat). Namespace prefixes are dropped, so the Yale
 * CAS namespace (`http://www.yale.edu/tp/cas`) and EU Login's (`https://ecas.ec.europa.eu/cas/schemas`),
 * both usually bound to `cas:`, read the same — and so does a response with a default namespace.
 */
export type XmlElement = { [name: string]: XmlElement[] | string | undefined } | string;

const parser = new XMLParser({
  removeNSPrefix: true,
  ignoreAttributes: false,
  attributeNamePrefix: '@_',
  // Values stay strings: an uid like "00123456" or a ticket must not become a number.
  parseTagValue: false,
  parseAttributeValue: false,
  trimValues: true,
  isArray: (_name, _jpath, _isLeaf, isAttribute) => !isAttribute,
});

export class XmlError extends Error {
  override readonly name = 'XmlError';
}

/**
 * Parses an XML document from a server we talk to. A DOCTYPE is refused outright: CAS and SAML
 * messages never carry one, and refusing it rules out entity-expansion attacks.
 */
export function readXml(xml: string): Record<string, XmlElement[]> {
  if (/<!DOCTYPE/i.test(xml)) throw new XmlError('a DOCTYPE is not allowed');
  const valid = XMLValidator.validate(xml);
  if (valid !== true) throw new XmlError(`malformed XML: ${valid.err.msg} (line ${valid.err.line})`);
  return parser.parse(xml) as Record<string, XmlElement[]>;
}

/** The child elements named `name` (none when absent or when `element` is only text). */
export function children(element: XmlElement | undefined, name: string): XmlElement[] {
  if (element === undefined || typeof element === 'string') return [];
  const value = element[name];
  return Array.isArray(value) ? value : [];
}

export function child(element: XmlElement | undefined, name: string): XmlElement | undefined {
  return children(element, name)[0];
}

/** The names of the child elements, in document order of first appearance. */
export function childNames(element: XmlElement | undefined): string[] {
  if (element === undefined || typeof element === 'string') return [];
  return Object.keys(element).filter((key) => !key.startsWith('@_') && key !== '#text');
}

/** The text content of an element ('' for an empty one); undefined when absent. */
export function text(element: XmlElement | undefined): string | undefined {
  if (element === undefined) return undefined;
  if (typeof element === 'string') return element;
  const value = element['#text'];
  return typeof value === 'string' ? value : '';
}

export function attribute(element: XmlElement | undefined, name: string): string | undefined {
  if (element === undefined || typeof element === 'string') return undefined;
  const value = element[`@_${name}`];
  return typeof value === 'string' ? value : undefined;
}
