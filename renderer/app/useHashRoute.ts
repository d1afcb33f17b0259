import { useCallback, useSyncExternalStore } from 'react';
import { parseRoute, routeHash, type Route } from '../ui/route';

function subscribe(onChange: () => void): () => void {
  window.addEventListener('hashchange', onChange);
  return () => window.removeEventListener('hashchange', onChange);
}

const readHash = () => window.location.hash;

/** The current route from the location hash, so a reload keeps the reader's place. */
export function useHashRoute(): { route: Route; navigate: (route: Route) => void } {
  const hash = useSyncExternalStore(subscribe, readHash);
  const navigate = useCallback((route: Route) => {
    window.location.hash = routeHash(route);
  }, []);
  return { route: parseRoute(hash), navigate };
}
