import { type LoginTarget, satisfyingStrengths } from '@sesame/core';

/**
 * The verification methods of the sign-in chooser (design §4 step 2; the instruction's annex
 * step 12), named by the strength they reach. The chooser shows every method of the deployment,
 * whether or not the account has it: before the password is checked, the page must not tell a
 * stranger which factors an account holds. A method the account lacks is refused after the
 * password, with what to do next; a method below what the application asks leads to the step-up
 * page, which says how to get there (docs/adr/0007).
 */
export const SIGN_IN_METHODS = ['PASSWORD_MOBILE_APP', 'PASSWORD_SOFTWARE_TOKEN', 'PASSWORD'] as const;
export type SignInMethod = (typeof SIGN_IN_METHODS)[number];

/**
 * "On mobile" (design §3, §5; docs/adr/0007): not in the chooser's list — it replaces the
 * password rather than following it, and the password page offers it only on a phone whose
 * Sésame app is enrolled (sign-in-mobile.js).
 */
export const ON_MOBILE = 'MOBILE_APP' as const;

/** What a sign-in ends with: a chooser method, or "On mobile". */
export type AuthenticationMethod = SignInMethod | typeof ON_MOBILE;

/** Whether "On mobile" (MOBILE_APP, level MEDIUM) reaches what the application asks. */
export function onMobileIsEnough(target: LoginTarget | undefined): boolean {
  return !target || satisfyingStrengths([ON_MOBILE], target.requirement).length > 0;
}

export function isSignInMethod(value: unknown): value is SignInMethod {
  return typeof value === 'string' && (SIGN_IN_METHODS as readonly string[]).includes(value);
}

/** The methods that reach what the application asks; all of them on the portal itself. */
export function sufficientMethods(target: LoginTarget | undefined): SignInMethod[] {
  if (!target) return [...SIGN_IN_METHODS];
  return SIGN_IN_METHODS.filter((method) => satisfyingStrengths([method], target.requirement).length > 0);
}

/**
 * The method pre-selected: the one last used on this browser when it is enough for the
 * application, else the simplest that is enough, else the simplest.
 */
export function preselectedMethod(target: LoginTarget | undefined, lastUsed: string | undefined): SignInMethod {
  const enough = sufficientMethods(target);
  if (isSignInMethod(lastUsed) && enough.includes(lastUsed)) return lastUsed;
  return enough.includes('PASSWORD') ? 'PASSWORD' : (enough[0] ?? 'PASSWORD');
}
