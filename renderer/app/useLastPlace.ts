import { useLayoutEffect, useRef } from 'react';
import { setNotebookScope } from '../notes/lastEditedNote';
import { routeHash, type Route } from '../ui/route';
import { placeToRestore, rememberPlace } from './lastPlace';

/**
 * Keeps the reporter's place per notebook across restarts: once the open notebook is known, an
 * app started without a place of its own returns to the last one; after that every move is kept.
 */
export function useLastPlace(notebookId: string | undefined, route: Route): void {
  // Read once, at start: later hashes are the reporter's own moves.
  const startHash = useRef(window.location.hash);
  const restored = useRef(false);
  const hash = routeHash(route);
  // Kept as the page is drawn (not in a later task): once the reporter sees a place, it is the one a
  // restart returns to, even if the window closes at once.
  useLayoutEffect(() => {
    if (!notebookId) return;
    setNotebookScope(notebookId);
    if (!restored.current) {
      restored.current = true;
      const back = placeToRestore(localStorage, notebookId, startHash.current);
      // Replaced, not pushed: Back must not return to the library the app opened on.
      if (back) return window.location.replace(back);
    }
    rememberPlace(localStorage, notebookId, hash);
  }, [notebookId, hash]);
}
