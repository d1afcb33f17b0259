import './search.css';
import './searchPage.css';
import './findBar.css';
import { optionId, PaletteResults } from './PaletteResults';
import { usePalette } from './usePalette';

interface Props {
  open: boolean;
  onClose: () => void;
}

/** Ctrl/Cmd+K: a search box with live, grouped results; arrows pick, Enter opens. */
export function CommandPalette({ open, onClose }: Props) {
  const {
    ref,
    inputRef,
    query,
    setQuery,
    listId,
    search,
    hits,
    active,
    setActive,
    choose,
    seeAll,
    onKeyDown,
  } = usePalette(open, onClose);
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
