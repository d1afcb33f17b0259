import type { SuggestionState } from './suggestionStore';

interface Props {
  state: SuggestionState;
  onPick: (index: number, asQuotation: boolean) => void;
}

const excerpt = (text: string, max = 140): string =>
  text.length > max ? `${text.slice(0, max - 1).trimEnd()}…` : text;

/** The list that `[[` or `@` opens: highlights and sources to cite. */
export function CitationSuggestions({ state, onPick }: Props) {
  if (!state.open) return null;
  const position = state.anchor ? { left: state.anchor.left, top: state.anchor.bottom + 4 } : undefined;
  let body;
  if (state.error) body = <p className="cite-picker__note cite-picker__note--error">{state.error}</p>;
  else if (state.loading && state.items.length === 0) body = <p className="cite-picker__note">Searching…</p>;
  else if (state.items.length === 0)
    body = <p className="cite-picker__note">No highlights or sources match “{state.query}”.</p>;
  else
    body = (
      <ul className="cite-picker__list" role="listbox" aria-label="Highlights and sources to cite">
        {state.items.map((hit, index) => (
          <li
            key={`${hit.sourceId}:${hit.highlightId ?? ''}`}
            role="option"
            aria-selected={index === state.selected}
            className={
              index === state.selected ? 'cite-picker__item cite-picker__item--active' : 'cite-picker__item'
            }
            // Keep the caret in the editor while choosing.
            onMouseDown={(e) => e.preventDefault()}
            onClick={(e) => onPick(index, e.shiftKey)}
          >
            {hit.quote ? (
              <>
                <span className="cite-picker__quote">“{excerpt(hit.quote)}”</span>
                <span className="cite-picker__source">{hit.sourceTitle || 'Untitled source'}</span>
              </>
            ) : (
              <span className="cite-picker__quote">
                <span className="cite-picker__kind">Source</span> {hit.sourceTitle || 'Untitled source'}
              </span>
            )}
          </li>
        ))}
      </ul>
    );
  return (
    <div className="cite-picker" style={position}>
      {body}
      <p className="cite-picker__hint">Enter cites · Shift+Enter quotes · Esc closes</p>
    </div>
  );
}
