import { X509Certificate } from 'node:crypto';

/**
 * Whether `chain` (leaf first, as JWS `x5c` and WebAuthn `x5c` order it: RFC 7515 §4.1.6) leads
 * to one of `anchors`, every certificate valid at `now` (RFC 5280 §6.1, reduced: signature,
 * issuer name, validity, CA flag of the issuers). The trust anchor is an input of the path, not a
 * certificate of the chain (RFC 5280 §6.1.1 d): the walk stops at the first certificate an anchor
 * issued, so a chain that ends with a cross-certificate (GlobalSign Root R46 cross-signed by R3,
 * the MDS3 BLOB's today) validates against either root. No revocation check: no network
 * (docs/adr/0029 §4).
 */
export function chainLeadsToAnchor(
  chain: readonly X509Certificate[],
  anchors: readonly X509Certificate[],
  now: Date,
): boolean {
  if (chain.length === 0) return false;
  const validAt = (c: X509Certificate) =>
    Date.parse(c.validFrom) <= now.getTime() && now.getTime() <= Date.parse(c.validTo);
  const issued = (child: X509Certificate, parent: X509Certificate) =>
    child.checkIssued(parent) && child.verify(parent.publicKey);
  for (let i = 0; i < chain.length; i++) {
    const cert = chain[i]!;
    if (!validAt(cert)) return false;
    if (anchors.some((a) => a.fingerprint256 === cert.fingerprint256 && validAt(a))) return true;
    if (anchors.some((a) => validAt(a) && issued(cert, a))) return true;
    const parent = chain[i + 1];
    if (parent === undefined || !parent.ca || !issued(cert, parent)) return false;
  }
  return false;
}

/** DER bytes or base64 DER (MDS `attestationRootCertificates`, JWS `x5c`) → certificates. */
export function certificatesOf(items: readonly (Uint8Array | string)[]): X509Certificate[] {
  return items.map((item) => new X509Certificate(typeof item === 'string' ? Buffer.from(item, 'base64') : item));
}
