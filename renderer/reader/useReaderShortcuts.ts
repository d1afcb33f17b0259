import type { AnchoredHighlight } from '../../shared/contract/results';
import type { ToolbarMode } from './SelectionToolbar';
import type { HighlightActions } from './highlights/useHighlightActions';
import { useReaderKeys } from './useReaderKeys';
import type { PendingSelection } from './useTextSelection';
import type { useToast } from './useToast';

/** Id of the entity field in the selected highlight's editor (e focuses it). */
export const ENTITY_INPUT_ID = 'hl-editor-entity';

interface Options {
  items: readonly AnchoredHighlight[];
  activeId: string | null;
  pending: PendingSelection | null;
  refreshSelection: () => PendingSelection | null;
  mode: ToolbarMode;
  busy: boolean;
  actions: HighlightActions;
  /** "This is not part of the article" for the selection (x). */
  notArticle: () => Promise<unknown>;
  toast: ReturnType<typeof useToast>;
  reveal: (id: string | null, focusCard?: boolean) => void;
  setMode: (mode: ToolbarMode) => void;
  clearSelection: () => void;
  openClaimForm: (id: string | null) => void;
}

const COLOR_KEYS = ['1', '2', '3', '4', '5'];

/**
 * What each key does in the reader. With text selected: 1–5 highlight in that
 * colour, e tags an entity, c makes a claim, Escape drops the selection. With
 * x moves the blocks it touches out of the article (undo puts them back). With
 * a highlight selected: 1–5 recolour, e/c as above, Delete removes (with
 * undo), Escape deselects. Always: j/k next/previous highlight.
 */
export function useReaderShortcuts(o: Options): void {
  useReaderKeys({
    onUndo: () => {
      const action = o.toast.toast?.action;
      if (!action) return false;
      action.run();
      return true;
    },
    onKey: (key) => {
      // Read afresh: a key can beat the frame that reports the last Shift+arrow.
      const pending = o.mode === 'toolbar' ? o.refreshSelection() : o.pending;
      if (pending && o.mode === 'toolbar') {
        if (COLOR_KEYS.includes(key)) {
          if (!o.busy) void o.actions.fromSelection.color(Number(key));
          return true;
        }
        if (key === 'x') {
          if (!o.busy) void o.notArticle();
          return true;
        }
        if (key === 'e' || key === 'c') {
          o.setMode(key === 'e' ? 'entity' : 'claim');
          return true;
        }
        if (key === 'Escape') {
          o.clearSelection();
          return true;
        }
      }
      if (key === 'j' || key === 'k') {
        move(o, key === 'j' ? 1 : -1);
        return true;
      }
      const active = o.items.find((h) => h.highlight.id === o.activeId);
      if (!active || pending) return false;
      const id = active.highlight.id;
      if (COLOR_KEYS.includes(key)) {
        void o.actions.onHighlight.color(id, Number(key));
        return true;
      }
      if (key === 'Delete' || key === 'Backspace') {
        if (!o.busy) void o.actions.onHighlight.remove(active);
        return true;
      }
      if (key === 'e') {
        document.getElementById(ENTITY_INPUT_ID)?.focus();
        return true;
      }
      if (key === 'c') {
        o.openClaimForm(id);
        return true;
      }
      if (key === 'Escape') {
        o.reveal(null);
        return true;
      }
      return false;
    },
  });
}

function move(o: Options, step: number): void {
  if (o.items.length === 0) return;
  const index = o.items.findIndex((h) => h.highlight.id === o.activeId);
  const next =
    index < 0 ? (step > 0 ? 0 : o.items.length - 1) : Math.max(0, Math.min(o.items.length - 1, index + step));
  const id = o.items[next]?.highlight.id;
  if (id) o.reveal(id);
}
