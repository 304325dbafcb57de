import { isLevel, isStrength, levelOf, type Level } from '@sesame/protocol';
import { attribute, child, childNames, children, readXml, text, type XmlElement, type XmlError } from './read-xml';

/** One authentication factor as EU Login reports it (`authenticationFactors`, reference §2.6). */
export interface CasFactor {
  /** The element name: `moniker`, `mobileDevice`, `mobilePhoneNumber`, `tokenId`, … */
  kind: string;
  /** Its text, or for a structured factor (mobileDevice) its fields. */
  value: string;
  details: Record<string, string>;
}

/** What a successful ticket validation told the application about the user. */
export interface CasIdentity {
  /** `<cas:user>`: the uid (EU Login: at least 7 characters, e.g. n0025vuz). */
  user: string;
  /** Every single-text attribute received, by name (multi-valued ones joined), for display. */
  attributes: Record<string, string>;
  email: string | null;
  firstName: string | null;
  lastName: string | null;
  organisation: string | null;
  /** EU Login `authenticationLevel`, else the level the strengths reach; null when unknown. */
  level: Level | null;
  strengths: string[];
  factors: CasFactor[];
  groups: string[];
  /** EU Login `sso`: true when the SSO session sufficed, false after a fresh authentication. */
  sso: boolean | null;
  /** CAS 3.0 `isFromNewLogin` (or the opposite of EU Login's `sso`). */
  isFromNewLogin: boolean | null;
  /** EU Login `loginDate` or CAS `authenticationDate`, as received. */
  authTime: string | null;
}

export type CasValidation = { ok: true; identity: CasIdentity } | { ok: false; code: string; message: string };

/** Elements of `authenticationSuccess` that are not user attributes (CAS 3.0 §2.5.2, EU Login XSD). */
const PROTOCOL_ELEMENTS = new Set(['user', 'attributes', 'proxyGrantingTicket', 'proxies']);
/** Structured EU Login elements, read apart. */
const STRUCTURED = new Set(['strengths', 'strength', 'authenticationFactors', 'groups', 'group', 'extendedAttributes']);

function bool(value: string | undefined): boolean | null {
  if (value === undefined) return null;
  if (/^true$/i.test(value)) return true;
  if (/^false$/i.test(value)) return false;
  return null;
}

function texts(elements: XmlElement[]): string[] {
  return elements.map((e) => text(e)?.trim() ?? '').filter(Boolean);
}

/**
 * Strengths come as EU Login's `<strengths number="n"><strength>…</strength></strengths>`, or,
 * from a plain CAS server that releases them as an attribute, as repeated `<strengths>` texts or
 * one comma-separated text.
 */
function readStrengths(container: XmlElement[]): string[] {
  const out: string[] = [];
  for (const node of container) {
    const nested = children(node, 'strength');
    if (nested.length > 0) out.push(...texts(nested));
    else
      out.push(
        ...(text(node) ?? '')
          .split(/[\s,]+/)
          .map((s) => s.trim())
          .filter(Boolean),
      );
  }
  return [...new Set(out)];
}

function readFactors(container: XmlElement | undefined): CasFactor[] {
  const factors: CasFactor[] = [];
  for (const kind of childNames(container)) {
    for (const node of children(container, kind)) {
      const fields = childNames(node);
      if (fields.length === 0) {
        factors.push({ kind, value: text(node) ?? '', details: {} });
        continue;
      }
      const details: Record<string, string> = {};
      for (const field of fields) details[field] = texts(children(node, field)).join(', ');
      // mobileDevice: deviceName first, then what identifies the phone (reference §3.8).
      const value = [details.deviceName, details.mobileOs, details.deviceManufacturer, details.deviceModel]
        .filter(Boolean)
        .join(' · ');
      factors.push({ kind, value: value || Object.values(details).join(' · '), details });
    }
  }
  return factors;
}

/**
 * Reads a CAS 3.0 `/p3/serviceValidate` XML response in either shape: EU Login's, where the
 * attributes sit directly under `authenticationSuccess` (reference §2.6), or standard CAS 3.0,
 * where they sit in `<cas:attributes>` (CAS protocol 3.0 §2.5.2 and appendix); both at once too.
 */
export function parseServiceResponse(xml: string): CasValidation {
  let doc;
  try {
    doc = readXml(xml);
  } catch (error) {
    return { ok: false, code: 'MALFORMED_RESPONSE', message: (error as XmlError).message };
  }
  const response = child(doc as XmlElement, 'serviceResponse');
  if (!response) return { ok: false, code: 'MALFORMED_RESPONSE', message: 'no serviceResponse element' };
  const failure = child(response, 'authenticationFailure');
  if (failure)
    return {
      ok: false,
      code: attribute(failure, 'code') ?? 'UNKNOWN',
      message: text(failure)?.trim() ?? '',
    };
  const success = child(response, 'authenticationSuccess');
  const user = text(child(success, 'user'))?.trim();
  if (!success || !user) return { ok: false, code: 'MALFORMED_RESPONSE', message: 'no authenticationSuccess/user' };

  const holders = [success, ...children(success, 'attributes')];
  const attributes: Record<string, string> = {};
  const all = (name: string) => holders.flatMap((holder) => children(holder, name));
  for (const holder of holders) {
    for (const name of childNames(holder)) {
      if (PROTOCOL_ELEMENTS.has(name) || STRUCTURED.has(name)) continue;
      const values = children(holder, name);
      // Structured elements other than the known ones (e.g. a future device type) are not shown raw.
      if (values.some((v) => childNames(v).length > 0)) continue;
      attributes[name] = texts(values).join(', ');
    }
  }
  const one = (name: string): string | null => attributes[name] || null;

  const strengths = readStrengths([...all('strengths'), ...all('strength')]);
  const groups = [...new Set([...all('groups').flatMap((g) => texts(children(g, 'group'))), ...texts(all('group'))])];
  const declaredLevel = one('authenticationLevel');
  const knownStrengths = strengths.filter(isStrength);
  const level = isLevel(declaredLevel) ? declaredLevel : levelOf(knownStrengths);
  const sso = bool(one('sso') ?? undefined);
  const newLogin = bool(one('isFromNewLogin') ?? undefined);

  return {
    ok: true,
    identity: {
      user,
      attributes,
      email: one('email') ?? one('mail'),
      firstName: one('firstName') ?? one('givenName'),
      lastName: one('lastName') ?? one('sn'),
      organisation: one('organisation') ?? one('organization') ?? one('departmentNumber') ?? one('domain'),
      level,
      strengths,
      factors: holders.flatMap((holder) => children(holder, 'authenticationFactors')).flatMap(readFactors),
      groups,
      sso: sso ?? (newLogin === null ? null : !newLogin),
      isFromNewLogin: newLogin ?? (sso === null ? null : !sso),
      authTime: one('loginDate') ?? one('authenticationDate'),
    },
  };
}
