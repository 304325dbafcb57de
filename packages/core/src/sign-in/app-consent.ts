import { STRENGTHS, type Strength } from '@sesame/protocol';
import { z } from 'zod';
import { EVICTABLE, type EphemeralStore } from '../ports';
import { randomToken, tokenDigest } from '../security/random-token';
import { type LoginTarget, loginTargetSchema } from './target';

/**
 * "Warn me each time an application asks for my identity" (issue 13 point 5b; eulogin-facts §4.7;
 * docs/adr/0031): the application's sign-in, held while its interstitial asks Continue or Cancel.
 * One record per interstitial, under the digest of a random token the page's form carries (with
 * the CSRF token), bound to the account; taken once, atomically (`take`): a replayed Continue
 * finds nothing, and nothing in the form but the token decides where the browser goes.
 */
export interface HeldConsent {
  readonly userId: string;
  readonly target: LoginTarget;
  /** As continueLogin got them: a forced re-authentication counts only what was presented now. */
  readonly fresh: boolean;
  readonly presented: readonly Strength[];
}

const heldConsentSchema = z.object({
  userId: z.string(),
  target: loginTargetSchema,
  fresh: z.boolean(),
  presented: z.array(z.enum(STRENGTHS as [Strength, ...Strength[]])),
});

/** As long as a login transaction: the application's own request expires about then. */
export const CONSENT_TTL_MS = 10 * 60_000;

export interface AppConsentStore {
  /** Holds the sign-in; returns the token the interstitial's form carries. */
  hold(consent: HeldConsent): Promise<string>;
  /** The held sign-in of `userId`, once: null when unknown, expired, taken, or another account's. */
  take(token: string | undefined, userId: string): Promise<HeldConsent | null>;
}

export function createAppConsentStore(
  ephemeral: Pick<EphemeralStore, 'set' | 'take'>,
  /** The registration campaign holds its sign-ins apart (`campaign`, docs/adr/0036): a token of one never answers the other. */
  prefix = 'consent',
): AppConsentStore {
  const key = (token: string) => `${prefix}:${tokenDigest(token)}`;
  return {
    async hold(consent) {
      const token = randomToken();
      await ephemeral.set(key(token), JSON.stringify(consent), CONSENT_TTL_MS, EVICTABLE);
      return token;
    },
    async take(token, userId) {
      if (!token || token.length > 100) return null;
      const raw = await ephemeral.take(key(token));
      if (raw === null) return null;
      const parsed = heldConsentSchema.safeParse(JSON.parse(raw));
      // Another account's interstitial is consumed all the same: it was shown to someone else.
      if (!parsed.success || parsed.data.userId !== userId) return null;
      return parsed.data;
    },
  };
}
