import { routeHash } from '../ui/route';
import { memo } from 'react';
import type { SourceSummary } from '../../shared/model/source';
import { formatDate, formatWordCount } from '../ui/formatDate';
import { kindLabel } from './kindLabel';
import type { SimilarNote } from '../sourceDetails/similarLabel';

interface Props {
  source: SourceSummary;
  index: number;
  top: number;
  height: number;
  active: boolean;
  domId: string;
  onOpen: (id: string) => void;
  /** "Similar to: ‘Title’, 81%" when the source has near-duplicates. */
  similarNote?: SimilarNote | null;
}

/** One library row; memoised because scrolling re-renders the window, not the rows. */
export const LibraryRow = memo(function LibraryRow({
  source,
  index,
  top,
  height,
  active,
  domId,
  onOpen,
  similarNote = null,
}: Props) {
  const published = formatDate(source.publishedAt);
  const dateText = published || formatDate(source.createdAt);
  const byline = [kindLabel(source.kind), source.authors.join(', ')].filter(Boolean).join(' · ');
  return (
    <div
      role="row"
      id={domId}
      aria-rowindex={index + 2}
      aria-selected={active}
      className={active ? 'row row--active' : 'row'}
      style={{ transform: `translateY(${top}px)`, height }}
      onClick={() => onOpen(source.id)}
    >
      <div role="gridcell" className="cell cell--title">
        <span className="row__title" title={source.title}>
          {source.title || 'Untitled'}
        </span>
        <span className="row__byline">
          {byline}
          {similarNote && <SimilarTo sourceId={source.id} note={similarNote} active={active} />}
        </span>
      </div>
      <div role="gridcell" className="cell cell--site" title={source.site ?? undefined}>
        {source.site ?? (
          <span className="muted" aria-label="No site">
            —
          </span>
        )}
      </div>
      <div role="gridcell" className="cell cell--date">
        {published ? (
          <time dateTime={source.publishedAt ?? undefined}>{dateText}</time>
        ) : (
          <span className="muted" title="No publication date; this is the date it was added">
            Added {dateText}
          </span>
        )}
      </div>
      <div role="gridcell" className="cell cell--words" aria-label={formatWordCount(source.wordCount)}>
        {source.wordCount.toLocaleString()}
      </div>
    </div>
  );
});

/** "Similar to: ‘Title’, 81%", the title cut first when space runs out; it opens the two side by side. */
function SimilarTo({ sourceId, note, active }: { sourceId: string; note: SimilarNote; active: boolean }) {
  return (
    <a
      className="row__similar"
      href={routeHash({ name: 'compare', leftId: sourceId, rightId: note.sourceId })}
      title={`Compare with ‘${note.title}’ (${note.percent} similar${note.more})`}
      // Only the active row's chip is a Tab stop, so Tab does not walk every row of a large library.
      tabIndex={active ? 0 : -1}
      // The row opens the source on a click; the chip opens the comparison instead.
      onClick={(event) => event.stopPropagation()}
    >
      Similar to: ‘<span className="row__similar-title">{note.title}</span>’, {note.percent}
      {note.more}
    </a>
  );
}
