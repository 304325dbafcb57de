import { randomBytes } from 'node:crypto';
import type { FastifyInstance } from 'fastify';

/** What varies between deployments: the relying applications forms may post to, and HTTPS. */
export interface SecurityHeadersOptions {
  /** Origins of relying applications that pages post to (CSP form-action, besides 'self'). */
  formActionOrigins: readonly string[];
  /** HSTS only over https: on http (development) it would pin localhost to https. */
  https: boolean;
}

/** One source in a CSP directive: no whitespace, `;` or `,` (they would end the source or the directive). */
const SAFE_SOURCE = /^[^\s;,]+$/;

/**
 * The security headers of every response (design §10), the ones @fastify/helmet set with the
 * options app.tsx gave it, header for header, but built once here: helmet rebuilt its whole
 * middleware on every request (issue 12 point 5: 0.15 ms × ~6 requests per sign-in). Per
 * request only the CSP nonces are drawn and joined into the policy.
 *
 * Strict CSP: scripts only by per-response nonce (`'strict-dynamic'`), nothing inline, no framing.
 * Referrer-Policy same-origin, not no-referrer: under no-referrer browsers send `Origin: null` on
 * same-origin form posts, which the CSRF Origin check must refuse. No Referer ever leaves the site.
 */
export function securityHeaders(options: SecurityHeadersOptions): {
  constant: ReadonlyArray<readonly [string, string]>;
  policy: (nonce: { script: string; style: string }) => string;
} {
  for (const origin of options.formActionOrigins) {
    if (!SAFE_SOURCE.test(origin)) throw new Error(`not a CSP source: ${JSON.stringify(origin)}`);
  }
  const before = "default-src 'none';script-src 'strict-dynamic' 'nonce-";
  const middle = "';style-src 'self' 'nonce-";
  const after =
    "';img-src 'self' data:;font-src 'self';connect-src 'self'" +
    `;form-action ${["'self'", ...options.formActionOrigins].join(' ')}` +
    ";frame-ancestors 'none';base-uri 'none';object-src 'none'";
  const constant: Array<readonly [string, string]> = [
    ['Cross-Origin-Opener-Policy', 'same-origin'],
    ['Cross-Origin-Resource-Policy', 'same-origin'],
    ['Origin-Agent-Cluster', '?1'],
    ['Referrer-Policy', 'same-origin'],
    ...(options.https ? [['Strict-Transport-Security', 'max-age=31536000; includeSubDomains'] as const] : []),
    ['X-Content-Type-Options', 'nosniff'],
    ['X-DNS-Prefetch-Control', 'off'],
    ['X-Download-Options', 'noopen'],
    ['X-Frame-Options', 'DENY'],
    ['X-Permitted-Cross-Domain-Policies', 'none'],
    ['X-XSS-Protection', '0'],
  ];
  return { constant, policy: (nonce) => before + nonce.script + middle + nonce.style + after };
}

/**
 * Sets the security headers on every response of `app` (call it on the root instance, before
 * the routes) and decorates each reply with its `cspNonce`, which pages put on their script
 * tags (render-page.tsx) and oidc-provider on its own (oidc/mount-provider.ts). Routes with a
 * policy of their own replace the header (routes/authenticator-app.ts).
 */
export function registerSecurityHeaders(app: FastifyInstance, options: SecurityHeadersOptions): void {
  const { constant, policy } = securityHeaders(options);
  app.decorateReply('cspNonce', null as unknown as { script: string; style: string });
  app.addHook('onRequest', (_request, reply, done) => {
    // 16 random bytes per nonce (CSP 3 §6.7.2: at least 128 bits), one draw for both.
    const bytes = randomBytes(32);
    const nonce = {
      script: bytes.subarray(0, 16).toString('base64'),
      style: bytes.subarray(16).toString('base64'),
    };
    reply.cspNonce = nonce;
    const raw = reply.raw;
    raw.setHeader('Content-Security-Policy', policy(nonce));
    for (const [name, value] of constant) raw.setHeader(name, value);
    done();
  });
}
