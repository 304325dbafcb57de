import type { Clock } from '../ports/clock';
import type { DeviceApi } from '../ports/device-api';
import type { KeyValueStore } from '../ports/key-value-store';

/** The ports every operation gets. */
export interface AuthenticatorContext {
  readonly store: KeyValueStore;
  /** The device API of the server at this base URL (each account may live on another server). */
  readonly deviceApi: (server: string) => DeviceApi;
  readonly clock: Clock;
}

export function epochSeconds(date: Date): number {
  return Math.floor(date.getTime() / 1000);
}
