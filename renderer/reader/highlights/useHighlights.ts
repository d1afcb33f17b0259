import { useCallback, useEffect, useMemo, useState } from 'react';
import { anchorHealth } from '../../../shared/anchoring/anchorHealth';
import type { InputOf } from '../../../shared/contract/contract';
import type { AnchoredHighlight } from '../../../shared/contract/results';
import type { Highlight } from '../../../shared/model';
import { useApi } from '../../transport/ApiContext';
import { errorMessage } from '../../transport/errorMessage';
import { anchoredAt, withHighlight } from './anchoredList';

type Changes = Omit<InputOf<'updateHighlight'>, 'id'>;
export type NewHighlight = Omit<InputOf<'createHighlight'>, 'sourceId'>;

/** Marks the moment highlights arrive, so the reader can measure how long drawing them takes. */
export const LOADED_MARK = 'rn:highlights-loaded';

/**
 * The highlights of one source, anchored to its text, kept in reading order.
 * Changes are applied locally from each call's answer rather than reloading
 * the whole list, which matters with a thousand highlights.
 */
// Long because: load, create, update, remove and restore share the one anchored list.
export function useHighlights(sourceId: string) {
  const api = useApi();
  const [items, setItems] = useState<AnchoredHighlight[] | null>(null);
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    let live = true;
    api.listHighlights({ sourceId }).then(
      (result) => {
        if (!live) return;
        performance.mark(LOADED_MARK);
        setItems(result.highlights);
      },
      (failure: unknown) => {
        if (live) setError(errorMessage(failure));
      },
    );
    return () => {
      live = false;
    };
  }, [api, sourceId]);

  const create = useCallback(
    async (input: NewHighlight): Promise<Highlight> => {
      const created = await api.createHighlight({ ...input, sourceId });
      setItems((prev) => withHighlight(prev ?? [], anchoredAt(created)));
      return created;
    },
    [api, sourceId],
  );

  const update = useCallback(
    async (id: string, changes: Changes): Promise<Highlight> => {
      const updated = await api.updateHighlight({ id, ...changes });
      setItems((prev) =>
        (prev ?? []).map((item) => (item.highlight.id === id ? { ...item, highlight: updated } : item)),
      );
      return updated;
    },
    [api],
  );

  /** Deletes and hands back what was deleted (with its place), for undo. */
  const remove = useCallback(
    async (item: AnchoredHighlight): Promise<AnchoredHighlight> => {
      const { deleted } = await api.deleteHighlight({ id: item.highlight.id });
      setItems((prev) => (prev ?? []).filter((h) => h.highlight.id !== deleted.id));
      return { ...item, highlight: deleted };
    },
    [api],
  );

  const restore = useCallback(
    async (item: AnchoredHighlight): Promise<void> => {
      const restored = await api.restoreHighlight({ highlight: item.highlight });
      setItems((prev) => withHighlight(prev ?? [], { ...item, highlight: restored }));
    },
    [api],
  );

  const health = useMemo(() => anchorHealth((items ?? []).map((h) => h.anchor)), [items]);
  return { items, error, health, create, update, remove, restore };
}

export type HighlightsState = ReturnType<typeof useHighlights>;
