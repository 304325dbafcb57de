import { newTicketId } from './ticket-ids';
import { element, renderXml } from './xml';

/**
 * CAS 3.0 §2.3.3 single logout: the SAML 2.0 LogoutRequest POSTed to a service as the
 * `logoutRequest` form parameter. `SessionIndex` is the service ticket the service validated,
 * which is how it finds the session to end; `NameID` is unused by the protocol. The ID is an
 * xs:ID, so it starts with a letter.
 */
export function logoutRequestXml(serviceTicket: string, issueInstant: Date, id = newTicketId('LR')): string {
  return renderXml(
    element(
      'samlp:LogoutRequest',
      [element('saml:NameID', '@NOT_USED@'), element('samlp:SessionIndex', serviceTicket)],
      {
        'xmlns:samlp': 'urn:oasis:names:tc:SAML:2.0:protocol',
        'xmlns:saml': 'urn:oasis:names:tc:SAML:2.0:assertion',
        ID: id,
        Version: '2.0',
        IssueInstant: issueInstant.toISOString(),
      },
    ),
  );
}
