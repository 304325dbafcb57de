import { createHash, timingSafeEqual } from 'node:crypto';
import { readFileSync } from 'node:fs';
import type { SesameConfig } from '../config/config-schema';
import { ConfigError } from '../config/load-config';

/** As the schema asks of `metrics.token`: long enough not to be guessed. */
const MIN_TOKEN_LENGTH = 32;

/**
 * The bearer token that opens /metrics on the main port: `metrics.token`, or the content of
 * `metrics.tokenFile` (a mounted secret, trailing newline ignored). Undefined: no token, and the
 * main port does not serve metrics at all (ADR 0012).
 */
export function metricsToken(config: Pick<SesameConfig, 'metrics'>): string | undefined {
  const { token, tokenFile } = config.metrics;
  if (token !== undefined && tokenFile !== undefined)
    throw new ConfigError('metrics.token and metrics.tokenFile: set one of them, not both.');
  if (tokenFile === undefined) return token;
  let content: string;
  try {
    content = readFileSync(tokenFile, 'utf8').trim();
  } catch (error) {
    throw new ConfigError(`cannot read metrics.tokenFile=${tokenFile}: ${(error as Error).message}`);
  }
  if (content.length < MIN_TOKEN_LENGTH)
    throw new ConfigError(
      `metrics.tokenFile=${tokenFile}: the token must have at least ${MIN_TOKEN_LENGTH} characters.`,
    );
  return content;
}

const digest = (value: string) => createHash('sha256').update(value, 'utf8').digest();

/**
 * Whether an Authorization header carries `Bearer <token>` (RFC 6750 §2.1). Compared in constant
 * time over SHA-256 digests, so neither the content nor the length of the token leaks by timing.
 */
export function bearerMatches(authorization: string | undefined, token: string): boolean {
  const match = /^Bearer +(\S+) *$/i.exec(authorization ?? '');
  const presented = match?.[1] ?? '';
  return timingSafeEqual(digest(presented), digest(token)) && presented.length > 0;
}

/** `host:port` of `metrics.listen` (the schema checked its shape), IPv6 brackets removed. */
export function parseListenAddress(listen: string): { host: string; port: number } {
  const colon = listen.lastIndexOf(':');
  const host = listen.slice(0, colon).replace(/^\[(.*)\]$/, '$1');
  return { host, port: Number(listen.slice(colon + 1)) };
}

/** Where Prometheus scrapes this node, for the start-up banner. */
export function metricsWhere(config: SesameConfig): string {
  const base = config.publicUrl.replace(/\/$/, '');
  const places = [
    ...(config.metrics.listen ? [`http://${config.metrics.listen}/metrics`] : []),
    ...(config.metrics.token || config.metrics.tokenFile ? [`${base}/metrics (bearer token)`] : []),
  ];
  return places.join('  ') || 'off (set metrics.token or metrics.listen)';
}
