import { z } from 'zod';

/**
 * "PIN code"'s part of a pending challenge (ChallengeStep.data): the number the browser shows and
 * the names of the devices asked, as a JSON array (MethodData holds scalars only): the waiting
 * page names them without reading the account's devices again at each view (issue 12 point 5).
 * Absent in a sign-in started before it was kept: the page then reads them.
 * Nothing secret and no challenge id — those stay in the device records (push-challenges.ts).
 */
export const appPushData = z.object({
  shown: z.number().int().nonnegative(),
  deviceNames: z.string().optional(),
});
export type AppPushData = z.infer<typeof appPushData>;

/** What the waiting page shows (sign-in-app-page.tsx), beside the challenge's expiry (ChallengeStep.expiresAt). */
export interface AppPushView {
  /** The number to pick in the app (number matching, NIST SP 800-63B rev 4 §3.1.3.2). */
  readonly shown: number;
  /** The names of the account's devices that may answer now: "open the app on …". */
  readonly deviceNames: string[];
}
