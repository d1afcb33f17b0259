import { parseRoute, routeHash } from '../ui/route';

/** The part of the Web Storage API this needs (localStorage in the app; a fake in tests). */
export type PlaceStorage = Pick<Storage, 'getItem' | 'setItem'>;

// Per notebook: ids in a route belong to one notebook, so another notebook must not be sent there.
const key = (notebookId: string) => `rn.lastPlace.${notebookId}`;

/** Remembers where the reporter is in a notebook (a route hash), so a restart can return there. */
export function rememberPlace(storage: PlaceStorage, notebookId: string, hash: string): void {
  try {
    storage.setItem(key(notebookId), routeHash(parseRoute(hash)));
  } catch {
    // Storage full or disabled: the app then opens on the library, as it did before.
  }
}

/**
 * The hash to return to when the app starts with none of its own (a restart, not a link or a
 * reload, which already carry their place); null to stay where the app opened. Whatever is stored
 * goes through parseRoute again, so an edited or stale entry can only name a route, never a URL.
 */
export function placeToRestore(storage: PlaceStorage, notebookId: string, startHash: string): string | null {
  if (startHash !== '' && startHash !== '#') return null;
  let stored: string | null;
  try {
    stored = storage.getItem(key(notebookId));
  } catch {
    return null;
  }
  if (!stored) return null;
  const route = parseRoute(stored);
  return route.name === 'library' ? null : routeHash(route);
}
