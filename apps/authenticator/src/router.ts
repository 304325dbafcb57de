import { useEffect, useState } from 'preact/hooks';

/** The app's screens, one hash route each: #/welcome, #/scan, #/pending, #/home. */
export const ROUTES = ['welcome', 'scan', 'pending', 'home'] as const;
export type Route = (typeof ROUTES)[number];

export function parseRoute(hash: string): Route | null {
  const name = hash.replace(/^#\/?/, '');
  return (ROUTES as readonly string[]).includes(name) ? (name as Route) : null;
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
