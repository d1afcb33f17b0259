import { useCallback, useEffect, useMemo, useState, type RefObject } from 'react';
import type { SourceWithText } from '../../shared/contract/results';
import type { Highlight } from '../../shared/model';
import { useClaims } from '../claims/useClaims';
import { useEntityList } from '../entities/useEntityList';
import { splitParagraphs } from '../ui/textOffsets';
import { FLASH_ID } from './highlights/colors';
import { claimsByHighlight } from './highlights/claimsByHighlight';
import { buildSegments, type Span } from './segments';
import type { ToolbarMode } from './SelectionToolbar';
import { useDeepLink, type DeepLink } from './useDeepLink';
import { useFlash } from './useFlash';
import { useHighlightActions } from './highlights/useHighlightActions';
import { useHighlights } from './highlights/useHighlights';
import { usePaintMeasure } from './usePaintMeasure';
import { useDeleteGuard, useReaderNotes } from './useReaderNotes';
import { useReaderShortcuts } from './useReaderShortcuts';
import { useTextSelection } from './useTextSelection';
import { useToast } from './useToast';

/** Id of a highlight's card in the side panel (j/k focus it). */
export const cardDomId = (id: string) => `hl-card-${id}`;

/** State and wiring of the reader with its highlights, toolbar and side panel. */
export function useReaderWorkspace(
  data: SourceWithText,
  target: DeepLink | null,
  rootRef: RefObject<HTMLDivElement | null>,
  scrollRef: RefObject<HTMLDivElement | null>,
) {
  const { source, text } = data;
  const highlights = useHighlights(source.id);
  const entities = useEntityList();
  const claims = useClaims();
  const toast = useToast();
  const notes = useReaderNotes(source, toast);
  const { citationsChanged } = notes;
  const { flash, flashRange } = useFlash(rootRef);
  const [activeId, setActiveId] = useState<string | null>(null);
  const [mode, setMode] = useState<ToolbarMode>('toolbar');
  const [claimFormFor, setClaimFormFor] = useState<string | null>(null);
  const selection = useTextSelection(rootRef, scrollRef, text, mode !== 'toolbar');

  const items = useMemo(() => highlights.items ?? [], [highlights.items]);
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
  usePaintMeasure(highlights.items !== null);

  /** Selects a highlight, scrolls its passage to the middle and (by default) focuses its card. */
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

  const onCreated = useCallback((highlight: Highlight) => {
    setMode('toolbar');
    setActiveId(highlight.id);
  }, []);
  const onDeleted = useCallback(
    (id: string) => {
      setActiveId((current) => (current === id ? null : current));
      setClaimFormFor((current) => (current === id ? null : current));
      citationsChanged();
    },
    [citationsChanged],
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
  const actions = {
    ...plainActions,
    onHighlight: { ...plainActions.onHighlight, remove: deleteGuard.guardedRemove },
  };

  /** Opens a toolbar form (or the bar again) for the selection as it stands now. */
  const { refresh, clear: clearSelection } = selection;
  const openMode = useCallback(
    (next: ToolbarMode) => {
      if (next !== 'toolbar' && !refresh()) return;
      setMode(next);
    },
    [refresh],
  );

  const cancelForm = useCallback(() => {
    setMode('toolbar');
    clearSelection();
  }, [clearSelection]);

  // A click outside an open toolbar form closes it (the selection it was for is gone by then).
  useEffect(() => {
    if (mode === 'toolbar') return;
    const down = (event: PointerEvent) => {
      if (!(event.target as Element).closest?.('.sel-toolbar')) cancelForm();
    };
    document.addEventListener('pointerdown', down);
    return () => document.removeEventListener('pointerdown', down);
  }, [mode, cancelForm]);

  useReaderShortcuts({
    items,
    activeId,
    pending: selection.pending,
    refreshSelection: refresh,
    mode,
    busy: actions.busy,
    actions,
    toast,
    reveal,
    setMode: openMode,
    clearSelection: selection.clear,
    openClaimForm: setClaimFormFor,
  });
  useDeepLink({ target, items: highlights.items, text, reveal, flashRange, toast });

  const byHighlight = useMemo(() => claimsByHighlight(claims.claims), [claims.claims]);
  const pendingQuote = selection.pending ? text.slice(selection.pending.start, selection.pending.end) : '';

  return {
    source,
    text,
    paragraphs,
    segments,
    items,
    highlights,
    entities,
    claims,
    claimsByHighlight: byHighlight,
    toast,
    activeId,
    reveal,
    mode,
    setMode: openMode,
    cancelForm,
    pending: selection.pending,
    pendingQuote,
    claimFormFor,
    setClaimFormFor,
    actions,
    notes,
    deleteGuard,
  };
}

export type ReaderWorkspace = ReturnType<typeof useReaderWorkspace>;
