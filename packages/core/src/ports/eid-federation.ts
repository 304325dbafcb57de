/**
 * The upstream OpenID Connect identity providers of "eID by federation" (issue 15 point 1;
 * docs/adr/0042), as core needs them: an authorization URL to send the browser to, and the
 * verdict on the answer it came back with. The server implements it with panva's certified
 * `openid-client` — discovery, PKCE S256, `state`, `nonce`, the ID token's signature, `iss`,
 * `aud` and expiry, RFC 9207's `iss` parameter: none of that is written by hand here.
 */
export interface EidAuthorization {
  /** The provider, by its configured id. */
  readonly provider: string;
  /** Random ≥ 128 bits, single-use (RFC 6749 §10.12): what finds the flow again. */
  readonly state: string;
  /** Random ≥ 128 bits, bound to the ID token (OIDC Core §3.1.2.1). */
  readonly nonce: string;
  /** RFC 7636 code verifier; only its S256 challenge leaves Sésame. */
  readonly codeVerifier: string;
  /**
   * The `acr_values` to ask, space-separated, in order of preference; absent: the provider's
   * configured `acrValues`. A step-up asks the values its mapping gives the level wanted
   * (docs/adr/0053 §2); the answer is judged by the mapping whatever was asked (SEC-42).
   */
  readonly acrValues?: string;
}

/**
 * What the provider said of the person beyond `sub` (OIDC Core §5.1: the ID token's and the
 * UserInfo's `given_name`, `family_name`, `email`, `email_verified`), when the scopes asked
 * for them: shown when an account is made from the eID, and the e-mail — when verified — finds
 * an existing account to reconcile with (docs/adr/0047).
 */
export interface EidClaims {
  readonly givenName: string | null;
  readonly familyName: string | null;
  readonly email: string | null;
  /** True only when the provider said `email_verified: true`. */
  readonly emailVerified: boolean;
}

/** The identity an answer proved. */
export interface EidAssertion {
  /** The provider's issuer, as verified against its discovery document. */
  readonly issuer: string;
  readonly subject: string;
  /** The ID token's `acr`, as the provider said it; null when absent. */
  readonly acr: string | null;
  /** Absent: the provider gave nothing beyond `sub` and `acr`. */
  readonly claims?: EidClaims;
}

export type EidAnswer =
  | { readonly ok: true; readonly assertion: EidAssertion }
  /** Refused by the checks (state, iss, nonce, signature, PKCE, an error answer): `reason` for the audit. */
  | { readonly ok: false; readonly reason: string };

export interface EidFederation {
  /** Throws SesameError EID_UNAVAILABLE when the provider's discovery does not answer. */
  authorizationUrl(request: EidAuthorization): Promise<string>;
  /**
   * The answer at `callbackUrl` (the full URL the browser came back to) checked against what was
   * sent. Throws EID_UNAVAILABLE when the provider does not answer (its token endpoint, its keys).
   */
  verify(request: EidAuthorization, callbackUrl: URL): Promise<EidAnswer>;
}
