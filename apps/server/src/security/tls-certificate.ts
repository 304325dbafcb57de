import { X509Certificate } from 'node:crypto';
import { chmodSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { hostname, networkInterfaces } from 'node:os';
import { dirname, join } from 'node:path';
import { generate } from 'selfsigned';
import { ConfigError } from '../config/load-config';
import type { SesameConfig } from '../config/config-schema';

/** What HTTPS serves, and what the start-up banner tells the user to check on the phone. */
export interface TlsMaterial {
  key: string;
  cert: string;
  /** SHA-256 fingerprint of the certificate, for comparing with what the phone shows. */
  fingerprint: string;
  /** Where the generated certificate is, when it was generated (to install it on a phone). */
  generatedCertFile: string | null;
  /** The IP addresses of this machine the certificate names (the URLs to open on a phone). */
  addresses: string[];
}

export const SELF_SIGNED_DIR = 'data/tls';

/** IPv4 addresses of the machine's non-internal interfaces: what a phone on the same network reaches. */
export function localAddresses(): string[] {
  return Object.values(networkInterfaces())
    .flat()
    .filter((nic) => nic !== undefined && nic.family === 'IPv4' && !nic.internal)
    .map((nic) => nic!.address);
}

/**
 * The server's HTTPS material (issue #4: camera, service worker and push need a secure context,
 * so a phone on the local network needs HTTPS): the operator's certificate and key, or — for
 * trying Sésame out — one generated once under data/tls/ for localhost, this host's name and its
 * local addresses, valid one year. It is its own CA (basicConstraints cA) so that it can be
 * installed as trusted on a phone: Chromium registers a service worker only on a trusted
 * certificate (docs/operators/running.md). Null: plain HTTP.
 */
export async function loadTls(config: SesameConfig, dir = SELF_SIGNED_DIR): Promise<TlsMaterial | null> {
  const { certFile, keyFile, selfSigned } = config.tls;
  if (certFile || keyFile) {
    if (!certFile || !keyFile) throw new ConfigError('tls.certFile and tls.keyFile go together: set both or neither.');
    const cert = readPem(certFile, 'tls.certFile');
    return { key: readPem(keyFile, 'tls.keyFile'), cert, ...describe(cert), generatedCertFile: null, addresses: [] };
  }
  if (!selfSigned) return null;

  const addresses = localAddresses();
  const certPath = join(dir, 'sesame-dev.cert.pem');
  const keyPath = join(dir, 'sesame-dev.key.pem');
  const names = ['localhost', hostname(), new URL(config.publicUrl).hostname];
  if (existsSync(certPath) && existsSync(keyPath)) {
    const cert = readFileSync(certPath, 'utf8');
    const x509 = new X509Certificate(cert);
    const stillCovers = [...names, ...addresses].every((name) => covers(x509, name));
    if (stillCovers && new Date(x509.validTo).getTime() > Date.now() + 86_400_000) {
      return { key: readFileSync(keyPath, 'utf8'), cert, ...describe(cert), generatedCertFile: certPath, addresses };
    }
  }
  const notBeforeDate = new Date();
  const notAfterDate = new Date(notBeforeDate.getTime() + 365 * 86_400_000);
  const pems = await generate([{ name: 'commonName', value: 'Sésame development certificate' }], {
    keyType: 'ec',
    curve: 'P-256',
    algorithm: 'sha256',
    notBeforeDate,
    notAfterDate,
    extensions: [
      { name: 'basicConstraints', cA: true, critical: true },
      { name: 'keyUsage', digitalSignature: true, keyCertSign: true, critical: true },
      { name: 'extKeyUsage', serverAuth: true },
      {
        name: 'subjectAltName',
        altNames: [
          ...[...new Set(names)].filter((n) => !isIp(n)).map((value) => ({ type: 2 as const, value })),
          ...[...new Set(['127.0.0.1', ...addresses, ...names.filter(isIp)])].map((ip) => ({ type: 7 as const, ip })),
        ],
      },
    ],
  });
  mkdirSync(dirname(certPath), { recursive: true });
  writeFileSync(keyPath, pems.private, { mode: 0o600 });
  chmodSync(keyPath, 0o600);
  writeFileSync(certPath, pems.cert);
  return { key: pems.private, cert: pems.cert, ...describe(pems.cert), generatedCertFile: certPath, addresses };
}

function readPem(file: string, key: string): string {
  try {
    return readFileSync(file, 'utf8');
  } catch (error) {
    throw new ConfigError(`cannot read ${key}=${file}: ${(error as Error).message}`);
  }
}

function describe(cert: string): { fingerprint: string } {
  try {
    return { fingerprint: new X509Certificate(cert).fingerprint256 };
  } catch (error) {
    throw new ConfigError(`the TLS certificate is not a PEM X.509 certificate: ${(error as Error).message}`);
  }
}

function isIp(name: string): boolean {
  return /^\d{1,3}(\.\d{1,3}){3}$/.test(name) || name.includes(':');
}

function covers(x509: X509Certificate, name: string): boolean {
  return isIp(name) ? x509.checkIP(name) !== undefined : x509.checkHost(name) !== undefined;
}
