import type { z } from 'zod';
import { EVICTABLE, type EphemeralStore } from '../ports';
import { randomToken, tokenDigest } from '../security/random-token';
import { v1LoginTransactionSchema, type v1SecondFactorSchema } from '../sign-in/state-schema';

export type { LoginTarget } from '../sign-in/target';

/**
 * v1 of the browser's sign-in (docs/adr/0026 §1.1). Its schema now lives with the v2 reader
 * (sign-in/state-schema.ts); this class stays for the server routes not yet on the engine and is
 * deleted with them (issue 12).
 */
const loginTransaction = v1LoginTransactionSchema;
export type PendingSecondFactor = z.infer<typeof v1SecondFactorSchema>;
export type LoginTransaction = z.infer<typeof v1LoginTransactionSchema>;

export const LOGIN_TRANSACTION_TTL_MS = 30 * 60_000;

export class LoginTransactions {
  constructor(private readonly store: EphemeralStore) {}

  private async key(id: string) {
    return `ltx:${tokenDigest(id)}`;
  }

  async save(id: string | undefined, data: LoginTransaction): Promise<string> {
    const handle = id && id.length <= 100 ? id : randomToken();
    // Lost at the memory store's cap, the sign-in starts again (docs/adr/0021).
    await this.store.set(await this.key(handle), JSON.stringify(data), LOGIN_TRANSACTION_TTL_MS, EVICTABLE);
    return handle;
  }

  async load(id: string | undefined): Promise<LoginTransaction | null> {
    if (!id || id.length > 100) return null;
    const raw = await this.store.get(await this.key(id));
    if (raw === null) return null;
    const parsed = loginTransaction.safeParse(JSON.parse(raw));
    return parsed.success ? parsed.data : null;
  }

  async end(id: string | undefined): Promise<void> {
    if (id && id.length <= 100) await this.store.delete(await this.key(id));
  }
}
