/**
 * The link that opens the app on the request (apps/authenticator router.ts `#/pending`): the
 * number, since on the very phone that started the sign-in number matching adds nothing, and the
 * request's expiry, which tells it apart from another request of the same account. Not the
 * challenge id: an account with several devices has several, and their count would tell a real
 * account from an unknown address (ADR 0002).
 */
export function appLink(shown: number, expiresAt: number): string {
  return `/app/#/pending?n=${shown}&exp=${Math.floor(expiresAt / 1000)}`;
}
