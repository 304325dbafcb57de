import { z } from 'zod';

/**
 * "On mobile"'s part of a pending challenge (ChallengeStep.data): the number, the same shape for a
 * real request and for the decoy (ADR 0002: the answer reveals nothing the e-mail step does not).
 */
export const onMobileData = z.object({ shown: z.number().int().nonnegative() });
export type OnMobileData = z.infer<typeof onMobileData>;

/**
 * What the waiting page shows (sign-in-mobile-page.tsx): the number; its link that opens the app
 * on the request is `appLink(shown, ChallengeStep.expiresAt)` (app-link.ts).
 */
export interface OnMobileView {
  readonly shown: number;
}
