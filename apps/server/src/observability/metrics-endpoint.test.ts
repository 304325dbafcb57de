import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { createTestPortal, signIn, type TestPortal } from '../../test/test-portal';
import { ConfigError, loadConfig } from '../config/load-config';
import { bearerMatches, metricsToken } from './metrics-access';

const TOKEN = 'prometheus-scrape-token-0123456789abcdef';

/** A port nothing listens on now. */
async function freePort(): Promise<number> {
  const probe = createServer();
  await new Promise<void>((resolve) => probe.listen(0, '127.0.0.1', resolve));
  const { port } = probe.address() as { port: number };
  await new Promise((resolve) => probe.close(resolve));
  return port;
}

describe('/metrics is not public (issue 10, finding 7)', () => {
  let portal: TestPortal | undefined;
  const dirs: string[] = [];
  afterEach(async () => {
    await portal?.close();
    portal = undefined;
    for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
  });

  it('is not served to anyone by default, while /health and /ready stay public', async () => {
    portal = await createTestPortal();
    const res = await portal.app.inject('/metrics');
    expect(res.statusCode).toBe(404);
    expect(res.body).not.toContain('sesame_');
    expect((await portal.app.inject('/health')).statusCode).toBe(200);
    expect((await portal.app.inject('/ready')).statusCode).toBe(200);
  });

  it('with a token: 401 without it or with a wrong one, the metrics with the right one', async () => {
    portal = await createTestPortal({ config: { 'metrics.token': TOKEN } });

    const anonymous = await portal.app.inject('/metrics');
    expect(anonymous.statusCode).toBe(401);
    expect(anonymous.headers['www-authenticate']).toBe('Bearer realm="metrics"');
    expect(anonymous.body).toBe('');

    for (const authorization of [
      `Bearer ${TOKEN}x`,
      `Bearer ${TOKEN.slice(0, -1)}`,
      'Bearer ',
      `Basic ${TOKEN}`,
      TOKEN,
    ]) {
      const wrong = await portal.app.inject({ url: '/metrics', headers: { authorization } });
      expect(wrong.statusCode, authorization).toBe(401);
      expect(wrong.headers['www-authenticate']).toBe('Bearer realm="metrics", error="invalid_token"');
      expect(wrong.body).not.toContain('sesame_');
    }

    const right = await portal.app.inject({ url: '/metrics', headers: { authorization: `Bearer ${TOKEN}` } });
    expect(right.statusCode).toBe(200);
    expect(right.headers['content-type']).toMatch(/^text\/plain/);
    expect(right.body).toContain('# TYPE sesame_sign_ins_total counter');
    // The scheme is case-insensitive (RFC 7235 §2.1).
    const lower = await portal.app.inject({ url: '/metrics', headers: { authorization: `bearer ${TOKEN}` } });
    expect(lower.statusCode).toBe(200);
  });

  it('counts sign-ins by result', async () => {
    portal = await createTestPortal({ config: { 'metrics.token': TOKEN } });
    await portal.createUser({ email: 'marie@example.org', password: 'le chat dort sur le radiateur' });
    expect((await signIn(portal.browser(), 'marie@example.org', 'le chat dort sur le radiateur')).status).toBe(303);
    expect((await signIn(portal.browser(), 'marie@example.org', 'not the password at all')).status).toBe(401);

    const res = await portal.app.inject({ url: '/metrics', headers: { authorization: `Bearer ${TOKEN}` } });
    expect(res.statusCode).toBe(200);
    expect(res.body).toMatch(/^sesame_sign_ins_total\{result="success"\} 1$/m);
    expect(res.body).toMatch(/^sesame_sign_ins_total\{result="INVALID_CREDENTIALS"\} 1$/m);
    expect(res.body).toContain('sesame_http_request_duration_seconds_bucket');
  });

  it('reads the token from a file (a mounted secret)', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'sesame-metrics-'));
    dirs.push(dir);
    const file = join(dir, 'metrics-token');
    writeFileSync(file, `${TOKEN}\n`, { mode: 0o600 });
    portal = await createTestPortal({ config: { 'metrics.tokenFile': file } });
    expect((await portal.app.inject('/metrics')).statusCode).toBe(401);
    const right = await portal.app.inject({ url: '/metrics', headers: { authorization: `Bearer ${TOKEN}` } });
    expect(right.statusCode).toBe(200);
  });

  it('serves it without token on its own listen address, and not on the main port; stops with the app', async () => {
    const port = await freePort();
    portal = await createTestPortal({ config: { 'metrics.listen': `127.0.0.1:${port}` } });

    const scraped = await fetch(`http://127.0.0.1:${port}/metrics`);
    expect(scraped.status).toBe(200);
    expect(scraped.headers.get('content-type')).toMatch(/^text\/plain/);
    expect(await scraped.text()).toContain('# TYPE sesame_sign_ins_total counter');
    // Only /metrics there: not the portal, not the operator pages.
    expect((await fetch(`http://127.0.0.1:${port}/login`)).status).toBe(404);
    expect((await fetch(`http://127.0.0.1:${port}/metrics`, { method: 'POST' })).status).toBe(404);

    expect((await portal.app.inject('/metrics')).statusCode).toBe(404);

    await portal.close();
    portal = undefined;
    await expect(fetch(`http://127.0.0.1:${port}/metrics`)).rejects.toThrow();
  });

  it('with both, the main port still asks for the token', async () => {
    const port = await freePort();
    portal = await createTestPortal({ config: { 'metrics.listen': `127.0.0.1:${port}`, 'metrics.token': TOKEN } });
    expect((await fetch(`http://127.0.0.1:${port}/metrics`)).status).toBe(200);
    expect((await portal.app.inject('/metrics')).statusCode).toBe(401);
  });
});

describe('metrics configuration', () => {
  it('reads the keys from the environment', () => {
    const config = loadConfig({ SESAME_METRICS_TOKEN: TOKEN, SESAME_METRICS_LISTEN: '[::1]:9464' });
    expect(config.metrics).toEqual({ token: TOKEN, listen: '[::1]:9464' });
  });

  it('refuses a short token, a listen address without port, and a token given twice', () => {
    expect(() => loadConfig({ SESAME_METRICS_TOKEN: 'short' })).toThrow(/metrics/);
    expect(() => loadConfig({ SESAME_METRICS_LISTEN: '127.0.0.1' })).toThrow(/listen/);
    expect(() => loadConfig({ SESAME_METRICS_LISTEN: '127.0.0.1:99999' })).toThrow(/listen/);
    const both = loadConfig({ SESAME_METRICS_TOKEN: TOKEN, SESAME_METRICS_TOKEN_FILE: '/run/secrets/metrics' });
    expect(() => metricsToken(both)).toThrow(ConfigError);
    const missing = loadConfig({ SESAME_METRICS_TOKEN_FILE: join(tmpdir(), 'no-such-sesame-metrics-token') });
    expect(() => metricsToken(missing)).toThrow(/cannot read metrics.tokenFile/);
  });

  it('compares bearer tokens exactly', () => {
    expect(bearerMatches(`Bearer ${TOKEN}`, TOKEN)).toBe(true);
    expect(bearerMatches(undefined, TOKEN)).toBe(false);
    expect(bearerMatches('Bearer', TOKEN)).toBe(false);
    expect(bearerMatches(`Bearer ${TOKEN} extra`, TOKEN)).toBe(false);
  });
});
