import { LEVELS, STRENGTHS, type Strength } from '@sesame/protocol';
import { z } from 'zod';

/**
 * The relying application a sign-in is for (design §4 step 4): which protocol resumes it once the
 * user is authenticated, and what the application requires. Absent on the portal itself.
 */
export const loginTargetSchema = z.object({
  /** The protocol that started the sign-in and resumes it once the user is authenticated. */
  kind: z.enum(['cas', 'oidc']),
  appId: z.string(),
  requirement: z.object({
    minimumLevel: z.enum(LEVELS),
    acceptedStrengths: z.array(z.enum(STRENGTHS as [Strength, ...Strength[]])).nullable(),
  }),
  /** CAS `renew=true`, OIDC `prompt=login` or an exceeded `max_age`: an existing session is not enough. */
  forceAuthentication: z.boolean(),
  /** Protocol-specific state (CAS service URL, OIDC interaction id…), read by that protocol only. */
  data: z.record(z.string(), z.union([z.string(), z.number(), z.boolean(), z.null()])),
});
export type LoginTarget = z.infer<typeof loginTargetSchema>;
