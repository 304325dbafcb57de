import type { CasFailure } from './cas-failure';
import { euLoginSuccessJson, euLoginSuccessXml, EULOGIN_NAMESPACE } from './eulogin-documents';
import { CAS_NAMESPACE, standardSuccessJson, standardSuccessXml } from './standard-documents';
import type { ValidationSuccess } from './validation-success';
import { element, renderXml } from './xml';

/** `cas`: CAS 3.0 documents for generic clients; `eulogin`: EU Login's shape and namespace. */
export type CasFlavour = 'cas' | 'eulogin';
export type CasFormat = 'XML' | 'JSON';

/**
 * CAS 3.0 §2.5.1 `format`: XML by default, JSON on request; any other value is answered with
 * an error (in XML). Case does not matter: clients send `json` as often as `JSON`.
 */
export function parseFormat(raw: string | undefined): CasFormat | null {
  if (raw === undefined) return 'XML';
  const upper = raw.toUpperCase();
  return upper === 'XML' || upper === 'JSON' ? upper : null;
}

function namespaceOf(flavour: CasFlavour) {
  return flavour === 'eulogin' ? EULOGIN_NAMESPACE : CAS_NAMESPACE;
}

function serialise(format: CasFormat, xml: () => string, json: () => unknown): string {
  return format === 'XML' ? xml() : `${JSON.stringify(json())}\n`;
}

export function validationSuccessDocument(flavour: CasFlavour, format: CasFormat, success: ValidationSuccess) {
  return flavour === 'eulogin'
    ? serialise(
        format,
        () => euLoginSuccessXml(success),
        () => euLoginSuccessJson(success),
      )
    : serialise(
        format,
        () => standardSuccessXml(success),
        () => standardSuccessJson(success),
      );
}

/** CAS 3.0 §2.5.2 `authenticationFailure` (the same element in EU Login's namespace). */
export function validationFailureDocument(flavour: CasFlavour, format: CasFormat, failure: CasFailure) {
  return failureDocument('authenticationFailure', flavour, format, failure);
}

/** CAS 3.0 §2.7.2 `proxySuccess`. */
export function proxySuccessDocument(flavour: CasFlavour, format: CasFormat, proxyTicket: string) {
  return serialise(
    format,
    () =>
      renderXml(
        element('cas:serviceResponse', [element('cas:proxySuccess', [element('cas:proxyTicket', proxyTicket)])], {
          'xmlns:cas': namespaceOf(flavour),
        }),
      ),
    () => ({ serviceResponse: { proxySuccess: { proxyTicket } } }),
  );
}

/** CAS 3.0 §2.7.2 `proxyFailure`. */
export function proxyFailureDocument(flavour: CasFlavour, format: CasFormat, failure: CasFailure) {
  return failureDocument('proxyFailure', flavour, format, failure);
}

function failureDocument(
  name: 'authenticationFailure' | 'proxyFailure',
  flavour: CasFlavour,
  format: CasFormat,
  failure: CasFailure,
) {
  return serialise(
    format,
    () =>
      renderXml(
        element('cas:serviceResponse', [element(`cas:${name}`, failure.description, { code: failure.code })], {
          'xmlns:cas': namespaceOf(flavour),
        }),
      ),
    () => ({ serviceResponse: { [name]: { code: failure.code, description: failure.description } } }),
  );
}

/** CAS 3.0 §2.4.2 (/validate, CAS 1.0): `yes`, the user, or `no` and an empty line. */
export function cas1Document(user: string | null): string {
  return user === null ? 'no\n\n' : `yes\n${user}\n`;
}
