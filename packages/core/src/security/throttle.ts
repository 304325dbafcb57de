import { SesameError } from '../errors';
import type { EphemeralStore } from '../ports';
import { tokenDigest } from './random-token';

/**
 * A fixed-window request limit on the ephemeral store (shared by every node): past `limit`
 * hits of one key within `windowMs`, TOO_MANY_REQUESTS with the time to wait. Keys are
 * digested, so no address or IP is stored in clear. Protects mailboxes and the store from
 * floods of anonymous requests (OWASP ASVS 5.0 V2.4.1).
 */
export class Throttle {
  constructor(
    private readonly store: EphemeralStore,
    private readonly name: string,
    private readonly limit: number,
    private readonly windowMs: number,
  ) {}

  async hit(...keys: string[]): Promise<void> {
    for (const key of keys) {
      const count = await this.store.increment(`throttle:${this.name}:${tokenDigest(key)}`, this.windowMs);
      if (count > this.limit) {
        throw new SesameError('TOO_MANY_REQUESTS', { retryAfterSeconds: Math.ceil(this.windowMs / 1000) });
      }
    }
  }
}
