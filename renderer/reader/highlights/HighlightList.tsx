import type { AnchoredHighlight } from '../../../shared/contract/results';
import { cardDomId, type ReaderWorkspace } from '../useReaderWorkspace';
import { healthSummary } from './anchoredList';
import { HighlightCard } from './HighlightCard';
import { HighlightEditor } from './HighlightEditor';
import type { CitingNote } from './useCitingNotes';

const NO_NOTES: readonly CitingNote[] = [];

interface Props {
  ws: ReaderWorkspace;
  /** The cards drawn so far (a long list is drawn a slice at a time). */
  shown: readonly AnchoredHighlight[];
  onSelect: (id: string) => void;
  onCite: (id: string) => void;
}

/** The highlights tab: how well the highlights are anchored, then a card per highlight, the selected one open. */
export function HighlightList({ ws, shown, onSelect, onCite }: Props) {
  const { loaded, items } = ws.highlights;
  return (
    <div id="panel-highlights" role="tabpanel" aria-labelledby="panel-tab-highlights" className="panel__body">
      {loaded.error ? (
        <p className="panel__error" role="alert">
          The highlights could not be loaded: {loaded.error}
        </p>
      ) : !loaded.items ? (
        <p className="muted panel__empty">Loading highlights…</p>
      ) : items.length === 0 ? (
        <p className="muted panel__empty">
          Select a passage in the text, then pick a colour (or press <kbd>1</kbd>–<kbd>5</kbd>) to highlight
          it.
        </p>
      ) : (
        <>
          <p className="panel__health" aria-label="Anchor health">
            {healthSummary(loaded.health)}
            <span className="panel__hint" aria-hidden="true">
              <kbd>j</kbd> <kbd>k</kbd> to move
            </span>
          </p>
          <ol className="hl-list">
            {shown.map((item) => (
              <HighlightItem
                key={item.highlight.id}
                ws={ws}
                item={item}
                onSelect={onSelect}
                onCite={onCite}
              />
            ))}
          </ol>
        </>
      )}
    </div>
  );
}

function HighlightItem({
  ws,
  item,
  onSelect,
  onCite,
}: Pick<Props, 'ws' | 'onSelect' | 'onCite'> & { item: AnchoredHighlight }) {
  const id = item.highlight.id;
  const active = id === ws.highlights.activeId;
  const links = ws.claims.byHighlight.get(id) ?? [];
  const { text } = ws.doc;
  const quote =
    item.anchor.status === 'orphan'
      ? item.highlight.quote.exact
      : text.slice(item.anchor.start, item.anchor.end);
  return (
    <HighlightCard
      item={item}
      text={text}
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
          claims={ws.claims.all}
          busy={ws.actions.busy}
          actions={ws.actions.onHighlight}
          claimFormOpen={ws.claims.formFor === id}
          onClaimForm={(open) => ws.claims.setFormFor(open ? id : null)}
        />
      )}
    </HighlightCard>
  );
}
