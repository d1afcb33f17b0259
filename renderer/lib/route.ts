export type Route = { name: 'library' } | { name: 'source'; id: string };

/** Reads the place in the app from a location hash such as `#/source/<id>`. */
export function parseRoute(hash: string): Route {
  const match = /^#\/source\/([^/?#]+)$/.exec(hash);
  if (match?.[1]) {
    try {
      return { name: 'source', id: decodeURIComponent(match[1]) };
    } catch {
      return { name: 'library' };
    }
  }
  return { name: 'library' };
}

/** The hash that leads to a route. */
export function routeHash(route: Route): string {
  return route.name === 'source' ? `#/source/${encodeURIComponent(route.id)}` : '#/';
}
