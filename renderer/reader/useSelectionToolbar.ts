import { useCallback, useEffect, useState, type RefObject } from 'react';
import type { ToolbarMode } from './SelectionToolbar';
import { useTextSelection } from './useTextSelection';

/**
 * The selection in the text and the toolbar over it: which form is open (comment, entity, claim) and the
 * quote it is for. While a form is open the selection is frozen; a click outside the toolbar closes it.
 */
export function useSelectionToolbar(
  rootRef: RefObject<HTMLDivElement | null>,
  scrollRef: RefObject<HTMLDivElement | null>,
  text: string,
) {
  const [mode, setMode] = useState<ToolbarMode>('toolbar');
  const selection = useTextSelection(rootRef, scrollRef, text, mode !== 'toolbar');

  /** Opens a toolbar form (or the bar again) for the selection as it stands now. */
  const { refresh, clear } = selection;
  const openMode = useCallback(
    (next: ToolbarMode) => {
      if (next !== 'toolbar' && !refresh()) return;
      setMode(next);
    },
    [refresh],
  );

  const cancelForm = useCallback(() => {
    setMode('toolbar');
    clear();
  }, [clear]);

  // A click outside an open toolbar form closes it (the selection it was for is gone by then).
  useEffect(() => {
    if (mode === 'toolbar') return;
    const down = (event: PointerEvent) => {
      if (!(event.target as Element).closest?.('.sel-toolbar')) cancelForm();
    };
    document.addEventListener('pointerdown', down);
    return () => document.removeEventListener('pointerdown', down);
  }, [mode, cancelForm]);

  const { pending } = selection;
  return {
    pending,
    quote: pending ? text.slice(pending.start, pending.end) : '',
    mode,
    setMode: openMode,
    /** Back to the bar after a form did its work, without clearing the selection. */
    backToBar: useCallback(() => setMode('toolbar'), []),
    cancelForm,
    refresh,
    clear,
  };
}

export type SelectionToolbarState = ReturnType<typeof useSelectionToolbar>;
