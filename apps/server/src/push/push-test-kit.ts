import { createDecipheriv, createECDH, hkdfSync, randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { Agent } from 'node:https';
import { createServer, type Server } from 'node:https';
import type { AddressInfo } from 'node:net';

/**
 * Test support for Web Push: what a browser does (a subscription with its own keys, decryption
 * of what arrives) and what a push service does (an HTTPS server that records each request),
 * written from the RFCs so that tests check the `web-push` library rather than trust it.
 */

/** The test-only certificate of the CAS back-channel tests (localhost and 127.0.0.1). */
const TLS_DIR = new URL('../cas/fixtures/tls/', import.meta.url);
const TLS = {
  cert: readFileSync(new URL('localhost-test-only.cert.pem', TLS_DIR), 'utf8'),
  key: readFileSync(new URL('localhost-test-only.key.pem', TLS_DIR), 'utf8'),
};

/** A browser's side of a subscription (RFC 8291 §2): its ECDH P-256 key pair and auth secret. */
export interface BrowserSubscription {
  endpoint: string;
  /** `PushSubscription.toJSON()` as text, what the app sends at registration. */
  json: string;
  privateKey: Buffer;
  publicKey: Buffer;
  auth: Buffer;
}

export function browserSubscription(endpoint: string): BrowserSubscription {
  const ecdh = createECDH('prime256v1');
  const publicKey = ecdh.generateKeys();
  const auth = randomBytes(16);
  const json = JSON.stringify({
    endpoint,
    expirationTime: null,
    keys: { p256dh: publicKey.toString('base64url'), auth: auth.toString('base64url') },
  });
  return { endpoint, json, privateKey: ecdh.getPrivateKey(), publicKey, auth };
}

const info = (label: string): Buffer => Buffer.concat([Buffer.from(label, 'latin1'), Buffer.from([0])]);

/**
 * Decrypts an `aes128gcm` Web Push message as the browser does: RFC 8188 §2.1 header (salt,
 * record size, key id = the sender's ephemeral public key), RFC 8291 §3.3–3.4 keys, one record
 * (RFC 8188 §2: the last one's padding delimiter is 0x02).
 */
export function decryptPushMessage(body: Buffer, subscription: BrowserSubscription): string {
  const salt = body.subarray(0, 16);
  const recordSize = body.readUInt32BE(16);
  const idLength = body[20]!;
  const senderPublicKey = body.subarray(21, 21 + idLength);
  const record = body.subarray(21 + idLength);
  if (idLength !== 65) throw new Error(`key id of ${idLength} bytes, not a P-256 point`);
  if (record.length > recordSize) throw new Error('more than one record');

  const ecdh = createECDH('prime256v1');
  ecdh.setPrivateKey(subscription.privateKey);
  const ecdhSecret = ecdh.computeSecret(senderPublicKey);
  // RFC 8291 §3.4: IKM = HKDF(auth_secret, ecdh_secret, "WebPush: info" || 0x00 || ua_public || as_public, 32).
  const keyInfo = Buffer.concat([info('WebPush: info'), subscription.publicKey, senderPublicKey]);
  const ikm = Buffer.from(hkdfSync('sha256', ecdhSecret, subscription.auth, keyInfo, 32));
  // RFC 8188 §2.2–2.3: CEK and NONCE from the salt; the first record's nonce is NONCE itself.
  const cek = Buffer.from(hkdfSync('sha256', ikm, salt, info('Content-Encoding: aes128gcm'), 16));
  const nonce = Buffer.from(hkdfSync('sha256', ikm, salt, info('Content-Encoding: nonce'), 12));

  const decipher = createDecipheriv('aes-128-gcm', cek, nonce);
  decipher.setAuthTag(record.subarray(record.length - 16));
  const padded = Buffer.concat([decipher.update(record.subarray(0, record.length - 16)), decipher.final()]);
  let end = padded.length - 1;
  while (end >= 0 && padded[end] === 0) end--;
  if (padded[end] !== 0x02) throw new Error('not the last record: no 0x02 padding delimiter');
  return padded.subarray(0, end).toString('utf8');
}

export interface PushRequest {
  method: string;
  path: string;
  headers: Record<string, string | string[] | undefined>;
  body: Buffer;
}

/** A push service (RFC 8030 §5) on 127.0.0.1 over TLS, answering `status` to every request. */
export interface FakePushService {
  origin: string;
  /** An endpoint of this service, e.g. https://127.0.0.1:41234/push/abc. */
  endpoint(id: string): string;
  requests: PushRequest[];
  status: number;
  /** TLS that trusts this service's certificate, for the sender. */
  agent: Agent;
  close(): Promise<void>;
}

export async function startFakePushService(): Promise<FakePushService> {
  const server: Server = createServer({ key: TLS.key, cert: TLS.cert });
  const service: FakePushService = {
    origin: '',
    endpoint: (id) => `${service.origin}/push/${id}`,
    requests: [],
    status: 201,
    agent: new Agent({ ca: TLS.cert, keepAlive: false }),
    close: () =>
      new Promise((resolve) => {
        service.agent.destroy();
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
  server.on('request', (request, response) => {
    const chunks: Buffer[] = [];
    request.on('data', (chunk: Buffer) => chunks.push(chunk));
    request.on('end', () => {
      service.requests.push({
        method: request.method ?? '',
        path: request.url ?? '',
        headers: request.headers,
        body: Buffer.concat(chunks),
      });
      response.statusCode = service.status;
      response.end();
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  service.origin = `https://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return service;
}

export interface VapidClaims {
  aud: string;
  exp: number;
  sub: string;
}

/**
 * RFC 8292 §3: `Authorization: vapid t=<JWT>, k=<public key>`. Checks the ES256 signature of
 * the JWT with `k` (§2: JWS with ECDSA P-256 SHA-256) and returns its claims and `k`.
 */
export async function verifyVapidAuthorization(header: string): Promise<{ claims: VapidClaims; key: string }> {
  const match = /^vapid t=([A-Za-z0-9_-]+\.[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+), k=([A-Za-z0-9_-]+)$/.exec(header);
  if (!match) throw new Error(`not a VAPID authorization: ${header}`);
  const [jwt, key] = [match[1]!, match[2]!];
  const [encodedHeader, encodedClaims, signature] = jwt.split('.') as [string, string, string];
  const jose = JSON.parse(Buffer.from(encodedHeader, 'base64url').toString('utf8')) as { alg?: string };
  if (jose.alg !== 'ES256') throw new Error(`JWT alg ${jose.alg}, not ES256`);
  const publicKey = await crypto.subtle.importKey(
    'raw',
    Buffer.from(key, 'base64url'),
    { name: 'ECDSA', namedCurve: 'P-256' },
    false,
    ['verify'],
  );
  const valid = await crypto.subtle.verify(
    { name: 'ECDSA', hash: 'SHA-256' },
    publicKey,
    Buffer.from(signature, 'base64url'),
    Buffer.from(`${encodedHeader}.${encodedClaims}`, 'ascii'),
  );
  if (!valid) throw new Error('the VAPID JWT signature does not verify with k');
  const claims = JSON.parse(Buffer.from(encodedClaims, 'base64url').toString('utf8')) as VapidClaims;
  return { claims, key };
}
