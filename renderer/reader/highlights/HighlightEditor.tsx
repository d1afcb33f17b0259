import type { AnchoredHighlight, ClaimView } from '../../../shared/contract/results';
import type { Entity } from '../../../shared/model';
import type { ClaimLink } from './claimsByHighlight';
import { ColorChoice, CommentAndTags, EntityTags, HighlightClaims } from './HighlightEditorParts';
import type { HighlightActions } from './useHighlightActions';

interface Props {
  item: AnchoredHighlight;
  quote: string;
  entities: readonly Entity[];
  entityById: ReadonlyMap<string, Entity>;
  links: readonly ClaimLink[];
  claims: readonly ClaimView[];
  busy: boolean;
  actions: HighlightActions['onHighlight'];
  claimFormOpen: boolean;
  onClaimForm: (open: boolean) => void;
}

/** Edits the selected highlight: colour, comment, tags, entities, claims; deletes it. */
export function HighlightEditor(props: Props) {
  const { item, entities, entityById, busy, actions } = props;
  const { highlight } = item;
  return (
    <div className="hl-editor" role="group" aria-label="Selected highlight">
      <ColorChoice highlight={highlight} busy={busy} actions={actions} />
      <CommentAndTags highlight={highlight} busy={busy} actions={actions} />
      <EntityTags
        highlight={highlight}
        entities={entities}
        entityById={entityById}
        busy={busy}
        actions={actions}
      />
      <HighlightClaims {...props} />
      <div className="hl-editor__footer">
        <button
          type="button"
          className="button button--danger"
          disabled={busy}
          onClick={() => void actions.remove(item)}
        >
          Delete highlight <kbd>Del</kbd>
        </button>
      </div>
    </div>
  );
}
