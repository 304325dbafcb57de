/**
 * The portal's pages that open only with a session that presented a second factor (the admin
 * console, routes/admin-gate.tsx; docs/adr/0033 §6). A sign-in asked to end on one of them goes
 * on to the account's second factor after the password (docs/adr/0050 §1): one password, one
 * factor, rather than the password again at the page's gate. Only a hint for the sign-in: the
 * gate still checks every request's session.
 */
export const SECOND_FACTOR_PAGES: readonly string[] = ['/admin'];

/** Whether `path` (a checked portal path, safeRedirectPath's answer) is one of those pages or under one. */
export function needsSecondFactor(path: string): boolean {
  const pathname = path.split(/[?#]/, 1)[0] ?? '';
  return SECOND_FACTOR_PAGES.some((page) => pathname === page || pathname.startsWith(`${page}/`));
}
