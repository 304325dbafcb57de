import { describe, expect, it } from 'vitest';
import { bulletinConfigFromEnv, DemoRpConfigError, demoRpConfig, demoRpConfigFromEnv } from './demo-rp-config';

const relyingApps = new URL('../../../config/demo-relying-apps.json', import.meta.url).pathname;

describe('demo app configuration', () => {
  it('defaults fit npm run dev, and the OIDC client comes from the relying apps Sésame registers', () => {
    const config = demoRpConfigFromEnv({ SESAME_RELYING_APPS: relyingApps });
    expect(config).toMatchObject({
      publicUrl: 'http://localhost:8081',
      sesameUrl: 'http://localhost:8080',
      // "TRACES NT (démo)" requires MEDIUM, like TRACES NT (issue 11 point 4).
      edition: 'traces',
      authenticationLevel: 'MEDIUM',
      cas: { flavour: 'eulogin', acceptStrengths: [] },
      oidc: { clientId: 'traces-demo', scope: 'openid profile email' },
      defaultLocale: 'fr',
    });
    expect(config.oidc.clientSecret.length).toBeGreaterThanOrEqual(32);
  });

  it('"Bulletin sanitaire (démo)" beside it: BASIC, its own client and URL, each home offering the other', () => {
    const env = { SESAME_RELYING_APPS: relyingApps, DEMO_RP_BULLETIN_PUBLIC_URL: 'http://localhost:8082' };
    const traces = demoRpConfigFromEnv(env);
    const bulletin = bulletinConfigFromEnv(env, traces);
    expect(bulletin).toMatchObject({
      edition: 'bulletin',
      authenticationLevel: 'BASIC',
      publicUrl: 'http://localhost:8082',
      otherEntryUrl: 'http://localhost:8081',
      oidc: { clientId: 'bulletin-demo' },
    });
    expect(traces.otherEntryUrl).toBe('http://localhost:8082');
    expect(() =>
      demoRpConfig({ otherEntryUrl: 'javascript:alert(1)', oidc: { clientId: 'a', clientSecret: 'b' } }),
    ).toThrow(/otherEntryUrl/);
  });

  it('reads the level, strengths and URLs from the environment', () => {
    const config = demoRpConfigFromEnv({
      SESAME_RELYING_APPS: relyingApps,
      SESAME_URL: 'https://sesame.example.org/',
      DEMO_RP_PUBLIC_URL: 'https://traces-demo.example.org',
      DEMO_RP_AUTHENTICATION_LEVEL: 'MEDIUM',
      DEMO_RP_ACCEPT_STRENGTHS: 'PASSWORD_MOBILE_APP, PASSWORD_SOFTWARE_TOKEN',
      DEMO_RP_CAS_FLAVOUR: 'cas',
    });
    expect(config.sesameUrl).toBe('https://sesame.example.org');
    expect(config.authenticationLevel).toBe('MEDIUM');
    expect(config.cas).toEqual({ flavour: 'cas', acceptStrengths: ['PASSWORD_MOBILE_APP', 'PASSWORD_SOFTWARE_TOKEN'] });
  });

  it('refuses what cannot work', () => {
    const env = { SESAME_RELYING_APPS: relyingApps };
    expect(() => demoRpConfigFromEnv({ ...env, DEMO_RP_AUTHENTICATION_LEVEL: 'TOP' })).toThrow(DemoRpConfigError);
    expect(() => demoRpConfigFromEnv({ ...env, DEMO_RP_ACCEPT_STRENGTHS: 'PASSWORD,STRONGEST' })).toThrow(/STRONGEST/);
    expect(() => demoRpConfigFromEnv({ SESAME_RELYING_APPS: '/nonexistent.json' })).toThrow(/cannot read/);
    expect(() => demoRpConfig({ sesameUrl: 'ftp://x', oidc: { clientId: 'a', clientSecret: 'b' } })).toThrow(
      /sesameUrl/,
    );
  });
});
