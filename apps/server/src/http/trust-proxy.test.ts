import { afterEach, describe, expect, it } from 'vitest';
import { createTestPortal, type TestPortal } from '../../test/test-portal';
import { ConfigError, loadConfig } from '../config/load-config';
import { fastifyTrustProxy } from './trust-proxy';

const trustProxyOf = (value: string) => loadConfig({ SESAME_TRUST_PROXY: value }).trustProxy;

describe('trustProxy configuration', () => {
  it('trusts no proxy by default', () => {
    expect(loadConfig({}).trustProxy).toBe(false);
  });

  it('reads false, true, a hop count and a list of addresses or CIDR ranges', () => {
    expect(trustProxyOf('false')).toBe(false);
    expect(trustProxyOf('0')).toBe(false);
    expect(trustProxyOf('true')).toBe(true);
    expect(trustProxyOf('2')).toBe(2);
    expect(trustProxyOf('10.0.0.5, 192.168.0.0/16,fd00::/8, loopback')).toEqual([
      '10.0.0.5',
      '192.168.0.0/16',
      'fd00::/8',
      'loopback',
    ]);
    expect(loadConfig({}, { trustProxy: ['10.0.0.5', '10.0.1.0/24'] }).trustProxy).toEqual(['10.0.0.5', '10.0.1.0/24']);
    expect(loadConfig({}, { trustProxy: 1 }).trustProxy).toBe(1);
  });

  it('refuses what is not an address or a range, naming it', () => {
    for (const wrong of ['proxy.example.org', '10.0.0.0/33', '10.0.0.1/8/1', 'yes'])
      expect(() => trustProxyOf(wrong)).toThrow(ConfigError);
    expect(() => trustProxyOf('10.0.0.1, nope')).toThrow(/nope/);
  });

  it('gives Fastify a function trusting the n nearest hops for a hop count', () => {
    const trust = fastifyTrustProxy(2) as (address: string, hop: number) => boolean;
    expect([0, 1, 2].map((hop) => trust('192.0.2.1', hop))).toEqual([true, true, false]);
    expect(fastifyTrustProxy(false)).toBe(false);
    expect(fastifyTrustProxy(['10.0.0.5'])).toEqual(['10.0.0.5']);
  });
});

describe('trustProxy and the OpenID provider', () => {
  let portal: TestPortal | undefined;
  afterEach(async () => {
    await portal?.close();
    portal = undefined;
  });

  it('serves the provider behind a listed proxy, from the proxy and from elsewhere', async () => {
    portal = await createTestPortal({ config: { trustProxy: '127.0.0.1' } });
    const headers = { 'x-forwarded-for': '192.0.2.10', 'x-forwarded-proto': 'https' };
    const url = '/oidc/.well-known/openid-configuration';
    for (const remoteAddress of ['127.0.0.1', '198.51.100.7']) {
      const response = await portal.app.inject({ method: 'GET', url, headers, remoteAddress });
      expect(response.statusCode).toBe(200);
      expect(response.json<{ issuer: string }>().issuer).toBe(`${portal.baseUrl}/oidc`);
    }
  });
});
