import { useCallback } from 'react';
import { useApi } from '../transport/ApiContext';
import type { SelectionToolbarState } from './useSelectionToolbar';
import type { useToast } from './useToast';

interface Deps {
  sourceId: string;
  selection: SelectionToolbarState;
  toast: ReturnType<typeof useToast>;
  /** Runs a change with the reader's busy flag and error toast (useHighlightActions' `run`). */
  run: <T>(work: () => Promise<T>) => Promise<T | undefined>;
  /** The source's text changed on disk: read it (and its highlights) again. */
  onTextChanged: () => void;
}

/**
 * "This is not part of the article": the blocks the selection touches move to the removed text,
 * and Undo puts them back where they stood. The notebook re-anchors and saves every highlight of
 * the source in the same step and records each change in the source's provenance, so the reader
 * only reads the text and the highlights again.
 */
export function useNotArticle({ sourceId, selection, toast, run, onTextChanged }: Deps) {
  const api = useApi();
  const { refresh, clear } = selection;

  const putBack = useCallback(
    (index: number) => {
      toast.dismiss();
      void run(async () => {
        await api.restoreRemovedBlock({ id: sourceId, index, at: 'original' });
        onTextChanged();
        toast.show('The block is back where it stood in the article.');
      });
    },
    [api, onTextChanged, run, sourceId, toast],
  );

  return useCallback(
    () =>
      run(async () => {
        const pending = refresh();
        if (!pending) return;
        const { removedIndex } = await api.markNotPartOfArticle({
          id: sourceId,
          start: pending.start,
          end: pending.end,
        });
        clear();
        onTextChanged();
        toast.show(
          'Moved to the removed text, listed under Details & provenance. Highlights inside it stay listed as orphaned until it is put back.',
          {
            tone: 'info',
            action: { label: 'Undo', run: () => putBack(removedIndex) },
          },
        );
      }),
    [api, clear, onTextChanged, putBack, refresh, run, sourceId, toast],
  );
}
