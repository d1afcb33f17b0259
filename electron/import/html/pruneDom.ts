import type { PageIndex } from './indexPage';

/** Removes navigation, sidebars, footers, dialogs and hidden elements found by indexPage. */
export function pruneDom(index: PageIndex): void {
  // Removing an ancestor first detaches its descendants; removing a detached node is harmless.
  for (const el of index.chrome) el.remove();
}
