import { describe, expect, it } from 'vitest';
import { ServiceRegistry } from '../relying-apps/service-registry';
import { casAppFor, proxyCallbackAllowed, withQueryParameters, withTicket } from './service-url';

describe('withTicket (CAS 3.0 §2.2.4)', () => {
  it.each([
    ['https://app.example.org/cas', 'https://app.example.org/cas?ticket=ST-1'],
    ['https://app.example.org/cas?', 'https://app.example.org/cas?ticket=ST-1'],
    ['https://app.example.org/cas?a=1', 'https://app.example.org/cas?a=1&ticket=ST-1'],
    ['https://app.example.org/cas?a=1&', 'https://app.example.org/cas?a=1&ticket=ST-1'],
    // The rest of the URL is kept byte for byte, and the fragment stays last.
    ['https://app.example.org/cas?b=%2F+x&a=1#top', 'https://app.example.org/cas?b=%2F+x&a=1&ticket=ST-1#top'],
    ['https://app.example.org/#/route', 'https://app.example.org/?ticket=ST-1#/route'],
  ])('%s → %s', (service, expected) => {
    expect(withTicket(service, 'ST-1')).toBe(expected);
  });

  it('encodes what it adds', () => {
    expect(withQueryParameters('https://a.example/', { pgtIou: 'a b&c' })).toBe('https://a.example/?pgtIou=a+b%26c');
  });
});

describe('casAppFor (CAS 3.0 §2.2.1: unregistered services are refused)', () => {
  const registry = ServiceRegistry.from([
    { id: 'app', name: 'App', cas: { services: ['https://app.example.org/*'] } },
    { id: 'oidc-only', name: 'OIDC', oidc: { clientId: 'x' } },
    { id: 'loose', name: 'Loose', cas: { services: ['^.*$'] } },
  ]);

  it('finds the application of a registered service', () => {
    expect(casAppFor(registry, 'https://app.example.org/cas')?.id).toBe('app');
  });

  it.each([
    undefined,
    '',
    'not a url',
    'https://app.example.org/\r\nSet-Cookie: x=1',
    'https://app.example.org/ space',
    'https://app.example.org/é',
    'javascript:alert(1)',
    'data:text/html,x',
  ])('refuses %j even where a pattern would match it', (service) => {
    expect(casAppFor(registry, service)?.id ?? null).toBeNull();
  });
});

describe('proxyCallbackAllowed (CAS 3.0 §2.5.4)', () => {
  const app = ServiceRegistry.from([
    {
      id: 'app',
      name: 'App',
      cas: {
        services: ['https://app.example.org/*'],
        proxyCallbacks: ['https://app.example.org/pgt*', 'http://app.example.org/plain'],
      },
    },
  ]).byId('app')!;

  it('accepts a registered https callback, with its own query string', () => {
    expect(proxyCallbackAllowed(app, 'https://app.example.org/pgt?x=1')).toBe(true);
  });

  it('refuses http even when registered, and anything not registered', () => {
    expect(proxyCallbackAllowed(app, 'http://app.example.org/plain')).toBe(false);
    expect(proxyCallbackAllowed(app, 'https://evil.example.org/pgt')).toBe(false);
  });
});

describe('service patterns cannot be fooled by the host', () => {
  const registry = ServiceRegistry.from([{ id: 'app', name: 'App', cas: { services: ['https://app.example.org/*'] } }]);

  it('refuses credentials in the service URL, which would change its host', () => {
    expect(casAppFor(registry, 'https://app.example.org/@evil.example/')?.id).toBe('app');
    expect(casAppFor(registry, 'https://app.example.org:x@evil.example/app.example.org/')).toBeUndefined();
    expect(casAppFor(registry, 'https://user@app.example.org/cb')).toBeUndefined();
  });

  it('refuses, at registration, a prefix pattern that does not end the host with "/"', () => {
    expect(() =>
      ServiceRegistry.from([{ id: 'app', name: 'App', cas: { services: ['https://app.example.org*'] } }]),
    ).toThrow(/after the host/);
    expect(() =>
      ServiceRegistry.from([{ id: 'app', name: 'App', cas: { services: ['https://app.example.org:8443/*'] } }]),
    ).not.toThrow();
  });

  it('does not match a host that only starts like the registered one', () => {
    expect(casAppFor(registry, 'https://app.example.org.evil.example/cb')).toBeUndefined();
  });
});
