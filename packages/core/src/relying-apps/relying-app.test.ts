import { fitRelyingAppName, RELYING_APP_NAME_MAX_BYTES } from '@sesame/protocol';
import { describe, expect, it } from 'vitest';
import { RELYING_APP_NAME_MAX_LENGTH } from './relying-app';
import { ServiceRegistry } from './service-registry';

/** Issue #10 finding 4: what the configuration accepts as a name, the device challenges can carry. */
describe('relying application names', () => {
  it('accepts a name up to the configuration limit, whatever its bytes; the challenges carry it cut', () => {
    for (const name of ['x'.repeat(RELYING_APP_NAME_MAX_LENGTH), '中'.repeat(RELYING_APP_NAME_MAX_LENGTH)]) {
      const registry = ServiceRegistry.from([{ id: 'long', name }]);
      expect(registry.byId('long')?.name).toBe(name);
      expect(new TextEncoder().encode(fitRelyingAppName(name)).length).toBeLessThanOrEqual(RELYING_APP_NAME_MAX_BYTES);
    }
    expect(() => ServiceRegistry.from([{ id: 'long', name: 'x'.repeat(RELYING_APP_NAME_MAX_LENGTH + 1) }])).toThrow(
      /relying app "long": name:/,
    );
  });

  it.each([
    ['a control character', 'TRACES\tNT'],
    ['a bidi override', 'TRACES \u202Etnemyap'],
    ['a space at an end', 'TRACES NT '],
  ])('stops the start on a name the app could never show (%s), naming the application', (_why, name) => {
    expect(() => ServiceRegistry.from([{ id: 'traces', name }])).toThrow(
      `relying app "traces": name: the name is shown by the Sésame app as it is, cut to ${RELYING_APP_NAME_MAX_BYTES} bytes`,
    );
  });
});

/** Issue 14 point 6 (docs/adr/0037): who may be an admin API client. */
describe('admin API clients', () => {
  const app = (oidc: object) => [{ id: 'hr', name: 'HR', oidc: { clientId: 'hr', ...oidc } }];
  const adminApi = { scopes: ['sesame:scim'], roles: [{ role: 'local_manager', organisation: 'ddpp-35' }] };
  const secret = 's'.repeat(32);

  it('needs a confidential client with the client-credentials grant', () => {
    expect(
      ServiceRegistry.from(app({ clientSecret: secret, grantTypes: ['client_credentials'], adminApi })).byClientId('hr')
        ?.oidc?.adminApi,
    ).toMatchObject(adminApi);
    expect(() => ServiceRegistry.from(app({ grantTypes: ['client_credentials'], adminApi }))).toThrow(/adminApi/);
    expect(() => ServiceRegistry.from(app({ clientSecret: secret, adminApi }))).toThrow(/adminApi/);
  });

  it('refuses an administrator anywhere but the root, an unknown scope or role, no role at all', () => {
    const cc = { clientSecret: secret, grantTypes: ['client_credentials'] };
    for (const bad of [
      { ...adminApi, roles: [{ role: 'administrator', organisation: 'ddpp-35' }] },
      { ...adminApi, roles: [{ role: 'owner', organisation: 'ddpp-35' }] },
      { ...adminApi, roles: [] },
      { ...adminApi, scopes: ['sesame:everything'] },
      { ...adminApi, scopes: [] },
    ]) {
      expect(() => ServiceRegistry.from(app({ ...cc, adminApi: bad }))).toThrow(/relying app "hr"/);
    }
    expect(
      ServiceRegistry.from(
        app({ ...cc, adminApi: { ...adminApi, roles: [{ role: 'administrator', organisation: 'root' }] } }),
      ),
    ).toBeTruthy();
  });
});
