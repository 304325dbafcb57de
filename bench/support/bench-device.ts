import { Authenticator, createFetchDeviceApi, type DeviceApi, MemoryStore } from '@sesame/authenticator-core';
import { parsePushChallenge, parsePushNotice } from '@sesame/protocol';
import { EventStreamReader, type StampedEvent } from './event-stream-reader';

const EVENTS_PATH = '/device/v1/events';

/** When the last push answer left this device and when the server's verdict came back. */
export interface AnswerTimes {
  sentAt: number;
  answeredAt: number;
}

/**
 * A Sésame app for load: authenticator-core's Authenticator on a MemoryStore (what the CLI runs,
 * without its JSON file), plus the open app's event stream GET /device/v1/events held by the
 * Authenticator's own `listen`, as the PWA holds it; only the stream's transport is the bench's.
 */
export class BenchDevice {
  readonly store = new MemoryStore();
  readonly authenticator: Authenticator;
  /** Set by each push answer sent through this device's API (stamped with performance.now()). */
  lastAnswer: AnswerTimes | null = null;
  #subscribed: (() => void) | undefined;

  private constructor() {
    this.authenticator = new Authenticator({ store: this.store, deviceApi: (server) => this.#api(server) });
  }

  static async create(): Promise<BenchDevice> {
    const device = new BenchDevice();
    await device.authenticator.initialise();
    return device;
  }

  /**
   * The open app's event stream, as the Sésame app holds it: the Authenticator's `listen` over
   * the server's GET /device/v1/events?with=challenge, each notice's challenge remembered by the
   * Authenticator (`remembered()`, then `approve` without fetching it); resolves once subscribed.
   */
  async openEvents(): Promise<NoticeStream> {
    const stop = new AbortController();
    const notices: StampedEvent[] = [];
    const waiters = new Set<() => void>();
    const subscribed = new Promise<void>((resolve) => (this.#subscribed = resolve));
    void this.authenticator.listen((notice) => {
      notices.push({ event: notice.type, data: JSON.stringify(notice), at: performance.now() });
      for (const wake of waiters) wake();
    }, stop.signal);
    await subscribed;
    return {
      next: (event, timeoutMs = 30_000) =>
        new Promise((resolve, reject) => {
          const check = () => {
            const index = notices.findIndex((n) => n.event === event);
            if (index < 0) return;
            done();
            resolve(notices.splice(index, 1)[0]!);
          };
          const done = () => {
            clearTimeout(timer);
            waiters.delete(check);
          };
          const timer = setTimeout(() => {
            done();
            reject(new Error(`no "${event}" event within ${timeoutMs} ms`));
          }, timeoutMs);
          waiters.add(check);
          check();
        }),
      close: () => stop.abort(),
    };
  }

  /**
   * The device API's event stream read with node:http (support/event-stream-reader.ts says why
   * not fetch): each push-notice with the push-challenge the server sent just before it.
   */
  async #events(server: string, ...[proof, onNotice, signal]: Parameters<NonNullable<DeviceApi['events']>>) {
    const reader = new EventStreamReader(new URL(`${EVENTS_PATH}?with=challenge`, server).href, {
      authorization: `SesameDevice ${proof.deviceId}.${proof.issuedAt}.${proof.signature}`,
    });
    const close = () => reader.close();
    signal.addEventListener('abort', close, { once: true });
    try {
      await reader.opened;
      this.#subscribed?.();
      for (;;) {
        const notice = parsePushNotice(JSON.parse((await reader.next('push-notice', () => true, 2 ** 31 - 1)).data));
        const carried = await reader
          .next('push-challenge', (data) => data.includes(`"${notice.challengeId}"`), 0)
          .catch(() => undefined);
        onNotice(notice, carried && parsePushChallenge(JSON.parse(carried.data)));
      }
    } catch {
      // Closed, or ended by the server: listen opens it again unless stopped.
    } finally {
      signal.removeEventListener('abort', close);
      reader.close();
    }
  }

  /** The fetch device API, with the push answer's departure and return stamped. */
  #api(server: string): DeviceApi {
    const api = createFetchDeviceApi(server);
    return {
      ...api,
      events: (...args) => this.#events(server, ...args),
      answer: async (answer) => {
        const sentAt = performance.now();
        const verdict = await api.answer(answer);
        this.lastAnswer = { sentAt, answeredAt: performance.now() };
        return verdict;
      },
    };
  }
}

/** The open app's notices, as support/event-stream-reader.ts reads a stream (`at`: when heard). */
export interface NoticeStream {
  next(event: 'push-notice', timeoutMs?: number): Promise<StampedEvent>;
  close(): void;
}
