import type { PushChallenge } from '@sesame/protocol';
import type { Clock } from '../ports/clock';
import type { DeviceApi } from '../ports/device-api';
import type { KeyValueStore } from '../ports/key-value-store';

/** The ports every operation gets. */
export interface AuthenticatorContext {
  readonly store: KeyValueStore;
  /** The device API of the server at this base URL (each account may live on another server). */
  readonly deviceApi: (server: string) => DeviceApi;
  readonly clock: Clock;
  /**
   * The live challenges this app fetched from its servers and has not answered yet, by challenge
   * id, with the device they were fetched for: what the user was shown is what `approve` and
   * `refuse` sign, without asking the server for it again (challenges.ts, findChallenge).
   */
  readonly shown: Map<string, { deviceId: string; challenge: PushChallenge }>;
}

export function epochSeconds(date: Date): number {
  return Math.floor(date.getTime() / 1000);
}
