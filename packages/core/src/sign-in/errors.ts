import type { ChallengeMethodId, MethodId, SignInStep } from './state';

/**
 * A request that does not fit the sign-in's current step: a value, not an exception. The HTTP
 * edge maps each to the redirect of the step the browser is really at (docs/adr/0026 §2.3).
 */
export type TransitionError =
  | { readonly code: 'WRONG_STEP'; readonly expected: readonly SignInStep[]; readonly actual: SignInStep | 'none' }
  | { readonly code: 'METHOD_MISMATCH'; readonly expected: ChallengeMethodId; readonly actual: ChallengeMethodId }
  /** Policy refusal (e.g. "On mobile" below what the application requires). */
  | { readonly code: 'NOT_OFFERED'; readonly method: MethodId };
