import Fastify, { type FastifyInstance } from 'fastify';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createTestPortal, type TestPortal } from '../../test/test-portal';
import { registerSecurityHeaders } from '../http/security-headers';
import { APP_NOT_BUILT, AUTHENTICATOR_APP_CSP, registerAuthenticatorApp } from './authenticator-app';

const INDEX =
  '<!doctype html><html lang="fr"><title>Sésame</title><script type="module" src="/app/assets/index-abc123.js"></script></html>';

describe('the Sésame app under /app/', () => {
  let portal: TestPortal;
  let dir: string;
  let app: FastifyInstance;

  /** A bare server with the portal's nonce CSP (as buildApp has it) and the app from `root`. */
  async function serve(root: string): Promise<FastifyInstance> {
    const server = Fastify({ logger: false, exposeHeadRoutes: false });
    registerSecurityHeaders(server, { formActionOrigins: [], https: false });
    await registerAuthenticatorApp(server, portal.services, { root });
    server.get('/elsewhere', async () => 'portal');
    await server.ready();
    return server;
  }

  beforeEach(async () => {
    portal = await createTestPortal();
    dir = await mkdtemp(join(tmpdir(), 'sesame-app-dist-'));
    await mkdir(join(dir, 'assets'));
    await writeFile(join(dir, 'index.html'), INDEX);
    await writeFile(join(dir, 'sw.js'), 'self.addEventListener("push", () => {});');
    await writeFile(join(dir, 'assets', 'index-abc123.js'), 'console.log(1);');
    await writeFile(join(dir, 'manifest.webmanifest'), '{"name":"Sésame"}');
    app = await serve(dir);
  });

  afterEach(async () => {
    await app.close();
    await portal.close();
    await rm(dir, { recursive: true, force: true });
  });

  it('serves index.html at /app/, with the app’s own CSP instead of the portal’s, never cached stale', async () => {
    const response = await app.inject({ method: 'GET', url: '/app/' });
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-type']).toMatch(/^text\/html/);
    expect(response.body).toBe(INDEX);
    expect(response.headers['content-security-policy']).toBe(AUTHENTICATOR_APP_CSP);
    expect(response.headers['content-security-policy']).not.toContain('nonce-');
    expect(response.headers['cache-control']).toBe('no-cache');
    // The rest of the site keeps the portal's CSP.
    const elsewhere = await app.inject({ method: 'GET', url: '/elsewhere' });
    expect(elsewhere.headers['content-security-policy']).toContain("'strict-dynamic'");
  });

  it('redirects /app to /app/', async () => {
    const response = await app.inject({ method: 'GET', url: '/app' });
    expect(response.statusCode).toBe(301);
    expect(response.headers.location).toBe('/app/');
  });

  it('serves the service worker with Service-Worker-Allowed: /app/ and no-cache, and hashed assets as immutable', async () => {
    const sw = await app.inject({ method: 'GET', url: '/app/sw.js' });
    expect(sw.statusCode).toBe(200);
    expect(sw.headers['content-type']).toMatch(/javascript/);
    expect(sw.headers['service-worker-allowed']).toBe('/app/');
    expect(sw.headers['cache-control']).toBe('no-cache');
    expect(sw.headers['content-security-policy']).toBe(AUTHENTICATOR_APP_CSP);

    const asset = await app.inject({ method: 'GET', url: '/app/assets/index-abc123.js' });
    expect(asset.statusCode).toBe(200);
    expect(asset.headers['cache-control']).toBe('public, max-age=31536000, immutable');
    expect(asset.headers['service-worker-allowed']).toBeUndefined();

    const manifest = await app.inject({ method: 'GET', url: '/app/manifest.webmanifest' });
    expect(manifest.statusCode).toBe(200);
    expect(manifest.headers['cache-control']).toBe('no-cache');

    const missing = await app.inject({ method: 'GET', url: '/app/nothing-here.js' });
    expect(missing.statusCode).toBe(404);
    expect(missing.headers['content-security-policy']).toBe(AUTHENTICATOR_APP_CSP);
  });

  it('answers 503 with how to build it while the app is not built', async () => {
    const empty = await serve(join(dir, 'not-built'));
    try {
      for (const url of ['/app/', '/app/sw.js', '/app/index.html']) {
        const response = await empty.inject({ method: 'GET', url });
        expect(response.statusCode, url).toBe(503);
        expect(response.headers['content-type']).toMatch(/^text\/plain/);
        expect(response.body).toBe(APP_NOT_BUILT);
        expect(response.body).toContain('npm run build:app');
        expect(response.headers['content-security-policy']).toBe(AUTHENTICATOR_APP_CSP);
      }
    } finally {
      await empty.close();
    }
  });

  it('is part of the real app: /app/ carries the app’s CSP whether or not the app is built', async () => {
    const response = await portal.browser().get('/app/');
    expect([200, 503]).toContain(response.status);
    expect(response.headers['content-security-policy']).toBe(AUTHENTICATOR_APP_CSP);
  });
});
