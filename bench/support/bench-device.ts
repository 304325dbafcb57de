import { Authenticator, createFetchDeviceApi, type DeviceApi, MemoryStore } from '@sesame/authenticator-core';
import { signDeviceRequest } from '@sesame/protocol';
import { EventStreamReader } from './event-stream-reader';

const EVENTS_PATH = '/device/v1/events';

/** When the last push answer left this device and when the server's verdict came back. */
export interface AnswerTimes {
  sentAt: number;
  answeredAt: number;
}

/**
 * A Sésame app for load: authenticator-core's Authenticator on a MemoryStore (what the CLI runs,
 * without its JSON file), plus the open app's event stream GET /device/v1/events. The
 * Authenticator has no verb for that stream yet, so `openEvents` signs the request itself, like
 * authenticator/challenges.ts signs GET /device/v1/challenges, with the device key the
 * Authenticator stored: it reads the store's `accounts` record (authenticator/state.ts), the
 * one internal of the package this bench relies on.
 */
export class BenchDevice {
  readonly store = new MemoryStore();
  readonly authenticator: Authenticator;
  /** Set by each push answer sent through this device's API (stamped with performance.now()). */
  lastAnswer: AnswerTimes | null = null;

  private constructor() {
    this.authenticator = new Authenticator({ store: this.store, deviceApi: (server) => this.#api(server) });
  }

  static async create(): Promise<BenchDevice> {
    const device = new BenchDevice();
    await device.authenticator.initialise();
    return device;
  }

  /** The open app's stream of push notices from the server it enrolled with; resolves once subscribed. */
  async openEvents(): Promise<EventStreamReader> {
    const [account] = (await this.store.get<StoredAccount[]>('accounts')) ?? [];
    if (!account) throw new Error('the device is not enrolled');
    const proof = await signDeviceRequest(account.deviceKey, {
      method: 'GET',
      path: EVENTS_PATH,
      deviceId: account.deviceId,
      now: new Date(),
    });
    const reader = new EventStreamReader(new URL(EVENTS_PATH, account.server).href, {
      authorization: `SesameDevice ${proof.deviceId}.${proof.issuedAt}.${proof.signature}`,
    });
    await reader.opened;
    return reader;
  }

  /** The fetch device API, with the push answer's departure and return stamped. */
  #api(server: string): DeviceApi {
    const api = createFetchDeviceApi(server);
    return {
      ...api,
      answer: async (answer) => {
        const sentAt = performance.now();
        const verdict = await api.answer(answer);
        this.lastAnswer = { sentAt, answeredAt: performance.now() };
        return verdict;
      },
    };
  }
}

/** The fields of authenticator-core's AccountRecord (state.ts) that sign a device request. */
interface StoredAccount {
  deviceId: string;
  server: string;
  deviceKey: CryptoKey;
}
