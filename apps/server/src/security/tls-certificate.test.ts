import { X509Certificate } from 'node:crypto';
import { mkdtempSync, statSync, writeFileSync } from 'node:fs';
import { request } from 'node:https';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { createTestPortal, type TestPortal } from '../../test/test-portal';
import { buildApp } from '../app';
import { ConfigError, loadConfig } from '../config/load-config';
import { loadTls } from './tls-certificate';

const tempDir = () => mkdtempSync(join(tmpdir(), 'sesame-tls-'));

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
    expect(await loadTls(loadConfig({}), tempDir())).toBeNull();
  });

  it('generates a certificate once, for localhost and this machine, its key readable by the owner only', async () => {
    const dir = tempDir();
    const config = loadConfig({ SESAME_TLS_SELF_SIGNED: 'true' });
    const first = await loadTls(config, dir);
    expect(first).not.toBeNull();
    const x509 = new X509Certificate(first!.cert);
    expect(x509.checkHost('localhost')).toBe('localhost');
    expect(x509.checkIP('127.0.0.1')).toBe('127.0.0.1');
    for (const address of first!.addresses) expect(x509.checkIP(address)).toBe(address);
    // Installable as trusted on a phone: it is its own authority.
    expect(x509.ca).toBe(true);
    expect(first!.fingerprint).toBe(x509.fingerprint256);
    expect(statSync(join(dir, 'sesame-dev.key.pem')).mode & 0o777).toBe(0o600);
    const second = await loadTls(config, dir);
    expect(second!.fingerprint).toBe(first!.fingerprint);
  });

  it("serves the portal over HTTPS with the operator's certificate", async () => {
    const dir = tempDir();
    const generated = (await loadTls(loadConfig({ SESAME_TLS_SELF_SIGNED: 'true' }), dir))!;
    writeFileSync(join(dir, 'cert.pem'), generated.cert);
    writeFileSync(join(dir, 'key.pem'), generated.key);
    const tls = (await loadTls(
      loadConfig({ SESAME_TLS_CERT_FILE: join(dir, 'cert.pem'), SESAME_TLS_KEY_FILE: join(dir, 'key.pem') }),
      tempDir(),
    ))!;
    expect(tls.generatedCertFile).toBeNull();
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
    await expect(loadTls(loadConfig({ SESAME_TLS_CERT_FILE: '/nonexistent.pem' }), tempDir())).rejects.toThrow(
      ConfigError,
    );
    await expect(
      loadTls(
        loadConfig({ SESAME_TLS_CERT_FILE: '/nonexistent.pem', SESAME_TLS_KEY_FILE: '/nonexistent.key' }),
        tempDir(),
      ),
    ).rejects.toThrow(/cannot read tls.certFile/);
  });
});
