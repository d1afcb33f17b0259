import { memo, type ReactNode } from 'react';
import type { AnchoredHighlight } from '../../shared/contract/results';
import type { Entity } from '../../shared/model';
import { routeHash } from '../lib/route';
import { colorName } from './colors';

interface Props {
  item: AnchoredHighlight;
  text: string;
  active: boolean;
  domId: string;
  /** Entity names by id, for the chips. */
  entityById: ReadonlyMap<string, Entity>;
  claimCount: number;
  onSelect: (id: string) => void;
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
  onSelect,
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
    <li className={classes.join(' ')}>
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
      {children}
    </li>
  );
});
