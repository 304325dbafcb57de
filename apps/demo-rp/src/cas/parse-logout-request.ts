import { child, readXml, text, type XmlElement } from './read-xml';

/**
 * The service ticket a CAS single-logout request names (CAS 3.0 §2.3.3 / appendix C: a SAML 2.0
 * `LogoutRequest` whose `SessionIndex` is the service ticket the application validated).
 */
export function parseLogoutRequest(xml: string): string | null {
  let doc;
  try {
    doc = readXml(xml);
  } catch {
    return null;
  }
  const request = child(doc as XmlElement, 'LogoutRequest');
  return text(child(request, 'SessionIndex'))?.trim() || null;
}
