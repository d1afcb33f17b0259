import './search.css';
import './searchPage.css';
import './findBar.css';
import { CommandResults } from '../commands/CommandResults';
import { optionId, PaletteResults } from './PaletteResults';
import { SearchNotices } from './SearchNotices';
import { usePalette } from './usePalette';
import { onDialogClosed } from '../ui/onDialogClosed';

interface Props {
  open: boolean;
  onClose: () => void;
}

// Long because: one dialog's markup (box, notices, commands and hits, footer), its state in usePalette.
/** Ctrl/Cmd+K: commands and a search box with live, grouped results; arrows pick, Enter runs or opens. */
export function CommandPalette({ open, onClose }: Props) {
  const {
    ref,
    inputRef,
    query,
    setQuery,
    listId,
    search,
    commands,
    count,
    active,
    setActive,
    choose,
    run,
    seeAll,
    onKeyDown,
  } = usePalette(open, onClose);
  const result = search.result;
  const showEmpty = count === 0 && !search.loading && query.trim();
  return (
    <dialog
      ref={ref}
      className="dialog palette"
      aria-label="Search the notebook"
      onClose={onDialogClosed(onClose)}
    >
      <div className="palette__box">
        <input
          ref={inputRef}
          className="palette__input"
          type="text"
          role="combobox"
          aria-label="Search or run a command"
          aria-expanded={count > 0}
          aria-controls={listId}
          aria-autocomplete="list"
          aria-activedescendant={count > 0 ? optionId(listId, active) : undefined}
          placeholder="Search sources, notes, entities, claims… or type a command"
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
      <SearchNotices rebuilding={result?.rebuilding ?? false} error={search.error} />
      <PaletteResults
        id={listId}
        groups={result?.groups ?? []}
        activeIndex={active}
        onHover={setActive}
        onOpen={choose}
        first={commands.length}
      >
        <CommandResults
          listId={listId}
          commands={commands}
          activeIndex={active}
          optionId={(at) => optionId(listId, at)}
          onHover={setActive}
          onRun={run}
        />
      </PaletteResults>
      {showEmpty && <p className="palette__empty">Nothing matches “{query.trim()}”.</p>}
      <PaletteFooter query={query} seeAll={seeAll} total={result?.total ?? null} onClose={onClose} />
    </dialog>
  );
}

/** How to use the palette, and a link to every result on the search page. */
function PaletteFooter(props: { query: string; seeAll: string; total: number | null; onClose: () => void }) {
  const { query, seeAll, total, onClose } = props;
  return (
    <footer className="palette__footer">
      <span className="palette__hint" aria-hidden="true">
        <kbd>↑</kbd>
        <kbd>↓</kbd> to pick, <kbd>Enter</kbd> to open
      </span>
      {query.trim() && (
        <a className="palette__all" href={seeAll} onClick={onClose}>
          See all results{total !== null ? ` (${total})` : ''}
        </a>
      )}
    </footer>
  );
}
