import type { FastifyBaseLogger } from 'fastify';
import type { DemoRpConfig } from '../demo-rp-config';
import { parseLoginRequestResponse } from './parse-login-request-response';
import { parseServiceResponse, type CasValidation } from './parse-service-response';

const TIMEOUT_MS = 10_000;

/** Thrown when Sésame does not answer (network, timeout, 5xx): not the user's fault. */
export class SesameUnreachableError extends Error {
  override readonly name = 'SesameUnreachableError';
}

/**
 * The demo app as a CAS client of Sésame: where to send the browser to sign in or out, and the
 * server-to-server ticket validation.
 */
export class CasClient {
  constructor(
    private readonly config: DemoRpConfig,
    private readonly fetch: typeof globalThis.fetch = globalThis.fetch,
  ) {}

  /** The service URL: where Sésame sends the browser back with a ticket, and POSTs single-logout requests. */
  get serviceUrl(): string {
    return `${this.config.publicUrl}/cas/callback`;
  }

  /**
   * Where to send the browser. EU Login flavour: a login transaction first (reference §2.1: POST
   * /cas/login/init with the service and the level, then /cas/login?loginRequestId=…), so that
   * the level asked for cannot be edited in the URL. If Sésame refuses or does not answer the
   * transaction, the sign-in still works through a plain /cas/login?service=…, and the log says so.
   */
  async loginUrl(locale: string, log: FastifyBaseLogger, method: 'GET' | 'POST' = 'GET'): Promise<string> {
    const sesame = this.config.sesameUrl;
    const plain = `${sesame}/cas/login?${new URLSearchParams({ service: this.serviceUrl })}`;
    if (method === 'POST') return this.postLoginUrl(locale);
    if (this.config.cas.flavour !== 'eulogin') return plain;
    const body = new URLSearchParams({
      service: this.serviceUrl,
      authenticationLevel: this.config.authenticationLevel,
      locale,
    });
    if (this.config.cas.acceptStrengths.length > 0)
      body.set('acceptStrengths', this.config.cas.acceptStrengths.join(','));
    try {
      const response = await this.fetch(`${sesame}/cas/login/init`, {
        method: 'POST',
        headers: { 'content-type': 'application/x-www-form-urlencoded', accept: 'application/xml, text/xml' },
        body,
        signal: AbortSignal.timeout(TIMEOUT_MS),
      });
      const answer = parseLoginRequestResponse(await response.text());
      if (response.ok && answer.ok)
        return `${sesame}/cas/login?${new URLSearchParams({ loginRequestId: answer.loginRequestId })}`;
      log.warn(
        {
          status: response.status,
          code: answer.ok ? undefined : answer.code,
          reason: answer.ok ? undefined : answer.message,
        },
        'CAS /cas/login/init refused the login transaction: falling back to a plain /cas/login?service=…',
      );
    } catch (error) {
      log.warn({ err: error }, 'CAS /cas/login/init did not answer: falling back to a plain /cas/login?service=…');
    }
    return plain;
  }

  /**
   * CAS 3.0 §2.1.1 `method=POST`: Sésame's page posts the ticket to the service URL rather than
   * putting it in the address (docs/adr/0044 §1). EU Login's login transaction has no `method`,
   * so the URL carries EU Login's parameters itself (Sésame reads them there too); the level is
   * checked again in the validation's answer either way.
   */
  private postLoginUrl(locale: string): string {
    const query = new URLSearchParams({ service: this.serviceUrl, method: 'POST' });
    if (this.config.cas.flavour === 'eulogin') {
      query.set('authenticationLevel', this.config.authenticationLevel);
      query.set('locale', locale);
      if (this.config.cas.acceptStrengths.length > 0)
        query.set('acceptStrengths', this.config.cas.acceptStrengths.join(','));
    }
    return `${this.config.sesameUrl}/cas/login?${query}`;
  }

  /** CAS 3.0 §2.3 logout, with the service to come back to. */
  logoutUrl(returnTo: string): string {
    return `${this.config.sesameUrl}/cas/logout?${new URLSearchParams({ service: returnTo })}`;
  }

  /**
   * Validates a service ticket server-to-server (CAS 3.0 §2.5, /p3/serviceValidate; EU Login's
   * `userDetails=true` asks for the user's details).
   */
  async validate(ticket: string): Promise<CasValidation> {
    const query = new URLSearchParams({ service: this.serviceUrl, ticket, userDetails: 'true' });
    let response: Response;
    try {
      response = await this.fetch(`${this.config.sesameUrl}/cas/p3/serviceValidate?${query}`, {
        headers: { accept: 'application/xml, text/xml' },
        signal: AbortSignal.timeout(TIMEOUT_MS),
      });
    } catch (error) {
      throw new SesameUnreachableError('CAS ticket validation failed', { cause: error });
    }
    if (response.status >= 500) throw new SesameUnreachableError(`CAS ticket validation answered ${response.status}`);
    return parseServiceResponse(await response.text());
  }
}
