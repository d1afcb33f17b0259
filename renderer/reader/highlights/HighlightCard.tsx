import { memo, type ReactNode } from 'react';
import type { AnchoredHighlight } from '../../../shared/contract/results';
import type { Entity } from '../../../shared/model';
import { setCitationDragData } from '../../notes/editor/citationDrag';
import { routeHash } from '../../ui/route';
import { HighlightConfidential } from '../../packets/HighlightConfidential';
import { CitedIn } from './CitedIn';
import { colorName } from './colors';
import type { CitingNote } from './useCitingNotes';

interface Props {
  item: AnchoredHighlight;
  text: string;
  active: boolean;
  domId: string;
  /** Entity names by id, for the chips. */
  entityById: ReadonlyMap<string, Entity>;
  claimCount: number;
  /** Notes that cite this highlight (backlinks). */
  citedIn: readonly CitingNote[];
  onSelect: (id: string) => void;
  onCite: (id: string) => void;
  children?: ReactNode;
}

/** One highlight in the side panel: colour, quote, comment, entity chips; the editor when selected. */
export const HighlightCard = memo(function HighlightCard({
  item,
  text,
  active,
  domId,
  entityById,
  claimCount,
  citedIn,
  onSelect,
  onCite,
  children,
}: Props) {
  const { highlight, anchor } = item;
  const orphan = anchor.status === 'orphan';
  const quote = orphan ? highlight.quote.exact : text.slice(anchor.start, anchor.end);
  const chips = highlight.entityIds.map((id) => entityById.get(id)).filter((e): e is Entity => Boolean(e));
  const classes = ['hl-card', `hl-card--c${highlight.color}`];
  if (active) classes.push('hl-card--active');
  if (orphan) classes.push('hl-card--orphan');
  return (
    <li
      className={classes.join(' ')}
      data-highlight-id={highlight.id}
      draggable
      title="Drag into a note to quote and cite it"
      onDragStart={(event) =>
        setCitationDragData(event.dataTransfer, {
          sourceId: highlight.sourceId,
          highlightId: highlight.id,
          quote,
        })
      }
    >
      <button
        type="button"
        id={domId}
        className="hl-card__main"
        aria-expanded={active}
        onClick={() => onSelect(highlight.id)}
      >
        <span className="hl-card__meta">
          <span className={`hl-card__dot swatch--c${highlight.color}`} aria-hidden="true" />
          <span className="hl-card__color">{colorName(highlight.color)}</span>
          {orphan && (
            <span className="hl-card__status hl-card__status--orphan">Orphaned — passage not found</span>
          )}
          {anchor.status === 'fuzzy' && (
            <span
              className="hl-card__status"
              title="The text changed; the passage was found by approximate match"
            >
              Moved
            </span>
          )}
          {claimCount > 0 && (
            <span className="hl-card__claims">
              {claimCount} {claimCount === 1 ? 'claim' : 'claims'}
            </span>
          )}
        </span>
        <q className="hl-card__quote">{quote}</q>
        {highlight.comment && <span className="hl-card__comment">{highlight.comment}</span>}
        {highlight.tags.length > 0 && (
          <span className="hl-card__tags">{highlight.tags.map((t) => `#${t}`).join(' ')}</span>
        )}
      </button>
      {chips.length > 0 && !active && (
        <ul className="chips" aria-label="Entities">
          {chips.map((entity) => (
            <li key={entity.id}>
              <a className="chip" href={routeHash({ name: 'entity', id: entity.id })}>
                {entity.name}
              </a>
            </li>
          ))}
        </ul>
      )}
      <div className="hl-card__foot">
        <CitedIn notes={citedIn} className="cited-in hl-card__cited" />
        <button
          type="button"
          className="button button--quiet button--small hl-card__cite"
          aria-label={`Cite “${quote.length > 40 ? `${quote.slice(0, 40)}…` : quote}” in a note`}
          onClick={() => onCite(highlight.id)}
        >
          Cite
        </button>
      </div>
      {active && <HighlightConfidential id={highlight.id} confidential={highlight.confidential} />}
      {children}
    </li>
  );
});
