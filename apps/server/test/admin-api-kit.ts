import type { RelyingAppInput } from '@sesame/core';
import * as client from 'openid-client';
import { discover } from './oidc-relying-party';
import type { TestPortal } from './test-portal';

/**
 * The admin REST API's and SCIM's test world (issue 14 point 6): the tree of routes/admin.test.ts,
 * its people, and OAuth clients with the client-credentials grant, scoped like people.
 *
 * root ── dgal ─┬─ draaf-bzh ─┬─ ddpp-35   Marie (agent)
 *               │             └─ ddpp-29
 *               └─ draaf-idf ─── ddpp-75   Paul (agent)
 * hr-bzh: local manager of draaf-bzh; hr-idf: local manager of draaf-idf; reader-bzh: read scope only;
 * helpdesk-dgal: helpdesk of dgal; batch: client credentials, no admin API; web-app: signs people in.
 */
export const PASSWORD = 'Correct-Horse-Battery-9';
export const AT = new Date('2026-12-01T09:00:00Z');
export const SECRET = (id: string) => `${id}-secret-0123456789abcdef0123456789abcdef`;

export const PEOPLE = {
  marie: { id: 'agent035', email: 'marie@ddpp35.example.fr', organisation: 'ddpp-35', first: 'Marie', last: 'Dupont' },
  paul: { id: 'agent075', email: 'paul@ddpp75.example.fr', organisation: 'ddpp-75', first: 'Paul', last: 'Martin' },
  anne: {
    id: 'manabzh1',
    email: 'anne@draaf-bzh.example.fr',
    organisation: 'draaf-bzh',
    first: 'Anne',
    last: 'Le Goff',
  },
} as const;

const ALL = ['sesame:admin:read', 'sesame:admin:write', 'sesame:scim'] as const;

const apiClient = (
  id: string,
  scopes: readonly (typeof ALL)[number][],
  roles: { role: 'local_manager' | 'helpdesk' | 'administrator' | 'auditor'; organisation: string }[],
): RelyingAppInput => ({
  id,
  name: id,
  oidc: {
    clientId: id,
    clientSecret: SECRET(id),
    grantTypes: ['client_credentials'],
    adminApi: { scopes: [...scopes], roles },
  },
});

export const API_APPS: RelyingAppInput[] = [
  apiClient('hr-bzh', ALL, [{ role: 'local_manager', organisation: 'draaf-bzh' }]),
  apiClient('hr-idf', ALL, [{ role: 'local_manager', organisation: 'draaf-idf' }]),
  apiClient('reader-bzh', ['sesame:admin:read'], [{ role: 'local_manager', organisation: 'draaf-bzh' }]),
  apiClient('helpdesk-dgal', ['sesame:admin:read', 'sesame:admin:write'], [{ role: 'helpdesk', organisation: 'dgal' }]),
  {
    id: 'batch',
    name: 'Batch',
    oidc: { clientId: 'batch', clientSecret: SECRET('batch'), grantTypes: ['client_credentials'] },
  },
  {
    id: 'web-app',
    name: 'Web App',
    oidc: {
      clientId: 'web-app',
      clientSecret: SECRET('web-app'),
      redirectUris: ['https://web.example.org/oidc/callback'],
      grantTypes: ['authorization_code', 'refresh_token'],
    },
  },
];

export async function seedTree(portal: TestPortal): Promise<void> {
  const { organisations, roles } = portal.durable;
  for (const [id, parentId] of [
    ['dgal', 'root'],
    ['draaf-bzh', 'dgal'],
    ['ddpp-35', 'draaf-bzh'],
    ['ddpp-29', 'draaf-bzh'],
    ['draaf-idf', 'dgal'],
    ['ddpp-75', 'draaf-idf'],
  ] as const) {
    await organisations.create({ id, parentId, kind: 'service', name: id.toUpperCase() }, AT);
  }
  for (const person of Object.values(PEOPLE)) {
    await portal.createUser({
      id: person.id,
      email: person.email,
      password: PASSWORD,
      firstName: person.first,
      lastName: person.last,
    });
    await organisations.placeAccount(person.id, person.organisation);
  }
  await roles.grant({ userId: PEOPLE.anne.id, role: 'local_manager', scopeId: 'draaf-bzh' }, AT);
}

/** An access token of the client-credentials grant, asked with openid-client (RFC 6749 §4.4). */
export async function clientToken(portal: TestPortal, clientId: string, scope: string): Promise<string> {
  const configuration = await discover(portal, clientId, SECRET(clientId));
  return (await client.clientCredentialsGrant(configuration, { scope })).access_token;
}

/** The same token asked in-process (inject), for tests whose portal does not listen. */
export async function injectedClientToken(portal: TestPortal, clientId: string, scope: string): Promise<string> {
  const answer = await portal.app.inject({
    method: 'POST',
    url: '/oidc/token',
    headers: {
      host: new URL(portal.baseUrl).host,
      authorization: `Basic ${Buffer.from(`${clientId}:${SECRET(clientId)}`).toString('base64')}`,
      'content-type': 'application/x-www-form-urlencoded',
    },
    payload: new URLSearchParams({ grant_type: 'client_credentials', scope }).toString(),
  });
  if (answer.statusCode !== 200) throw new Error(`token endpoint: ${answer.statusCode} ${answer.body}`);
  return (answer.json() as { access_token: string }).access_token;
}
