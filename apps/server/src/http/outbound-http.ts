import { request as httpRequest, type IncomingMessage } from 'node:http';
import { request as httpsRequest } from 'node:https';
import { rootCertificates } from 'node:tls';

/**
 * Back-channel calls from the server to relying applications (CAS proxy callbacks, single
 * logout). An interface so tests can trust a local test certificate authority instead of
 * reaching the internet. Redirects are never followed.
 */
export interface OutboundHttp {
  /**
   * GET over TLS with the certificate verified against the trusted authorities (PKIX, CAS 3.0
   * §2.5.4); resolves with the status code, rejects on a network, TLS or timeout failure.
   */
  getHttps(url: string, timeoutMs: number): Promise<number>;
  /**
   * POST an application/x-www-form-urlencoded body; resolves with the status code and, for a
   * redirect, where it points (not followed; docs/adr/0064).
   */
  postForm(url: string, form: Record<string, string>, timeoutMs: number): Promise<OutboundAnswer>;
}

/** What an application answered a back-channel POST: its status, and a redirect's `Location`. */
export interface OutboundAnswer {
  readonly status: number;
  readonly location?: string;
}

export interface OutboundHttpOptions {
  /** Certificate authorities trusted on top of Node's bundled ones (PEM), e.g. a test CA. */
  extraCa?: string | undefined;
}

export function createOutboundHttp(options: OutboundHttpOptions = {}): OutboundHttp {
  const ca = options.extraCa ? [...rootCertificates, options.extraCa] : undefined;

  function send(url: URL, method: 'GET' | 'POST', timeoutMs: number, body?: string): Promise<OutboundAnswer> {
    return new Promise((resolve, reject) => {
      const headers: Record<string, string> = { 'user-agent': 'Sesame-CAS' };
      if (body !== undefined) {
        headers['content-type'] = 'application/x-www-form-urlencoded';
        headers['content-length'] = String(Buffer.byteLength(body));
      }
      const onResponse = (response: IncomingMessage) => {
        clearTimeout(deadline);
        // Drain what the application answers: only the status (and a redirect's target) matters.
        response.resume();
        response.on('error', () => undefined);
        const location = response.headers.location;
        resolve({ status: response.statusCode ?? 0, ...(location !== undefined ? { location } : {}) });
      };
      const req =
        url.protocol === 'https:'
          ? httpsRequest(url, { method, headers, ca, rejectUnauthorized: true }, onResponse)
          : httpRequest(url, { method, headers }, onResponse);
      // The whole exchange, up to the answer's status, within timeoutMs: Node's socket timeout
      // starts only once connected and restarts at every byte, so a host that never completes the
      // connection, or an answer trickled a byte at a time, would hold a sign-out for minutes
      // (issue 15 point 2, docs/adr/0048).
      const deadline = setTimeout(() => req.destroy(new Error(`no answer within ${timeoutMs} ms`)), timeoutMs);
      req.on('error', (error) => {
        clearTimeout(deadline);
        reject(error);
      });
      req.end(body);
    });
  }

  return {
    async getHttps(url, timeoutMs) {
      const parsed = new URL(url);
      if (parsed.protocol !== 'https:') throw new Error('only https is allowed here');
      return (await send(parsed, 'GET', timeoutMs)).status;
    },
    async postForm(url, form, timeoutMs) {
      const parsed = new URL(url);
      if (parsed.protocol !== 'https:' && parsed.protocol !== 'http:') throw new Error('only http(s) is allowed here');
      return send(parsed, 'POST', timeoutMs, new URLSearchParams(form).toString());
    },
  };
}
