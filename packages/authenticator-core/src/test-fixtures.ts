/** Shared set-up for the tests. Not exported by the package. */
import { generateEs256KeyPair, signCanonical, verifyCanonical } from '@sesame/protocol';
import { describe, expect, it } from 'vitest';
import { FakeDeviceServer } from '../testing/fake-device-server';
import { Authenticator } from './authenticator/authenticator';
import { type AuthenticatorErrorCode, isAuthenticatorError } from './errors';
import type { DeviceApi } from './ports/device-api';
import type { KeyValueStore } from './ports/key-value-store';
import { MemoryStore } from './storage/memory-store';

export const NOW = 1_750_000_000;
export const PIN = '1234';
export const ACCOUNT = 'n0025vuz';

export function manualClock(start = NOW) {
  let seconds = start;
  return {
    now: () => new Date(seconds * 1000),
    advance: (by: number) => {
      seconds += by;
    },
  };
}

/** A fake server and an initialised device talking to it in memory; `wrapApi` lets a test tamper with the channel. */
export async function setup(wrapApi: (api: DeviceApi) => DeviceApi = (api) => api) {
  const clock = manualClock();
  const server = await FakeDeviceServer.create('https://sesame.example.org', clock);
  const store = new MemoryStore();
  const api = wrapApi(server.api);
  const device = new Authenticator({ store, clock, deviceApi: () => api });
  await device.initialise();
  return { clock, server, store, device };
}

/** The same, with the account enrolled under PIN. */
export async function enrolled(wrapApi?: (api: DeviceApi) => DeviceApi) {
  const context = await setup(wrapApi);
  const account = await context.device.enrol(context.server.enrolmentQr(ACCOUNT, PIN), PIN);
  return { ...context, account };
}

export async function expectAuthenticatorError(run: Promise<unknown>, code: AuthenticatorErrorCode): Promise<void> {
  await expect(run).rejects.toSatisfy((error) => isAuthenticatorError(error, code));
}

/**
 * What every KeyValueStore must do (one conformance suite, every backend): absent keys, values
 * with bytes and the device key nested in them, overwrite, delete.
 */
export function keyValueStoreConformance(name: string, makeStore: () => Promise<KeyValueStore>): void {
  describe(`${name} (KeyValueStore conformance)`, () => {
    it('stores structured values with bytes and a device key, overwrites and deletes', async () => {
      const store = await makeStore();
      expect(await store.get('accounts')).toBeUndefined();
      const keys = await generateEs256KeyPair(!store.keepsNonExtractableKeys);
      const bytes = crypto.getRandomValues(new Uint8Array(32));
      await store.set('accounts', [{ id: 'a', n: 1, secret: { salt: bytes }, deviceKey: keys.privateKey }]);
      await store.set('installation', { installationId: 'x' });
      const [read] =
        (await store.get<Array<{ id: string; n: number; secret: { salt: Uint8Array }; deviceKey: CryptoKey }>>(
          'accounts',
        ))!;
      expect(read).toMatchObject({ id: 'a', n: 1 });
      expect(read!.secret.salt).toEqual(bytes);
      const signature = await signCanonical(read!.deviceKey, ['probe']);
      expect(await verifyCanonical(keys.publicKey, ['probe'], signature)).toBe(true);
      await store.set('installation', { installationId: 'y' });
      expect(await store.get('installation')).toEqual({ installationId: 'y' });
      await store.delete('installation');
      expect(await store.get('installation')).toBeUndefined();
      expect(await store.get('accounts')).toBeDefined();
    });
  });
}
