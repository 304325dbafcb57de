import { levelOf, wireStrengths } from '@sesame/protocol';
import type { ReleasableAttribute } from '../relying-apps/attribute-release';
import type { MobileDeviceFactor, WebAuthnDeviceFacts } from '../sessions/sso-session';
import { assuranceLevelOf } from './eulogin-identity';
import { attributesXml, standardAttributes } from './standard-documents';
import { isoDate, releasedAttributes, type ValidationSuccess } from './validation-success';
import { element, renderXml, type XmlElement } from './xml';

/** EU Login's namespace for its CAS documents (reference/eulogin-facts.md §2.6). */
export const EULOGIN_NAMESPACE = 'https://ecas.ec.europa.eu/cas/schemas';

/** The released attributes in the order of EU Login's XSD (eulogin-facts §2.6), with its names. */
const DETAIL_ORDER: readonly ReleasableAttribute[] = [
  'email',
  'employeeType',
  'firstName',
  'lastName',
  'organisation',
  'locale',
];
const ELEMENT_NAME: Partial<Record<ReleasableAttribute, string>> = { organisation: 'domain' };

/**
 * The `authenticationSuccess` of EU Login, as plain entries in the XSD's order: `user`; with
 * userDetails the released details, `assuranceLevel` and `uid`; then `strengths` (those of the
 * session the request accepts), `authenticationFactors` (the password factor's `moniker`, the
 * e-mail address, only when the application may receive it; then each `mobileDevice` that
 * confirmed the session, with its `deviceName` and `deviceIdentifier`; then each security key, as
 * EU Login's `webAuthnDevice` — issue 13 point 1, docs/adr/0032 §4), `loginDate`, `sso`,
 * `ticketType`, and the proxy entries of CAS.
 */
/**
 * EU Login's WebAuthnDeviceType, in its order (deviceName, deviceIdentifier, deviceType,
 * deviceAaguid, deviceManufacturer, deviceModel); the maker and model only when the key's
 * attestation proved them. `deviceCertificatePath` is not told: the chain stays with Sésame.
 */
function webAuthnDevice(d: MobileDeviceFactor, w: WebAuthnDeviceFacts): Record<string, string> {
  return {
    deviceName: d.name,
    deviceIdentifier: d.id,
    deviceType: w.type,
    deviceAaguid: w.aaguid,
    ...(w.maker !== null ? { deviceManufacturer: w.maker } : {}),
    ...(w.model !== null ? { deviceModel: w.model } : {}),
  };
}

function euLoginEntries(success: ValidationSuccess) {
  const { user, ticket } = success;
  const details: Array<[string, string]> = success.userDetails
    ? releasedAttributes(success, DETAIL_ORDER).map(([name, value]) => [ELEMENT_NAME[name] ?? name, value])
    : [];
  const monikers = success.app.attributes.includes('email') ? [user.email] : [];
  return {
    user: user.id,
    details,
    assuranceLevel: success.userDetails ? assuranceLevelOf(user) : null,
    uid: success.userDetails ? user.id : null,
    // Wire names (docs/adr/0029 §6: a key at HIGH is told as PASSWORD_WEBAUTHN).
    strengths: wireStrengths(success.strengths),
    // Not in the XSD copy, but EU Login returns it and relying parties read it (eulogin-facts §2.4:
    // oe_authentication re-prompts when it is BASIC); the one place a key at HIGH shows as HIGH,
    // its wire strength being PASSWORD_WEBAUTHN (docs/adr/0029 §7, 0032 §5).
    authenticationLevel: levelOf(success.strengths) ?? 'BASIC',
    monikers,
    mobileDevices: (ticket.mobileDevices ?? [])
      .filter((d) => d.webauthn === undefined)
      .map((d) => ({ deviceName: d.name, deviceIdentifier: d.id })),
    webAuthnDevices: (ticket.mobileDevices ?? []).flatMap((d) => (d.webauthn ? [webAuthnDevice(d, d.webauthn)] : [])),
    loginDate: isoDate(ticket.authTime),
    // eulogin-facts §2.6: sso is true when the ticket came from single sign-on.
    sso: !ticket.fromNewLogin,
    ticketType: ticket.kind === 'ST' ? 'SERVICE' : 'PROXY',
    // Issue 15 point 2 (docs/adr/0043 §2): standard clients (phpCAS, mod_auth_cas, the Apereo Java
    // client) read only `<cas:attributes>`; the same block as for a standard application, its
    // names those of the application's profile (EU Login's by default).
    attributes: success.attributes ? standardAttributes(success) : null,
    pgtIou: success.pgtIou,
    proxies: [...ticket.proxies],
  };
}

export function euLoginSuccessXml(success: ValidationSuccess): string {
  const e = euLoginEntries(success);
  const children: XmlElement[] = [element('cas:user', e.user)];
  for (const [name, value] of e.details) children.push(element(`cas:${name}`, value));
  if (e.assuranceLevel !== null) children.push(element('cas:assuranceLevel', String(e.assuranceLevel)));
  if (e.uid !== null) children.push(element('cas:uid', e.uid));
  children.push(
    element(
      'cas:strengths',
      e.strengths.map((strength) => element('cas:strength', strength)),
      { number: e.strengths.length },
    ),
    element('cas:authenticationLevel', e.authenticationLevel),
    element(
      'cas:authenticationFactors',
      [
        ...e.monikers.map((moniker) => element('cas:moniker', moniker)),
        ...e.mobileDevices.map((d) =>
          element('cas:mobileDevice', [
            element('cas:deviceName', d.deviceName),
            element('cas:deviceIdentifier', d.deviceIdentifier),
          ]),
        ),
        ...e.webAuthnDevices.map((d) =>
          element(
            'cas:webAuthnDevice',
            Object.entries(d).map(([name, value]) => element(`cas:${name}`, value)),
          ),
        ),
      ],
      { number: e.monikers.length + e.mobileDevices.length + e.webAuthnDevices.length },
    ),
    element('cas:loginDate', e.loginDate),
    element('cas:sso', String(e.sso)),
    element('cas:ticketType', e.ticketType),
  );
  // After EU Login's elements, before the proxy ones: CAS 3.0 §2.5.2's order (attributes, then
  // proxyGrantingTicket), and EU Login's XSD sequence left as it is.
  if (e.attributes !== null) children.push(attributesXml(e.attributes));
  if (e.pgtIou) children.push(element('cas:proxyGrantingTicket', e.pgtIou));
  if (e.proxies.length > 0)
    children.push(
      element(
        'cas:proxies',
        e.proxies.map((p) => element('cas:proxy', p)),
      ),
    );
  return renderXml(
    element('cas:serviceResponse', [element('cas:authenticationSuccess', children)], {
      'xmlns:cas': EULOGIN_NAMESPACE,
    }),
  );
}

/**
 * The same document in JSON, mirroring the XML: an element is a key, an XML attribute
 * (`number`) a key beside the repeated children, which are always an array.
 */
export function euLoginSuccessJson(success: ValidationSuccess): unknown {
  const e = euLoginEntries(success);
  const body: Record<string, unknown> = { user: e.user, ...Object.fromEntries(e.details) };
  if (e.assuranceLevel !== null) body.assuranceLevel = e.assuranceLevel;
  if (e.uid !== null) body.uid = e.uid;
  body.strengths = { number: e.strengths.length, strength: e.strengths };
  body.authenticationLevel = e.authenticationLevel;
  body.authenticationFactors = {
    number: e.monikers.length + e.mobileDevices.length + e.webAuthnDevices.length,
    moniker: e.monikers,
    ...(e.mobileDevices.length > 0 ? { mobileDevice: e.mobileDevices } : {}),
    ...(e.webAuthnDevices.length > 0 ? { webAuthnDevice: e.webAuthnDevices } : {}),
  };
  body.loginDate = e.loginDate;
  body.sso = e.sso;
  body.ticketType = e.ticketType;
  if (e.attributes !== null) body.attributes = Object.fromEntries(e.attributes);
  if (e.pgtIou) body.proxyGrantingTicket = e.pgtIou;
  if (e.proxies.length > 0) body.proxies = e.proxies;
  return { serviceResponse: { authenticationSuccess: body } };
}
