import type { FastifyServerOptions } from 'fastify';
import type { SesameConfig } from '../config/config-schema';

/**
 * Fastify's `trustProxy` for the configured trusted proxies (docs/adr/0010). A list goes to
 * proxy-addr as it is: X-Forwarded-For is read from the right, hop by hop, only while the hop
 * that added an entry is a listed proxy, so a client cannot choose its own address. A hop count
 * becomes proxy-addr's "trust the n nearest hops" (this Fastify refuses a bare number): safe only
 * where nothing but the proxy reaches the server.
 */
export function fastifyTrustProxy(trust: SesameConfig['trustProxy']): FastifyServerOptions['trustProxy'] {
  if (typeof trust === 'number') return (_address: string, hop: number) => hop < trust;
  return trust;
}
