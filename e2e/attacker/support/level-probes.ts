import * as client from 'openid-client';
import { type Credentials, METHOD, passwordJourney } from './journeys';
import { type Answer, mainOf, textOf, type WebClient } from './web-client';

/**
 * What the relying applications learn about a browser's session — the only place where "MEDIUM
 * reached" means anything: a CAS ticket that validates when the application asks for MEDIUM,
 * and an OpenID Connect ID token whose `acr` says MEDIUM or HIGH. Each probe plays the
 * application's side for real (the CAS validation endpoint; openid-client, a certified RP) and
 * the browser's side with the attacker's browser, which signs in with the password whenever
 * the portal asks for it (the attacker knows it) and never has anything more to give.
 */

/** The registered test applications (written to the relying-apps file the server reads). */
export const CAS_SERVICE = 'https://rp.attacker-suite.example/cas';
export const OIDC_CLIENT_ID = 'attacker-suite-rp';
export const OIDC_SECRET = 'attacker-suite-secret-0123456789abcdef0123456789';
export const OIDC_CALLBACK = 'https://rp.attacker-suite.example/oidc/callback';

export const RELYING_APPS = [
  {
    id: 'attacker-suite-rp',
    name: 'Relying app (attacker suite)',
    policy: { minimumLevel: 'BASIC' },
    attributes: ['email'],
    cas: { services: ['https://rp.attacker-suite.example/*'], flavour: 'eulogin', singleLogout: false },
    oidc: {
      clientId: OIDC_CLIENT_ID,
      clientSecret: OIDC_SECRET,
      redirectUris: [OIDC_CALLBACK],
      grantTypes: ['authorization_code'],
    },
  },
];

/** The levels above password alone (design §3: MEDIUM, then HIGH). */
export const ABOVE_BASIC = ['MEDIUM', 'HIGH'];

export interface ProbeResult {
  /** What was tried, for the failure message. */
  probe: string;
  /** True when the application got a proof of MEDIUM or higher: the failure this suite exists for. */
  medium: boolean;
  /** What happened, in a few words. */
  outcome: string;
}

function stoppedAt(answer: Answer): string {
  return `stopped at ${new URL(answer.url).pathname} (${answer.status}): ${textOf(mainOf(answer.html)).slice(0, 160)}`;
}

/** The ticket of a `method=POST` answer: the form that posts it to the service (docs/adr/0044). */
function ticketInPostForm(html: string): string | null {
  const form =
    /<form method="post" action="https:\/\/rp\.attacker-suite\.example\/[^"]*"[^>]*data-cas-post[^>]*>([\s\S]*?)<\/form>/.exec(
      html,
    );
  return form ? (/name="ticket" value="([^"]+)"/.exec(form[1]!)?.[1] ?? null) : null;
}

/** The SOAP envelope of a /cas/samlValidate request, as mod_auth_cas sends it. */
function samlRequest(ticket: string): string {
  return (
    '<SOAP-ENV:Envelope xmlns:SOAP-ENV="http://schemas.xmlsoap.org/soap/envelope/"><SOAP-ENV:Header/><SOAP-ENV:Body>' +
    '<samlp:Request xmlns:samlp="urn:oasis:names:tc:SAML:1.0:protocol" MajorVersion="1" MinorVersion="1">' +
    `<samlp:AssertionArtifact>${ticket}</samlp:AssertionArtifact></samlp:Request></SOAP-ENV:Body></SOAP-ENV:Envelope>`
  );
}

/**
 * A ticket validated as an application demanding MEDIUM does (`authenticationLevel=MEDIUM`): at
 * /cas/p3/serviceValidate, or at /cas/samlValidate (SAML 1.1, docs/adr/0044).
 */
async function validateAtMedium(baseUrl: string, ticket: string, at: 'p3' | 'saml') {
  if (at === 'saml') {
    const query = new URLSearchParams({ TARGET: CAS_SERVICE, authenticationLevel: 'MEDIUM' });
    const response = await fetch(`${baseUrl}/cas/samlValidate?${query.toString()}`, {
      method: 'POST',
      headers: { 'content-type': 'text/xml' },
      body: samlRequest(ticket),
    });
    const body = await response.text();
    const strengths = /AttributeName="strengths"[^>]*>([\s\S]*?)<\/saml:Attribute>/.exec(body)?.[1] ?? '';
    return {
      success: body.includes('Value="samlp:Success"'),
      strengths: [...strengths.matchAll(/<saml:AttributeValue>([^<]+)</g)].map((m) => m[1]!),
      refusal: /<samlp:StatusMessage>([A-Z_]+)/.exec(body)?.[1] ?? body.slice(0, 120),
    };
  }
  const validation = new URLSearchParams({ service: CAS_SERVICE, ticket, authenticationLevel: 'MEDIUM' });
  const response = await fetch(`${baseUrl}/cas/p3/serviceValidate?${validation.toString()}`);
  const body = await response.text();
  return {
    success: body.includes('<cas:authenticationSuccess>'),
    strengths: [...body.matchAll(/<cas:strength>([^<]+)<\/cas:strength>/g)].map((m) => m[1]!),
    refusal: /code="([^"]+)"/.exec(body)?.[1] ?? body.slice(0, 120),
  };
}

/**
 * CAS (EU Login flavour): /cas/login with `params` from this browser, signing in with the
 * password if asked; a ticket (in the redirect, or in the form of `method=POST`) is then
 * validated as an application demanding MEDIUM does, at `/p3/serviceValidate` or
 * `/samlValidate`: a success is MEDIUM vouched for.
 */
export async function casProbe(
  baseUrl: string,
  browser: WebClient,
  who: Credentials,
  params: Record<string, string>,
  validateAt: 'p3' | 'saml' = 'p3',
): Promise<ProbeResult> {
  const query = new URLSearchParams({ service: CAS_SERVICE, ...params });
  const probe = `CAS /cas/login?${query.toString()}${validateAt === 'saml' ? ' then /cas/samlValidate' : ''}`;
  const end = await passwordJourney(browser, `/cas/login?${query.toString()}`, who, METHOD.password);
  const ticket = end.location ? new URL(end.location).searchParams.get('ticket') : ticketInPostForm(end.html);
  if (!ticket) {
    return { probe, medium: false, outcome: end.location ? `back without a ticket` : stoppedAt(end) };
  }
  const { success, strengths, refusal } = await validateAtMedium(baseUrl, ticket, validateAt);
  return {
    probe,
    medium: success || strengths.some((s) => s !== 'PASSWORD'),
    outcome: success
      ? `ticket validated at MEDIUM, strengths ${strengths.join(',')}`
      : `ticket refused at MEDIUM: ${refusal}`,
  };
}

let discovered: Promise<client.Configuration> | undefined;
let discoveredFor: string | undefined;

function configuration(baseUrl: string): Promise<client.Configuration> {
  if (!discovered || discoveredFor !== baseUrl) {
    discoveredFor = baseUrl;
    discovered = client.discovery(
      new URL(`${baseUrl}/oidc`),
      OIDC_CLIENT_ID,
      { client_secret: OIDC_SECRET, token_endpoint_auth_method: 'client_secret_basic' },
      client.ClientSecretBasic(OIDC_SECRET),
      // The test issuer is plain http on loopback.
      { execute: [client.allowInsecureRequests] },
    );
  }
  return discovered;
}

/**
 * OpenID Connect: an authorization request with `extra` (acr_values, prompt, max_age, claims),
 * PKCE, state and nonce, from this browser, signing in with the password if asked; a code is
 * redeemed by openid-client and the ID token's `acr` read.
 */
export async function oidcProbe(
  baseUrl: string,
  browser: WebClient,
  who: Credentials,
  extra: Record<string, string>,
): Promise<ProbeResult> {
  const config = await configuration(baseUrl);
  const codeVerifier = client.randomPKCECodeVerifier();
  const state = client.randomState();
  const nonce = client.randomNonce();
  const url = client.buildAuthorizationUrl(config, {
    redirect_uri: OIDC_CALLBACK,
    scope: 'openid email',
    code_challenge: await client.calculatePKCECodeChallenge(codeVerifier),
    code_challenge_method: 'S256',
    state,
    nonce,
    ...extra,
  });
  const probe = `OIDC ${new URLSearchParams(extra).toString()}`;
  const end = await passwordJourney(browser, url.toString(), who, METHOD.password);
  if (!end.location || !end.location.startsWith(OIDC_CALLBACK))
    return { probe, medium: false, outcome: stoppedAt(end) };
  const callback = new URL(end.location);
  if (!callback.searchParams.get('code')) {
    return { probe, medium: false, outcome: `callback with error ${callback.searchParams.get('error')}` };
  }
  const tokens = await client.authorizationCodeGrant(config, callback, {
    pkceCodeVerifier: codeVerifier,
    expectedState: state,
    expectedNonce: nonce,
    idTokenExpected: true,
  });
  const acr = String(tokens.claims()?.acr ?? '');
  return { probe, medium: ABOVE_BASIC.includes(acr), outcome: `id_token acr=${acr}` };
}

/** The probes a relying application asking for MEDIUM would make, with this browser's session. */
export async function mediumProbes(baseUrl: string, browser: WebClient, who: Credentials): Promise<ProbeResult[]> {
  return [
    await casProbe(baseUrl, browser, who, {}),
    await casProbe(baseUrl, browser, who, { authenticationLevel: 'MEDIUM' }),
    await oidcProbe(baseUrl, browser, who, { acr_values: 'MEDIUM' }),
  ];
}

/** Fails listing every probe that reached MEDIUM. */
export function reachedMedium(results: ProbeResult[]): string[] {
  return results.filter((r) => r.medium).map((r) => `${r.probe} → ${r.outcome}`);
}
