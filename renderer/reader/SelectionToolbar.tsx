import type { MouseEvent } from 'react';
import type { Entity } from '../../shared/model';
import { ClaimForm } from '../claims/ClaimForm';
import type { Stance } from '../claims/claimLabels';
import { EntityPicker } from '../entities/EntityPicker';
import { HIGHLIGHT_COLORS } from './highlights/colors';
import { CommentForm } from './CommentForm';
import type { PendingSelection } from './useTextSelection';

export type ToolbarMode = 'toolbar' | 'comment' | 'entity' | 'claim';

interface Props {
  selection: PendingSelection;
  mode: ToolbarMode;
  quote: string;
  busy: boolean;
  entities: readonly Entity[];
  onColor: (color: number) => void;
  onMode: (mode: ToolbarMode) => void;
  onComment: (comment: string) => void;
  onEntity: (entity: Entity) => void;
  onCreateEntity: (name: string, type: Entity['type']) => void;
  onClaim: (statement: string, stance: Stance) => void;
  onNotArticle: () => void;
  onCancel: () => void;
}

// Pressing a toolbar button must not clear the text selection it acts on.
const keepSelection = (event: MouseEvent) => {
  if (!(event.target as Element).closest('input, textarea, select')) event.preventDefault();
};

/**
 * Floats by the selection: colours 1–5, Comment, Entity (e), Claim (c), each opening its small
 * form here, and "Not part of the article" (x), which moves the blocks the selection touches to
 * the removed text.
 */
// Long because: the toolbar's buttons and its three forms, chosen by mode.
export function SelectionToolbar(props: Props) {
  const { selection, mode, quote, busy, entities } = props;
  const placement = selection.below || mode !== 'toolbar' ? 'below' : 'above';
  const top = placement === 'below' ? selection.bottom + 8 : selection.top - 8;
  return (
    <div
      className={`sel-toolbar sel-toolbar--${placement}${mode === 'toolbar' ? '' : ' sel-toolbar--form'}`}
      style={{ top, left: selection.left }}
      onMouseDown={keepSelection}
    >
      {mode === 'toolbar' && (
        <div role="toolbar" aria-label="Highlight the selection" className="sel-toolbar__bar">
          {HIGHLIGHT_COLORS.map((c) => (
            <button
              key={c.value}
              type="button"
              className={`swatch swatch--c${c.value}`}
              aria-label={`Highlight ${c.name.toLowerCase()}`}
              title={`${c.name} (${c.value})`}
              aria-keyshortcuts={String(c.value)}
              disabled={busy}
              onClick={() => props.onColor(c.value)}
            >
              <span aria-hidden="true">{c.value}</span>
            </button>
          ))}
          <span className="sel-toolbar__divider" aria-hidden="true" />
          <button
            type="button"
            className="tool"
            aria-keyshortcuts="m"
            title="Comment (m)"
            disabled={busy}
            onClick={() => props.onMode('comment')}
          >
            Comment
          </button>
          <button
            type="button"
            className="tool"
            aria-keyshortcuts="e"
            title="Tag an entity (e)"
            disabled={busy}
            onClick={() => props.onMode('entity')}
          >
            Entity
          </button>
          <button
            type="button"
            className="tool"
            aria-keyshortcuts="c"
            title="Make a claim from this passage (c)"
            disabled={busy}
            onClick={() => props.onMode('claim')}
          >
            Claim
          </button>
          <span className="sel-toolbar__divider" aria-hidden="true" />
          <button
            type="button"
            className="tool"
            aria-label="This is not part of the article"
            aria-keyshortcuts="x"
            title="This is not part of the article: move the block to the removed text (x)"
            disabled={busy}
            onClick={props.onNotArticle}
          >
            Not part of the article
          </button>
        </div>
      )}
      {mode === 'comment' && <CommentForm busy={busy} onSubmit={props.onComment} onCancel={props.onCancel} />}
      {mode === 'entity' && (
        <div className="mini-form">
          <span className="field__label">Tag the passage with an entity</span>
          <EntityPicker
            entities={entities}
            label="Entity"
            autoFocus
            busy={busy}
            onPick={props.onEntity}
            onCreate={props.onCreateEntity}
            onCancel={props.onCancel}
          />
        </div>
      )}
      {mode === 'claim' && (
        <ClaimForm initialStatement={quote} busy={busy} onSubmit={props.onClaim} onCancel={props.onCancel} />
      )}
    </div>
  );
}
