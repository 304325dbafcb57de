import { useEffect, useState } from 'preact/hooks';

/**
 * The app's screens, one hash route each: #/welcome, #/scan, #/accept (annex step 10, also the
 * activation notification's target), #/pending, #/home, #/code ("Sésame app with QR code":
 * scan the sign-in page's QR and show the code, offline).
 */
export const ROUTES = ['welcome', 'scan', 'accept', 'pending', 'home', 'code'] as const;
export type Route = (typeof ROUTES)[number];

export function parseRoute(hash: string): Route | null {
  // A query after the route (#/pending?n=…) names what to show on that screen, not a screen.
  const name = hash.replace(/^#\/?/, '').split('?')[0];
  return (ROUTES as readonly string[]).includes(name!) ? (name as Route) : null;
}

/**
 * "On mobile" (docs/adr/0007): the portal's sign-in page on this very phone links to
 * `#/pending?n=<number>&exp=<expiry, s>` — the request is the pending one with that expiry among
 * whose numbers is `n`. The number comes with the link: the user started the sign-in on this
 * phone, so number matching adds nothing; the PIN is still asked.
 */
export interface PendingFocus {
  readonly number: number;
  readonly expiresAt: number;
}

export function parsePendingFocus(hash: string): PendingFocus | null {
  if (parseRoute(hash) !== 'pending') return null;
  const query = new URLSearchParams(hash.split('?')[1] ?? '');
  const [n, exp] = [query.get('n') ?? '', query.get('exp') ?? ''];
  if (!/^\d{1,3}$/.test(n) || !/^\d{1,12}$/.test(exp)) return null;
  return { number: Number(n), expiresAt: Number(exp) };
}

/**
 * Where the app belongs when the address names no screen, or one it cannot show yet. An account
 * awaiting acceptance (annex step 10) is shown first: on start after a reload, and when its
 * notification opens #/accept.
 */
export function resolveRoute(
  asked: Route | null,
  welcomed: boolean,
  enrolled: boolean,
  awaiting: boolean,
  accepting: boolean,
): Route {
  // The accept screen stays while it says "registered", until "Continue".
  if (accepting && asked === 'accept') return 'accept';
  if (awaiting && (asked === 'accept' || asked === null || !enrolled)) return 'accept';
  if (!welcomed && !enrolled) return 'welcome';
  if (!enrolled) return asked === 'welcome' ? 'welcome' : 'scan';
  if (asked === 'accept') return 'home';
  return asked ?? 'home';
}

export function navigate(route: Route): void {
  if (parseRoute(location.hash) !== route) location.hash = `#/${route}`;
}

/** The route in the address (null when none or unknown), following hashchange. */
export function useHashRoute(): Route | null {
  const [route, setRoute] = useState(() => parseRoute(location.hash));
  useEffect(() => {
    const follow = () => setRoute(parseRoute(location.hash));
    addEventListener('hashchange', follow);
    return () => removeEventListener('hashchange', follow);
  }, []);
  return route;
}

/**
 * Where the app goes once a sign-in request is answered (issue 11, docs/adr/0016): back to Home,
 * which confirms it, unless other requests still wait — then it stays on the list.
 */
export function routeAfterAnswer(
  challenges: readonly { readonly challengeId: string }[],
  answered: ReadonlySet<string>,
): 'home' | 'pending' {
  return challenges.some((c) => !answered.has(c.challengeId)) ? 'pending' : 'home';
}
