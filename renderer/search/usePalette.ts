import { useEffect, useId, useLayoutEffect, useMemo, useRef, useState, type KeyboardEvent } from 'react';
import type { SearchHit } from '../../shared/search/types';
import { routeHash } from '../ui/route';
import { optionId } from './PaletteResults';
import { useOpenHit } from './useOpenHit';
import { useSearch } from './useSearch';

/** Hits per kind in the palette; the search page shows more. */
const PALETTE_LIMIT = 5;

/** The palette's modal dialog follows `open`; opening selects what was typed last time. */
function usePaletteDialog(open: boolean) {
  const ref = useRef<HTMLDialogElement>(null);
  const inputRef = useRef<HTMLInputElement>(null);
  useEffect(() => {
    const dialog = ref.current;
    if (!dialog) return;
    if (open && !dialog.open) {
      dialog.showModal();
      inputRef.current?.select();
    }
    if (!open && dialog.open) dialog.close();
  }, [open]);
  return { ref, inputRef };
}

/** The picked hit: back to the best one when the list changes, kept in view as arrows move it. */
function useActiveHit(hits: readonly SearchHit[], listId: string) {
  const [active, setActive] = useState(0);
  // A different list starts at its best hit; the same hits answered again keep the pick.
  const signature = hits.map((hit) => `${hit.kind}:${hit.id}`).join(' ');
  const [seen, setSeen] = useState(signature);
  if (seen !== signature) {
    setSeen(signature);
    setActive(0);
  }
  useLayoutEffect(() => {
    document.getElementById(optionId(listId, active))?.scrollIntoView({ block: 'nearest' });
  }, [active, listId]);
  return [active, setActive] as const;
}

/** The palette's state: the query, live grouped results, the picked hit, and its keys (arrows, Enter, Escape). */
export function usePalette(open: boolean, onClose: () => void) {
  const dialog = usePaletteDialog(open);
  const [query, setQuery] = useState('');
  const listId = `${useId()}-list`;
  const search = useSearch(open ? { query, limit: PALETTE_LIMIT } : null);
  const openHit = useOpenHit();
  const hits = useMemo(() => search.result?.groups.flatMap((g) => g.hits) ?? [], [search.result]);
  const [active, setActive] = useActiveHit(hits, listId);

  const choose = (hit: SearchHit) => {
    onClose();
    void openHit(hit, query);
  };
  const seeAll = routeHash({ name: 'search', q: query.trim() });

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key === 'Escape') {
      // A search field would spend the first Escape on clearing itself; here it always closes.
      event.preventDefault();
      onClose();
    } else if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault();
      if (hits.length === 0) return;
      const step = event.key === 'ArrowDown' ? 1 : -1;
      setActive((at) => (at + step + hits.length) % hits.length);
    } else if (event.key === 'Enter' && !event.nativeEvent.isComposing) {
      event.preventDefault();
      const hit = hits[active];
      if (hit) choose(hit);
      else if (query.trim()) {
        onClose();
        window.location.hash = seeAll;
      }
    }
  };

  return { ...dialog, query, setQuery, listId, search, hits, active, setActive, choose, seeAll, onKeyDown };
}
