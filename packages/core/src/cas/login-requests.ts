import { LEVELS, STRENGTHS, type Strength } from '@sesame/protocol';
import { z } from 'zod';
import { EVICTABLE, type EphemeralStore } from '../ports';
import { tokenDigest } from '../security/random-token';
import { MAX_TICKET_LENGTH, newTicketId } from './ticket-ids';

/**
 * EU Login login requests (`POST /cas/login/init`, reference/eulogin-facts.md §2.1): the
 * application registers its sign-in parameters on the back channel and sends the browser to
 * `/cas/login?loginRequestId=ECAS_LR-…`, so the parameters cannot be tampered with in the URL.
 * The id is used once, at that redirect; five minutes cover it on any network.
 */
export const LOGIN_REQUEST_TTL_MS = 5 * 60_000;

const loginRequest = z.object({
  service: z.string(),
  acceptStrengths: z.array(z.enum(STRENGTHS as [Strength, ...Strength[]])),
  authenticationLevel: z.enum(LEVELS).nullable(),
  renew: z.boolean(),
  locale: z.string().nullable(),
});
export type LoginRequest = z.infer<typeof loginRequest>;

export class LoginRequests {
  constructor(private readonly store: EphemeralStore) {}

  private static key(id: string) {
    return `cas:lr:${tokenDigest(id)}`;
  }

  async create(request: LoginRequest): Promise<string> {
    const id = newTicketId('ECAS_LR');
    // Lost at the memory store's cap, the application starts its login again (docs/adr/0021).
    await this.store.set(LoginRequests.key(id), JSON.stringify(request), LOGIN_REQUEST_TTL_MS, EVICTABLE);
    return id;
  }

  /** Consumes a login request: a second use, or one after its TTL, finds nothing. */
  async take(id: string): Promise<LoginRequest | null> {
    if (id.length === 0 || id.length > MAX_TICKET_LENGTH) return null;
    const raw = await this.store.take(LoginRequests.key(id));
    if (raw === null) return null;
    const parsed = loginRequest.safeParse(JSON.parse(raw));
    return parsed.success ? parsed.data : null;
  }
}
