import type { ReactNode } from 'react';
import type { SearchGroup, SearchHit } from '../../shared/search/types';
import { HitBody } from './HitBody';
import { kindHeading } from './hitLink';

interface Props {
  id: string;
  groups: readonly SearchGroup[];
  activeIndex: number;
  onHover: (index: number) => void;
  onOpen: (hit: SearchHit) => void;
  /** Options drawn before the hits (the palette's commands), and how many: hits are numbered after them. */
  children?: ReactNode;
  first?: number;
}

/** Id of the option for the hit at `index` of the palette's flat list. */
export const optionId = (listId: string, index: number) => `${listId}-opt-${index}`;

/** The palette's hits as a listbox, one labelled group per kind with its total. */
export function PaletteResults({ id, groups, activeIndex, onHover, onOpen, children, first = 0 }: Props) {
  let index = first;
  return (
    <div id={id} role="listbox" aria-label="Results" className="palette__results">
      {children}
      {groups.map((group) => {
        const headingId = `${id}-${group.kind}`;
        return (
          <div key={group.kind} role="group" aria-labelledby={headingId} className="search-group">
            <div id={headingId} role="presentation" className="search-group__heading">
              {kindHeading(group.kind)} <span className="search-group__count">{group.total}</span>
            </div>
            {group.hits.map((hit) => {
              const at = index++;
              return (
                <div
                  key={hit.id}
                  id={optionId(id, at)}
                  role="option"
                  aria-selected={at === activeIndex}
                  className="search-hit search-hit--option"
                  onMouseMove={() => onHover(at)}
                  onMouseDown={(event) => event.preventDefault()}
                  onClick={() => onOpen(hit)}
                >
                  <HitBody hit={hit} />
                </div>
              );
            })}
          </div>
        );
      })}
    </div>
  );
}
