import { useCallback, useState } from 'react';
import { useCommandHandlers } from '../../commands/useCommandHandlers';
import { SuggestionList } from '../../entities/SuggestionList';
import { focusWhenShown } from '../../ui/focusWhenShown';
import { useProgressiveCount } from '../useProgressiveCount';
import type { ReaderWorkspace } from '../useReaderWorkspace';
import { HighlightList } from './HighlightList';
import { useSuggestionPanel } from './useSuggestionPanel';

type Tab = 'highlights' | 'entities';

/** Right of the text: the source's highlights in reading order, and names that could become entities. */
export function HighlightPanel({ ws }: { ws: ReaderWorkspace }) {
  const [tab, setTab] = useState<Tab>('highlights');
  const suggestions = useSuggestionPanel(ws, tab === 'entities');
  const { items, activeId, reveal } = ws.highlights;
  const onSelect = useCallback((id: string) => reveal(id, false), [reveal]);
  const { cite } = ws.notes;
  const onCite = useCallback((id: string) => void cite(id), [cite]);
  useCommandHandlers({
    'panel.comment': () => commentOn(ws, () => setTab('highlights')),
    'panel.suggestions': () => setTab('entities'),
  });
  // Counted here, not in the list, so switching tabs does not start drawing a long list again.
  const ready = useProgressiveCount(items.length);
  // The selected card is always drawn, even before the rest of a long list has been.
  const activeIndex = activeId ? items.findIndex((h) => h.highlight.id === activeId) : -1;
  const shown = items.slice(0, Math.max(ready, activeIndex + 1));

  return (
    <aside className="panel" aria-label="Highlights and entities">
      <PanelTabs tab={tab} onTab={setTab} count={ws.highlights.loaded.items ? items.length : null} />

      {tab === 'highlights' ? (
        <HighlightList ws={ws} shown={shown} onSelect={onSelect} onCite={onCite} />
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

/**
 * m: Comment on the selected text (the selection toolbar's form, as e and c open theirs) or on the
 * selected highlight (its comment field in the panel). `showComment` makes that field drawn: the
 * highlights tab, or the panel itself when it is hidden. False when there is nothing to comment on.
 */
export function commentOn(ws: ReaderWorkspace, showComment: () => void): boolean {
  if (ws.selection.mode === 'toolbar' && ws.selection.refresh()) {
    ws.selection.setMode('comment');
    return true;
  }
  if (!ws.highlights.activeId) return false;
  showComment();
  focusWhenShown('.hl-card--active .hl-editor__comment');
  return true;
}

/** The two tabs; the highlights tab shows how many there are once they have loaded. */
function PanelTabs({ tab, onTab, count }: { tab: Tab; onTab: (tab: Tab) => void; count: number | null }) {
  return (
    <div className="panel__tabs" role="tablist" aria-label="Side panel">
      <button
        type="button"
        role="tab"
        id="panel-tab-highlights"
        aria-selected={tab === 'highlights'}
        aria-controls="panel-highlights"
        className="panel__tab"
        onClick={() => onTab('highlights')}
      >
        Highlights {count !== null && <span className="panel__count">{count}</span>}
      </button>
      <button
        type="button"
        role="tab"
        id="panel-tab-entities"
        aria-selected={tab === 'entities'}
        aria-controls="panel-entities"
        className="panel__tab"
        onClick={() => onTab('entities')}
      >
        Suggested entities
      </button>
    </div>
  );
}
