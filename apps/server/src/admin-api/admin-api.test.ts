import type { StoredAuditEvent } from '@sesame/core';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { API_APPS, clientToken, PASSWORD, PEOPLE, SECRET, seedTree } from '../../test/admin-api-kit';
import { authorizationRequest, browse, discover, redeem } from '../../test/oidc-relying-party';
import { createTestPortal, type TestPortal } from '../../test/test-portal';
import { en } from '../i18n/en';
import { fr } from '../i18n/fr';

/**
 * The admin REST API (issue 14 point 6, docs/adr/0037): OAuth clients with the client-credentials
 * grant, their tokens from the OIDC engine (openid-client), acting with role grants like people.
 */
let portal: TestPortal;
const tokens: Record<string, string> = {};

beforeAll(async () => {
  portal = await createTestPortal({ listen: true, relyingApps: API_APPS });
  await seedTree(portal);
});
afterAll(() => portal.close());
beforeEach(async () => {
  tokens.bzh = await clientToken(portal, 'hr-bzh', 'sesame:admin:read sesame:admin:write');
  tokens.idf = await clientToken(portal, 'hr-idf', 'sesame:admin:read sesame:admin:write sesame:scim');
});

const api = (method: 'GET' | 'POST', url: string, token?: string, body?: object, lang = 'en') =>
  portal.app.inject({
    method,
    url: `/api/admin/v1${url}`,
    headers: { ...(token ? { authorization: `Bearer ${token}` } : {}), 'accept-language': lang },
    ...(body ? { payload: body } : {}),
  });
const audit = (): Promise<StoredAuditEvent[]> => portal.durable.audit.list({ limit: 1000 });

describe('a client scoped to DRAAF Bretagne', () => {
  it('searches and reads the accounts of its subtree only', async () => {
    const found = await api('GET', '/accounts', tokens.bzh);
    expect(found.statusCode).toBe(200);
    const ids = (found.json() as { accounts: { id: string }[] }).accounts.map((a) => a.id);
    expect(ids).toContain(PEOPLE.marie.id);
    expect(ids).not.toContain(PEOPLE.paul.id);
    const marie = await api('GET', `/accounts/${PEOPLE.marie.id}`, tokens.bzh);
    expect(marie.statusCode).toBe(200);
    expect(marie.json()).toMatchObject({
      id: PEOPLE.marie.id,
      email: PEOPLE.marie.email,
      organisation: { id: 'ddpp-35', path: ['root', 'dgal', 'draaf-bzh', 'ddpp-35'] },
      devices: [],
      lock: { lockedEverywhere: false },
    });
    const organisations = (await api('GET', '/organisations', tokens.bzh)).json() as {
      organisations: { id: string }[];
    };
    expect(organisations.organisations.map((o) => o.id)).toEqual(['draaf-bzh', 'ddpp-29', 'ddpp-35']);
    expect((await api('GET', '/organisations/ddpp-35', tokens.bzh)).json()).toMatchObject({ name: 'DDPP-35' });
  });

  it('unlocks and sends a password reset, audited with the client as the actor', async () => {
    expect((await api('POST', `/accounts/${PEOPLE.marie.id}/unlock`, tokens.bzh)).statusCode).toBe(204);
    expect((await api('POST', `/accounts/${PEOPLE.marie.id}/password-reset`, tokens.bzh)).statusCode).toBe(202);
    const [reset, unlocked] = await portal.durable.audit.list({ userId: PEOPLE.marie.id, limit: 2 });
    expect(unlocked).toMatchObject({
      type: 'account.unlocked',
      details: { actor: 'client:hr-bzh', role: 'local_manager' },
    });
    expect(reset).toMatchObject({ type: 'account.password_reset_sent', details: { actor: 'client:hr-bzh' } });
    expect(portal.mailer.last('password-reset').to).toBe(PEOPLE.marie.email);
  });

  it('a second-factor reset needs a reason: 400 in the caller’s language with the field, nothing done', async () => {
    const before = await audit();
    const answer = await api(
      'POST',
      `/accounts/${PEOPLE.marie.id}/second-factor-reset`,
      tokens.bzh,
      { reason: ' ' },
      'fr',
    );
    expect(answer.statusCode).toBe(400);
    expect(answer.headers['content-type']).toContain('application/problem+json');
    expect(answer.json()).toMatchObject({ code: 'INVALID_INPUT', field: 'reason', reason: 'required' });
    expect(await audit()).toEqual(before);
    const done = await api('POST', `/accounts/${PEOPLE.marie.id}/second-factor-reset`, tokens.bzh, {
      reason: 'Phone lost, identity checked by the HR system',
    });
    expect(done.statusCode).toBe(200);
    expect(done.json()).toEqual({ devices: 0, credentials: 0 });
  });

  it('gets 403 FORBIDDEN, in the caller’s language, on another organisation and on an unknown id alike', async () => {
    for (const [lang, m] of [
      ['fr', fr],
      ['en', en],
    ] as const) {
      for (const url of [
        `/accounts/${PEOPLE.paul.id}`,
        '/accounts/nobody99',
        '/organisations/ddpp-75',
        '/organisations/nowhere',
      ]) {
        const answer = await api('GET', url, tokens.bzh, undefined, lang);
        expect(answer.statusCode).toBe(403);
        expect(answer.json()).toMatchObject({ code: 'FORBIDDEN', detail: m.errors.FORBIDDEN });
        expect(answer.body).not.toContain(PEOPLE.paul.email);
      }
    }
  });
});

describe('the account life cycle through the API', () => {
  it('invites, deactivates, reactivates and deletes an agent, each audited with the client', async () => {
    const invited = await api('POST', '/accounts', tokens.bzh, {
      email: 'Gwen@ddpp29.example.fr',
      firstName: 'Gwen',
      lastName: 'Le Du',
      organisationId: 'ddpp-29',
      externalId: 'HR-77',
    });
    expect(invited.statusCode).toBe(201);
    const { id } = invited.json() as { id: string };
    expect(invited.headers.location).toBe(`${portal.baseUrl}/api/admin/v1/accounts/${id}`);
    expect(portal.mailer.sent.at(-1)?.to).toBe('gwen@ddpp29.example.fr');
    expect((await api('POST', `/accounts/${id}/deactivate`, tokens.bzh)).statusCode).toBe(204);
    expect((await api('GET', `/accounts/${id}`, tokens.bzh)).json()).toMatchObject({
      active: false,
      externalId: 'HR-77',
    });
    expect((await api('POST', `/accounts/${id}/reactivate`, tokens.bzh)).statusCode).toBe(204);
    expect((await api('GET', `/accounts/${id}`, tokens.bzh)).json()).toMatchObject({ active: true });
    expect(
      (
        await portal.app.inject({
          method: 'DELETE',
          url: `/api/admin/v1/accounts/${id}`,
          headers: { authorization: `Bearer ${tokens.bzh}` },
        })
      ).statusCode,
    ).toBe(204);
    expect((await api('GET', `/accounts/${id}`, tokens.bzh)).statusCode).toBe(403);
    const trail = (await portal.durable.audit.list({ userId: id, limit: 10 })).map((e) => [e.type, e.details.actor]);
    expect(trail).toEqual(
      expect.arrayContaining([
        ['account.invited', 'client:hr-bzh'],
        ['account.deactivated', 'client:hr-bzh'],
        ['account.deleted', 'client:hr-bzh'],
      ]),
    );
  });

  it('an invitation with bad fields: 400 naming the field, nothing created', async () => {
    const answer = await api('POST', '/accounts', tokens.bzh, {
      email: 'not-an-address',
      firstName: 'X',
      lastName: 'Y',
      organisationId: 'ddpp-29',
    });
    expect(answer.statusCode).toBe(400);
    expect(answer.json()).toMatchObject({ code: 'INVALID_INPUT', field: 'email' });
  });
});

describe('tokens that are not enough (RFC 6750)', () => {
  it('no token: 401 with a bare Bearer challenge', async () => {
    const answer = await api('GET', '/accounts');
    expect(answer.statusCode).toBe(401);
    expect(answer.headers['www-authenticate']).toBe('Bearer realm="sesame"');
  });

  it('a made-up or malformed token: 401 invalid_token / 400 invalid_request', async () => {
    const answer = await api('GET', '/accounts', 'not-a-token');
    expect(answer.statusCode).toBe(401);
    expect(answer.headers['www-authenticate']).toContain('error="invalid_token"');
    const malformed = await portal.app.inject({
      method: 'GET',
      url: '/api/admin/v1/accounts',
      headers: { authorization: 'Basic eDp5' },
    });
    expect(malformed.statusCode).toBe(400);
    expect(malformed.headers['www-authenticate']).toContain('error="invalid_request"');
  });

  it('an expired token: 401 invalid_token', async () => {
    const token = await clientToken(portal, 'hr-bzh', 'sesame:admin:read');
    expect((await api('GET', '/accounts', token)).statusCode).toBe(200);
    portal.clock.advance(11 * 60_000);
    const answer = await api('GET', '/accounts', token);
    expect(answer.statusCode).toBe(401);
    expect(answer.headers['www-authenticate']).toContain('error="invalid_token"');
  });

  it('a read-only token writes nothing: 403 insufficient_scope naming the scope', async () => {
    const token = await clientToken(portal, 'reader-bzh', 'sesame:admin:read');
    expect((await api('GET', `/accounts/${PEOPLE.marie.id}`, token)).statusCode).toBe(200);
    const before = await audit();
    const answer = await api('POST', `/accounts/${PEOPLE.marie.id}/unlock`, token);
    expect(answer.statusCode).toBe(403);
    expect(answer.headers['www-authenticate']).toContain('error="insufficient_scope"');
    expect(answer.headers['www-authenticate']).toContain('scope="sesame:admin:write"');
    expect(await audit()).toEqual(before);
  });

  it('a client never registered for the admin API cannot get an admin scope, and its token opens nothing', async () => {
    await expect(clientToken(portal, 'batch', 'sesame:admin:read')).rejects.toMatchObject({ error: 'invalid_scope' });
    await expect(clientToken(portal, 'reader-bzh', 'sesame:admin:write')).rejects.toMatchObject({
      error: 'invalid_scope',
    });
    const token = await clientToken(portal, 'batch', '');
    const answer = await api('GET', '/accounts', token);
    expect(answer.statusCode).toBe(403);
    expect(answer.headers['www-authenticate']).toContain('error="insufficient_scope"');
  });

  it('a person’s access token (a local manager’s, from the code flow) opens nothing: 401 invalid_token', async () => {
    const web = await discover(portal, 'web-app', SECRET('web-app'));
    const pending = await authorizationRequest(web, 'https://web.example.org/oidc/callback');
    const { callback } = await browse(portal, portal.browser('en'), pending.url, {
      email: PEOPLE.anne.email,
      password: PASSWORD,
    });
    const { access_token: token } = await redeem(web, callback!, pending);
    const answer = await api('GET', '/accounts', token);
    expect(answer.statusCode).toBe(401);
    expect(answer.headers['www-authenticate']).toContain('error="invalid_token"');
    const scim = await portal.app.inject({
      method: 'GET',
      url: '/scim/v2/Users',
      headers: { authorization: `Bearer ${token}` },
    });
    expect(scim.statusCode).toBe(401);
  });

  it('a token asked without the admin scope: 403 insufficient_scope', async () => {
    const token = await clientToken(portal, 'hr-bzh', 'sesame:scim');
    expect((await api('GET', '/accounts', token)).statusCode).toBe(403);
  });
});

describe('roles decide as for people', () => {
  it('a helpdesk client unlocks an agent, not a local manager', async () => {
    const token = await clientToken(portal, 'helpdesk-dgal', 'sesame:admin:write');
    expect((await api('POST', `/accounts/${PEOPLE.paul.id}/unlock`, token)).statusCode).toBe(204);
    expect((await api('POST', `/accounts/${PEOPLE.anne.id}/unlock`, token)).statusCode).toBe(403);
  });
});

it('the OpenAPI document is served without a token', async () => {
  const answer = await portal.app.inject({ method: 'GET', url: '/api/admin/v1/openapi.json' });
  expect(answer.statusCode).toBe(200);
  expect(answer.json()).toMatchObject({ openapi: '3.1.0' });
});
