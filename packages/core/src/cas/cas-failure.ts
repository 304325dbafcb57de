/**
 * The failure codes a CAS answer may carry: CAS 3.0 §2.5.3 (the minimum set every server MUST
 * implement), §2.7.3 (/proxy), and EU Login's additions (reference/eulogin-facts.md §2.7). The
 * documents of standard-documents.ts and eulogin-documents.ts turn a failure into the XML or
 * JSON of the application's flavour; nothing else chooses a code.
 */
export type CasErrorCode =
  /** A required parameter is missing, or `format` is not XML/JSON (§2.5.3, §2.5.1); a repeated one counts by its first value. */
  | 'INVALID_REQUEST'
  /** The ticket does not meet the endpoint's specification, e.g. a proxy ticket at /serviceValidate (§2.5.3). */
  | 'INVALID_TICKET_SPEC'
  /** The proxying application may no longer proxy (§2.5.3). */
  | 'UNAUTHORIZED_SERVICE_PROXY'
  /** /proxy: the target service is not registered (§2.7.3). */
  | 'UNAUTHORIZED_SERVICE'
  /** `pgtUrl` is not https or not registered for the application (§2.5.3, §2.5.4). */
  | 'INVALID_PROXY_CALLBACK'
  /** Unknown, expired or already presented ticket, or renew asked of an SSO ticket (§2.5.3). */
  | 'INVALID_TICKET'
  /** The ticket is valid but for another service, or the service is not registered (§2.5.3). */
  | 'INVALID_SERVICE'
  | 'INTERNAL_ERROR'
  /** EU Login: `acceptStrengths` names an unknown strength, or none of the session's strengths is accepted. */
  | 'INVALID_STRENGTH'
  /** EU Login (WSDL 8.3.0): the authentication is below the level asked (`authenticationLevel` or policy). */
  | 'INSUFFICIENT_AUTHENTICATION_LEVEL';

export interface CasFailure {
  code: CasErrorCode;
  /** For the integrator reading the answer; never echoes what the caller sent. */
  description: string;
}

export function casFailure(code: CasErrorCode, description: string): CasFailure {
  return { code, description };
}
