import { generateKeyPairSync } from 'node:crypto';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { RelyingAppInput } from '@sesame/core';
import Provider, { type Configuration } from 'oidc-provider';
import { createTestPortal, type TestPortal, type TestPortalOptions } from './test-portal';

/**
 * A second OpenID Connect provider started by the test as "the eID" (issue 15 point 1; docs/adr/
 * 0042): panva's oidc-provider on 127.0.0.1, one confidential client (Sésame), PKCE required, acr
 * values eidas1–3. Its login is the test's: the next interaction signs in `next.subject` at
 * `next.acr`, with no page — what a national eID would have asked is not Sésame's business.
 */
export const EID_CLIENT_ID = 'sesame';
export const EID_CLIENT_SECRET = 'eid-client-secret-0123456789abcdef0123456789';

/** The provider's signing key, made once per test file (ES256: quick to make, checked by openid-client). */
const SIGNING_KEY = {
  ...generateKeyPairSync('ec', { namedCurve: 'P-256' }).privateKey.export({ format: 'jwk' }),
  kid: 'test-eid-es256',
  alg: 'ES256',
  use: 'sig',
};

export interface TestEidProvider {
  /** http://127.0.0.1:<port> */
  readonly issuer: string;
  /**
   * Who the next sign-in at the provider is, and at which acr (null: none); `claims` what it says
   * of the person when the scopes ask (given_name, family_name, email, email_verified).
   */
  next: { subject: string; acr: string | null; claims?: Record<string, unknown> };
  /** Registers Sésame's callback (known once the portal exists) and starts answering. */
  register(redirectUri: string): void;
  /**
   * A browser at the provider: from Sésame's redirect to the provider's redirect back to Sésame
   * (its own cookie jar); returns that last URL, whose path and query the Sésame browser follows.
   */
  signIn(authorizationUrl: string): Promise<URL>;
  close(): Promise<void>;
}

/**
 * Sésame's `eid.providers[]` entry for the test provider: `testeid`, asked for `eidas2`, with the
 * eIDAS mapping of ADR 0042 (eidas1 → BASIC, eidas2 → MEDIUM, eidas3 → HIGH), and `extra` on top.
 */
export function testEidProviderConfig(
  idp: Pick<TestEidProvider, 'issuer'>,
  extra: Record<string, unknown> = {},
): Record<string, unknown> {
  return {
    id: 'testeid',
    label: { fr: 'Identité de test', en: 'Test eID' },
    issuer: idp.issuer,
    clientId: EID_CLIENT_ID,
    clientSecret: EID_CLIENT_SECRET,
    acrValues: 'eidas2',
    levels: { eidas1: 'BASIC', eidas2: 'MEDIUM', eidas3: 'HIGH' },
    allowHttp: true,
    ...extra,
  };
}

export async function startTestEidProvider(): Promise<TestEidProvider> {
  let handler: ((req: IncomingMessage, res: ServerResponse) => void) | undefined;
  const server: Server = createServer((req, res) => {
    if (!handler) {
      res.statusCode = 503;
      res.end();
      return;
    }
    handler(req, res);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const issuer = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const kit: TestEidProvider = {
    issuer,
    next: { subject: 'fc-sub-0001', acr: 'eidas2' },
    register(redirectUri) {
      const configuration: Configuration = {
        clients: [
          {
            client_id: EID_CLIENT_ID,
            client_secret: EID_CLIENT_SECRET,
            redirect_uris: [redirectUri],
            grant_types: ['authorization_code'],
            response_types: ['code'],
            id_token_signed_response_alg: 'ES256',
          },
        ],
        jwks: { keys: [SIGNING_KEY] },
        enabledJWA: { idTokenSigningAlgValues: ['ES256'] },
        // The claims of the person signing in now (kit.next), in the ID token and UserInfo alike.
        findAccount: (_ctx, sub) => ({ accountId: sub, claims: () => ({ ...kit.next.claims, sub }) }),
        claims: { openid: ['sub'], email: ['email', 'email_verified'], profile: ['given_name', 'family_name'] },
        acrValues: ['eidas1', 'eidas2', 'eidas3'],
        features: { devInteractions: { enabled: false } },
        interactions: { url: (_ctx, interaction) => `/interaction/${interaction.uid}` },
        pkce: { required: () => true },
        cookies: { keys: ['test-eid-cookie-key-0123456789abcdef'] },
        // Consent is not the test's subject: the grant the request asks for, given.
        loadExistingGrant: async (ctx) => {
          const grant = new ctx.oidc.provider.Grant({
            clientId: ctx.oidc.client!.clientId,
            accountId: ctx.oidc.session!.accountId!,
          });
          grant.addOIDCScope(String(ctx.oidc.params?.scope ?? 'openid'));
          await grant.save();
          return grant;
        },
      };
      const provider = new Provider(issuer, configuration);
      const callback = provider.callback();
      handler = (req, res) => {
        if (req.url?.startsWith('/interaction/')) {
          const { subject, acr } = kit.next;
          void provider
            .interactionFinished(req, res, { login: { accountId: subject, ...(acr ? { acr } : {}) } })
            .catch((error: unknown) => {
              res.statusCode = 500;
              res.end(String(error));
            });
          return;
        }
        void callback(req, res);
      };
    },
    async signIn(authorizationUrl) {
      const jar = new Map<string, string>();
      let url = new URL(authorizationUrl);
      for (let hop = 0; hop < 10; hop++) {
        if (url.origin !== issuer) return url;
        const response = await fetch(url, {
          redirect: 'manual',
          headers: { cookie: [...jar].map(([k, v]) => `${k}=${v}`).join('; ') },
        });
        for (const cookie of response.headers.getSetCookie()) {
          const [pair = ''] = cookie.split(';');
          const at = pair.indexOf('=');
          jar.set(pair.slice(0, at), pair.slice(at + 1));
        }
        const location = response.headers.get('location');
        if (!location)
          throw new Error(`the eID provider stopped at ${url.pathname}: ${response.status} ${await response.text()}`);
        url = new URL(location, url);
      }
      throw new Error('the eID provider went round in circles');
    },
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.closeAllConnections();
        server.close((error) => (error ? reject(error) : resolve()));
      }),
  };
  return kit;
}

/** TRACES NT over CAS (EU Login's flavour), at MEDIUM: the application most eID tests sign in to. */
export const TRACES_AT_MEDIUM: RelyingAppInput = {
  id: 'traces',
  name: 'TRACES NT',
  attributes: ['email', 'firstName', 'lastName'],
  policy: { minimumLevel: 'MEDIUM' },
  cas: { services: ['https://traces.example.eu/*'], flavour: 'eulogin', singleLogout: false },
};

/**
 * The world of an eID test: the test provider, a listening portal that declares it
 * (`testEidProviderConfig(idp, provider)`) beside `relyingApps` and the rest of `options`, and the
 * portal's callback registered at the provider. Close both after the test.
 */
export async function startEidWorld(
  options: Omit<TestPortalOptions, 'listen'> & { provider?: Record<string, unknown> } = {},
): Promise<{ idp: TestEidProvider; portal: TestPortal }> {
  const { provider, config, ...portalOptions } = options;
  const idp = await startTestEidProvider();
  try {
    const portal = await createTestPortal({
      ...portalOptions,
      listen: true,
      config: { ...config, 'eid.providers': [testEidProviderConfig(idp, provider)] },
    });
    idp.register(`${portal.baseUrl}/login/eid/callback/testeid`);
    return { idp, portal };
  } catch (error) {
    await idp.close();
    throw error;
  }
}

/** The path and query of a URL of the portal (where a test's browser goes next). */
export function portalPath(portal: Pick<TestPortal, 'baseUrl'>, url: URL | string): string {
  const u = new URL(url, portal.baseUrl);
  return `${u.pathname}${u.search}`;
}

/** An eID (`subject` at the test provider) linked to `userId` straight in the store; the link's own tests are eid.test.ts's. */
export async function linkEidInStore(
  portal: Pick<TestPortal, 'durable' | 'clock'>,
  idp: Pick<TestEidProvider, 'issuer'>,
  userId: string,
  subject: string,
): Promise<void> {
  await portal.durable.eidLinks.create({
    id: `l-${subject}`,
    userId,
    provider: 'testeid',
    issuer: idp.issuer,
    subject,
    createdAt: portal.clock.now(),
    lastUsedAt: null,
  });
}
