import { describe, expect, it } from 'vitest';
import { ConfigError, devOnlyWarnings, loadConfig } from './load-config';

describe('configuration', () => {
  it('has working defaults: the embedded SQLite, memory store and outbox', () => {
    const config = loadConfig({});
    expect(config.databaseUrl).toBe('sqlite:data/sesame.db');
    expect(config.redisUrl).toBeUndefined();
    expect(config.mail.smtpUrl).toBeUndefined();
    expect(config.signIn.lockMinutes).toBe(15);
    expect(config.password.argon2).toEqual({ memoryKiB: 19456, iterations: 2, parallelism: 1 });
  });

  it('reads environment variables, nested keys and booleans spelt false', () => {
    const config = loadConfig({
      PORT: '9000',
      DATABASE_URL: 'postgres://db/sesame',
      SMTP_URL: 'smtp://mail:25',
      SESAME_DEMO_ACCOUNTS: 'false',
      SESAME_DEV_PAGES: '1',
      SESAME_LOCK_MINUTES: '30',
    });
    expect(config.port).toBe(9000);
    expect(config.databaseUrl).toBe('postgres://db/sesame');
    expect(config.mail.smtpUrl).toBe('smtp://mail:25');
    expect(config.demoAccounts).toBe(false);
    expect(config.devPages).toBe(true);
    expect(config.signIn.lockMinutes).toBe(30);
  });

  it('refuses invalid values, naming the key', () => {
    expect(() => loadConfig({ PORT: 'eighty' })).toThrow(ConfigError);
    expect(() => loadConfig({ PORT: 'eighty' })).toThrow(/port/);
    expect(() => loadConfig({ SESAME_PASSWORD_MIN_LENGTH: '6' })).toThrow(/minLength/);
    expect(() => loadConfig({ SESAME_DEMO_ACCOUNTS: 'yes' })).toThrow(/demoAccounts/);
  });

  it('warns loudly about every development-only default', () => {
    const warnings = devOnlyWarnings(loadConfig({ SESAME_DEMO_ACCOUNTS: 'true', SESAME_DEV_PAGES: 'true' }));
    expect(warnings.join('\n')).toMatch(/REDIS_URL/);
    expect(warnings.join('\n')).toMatch(/SMTP_URL/);
    expect(warnings.join('\n')).toMatch(/SQLite/);
    expect(warnings.join('\n')).toMatch(/demo accounts/);
    expect(warnings.join('\n')).toMatch(/outbox/);
    const production = loadConfig({
      DATABASE_URL: 'postgres://db/sesame',
      REDIS_URL: 'redis://cache',
      SMTP_URL: 'smtp://mail',
      SESAME_PUBLIC_URL: 'https://login.example.org',
    });
    expect(devOnlyWarnings(production)).toEqual([]);
  });
});

describe('relying applications in the configuration (ADR 0011)', () => {
  const app = (name: string) => ({ id: 'traces', name, cas: { services: ['https://traces.example.eu/*'] } });

  it('accepts a name longer than the device protocol carries: the app shows it cut', () => {
    const name = 'Application de gestion des dossiers agricoles';
    expect(loadConfig({}, { relyingApps: [app(name)] }).relyingApps).toEqual([app(name)]);
  });

  it('stops on a name the Sésame app could never show, with one readable error naming the application', () => {
    const load = () => loadConfig({}, { relyingApps: [app('TRACES \u202Etnemyap')] });
    expect(load).toThrow(ConfigError);
    expect(load).toThrow(/relying app "traces": name: the name is shown by the Sésame app as it is, cut to 40 bytes/);
  });
});

describe('the organisation in the configuration (issue 11, point 5; ADR 0020)', () => {
  it('keeps Sésame’s own look by default', () => {
    expect(loadConfig({}).organisation).toEqual({ name: 'Sésame', support: {}, legalNotice: {}, privacy: {} });
  });

  it('stops on a colour that white text cannot be read on, giving the ratio and the rule', () => {
    const load = () => loadConfig({ SESAME_ORGANISATION_PRIMARY_COLOUR: '#ffcc00' });
    expect(load).toThrow(ConfigError);
    expect(load).toThrow(/contrast with white text is 1\.\d\d:1, below the 4\.5:1 of WCAG 2\.2 SC 1\.4\.3/);
    expect(load).toThrow(/at organisation\.primaryColour/);
    expect(() => loadConfig({ SESAME_ORGANISATION_PRIMARY_COLOUR: 'navy' })).toThrow(
      /#rrggbb[\s\S]*at organisation\.primaryColour/,
    );
    expect(loadConfig({ SESAME_ORGANISATION_PRIMARY_COLOUR: '#1d4ed8' }).organisation.primaryColour).toBe('#1d4ed8');
  });

  it('stops on a logo file that does not exist, naming the key and the file', () => {
    const load = () => loadConfig({ SESAME_ORGANISATION_LOGO_FILE: '/nonexistent/logo.svg' });
    expect(load).toThrow(ConfigError);
    expect(load).toThrow(/cannot read organisation\.logoFile=\/nonexistent\/logo\.svg/);
  });

  it('stops on an address that is not a web page, and on two legal notices at once', () => {
    expect(() => loadConfig({ SESAME_SUPPORT_URL: 'javascript:alert(1)' })).toThrow(
      /an http:\/\/ or https:\/\/ address[\s\S]*at organisation\.support\.url/,
    );
    expect(() => loadConfig({ SESAME_LEGAL_NOTICE_URL: 'not a url' })).toThrow(/organisation\.legalNotice\.url/);
    expect(() => loadConfig({ SESAME_SUPPORT_EMAIL: 'helpdesk' })).toThrow(/organisation\.support\.email/);
    expect(() => loadConfig({ SESAME_SUPPORT_PHONE: 'call us' })).toThrow(/organisation\.support\.phone/);
    expect(() =>
      loadConfig({}, { 'organisation.legalNotice': { text: 'Éditeur : DGAL', url: 'https://example.org/legal' } }),
    ).toThrow(/set one of text, file and url[\s\S]*at organisation\.legalNotice/);
  });
});

describe('the organisation tree in the configuration (docs/adr/0033)', () => {
  const tree = (organisations: unknown[], kinds?: unknown[]) => ({ organisationTree: { organisations, kinds } });

  it('takes organisations listed parents first, under the root by default', () => {
    const config = loadConfig(
      {},
      tree([
        { id: 'dgal', kind: 'ministry', name: 'DGAL' },
        { id: 'ddpp-35', parent: 'dgal', kind: 'departmental-service', name: 'DDPP 35' },
      ]),
    );
    expect(config.organisationTree.organisations).toEqual([
      { id: 'dgal', parent: 'root', kind: 'ministry', name: 'DGAL' },
      { id: 'ddpp-35', parent: 'dgal', kind: 'departmental-service', name: 'DDPP 35' },
    ]);
    expect(loadConfig({}).organisationTree).toEqual({ kinds: [], organisations: [] });
  });

  it('refuses a child before its parent, a repeated id, an unknown kind, a malformed id', () => {
    expect(() => loadConfig({}, tree([{ id: 'ddpp-35', parent: 'dgal', kind: 'ministry', name: 'x' }]))).toThrow(
      /organisationTree\.organisations\[0\]\.parent/,
    );
    expect(() =>
      loadConfig(
        {},
        tree([
          { id: 'dgal', kind: 'ministry', name: 'x' },
          { id: 'dgal', kind: 'ministry', name: 'y' },
        ]),
      ),
    ).toThrow(/listed twice/);
    expect(() => loadConfig({}, tree([{ id: 'root', kind: 'ministry', name: 'x' }]))).toThrow(/listed twice/);
    expect(() => loadConfig({}, tree([{ id: 'dgal', kind: 'agency', name: 'x' }]))).toThrow(/not one of the kinds/);
    expect(() => loadConfig({}, tree([{ id: 'DGAL_1', kind: 'ministry', name: 'x' }]))).toThrow(/lower-case/);
  });

  it('takes the configured kinds instead of the default ones', () => {
    const kinds = [{ id: 'agency', label: { fr: 'Agence', en: 'Agency' } }];
    expect(loadConfig({}, tree([{ id: 'a', kind: 'agency', name: 'A' }], kinds)).organisationTree.kinds).toEqual(kinds);
    expect(() => loadConfig({}, tree([{ id: 'a', kind: 'ministry', name: 'A' }], kinds))).toThrow(
      /not one of the kinds/,
    );
  });

  it('takes SMS sunsets per organisation, and refuses a malformed id or date (docs/adr/0034)', () => {
    const sms = (byOrganisation: unknown) => ({ 'sms.sunsetByOrganisation': byOrganisation });
    expect(loadConfig({}).sms.sunsetByOrganisation).toEqual({});
    expect(loadConfig({}, sms({ dgal: '2026-10-01', 'ddpp-35': '2027-03-01T12:00:00+01:00' })).sms).toMatchObject({
      sunsetByOrganisation: { dgal: '2026-10-01', 'ddpp-35': '2027-03-01T12:00:00+01:00' },
    });
    expect(() => loadConfig({}, sms({ DGAL: '2026-10-01' }))).toThrow(/sms\.sunsetByOrganisation/);
    expect(() => loadConfig({}, sms({ dgal: 'next spring' }))).toThrow(/a date \(2026-07-01\)/);
  });

  it('takes the toll-fraud settings: accepted calling codes (EU/EEA by default), hourly ceiling, per number (docs/adr/0059)', () => {
    const defaults = loadConfig({}).sms;
    expect(defaults).toMatchObject({ maxPerHour: 500, maxPerNumberPerDay: 10 });
    expect(defaults.allowedCountryCodes).toContain('33');
    expect(defaults.allowedCountryCodes).not.toContain('44');
    const env = loadConfig({
      SESAME_SMS_ALLOWED_COUNTRY_CODES: '33, +32,352',
      SESAME_SMS_MAX_PER_HOUR: '120',
      SESAME_SMS_MAX_PER_NUMBER_PER_DAY: '4',
    }).sms;
    expect(env).toMatchObject({ allowedCountryCodes: ['33', '32', '352'], maxPerHour: 120, maxPerNumberPerDay: 4 });
    expect(loadConfig({}, { 'sms.allowedCountryCodes': ['353', '+356'] }).sms.allowedCountryCodes).toEqual([
      '353',
      '356',
    ]);
    expect(() => loadConfig({ SESAME_SMS_ALLOWED_COUNTRY_CODES: '33,0044' })).toThrow(/sms\.allowedCountryCodes/);
    expect(() => loadConfig({ SESAME_SMS_ALLOWED_COUNTRY_CODES: ' ' })).toThrow(/sms\.allowedCountryCodes/);
    expect(() => loadConfig({ SESAME_SMS_MAX_PER_HOUR: '0' })).toThrow(/sms\.maxPerHour/);
  });
});

describe('eID providers (issue 15 point 1; docs/adr/0042)', () => {
  const provider = {
    id: 'franceconnect',
    label: 'FranceConnect',
    issuer: 'https://oidc.franceconnect.gouv.fr/api/v2',
    clientId: 'sesame',
    clientSecret: 'secret',
    levels: { eidas1: 'BASIC', eidas2: 'MEDIUM', eidas3: 'HIGH' },
  };
  const eid = (providers: unknown[], createAccounts?: boolean) => ({
    'eid.providers': providers,
    ...(createAccounts !== undefined ? { 'eid.createAccounts': createAccounts } : {}),
  });

  it('takes a provider with its level mapping; scopes default to openid, http refused unless allowed', () => {
    const config = loadConfig({}, eid([provider]));
    expect(config.eid.providers[0]).toMatchObject({ ...provider, scopes: ['openid'], allowHttp: false });
    expect(config.eid.createAccounts).toBe(false);
    expect(devOnlyWarnings(config).join('\n')).not.toMatch(/eID/);
    const http = loadConfig({}, eid([{ ...provider, issuer: 'http://127.0.0.1:9999', allowHttp: true }]));
    expect(devOnlyWarnings(http).join('\n')).toMatch(/eID provider franceconnect .*plain http/);
  });

  it('SEC-42: refuses an empty mapping, a level that is not ours, scopes without openid, two providers with one id', () => {
    expect(() => loadConfig({}, eid([{ ...provider, levels: {} }]))).toThrow(/at least one acr/);
    expect(() => loadConfig({}, eid([{ ...provider, levels: { eidas2: 'SUBSTANTIAL' } }]))).toThrow(/levels/);
    expect(() => loadConfig({}, eid([{ ...provider, scopes: ['profile'] }]))).toThrow(/openid/);
    expect(() => loadConfig({}, eid([provider, provider]))).toThrow(/same id/);
  });

  it('createAccounts (docs/adr/0047): the global switch is each provider’s default, a provider may say otherwise', () => {
    const on = loadConfig({}, eid([provider, { ...provider, id: 'other', createAccounts: false }], true));
    expect(on.eid.createAccounts).toBe(true);
    expect(on.eid.providers[0]?.createAccounts).toBeUndefined();
    expect(on.eid.providers[1]?.createAccounts).toBe(false);
    const own = loadConfig({}, eid([{ ...provider, createAccounts: true, organisation: 'Citizens' }]));
    expect(own.eid.providers[0]).toMatchObject({ createAccounts: true, organisation: 'Citizens' });
  });
});
