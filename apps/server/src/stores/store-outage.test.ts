import { SesameError, type EphemeralStore } from '@sesame/core';
import type { StoreTransition } from '@sesame/storage';
import { afterEach, describe, expect, it } from 'vitest';
import { casApps, STD_SERVICE } from '../../test/cas-kit';
import { OIDC_TEST_APPS, WEB_CALLBACK, WEB_SECRET } from '../../test/oidc-relying-party';
import { createTestPortal, decodeEntities, errorNotice, type TestPortal } from '../../test/test-portal';
import { COOKIES } from '../http/cookies';
import { en } from '../i18n/en';
import { fr } from '../i18n/fr';
import { logStoreTransition } from './store-health-log';
import { openWithRetry, redactUrl, StoreStartupError } from './store-startup';

/**
 * Issue 10 finding 5: while a store is down every entry point fails closed with its protocol's
 * "try again later" — 503 pages in the user's language, CAS INTERNAL_ERROR, OIDC
 * temporarily_unavailable, device API 503 — with no stack logged per request. The store here
 * rejects as the real adapters do (SesameError STORE_UNAVAILABLE, store-errors.ts).
 */
const down = (): Promise<never> =>
  Promise.reject(new SesameError('STORE_UNAVAILABLE', {}, { cause: new Error('connect ECONNREFUSED') }));

const redisDown = (store: EphemeralStore): EphemeralStore => ({
  ...store,
  get: down,
  take: down,
  set: down,
  setIfAbsent: down,
  increment: down,
  delete: down,
  ping: down,
});

describe('while the ephemeral store is down', () => {
  let portal: TestPortal;
  afterEach(() => portal.close());

  it('portal pages answer 503 in the user’s language with the next step', async () => {
    portal = await createTestPortal({ wrapEphemeral: redisDown });
    for (const [language, m] of [
      ['fr', fr],
      ['en', en],
    ] as const) {
      const browser = portal.browser(language);
      await browser.get('/login');
      const page = await browser.post('/login', { email: 'marie.dupont@example.org' });
      expect(page.status).toBe(503);
      expect(page.headers['retry-after']).toBe('60');
      expect(errorNotice(page.html)).toBe(m.errors.STORE_UNAVAILABLE);
      expect(browser.session).toBeUndefined();
    }
  });

  it('CAS validation answers an INTERNAL_ERROR document, 503, in the format asked', async () => {
    portal = await createTestPortal({
      relyingApps: casApps('https://127.0.0.1:1', 'http://127.0.0.1:1'),
      wrapEphemeral: redisDown,
    });
    const query = `service=${encodeURIComponent(STD_SERVICE)}&ticket=ST-x`;
    const xml = await portal.app.inject({ method: 'GET', url: `/cas/serviceValidate?${query}` });
    expect(xml.statusCode).toBe(503);
    expect(xml.body).toContain('<cas:authenticationFailure code="INTERNAL_ERROR">');
    const json = await portal.app.inject({ method: 'GET', url: `/cas/p3/serviceValidate?${query}&format=JSON` });
    expect(json.statusCode).toBe(503);
    expect(json.headers['content-type']).toBe('application/json; charset=utf-8');
    expect(JSON.stringify(json.json())).toContain('INTERNAL_ERROR');
  });

  it('the OIDC token endpoint answers 503 temporarily_unavailable, no token', async () => {
    portal = await createTestPortal({ relyingApps: OIDC_TEST_APPS, wrapEphemeral: redisDown });
    const response = await portal.app.inject({
      method: 'POST',
      url: '/oidc/token',
      headers: {
        'content-type': 'application/x-www-form-urlencoded',
        authorization: `Basic ${Buffer.from(`web-app:${WEB_SECRET}`).toString('base64')}`,
      },
      payload: new URLSearchParams({
        grant_type: 'authorization_code',
        code: 'a'.repeat(43),
        redirect_uri: WEB_CALLBACK,
        code_verifier: 'v'.repeat(43),
      }).toString(),
    });
    expect(response.statusCode).toBe(503);
    expect(response.json()).toMatchObject({ error: 'temporarily_unavailable' });
  });

  it('the OIDC provider’s own pages still answer, in the browser’s language, with a session they cannot read (docs/adr/0062 §3)', async () => {
    portal = await createTestPortal({ relyingApps: OIDC_TEST_APPS, wrapEphemeral: redisDown });
    // The provider's error pages, whose language reads the portal's session when there is a cookie:
    // at the authorization endpoint, and at the logout question (the provider's session read).
    for (const [url, cookie] of [
      ['/oidc/auth?client_id=nobody', undefined],
      ['/oidc/auth?client_id=nobody', `${COOKIES.session}=${'s'.repeat(43)}`],
      ['/oidc/session/end?client_id=web-app', `${COOKIES.session}=${'s'.repeat(43)}`],
    ] as const) {
      const page = await portal.app.inject({
        method: 'GET',
        url,
        headers: { accept: 'text/html', 'accept-language': 'fr', ...(cookie && { cookie }) },
      });
      expect(page.statusCode).toBe(503);
      expect(page.body).toContain('<html lang="fr"');
      expect(decodeEntities(page.body)).toContain(fr.errors.STORE_UNAVAILABLE);
    }
  });
});

describe('logStoreTransition', () => {
  it('says down at error level with the reason, back at warn with the duration', () => {
    const lines: Array<[string, object, string]> = [];
    const log = {
      error: (details: object, message: string) => lines.push(['error', details, message]),
      warn: (details: object, message: string) => lines.push(['warn', details, message]),
    };
    const transitions: StoreTransition[] = [
      { store: 'redis', state: 'down', reason: 'connect ECONNREFUSED 127.0.0.1:6379' },
      { store: 'redis', state: 'up', downForMs: 42_000 },
    ];
    for (const transition of transitions) logStoreTransition(log, transition);
    expect(lines.map(([level, details]) => [level, details])).toEqual([
      ['error', { store: 'redis', storeState: 'down', reason: 'connect ECONNREFUSED 127.0.0.1:6379' }],
      ['warn', { store: 'redis', storeState: 'up', downForSeconds: 42 }],
    ]);
  });
});

describe('openWithRetry', () => {
  const refused = () => Object.assign(new Error('connect ECONNREFUSED 10.0.0.4:5432'), { code: 'ECONNREFUSED' });

  it('retries a store that does not answer with growing waits, and returns once it answers', async () => {
    let now = 0;
    const waits: number[] = [];
    let attempts = 0;
    const opened = await openWithRetry(
      async () => {
        if (++attempts < 4) throw refused();
        return 'store';
      },
      {
        store: 'database',
        url: 'postgres://sesame:pw@db/sesame',
        timeoutSeconds: 30,
        now: () => now,
        sleep: async (ms) => {
          waits.push(ms);
          now += ms;
        },
      },
    );
    expect(opened).toBe('store');
    expect(waits).toEqual([500, 1000, 2000]);
  });

  it('gives up after timeoutSeconds with one line naming the store and the URL without password', async () => {
    let now = 0;
    const error = await openWithRetry(
      async () => {
        throw refused();
      },
      {
        store: 'database',
        url: 'postgres://sesame:pw@db:5432/sesame',
        timeoutSeconds: 30,
        now: () => now,
        sleep: async (ms) => {
          now += ms;
        },
      },
    ).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(StoreStartupError);
    const message = (error as Error).message;
    expect(message).toContain('the database at postgres://sesame@db:5432/sesame did not answer for 30 s');
    expect(message).toContain('ECONNREFUSED');
    expect(message).not.toContain('pw');
    expect(message).not.toContain('\n');
    expect(now).toBe(30_000);
  });

  it('does not retry a store that answers but refuses', async () => {
    let attempts = 0;
    const error = await openWithRetry(
      async () => {
        attempts++;
        throw Object.assign(new Error('password authentication failed for user "sesame"'), { code: '28P01' });
      },
      { store: 'database', url: 'postgres://sesame@db/sesame', timeoutSeconds: 30, sleep: async () => {} },
    ).catch((e: unknown) => e);
    expect(attempts).toBe(1);
    expect((error as Error).message).toContain('refused the connection (28P01: password authentication failed');
  });

  it('redacts passwords, and leaves other URLs alone', () => {
    expect(redactUrl('redis://:secret@cache:6379')).toBe('redis://cache:6379');
    expect(redactUrl('sqlite:data/sesame.db')).toBe('sqlite:data/sesame.db');
  });
});
