import { X509Certificate } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { ConfigError } from '../config/load-config';
import type { SesameConfig } from '../config/config-schema';

/** What HTTPS serves, and what the start-up banner tells the user to check on the phone. */
export interface TlsMaterial {
  key: string;
  cert: string;
  /** SHA-256 fingerprint of the certificate, for comparing with what the phone shows. */
  fingerprint: string;
}

/**
 * The server's HTTPS material (issue #4: camera, service worker and push need a secure context):
 * the operator's certificate and key, read from files. Null: plain HTTP. The server never makes a
 * certificate (issue 12 point 4): `npm run dev -- --phone` generates one for trying Sésame on a
 * phone (tools/dev-certificate.ts) and passes its files here; `tls.selfSigned` is refused.
 */
export async function loadTls(config: SesameConfig): Promise<TlsMaterial | null> {
  const { certFile, keyFile, selfSigned } = config.tls;
  if (selfSigned) {
    throw new ConfigError(
      'tls.selfSigned (SESAME_TLS_SELF_SIGNED) is no longer supported: the server reads tls.certFile and ' +
        'tls.keyFile only. To try Sésame on a phone, run `npm run dev -- --phone` (docs/operators/running.md).',
    );
  }
  if (!certFile && !keyFile) return null;
  if (!certFile || !keyFile) throw new ConfigError('tls.certFile and tls.keyFile go together: set both or neither.');
  const cert = readPem(certFile, 'tls.certFile');
  return { key: readPem(keyFile, 'tls.keyFile'), cert, ...describe(cert) };
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
