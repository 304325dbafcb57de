import { X509Certificate } from 'node:crypto';
import { request } from 'node:https';
import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';
import { createTestPortal, type TestPortal } from '../../test/test-portal';
import { buildApp } from '../app';
import { ConfigError, loadConfig } from '../config/load-config';
import { loadTls } from './tls-certificate';

/** The test-only certificate for localhost and 127.0.0.1 (cas/fixtures/tls/README.md). */
const TEST_CERT = fileURLToPath(new URL('../cas/fixtures/tls/localhost-test-only.cert.pem', import.meta.url));
const TEST_KEY = fileURLToPath(new URL('../cas/fixtures/tls/localhost-test-only.key.pem', import.meta.url));

/** GET over HTTPS trusting only `ca`: what a phone does once the certificate is installed. */
function httpsGet(url: string, ca: string): Promise<{ status: number; body: string }> {
  return new Promise((resolve, reject) => {
    const req = request(url, { ca }, (res) => {
      let body = '';
      res.on('data', (chunk: Buffer) => (body += chunk.toString()));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, body }));
    });
    req.on('error', reject);
    req.end();
  });
}

describe('HTTPS for a phone on the local network', () => {
  let portal: TestPortal | undefined;
  afterEach(async () => portal?.close());

  it('plain HTTP unless asked', async () => {
    expect(await loadTls(loadConfig({}))).toBeNull();
  });

  it('never generates a certificate: tls.selfSigned stops the start and says what to run instead', async () => {
    await expect(loadTls(loadConfig({ SESAME_TLS_SELF_SIGNED: 'true' }))).rejects.toThrow(ConfigError);
    await expect(loadTls(loadConfig({ SESAME_TLS_SELF_SIGNED: 'true' }))).rejects.toThrow(/npm run dev -- --phone/);
  });

  it("serves the portal over HTTPS with the operator's certificate", async () => {
    const tls = (await loadTls(loadConfig({ SESAME_TLS_CERT_FILE: TEST_CERT, SESAME_TLS_KEY_FILE: TEST_KEY })))!;
    expect(tls.fingerprint).toBe(new X509Certificate(tls.cert).fingerprint256);
    portal = await createTestPortal();
    const app = await buildApp(portal.services, { https: { key: tls.key, cert: tls.cert } });
    await app.listen({ host: '127.0.0.1', port: 0 });
    try {
      const { port } = app.server.address() as { port: number };
      const health = await httpsGet(`https://127.0.0.1:${port}/health`, tls.cert);
      expect(health.status).toBe(200);
      await expect(httpsGet(`https://127.0.0.1:${port}/health`, '')).rejects.toThrow();
    } finally {
      await app.close();
    }
  });

  it('a certificate without its key, or an unreadable one, is a configuration error', async () => {
    await expect(loadTls(loadConfig({ SESAME_TLS_CERT_FILE: '/nonexistent.pem' }))).rejects.toThrow(ConfigError);
    await expect(
      loadTls(loadConfig({ SESAME_TLS_CERT_FILE: '/nonexistent.pem', SESAME_TLS_KEY_FILE: '/nonexistent.key' })),
    ).rejects.toThrow(/cannot read tls.certFile/);
  });
});
