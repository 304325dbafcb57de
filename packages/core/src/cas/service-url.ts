import type { RelyingApp } from '../relying-apps/relying-app';
import { serviceMatches, type ServiceRegistry } from '../relying-apps/service-registry';

/**
 * A service URL we may redirect to or call: http(s), printable ASCII only (RFC 3986 §2: other
 * characters are percent-encoded). A prefix pattern would let a space, a line break or a
 * non-ASCII character through, and they have no place in a Location header.
 */
function wellFormedHttpUrl(url: string): boolean {
  for (let i = 0; i < url.length; i++) {
    const code = url.charCodeAt(i);
    if (code <= 0x20 || code >= 0x7f) return false;
  }
  if (!URL.canParse(url)) return false;
  const { protocol, username, password } = new URL(url);
  // `https://app.example.org@evil.example/` is evil.example: credentials in a service URL only
  // serve to fool a prefix comparison.
  if (username || password) return false;
  return protocol === 'https:' || protocol === 'http:';
}

/**
 * The registered CAS application of `service`, or undefined: CAS 3.0 §2.2.1 (non-open mode), a
 * CAS server "MUST deny operation" for an unregistered service, and never redirects to it.
 */
export function casAppFor(registry: ServiceRegistry, service: string | undefined): RelyingApp | undefined {
  if (!service || !wellFormedHttpUrl(service)) return undefined;
  const app = registry.byCasService(service);
  return app?.cas ? app : undefined;
}

/**
 * Adds one query parameter to a URL, keeping the rest byte for byte (the service compares its
 * own URL at validation, CAS 3.0 §2.2.4) and the fragment last.
 */
export function withQueryParameters(url: string, params: Record<string, string>): string {
  const hash = url.indexOf('#');
  const base = hash < 0 ? url : url.slice(0, hash);
  const fragment = hash < 0 ? '' : url.slice(hash);
  const query = new URLSearchParams(params).toString();
  const separator = !base.includes('?') ? '?' : base.endsWith('?') || base.endsWith('&') ? '' : '&';
  return `${base}${separator}${query}${fragment}`;
}

/** CAS 3.0 §2.2.4: the browser goes back to the service with the ticket in `ticket`. */
export function withTicket(service: string, ticket: string): string {
  return withQueryParameters(service, { ticket });
}

/**
 * CAS 3.0 §2.5.4: a proxy callback MUST be https; we also require it among the application's
 * registered `proxyCallbacks`, so a stolen service ticket cannot send a PGT anywhere else.
 */
export function proxyCallbackAllowed(app: RelyingApp, pgtUrl: string): boolean {
  if (!wellFormedHttpUrl(pgtUrl) || new URL(pgtUrl).protocol !== 'https:') return false;
  return (app.cas?.proxyCallbacks ?? []).some((pattern) => serviceMatches(pattern, pgtUrl));
}
