import { useCallback, useState } from 'react';
import { SuggestionList } from '../../entities/SuggestionList';
import { healthSummary } from './anchoredList';
import { HighlightCard } from './HighlightCard';
import { HighlightEditor } from './HighlightEditor';
import { useProgressiveCount } from '../useProgressiveCount';
import { cardDomId, type ReaderWorkspace } from '../useReaderWorkspace';
import type { CitingNote } from './useCitingNotes';
import { useSuggestionPanel } from './useSuggestionPanel';

type Tab = 'highlights' | 'entities';

const NO_NOTES: readonly CitingNote[] = [];

/** Right of the text: the source's highlights in reading order, and names that could become entities. */
export function HighlightPanel({ ws }: { ws: ReaderWorkspace }) {
  const [tab, setTab] = useState<Tab>('highlights');
  const suggestions = useSuggestionPanel(ws, tab === 'entities');
  const { reveal } = ws;
  const onSelect = useCallback((id: string) => reveal(id, false), [reveal]);
  const { cite } = ws.notes;
  const onCite = useCallback((id: string) => void cite(id), [cite]);
  const count = ws.items.length;
  const ready = useProgressiveCount(count);
  // The selected card is always drawn, even before the rest of a long list has been.
  const activeIndex = ws.activeId ? ws.items.findIndex((h) => h.highlight.id === ws.activeId) : -1;
  const shown = ws.items.slice(0, Math.max(ready, activeIndex + 1));

  return (
    <aside className="panel" aria-label="Highlights and entities">
      <div className="panel__tabs" role="tablist" aria-label="Side panel">
        <button
          type="button"
          role="tab"
          id="panel-tab-highlights"
          aria-selected={tab === 'highlights'}
          aria-controls="panel-highlights"
          className="panel__tab"
          onClick={() => setTab('highlights')}
        >
          Highlights {ws.highlights.items && <span className="panel__count">{count}</span>}
        </button>
        <button
          type="button"
          role="tab"
          id="panel-tab-entities"
          aria-selected={tab === 'entities'}
          aria-controls="panel-entities"
          className="panel__tab"
          onClick={() => setTab('entities')}
        >
          Suggested entities
        </button>
      </div>

      {tab === 'highlights' ? (
        <div
          id="panel-highlights"
          role="tabpanel"
          aria-labelledby="panel-tab-highlights"
          className="panel__body"
        >
          {ws.highlights.error ? (
            <p className="panel__error" role="alert">
              The highlights could not be loaded: {ws.highlights.error}
            </p>
          ) : !ws.highlights.items ? (
            <p className="muted panel__empty">Loading highlights…</p>
          ) : count === 0 ? (
            <p className="muted panel__empty">
              Select a passage in the text, then pick a colour (or press <kbd>1</kbd>–<kbd>5</kbd>) to
              highlight it.
            </p>
          ) : (
            <>
              <p className="panel__health" aria-label="Anchor health">
                {healthSummary(ws.highlights.health)}
                <span className="panel__hint" aria-hidden="true">
                  <kbd>j</kbd> <kbd>k</kbd> to move
                </span>
              </p>
              <ol className="hl-list">
                {shown.map((item) => {
                  const id = item.highlight.id;
                  const active = id === ws.activeId;
                  const links = ws.claimsByHighlight.get(id) ?? [];
                  const quote =
                    item.anchor.status === 'orphan'
                      ? item.highlight.quote.exact
                      : ws.text.slice(item.anchor.start, item.anchor.end);
                  return (
                    <HighlightCard
                      key={id}
                      item={item}
                      text={ws.text}
                      active={active}
                      domId={cardDomId(id)}
                      entityById={ws.entities.byId}
                      claimCount={links.length}
                      citedIn={ws.notes.citing.byHighlight.get(id) ?? NO_NOTES}
                      onSelect={onSelect}
                      onCite={onCite}
                    >
                      {active && (
                        <HighlightEditor
                          item={item}
                          quote={quote}
                          entities={ws.entities.entities}
                          entityById={ws.entities.byId}
                          links={links}
                          claims={ws.claims.claims}
                          busy={ws.actions.busy}
                          actions={ws.actions.onHighlight}
                          claimFormOpen={ws.claimFormFor === id}
                          onClaimForm={(open) => ws.setClaimFormFor(open ? id : null)}
                        />
                      )}
                    </HighlightCard>
                  );
                })}
              </ol>
            </>
          )}
        </div>
      ) : (
        <div id="panel-entities" role="tabpanel" aria-labelledby="panel-tab-entities" className="panel__body">
          {suggestions.loaded.status === 'error' ? (
            <p className="panel__error" role="alert">
              Suggestions could not be made: {suggestions.loaded.error}
            </p>
          ) : !suggestions.suggestions ? (
            <p className="muted panel__empty">Looking for names…</p>
          ) : (
            <SuggestionList
              suggestions={suggestions.suggestions}
              entities={ws.entities.entities}
              busy={suggestions.busy}
              onAccept={suggestions.accept}
              onReject={suggestions.reject}
              onAddTo={suggestions.addTo}
            />
          )}
        </div>
      )}
    </aside>
  );
}
