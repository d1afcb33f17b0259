import { useMemo, useRef } from 'react';
import type { SourceSummary } from '../../shared/model/source';
import { useListNavigation } from '../ui/useListNavigation';
import { useReturnFocus } from '../ui/useReturnFocus';
import { useWindowedRows } from '../ui/useWindowedRows';
import { sortKeys, sortLabels, type SortKey } from './sortSources';
import { similarNote } from '../sourceDetails/similarLabel';
import { LibraryRow } from './LibraryRow';

/** Row height in px; the windowing maths and the CSS both rely on it. */
export const ROW_HEIGHT = 60;

interface Props {
  sources: readonly SourceSummary[];
  sortKey: SortKey;
  onSortChange: (key: SortKey) => void;
  onOpen: (id: string) => void;
  /** Row to make active and focus on arrival (coming back from the reader). */
  returnToId: string | null;
}

const rowDomId = (id: string) => `source-row-${id}`;

const GRID_HEAD = (
  <div role="rowgroup" className="grid__head">
    <div role="row" aria-rowindex={1} className="row row--head">
      <div role="columnheader" className="cell cell--title">
        Title
      </div>
      <div role="columnheader" className="cell cell--site">
        Site
      </div>
      <div role="columnheader" className="cell cell--date">
        Date
      </div>
      <div role="columnheader" className="cell cell--words">
        Words
      </div>
    </div>
  </div>
);

/** The sources table: sortable, windowed, one Tab stop with arrow-key movement. */
export function Library({ sources, sortKey, onSortChange, onOpen, returnToId }: Props) {
  const scrollRef = useRef<HTMLDivElement>(null);
  const gridRef = useRef<HTMLDivElement>(null);
  const ids = useMemo(() => sources.map((source) => source.id), [sources]);
  const titles = useMemo(() => new Map(sources.map((source) => [source.id, source.title])), [sources]);
  const windowed = useWindowedRows(scrollRef, sources.length, ROW_HEIGHT);
  const nav = useListNavigation({
    ids,
    pageSize: windowed.pageSize,
    firstVisibleIndex: windowed.firstVisibleIndex,
    initialId: returnToId,
    reveal: windowed.reveal,
    onOpen,
  });

  useReturnFocus(returnToId, ids, windowed.reveal, gridRef);

  const rows = [];
  for (let index = windowed.start; index < windowed.end; index += 1) {
    const source = sources[index];
    if (!source) continue;
    rows.push(
      <LibraryRow
        key={source.id}
        source={source}
        index={index}
        top={index * ROW_HEIGHT}
        height={ROW_HEIGHT}
        active={source.id === nav.activeId}
        domId={rowDomId(source.id)}
        onOpen={onOpen}
        similarNote={similarNote(
          source.similar.map((s) => ({ ...s, title: titles.get(s.sourceId) ?? null })),
        )}
      />,
    );
  }

  return (
    <section className="library" aria-labelledby="library-heading">
      <LibraryBar sortKey={sortKey} onSortChange={onSortChange} />
      <div
        ref={gridRef}
        className="grid"
        role="grid"
        aria-labelledby="library-heading"
        aria-describedby="library-hint"
        aria-rowcount={sources.length + 1}
        aria-colcount={4}
        aria-activedescendant={nav.activeId ? rowDomId(nav.activeId) : undefined}
        tabIndex={0}
        onKeyDown={nav.onKeyDown}
        onFocus={nav.onFocus}
      >
        {GRID_HEAD}
        <div role="rowgroup" className="grid__body" ref={scrollRef}>
          <div className="grid__spacer" style={{ height: windowed.totalHeight }}>
            {rows}
          </div>
        </div>
      </div>
    </section>
  );
}

function LibraryBar({ sortKey, onSortChange }: Pick<Props, 'sortKey' | 'onSortChange'>) {
  return (
    <div className="library__bar">
      <h1 id="library-heading" className="library__heading">
        Library
      </h1>
      <p id="library-hint" className="library__hint">
        Use ↑ ↓ to move, Enter to open
      </p>
      <label className="library__sort">
        <span>Sort by</span>
        <select
          className="select"
          value={sortKey}
          onChange={(event) => onSortChange(event.target.value as SortKey)}
        >
          {sortKeys.map((key) => (
            <option key={key} value={key}>
              {sortLabels[key]}
            </option>
          ))}
        </select>
      </label>
    </div>
  );
}
