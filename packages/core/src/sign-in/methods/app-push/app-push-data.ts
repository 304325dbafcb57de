import { z } from 'zod';

/**
 * "PIN code"'s part of a pending challenge (ChallengeStep.data): the number the browser shows.
 * Nothing secret and no challenge id — those stay in the device records (push-challenges.ts).
 */
export const appPushData = z.object({ shown: z.number().int().nonnegative() });
export type AppPushData = z.infer<typeof appPushData>;

/** What the waiting page shows (sign-in-app-page.tsx), beside the challenge's expiry (ChallengeStep.expiresAt). */
export interface AppPushView {
  /** The number to pick in the app (number matching, NIST SP 800-63B rev 4 §3.1.3.2). */
  readonly shown: number;
  /** The names of the account's devices that may answer now: "open the app on …". */
  readonly deviceNames: string[];
}
