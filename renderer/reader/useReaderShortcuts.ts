import type { RefObject } from 'react';
import type { AnchoredHighlight } from '../../shared/contract/results';
import type { KeyPress } from '../commands/keyChord';
import { useCommandHandlers } from '../commands/useCommandHandlers';
import { focusWhenShown } from '../ui/focusWhenShown';
import { stepIndex } from '../ui/stepIndex';
import { placeCaret, selectAround } from './caret';
import type { ToolbarMode } from './SelectionToolbar';
import type { HighlightActions } from './highlights/useHighlightActions';
import type { PendingSelection } from './useTextSelection';
import type { useToast } from './useToast';

/** Id of the entity field in the selected highlight's editor (e focuses it). */
export const ENTITY_INPUT_ID = 'hl-editor-entity';

interface Options {
  rootRef: RefObject<HTMLElement | null>;
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

/**
 * What each reader command does (keys in commands/commandTable). With text selected: 1–5 or h
 * highlight, e tags an entity, c makes a claim, Escape drops the selection. With a highlight selected:
 * 1–5 recolour, e/c as above, Delete removes (with undo), Escape deselects. Always: j/k next/previous,
 * t puts the caret in the text, s/p select the sentence/paragraph at the caret; x moves the blocks
 * the selection touches out of the article (undo puts them back).
 */
// Long because: the reader's command table, one short entry per command.
export function useReaderShortcuts(o: Options): void {
  // Read afresh: a key can beat the frame that reports the last Shift+arrow.
  const selection = () => (o.mode === 'toolbar' ? o.refreshSelection() : null);
  const active = () => (selection() ? undefined : o.items.find((h) => h.highlight.id === o.activeId));
  const color = (n: number) => {
    if (selection()) {
      if (!o.busy) void o.actions.fromSelection.color(n);
      return true;
    }
    const hl = active();
    if (!hl) return false;
    void o.actions.onHighlight.color(hl.highlight.id, n);
    return true;
  };
  const root = () => o.rootRef.current;
  useCommandHandlers({
    'reader.color': (press?: KeyPress) => color(Number(press?.key ?? 1) || 1),
    'reader.highlight': () => (selection() ? color(1) : false),
    'reader.entity': () => {
      if (selection()) o.setMode('entity');
      else if (active()) document.getElementById(ENTITY_INPUT_ID)?.focus();
      else return false;
    },
    'reader.notArticle': () => {
      if (!selection()) return false;
      if (!o.busy) void o.notArticle();
    },
    'reader.claim': () => {
      if (selection()) o.setMode('claim');
      else if (active()) o.openClaimForm(active()!.highlight.id);
      else return false;
    },
    'reader.toolbar': () => {
      if (!selection()) return false;
      focusWhenShown('.sel-toolbar button');
    },
    'reader.escape': () => {
      if (selection()) o.clearSelection();
      else if (active()) o.reveal(null);
      else return false;
    },
    'reader.next': () => move(o, 1),
    'reader.previous': () => move(o, -1),
    'reader.delete': () => {
      const hl = active();
      if (!hl) return false;
      if (!o.busy) void o.actions.onHighlight.remove(hl);
    },
    'reader.undo': () => {
      const action = o.toast.toast?.action;
      if (!action) return false;
      action.run();
    },
    'reader.focusText': () => {
      const body = root();
      if (!body) return false;
      body.focus({ preventScroll: true });
      placeCaret(body);
    },
    'reader.sentence': () => (root() ? selectAround(root()!, 'sentence') : false),
    'reader.paragraph': () => (root() ? selectAround(root()!, 'paragraph') : false),
  });
}

function move(o: Options, step: number): void {
  const index = o.items.findIndex((h) => h.highlight.id === o.activeId);
  const id = o.items[stepIndex(o.items.length, index, step)]?.highlight.id;
  if (id) o.reveal(id);
}
