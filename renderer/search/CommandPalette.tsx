import './search.css';
import './searchPage.css';
import './findBar.css';
import { useEffect, useId, useLayoutEffect, useMemo, useRef, useState, type KeyboardEvent } from 'react';
import type { SearchHit } from '../../shared/search/types';
import { routeHash } from '../ui/route';
import { optionId, PaletteResults } from './PaletteResults';
import { useOpenHit } from './useOpenHit';
import { useSearch } from './useSearch';

interface Props {
  open: boolean;
  onClose: () => void;
}

/** Hits per kind in the palette; the search page shows more. */
const PALETTE_LIMIT = 5;

/** Ctrl/Cmd+K: a search box with live, grouped results; arrows pick, Enter opens. */
export function CommandPalette({ open, onClose }: Props) {
  const ref = useRef<HTMLDialogElement>(null);
  const inputRef = useRef<HTMLInputElement>(null);
  const [query, setQuery] = useState('');
  const [active, setActive] = useState(0);
  const id = useId();
  const listId = `${id}-list`;
  const search = useSearch(open ? { query, limit: PALETTE_LIMIT } : null);
  const openHit = useOpenHit();
  const hits = useMemo(() => search.result?.groups.flatMap((g) => g.hits) ?? [], [search.result]);

  useEffect(() => {
    const dialog = ref.current;
    if (!dialog) return;
    if (open && !dialog.open) {
      dialog.showModal();
      inputRef.current?.select();
    }
    if (!open && dialog.open) dialog.close();
  }, [open]);

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

  const result = search.result;
  const showEmpty = result && result.total === 0 && !search.loading && query.trim();
  return (
    <dialog ref={ref} className="dialog palette" aria-label="Search the notebook" onClose={onClose}>
      <div className="palette__box">
        <input
          ref={inputRef}
          className="palette__input"
          type="text"
          role="combobox"
          aria-label="Search"
          aria-expanded={hits.length > 0}
          aria-controls={listId}
          aria-autocomplete="list"
          aria-activedescendant={hits.length > 0 ? optionId(listId, active) : undefined}
          placeholder="Search sources, highlights, notes, entities, claims…"
          value={query}
          onChange={(event) => setQuery(event.target.value)}
          onKeyDown={onKeyDown}
          autoComplete="off"
          spellCheck={false}
        />
        <kbd className="palette__esc" aria-hidden="true">
          Esc
        </kbd>
      </div>
      {result?.rebuilding && (
        <p className="search-notice" role="status">
          Index is being rebuilt; results may be incomplete.
        </p>
      )}
      {search.error && (
        <p className="search-error" role="alert">
          {search.error}
        </p>
      )}
      <PaletteResults
        id={listId}
        groups={result?.groups ?? []}
        activeIndex={active}
        onHover={setActive}
        onOpen={choose}
      />
      {showEmpty && <p className="palette__empty">Nothing matches “{query.trim()}”.</p>}
      <footer className="palette__footer">
        <span className="palette__hint" aria-hidden="true">
          <kbd>↑</kbd>
          <kbd>↓</kbd> to pick, <kbd>Enter</kbd> to open
        </span>
        {query.trim() && (
          <a className="palette__all" href={seeAll} onClick={onClose}>
            See all results{result ? ` (${result.total})` : ''}
          </a>
        )}
      </footer>
    </dialog>
  );
}
