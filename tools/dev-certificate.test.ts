import { X509Certificate } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { devCertificate } from './dev-certificate';

describe('the development certificate of npm run dev -- --phone', () => {
  const dirs: string[] = [];
  const tempDir = () => {
    const dir = mkdtempSync(join(tmpdir(), 'sesame-tls-'));
    dirs.push(dir);
    return dir;
  };
  afterEach(() => {
    for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
  });

  it('is generated once, for localhost and this machine, its key readable by the owner only', async () => {
    const dir = tempDir();
    const first = await devCertificate('https://192.0.2.10:8080', dir);
    expect(first.generated).toBe(true);
    const x509 = new X509Certificate(readFileSync(first.certFile, 'utf8'));
    expect(x509.checkHost('localhost')).toBe('localhost');
    expect(x509.checkIP('127.0.0.1')).toBe('127.0.0.1');
    expect(x509.checkIP('192.0.2.10')).toBe('192.0.2.10'); // the public URL's address
    for (const address of first.addresses) expect(x509.checkIP(address)).toBe(address);
    // Installable as trusted on a phone: it is its own authority.
    expect(x509.ca).toBe(true);
    expect(first.fingerprint).toBe(x509.fingerprint256);
    expect(statSync(first.keyFile).mode & 0o777).toBe(0o600);
    const second = await devCertificate('https://192.0.2.10:8080', dir);
    expect(second).toEqual({ ...first, generated: false });
  });

  it('is generated again when it no longer names the public address', async () => {
    const dir = tempDir();
    const first = await devCertificate('https://192.0.2.10:8080', dir);
    const moved = await devCertificate('https://192.0.2.99:8080', dir);
    expect(moved.generated).toBe(true);
    expect(moved.fingerprint).not.toBe(first.fingerprint);
    expect(new X509Certificate(readFileSync(moved.certFile, 'utf8')).checkIP('192.0.2.99')).toBe('192.0.2.99');
  });
});
