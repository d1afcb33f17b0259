import {
  useCallback,
  useLayoutEffect,
  useMemo,
  useRef,
  useState,
  type Dispatch,
  type RefObject,
  type SetStateAction,
} from 'react';
import type { AnchoredHighlight, SourceWithText } from '../../shared/contract/results';
import type { Highlight } from '../../shared/model';
import { useClaims } from '../claims/useClaims';
import { useEntityList } from '../entities/useEntityList';
import { splitParagraphs } from '../ui/textOffsets';
import { FLASH_ID } from './highlights/colors';
import { claimsByHighlight } from './highlights/claimsByHighlight';
import { useHighlightActions } from './highlights/useHighlightActions';
import { useHighlights } from './highlights/useHighlights';
import { buildSegments, type Span } from './segments';
import { useDeepLink, type DeepLink } from './useDeepLink';
import { useFlash } from './useFlash';
import { useNotArticle } from './useNotArticle';
import { usePaintMeasure } from './usePaintMeasure';
import { useDeleteGuard, useReaderNotes } from './useReaderNotes';
import { ENTITY_INPUT_ID, useReaderShortcuts } from './useReaderShortcuts';
import { useSelectionToolbar, type SelectionToolbarState } from './useSelectionToolbar';
import { useToast } from './useToast';

/** Id of a highlight's card in the side panel (j/k focus it). */
export const cardDomId = (id: string) => `hl-card-${id}`;

/** The text cut into paragraphs, and each paragraph into runs under the same highlights (and the flash). */
function useTextSegments(
  text: string,
  items: readonly AnchoredHighlight[],
  flash: { start: number; end: number } | null,
) {
  const paragraphs = useMemo(() => splitParagraphs(text), [text]);
  const spans = useMemo(() => {
    const list: Span[] = [];
    for (const { highlight, anchor } of items) {
      if (anchor.status !== 'orphan')
        list.push({ id: highlight.id, start: anchor.start, end: anchor.end, color: highlight.color });
    }
    if (flash) list.push({ id: FLASH_ID, start: flash.start, end: flash.end });
    return list;
  }, [items, flash]);
  const segments = useMemo(() => buildSegments(paragraphs, spans), [paragraphs, spans]);
  return { paragraphs, segments };
}

/** Which highlight is selected; revealing one scrolls its passage to the middle and (by default) focuses its card. */
function useActiveHighlight() {
  const [activeId, setActiveId] = useState<string | null>(null);
  const reveal = useCallback((id: string | null, focusCard = true) => {
    setActiveId(id);
    if (!id) return;
    requestAnimationFrame(() => {
      document
        .querySelector(`.reader__body [data-ids~="${CSS.escape(id)}"]`)
        ?.scrollIntoView({ block: 'center' });
      if (focusCard) document.getElementById(cardDomId(id))?.focus();
    });
  }, []);
  return { activeId, setActiveId, reveal };
}

/**
 * After Enter in the selection toolbar's entity box, the box closes with the selection and the new
 * highlight's own entity box (in the panel) takes the keyboard, ready for the next name. Focused in
 * a layout effect, in the same task as the redraw that removed the toolbar's box: a key typed in
 * between would reach the page and its single-key shortcuts.
 */
function useEntityBoxAfterTag() {
  // A ref, not state: the redraw is already coming (the new highlight becomes the selected one).
  const tagged = useRef(false);
  useLayoutEffect(() => {
    if (!tagged.current) return;
    tagged.current = false;
    // Not there with the panel hidden: then the keys wait on the page, as typing (commands/droppedField).
    document.getElementById(ENTITY_INPUT_ID)?.focus();
  });
  return useCallback(() => {
    tagged.current = true;
  }, []);
}

interface ActionDeps {
  highlights: ReturnType<typeof useHighlights>;
  entities: ReturnType<typeof useEntityList>;
  claims: ReturnType<typeof useClaims>;
  toast: ReturnType<typeof useToast>;
  selection: SelectionToolbarState;
  notes: ReturnType<typeof useReaderNotes>;
  setActiveId: Dispatch<SetStateAction<string | null>>;
  setClaimFormFor: Dispatch<SetStateAction<string | null>>;
  sourceId: string;
  onTextChanged: () => void;
}

/**
 * The highlight actions, with every way of deleting (button, Delete key) asking first when notes cite
 * it, and "This is not part of the article" for the selection.
 */
function useGuardedActions(deps: ActionDeps) {
  const { highlights, entities, claims, toast, selection, notes, setActiveId, setClaimFormFor } = deps;
  const { backToBar, mode } = selection;
  const { citationsChanged } = notes;
  const focusEntityBox = useEntityBoxAfterTag();
  const onCreated = useCallback(
    (highlight: Highlight) => {
      backToBar();
      setActiveId(highlight.id);
      if (mode === 'entity') focusEntityBox();
    },
    [backToBar, setActiveId, mode, focusEntityBox],
  );
  const onDeleted = useCallback(
    (id: string) => {
      setActiveId((current) => (current === id ? null : current));
      setClaimFormFor((current) => (current === id ? null : current));
      citationsChanged();
    },
    [citationsChanged, setActiveId, setClaimFormFor],
  );
  const plainActions = useHighlightActions({
    highlights,
    entities,
    claims,
    toast,
    refreshSelection: selection.refresh,
    clearSelection: selection.clear,
    onCreated,
    onDeleted,
    onRestored: citationsChanged,
  });
  // Every way of deleting (button, Delete key) asks first when notes cite the highlight.
  const deleteGuard = useDeleteGuard(plainActions.onHighlight.remove, notes.citing.byHighlight);
  const notArticle = useNotArticle({
    sourceId: deps.sourceId,
    selection,
    toast,
    run: plainActions.run,
    onTextChanged: deps.onTextChanged,
  });
  const actions = {
    ...plainActions,
    fromSelection: { ...plainActions.fromSelection, notArticle },
    onHighlight: { ...plainActions.onHighlight, remove: deleteGuard.guardedRemove },
  };

  return { actions, deleteGuard };
}

/**
 * State and wiring of the reader with its highlights, toolbar and side panel, grouped by concern:
 * `doc` (the text), `highlights` (the list and the selected one), `selection` (the toolbar over the
 * selected text), `claims`, `entities`, `notes`, `actions`, `deleteGuard` and `toast`.
 */
// Long because: it wires the reader's hooks together in order; each concern lives in a hook of its own.
export function useReaderWorkspace(
  data: SourceWithText,
  target: DeepLink | null,
  rootRef: RefObject<HTMLDivElement | null>,
  scrollRef: RefObject<HTMLDivElement | null>,
  onTextChanged: () => void,
) {
  const { source, text } = data;
  const loaded = useHighlights(source.id, source.textSha256);
  const entities = useEntityList();
  const claimsState = useClaims();
  const toast = useToast();
  const notes = useReaderNotes(source, toast);
  const { flash, flashRange } = useFlash(rootRef);
  const { activeId, setActiveId, reveal } = useActiveHighlight();
  const [claimFormFor, setClaimFormFor] = useState<string | null>(null);
  const selection = useSelectionToolbar(rootRef, scrollRef, text);

  const items = useMemo(() => loaded.items ?? [], [loaded.items]);
  const { paragraphs, segments } = useTextSegments(text, items, flash);
  usePaintMeasure(loaded.items !== null);
  const { actions, deleteGuard } = useGuardedActions({
    highlights: loaded,
    entities,
    claims: claimsState,
    toast,
    selection,
    notes,
    setActiveId,
    setClaimFormFor,
    sourceId: source.id,
    onTextChanged,
  });

  useReaderShortcuts({
    ...{ rootRef, items },
    activeId,
    pending: selection.pending,
    refreshSelection: selection.refresh,
    mode: selection.mode,
    busy: actions.busy,
    actions,
    notArticle: actions.fromSelection.notArticle,
    toast,
    reveal,
    setMode: selection.setMode,
    clearSelection: selection.clear,
    openClaimForm: setClaimFormFor,
  });
  useDeepLink({ target, items: loaded.items, text, reveal, flashRange, toast });
  const byHighlight = useMemo(() => claimsByHighlight(claimsState.claims), [claimsState.claims]);

  return {
    doc: { source, text, paragraphs, segments },
    highlights: { loaded, items, activeId, reveal },
    selection,
    claims: { all: claimsState.claims, byHighlight, formFor: claimFormFor, setFormFor: setClaimFormFor },
    entities,
    toast,
    actions,
    notes,
    deleteGuard,
  };
}

export type ReaderWorkspace = ReturnType<typeof useReaderWorkspace>;
