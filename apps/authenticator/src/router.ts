import { useEffect, useState } from 'preact/hooks';

/**
 * The app's screens, one hash route each: #/welcome, #/scan, #/accept (annex step 10, also the
 * activation notification's target), #/pending, #/home.
 */
export const ROUTES = ['welcome', 'scan', 'accept', 'pending', 'home'] as const;
export type Route = (typeof ROUTES)[number];

export function parseRoute(hash: string): Route | null {
  const name = hash.replace(/^#\/?/, '');
  return (ROUTES as readonly string[]).includes(name) ? (name as Route) : null;
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
