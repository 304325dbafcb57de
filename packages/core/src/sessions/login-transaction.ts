import { z } from 'zod';
import { EVICTABLE, type EphemeralStore } from '../ports';
import { randomToken, tokenDigest } from '../security/random-token';

import { loginTargetSchema as loginTarget } from '../sign-in/target';

export type { LoginTarget } from '../sign-in/target';

/**
 * Step 2 passed with a second factor chosen (design §4 step 3): the password was right (or,
 * "On mobile", the app replaces it), the session is not open yet. The second factor's proof
 * must come within `until`, on this browser's transaction; until then nothing is granted.
 */
const secondFactor = z.object({
  userId: z.string(),
  /**
   * "Sésame app with PIN code" (push), "Sésame app with QR code" (offline code) or "On mobile"
   * (the app on the phone that browses: no password, the device key and the PIN are the factors).
   */
  method: z.enum(['PASSWORD_MOBILE_APP', 'PASSWORD_SOFTWARE_TOKEN', 'MOBILE_APP']),
  /** When the password was verified (ms); for "On mobile", when the request was made. */
  passwordAt: z.number(),
  /** Push: the number the browser shows for number matching. */
  shown: z.number().optional(),
  /** When the push or the QR code's challenge expires (ms). */
  expiresAt: z.number(),
});
export type PendingSecondFactor = z.infer<typeof secondFactor>;

const loginTransaction = z.object({
  email: z.string().optional(),
  returnTo: z.string().optional(),
  target: loginTarget.optional(),
  secondFactor: secondFactor.optional(),
  /** A signed-in user proving a second factor again (adding or deleting a device): the app is pre-selected. */
  reauthenticate: z.boolean().optional(),
  /**
   * The session of `userId` is open but below what `target` asks (docs/adr/0019): the sign-in is
   * kept so that the step-up (the app's push, after enrolling a device if need be) resumes it.
   */
  stepUp: z.object({ userId: z.string() }).optional(),
});
export type LoginTransaction = z.infer<typeof loginTransaction>;

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
