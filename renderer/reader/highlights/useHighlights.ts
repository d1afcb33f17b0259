import { useCallback, useEffect, useMemo, useState } from 'react';
import { anchorHealth } from '../../../shared/anchoring/anchorHealth';
import type { InputOf } from '../../../shared/contract/contract';
import type { AnchoredHighlight } from '../../../shared/contract/results';
import type { Highlight } from '../../../shared/model';
import { useApi, useAppEvent } from '../../transport/ApiContext';
import { errorMessage } from '../../transport/errorMessage';
import { anchoredAt, withHighlight } from './anchoredList';

type Changes = Omit<InputOf<'updateHighlight'>, 'id'>;
export type NewHighlight = Omit<InputOf<'createHighlight'>, 'sourceId'>;

/** Marks the moment highlights arrive, so the reader can measure how long drawing them takes. */
export const LOADED_MARK = 'rn:highlights-loaded';

/**
 * The highlights of one source, anchored to its text, kept in reading order.
 * Changes are applied locally from each call's answer rather than reloading
 * the whole list, which matters with a thousand highlights. `textSha256` is the
 * text being read: when it changes (a block marked as not part of the article,
 * or put back) the list is asked again, and until it arrives no place meant for
 * the old text is handed out.
 */
// Long because: load, create, update, remove and restore share the one anchored list.
export function useHighlights(sourceId: string, textSha256: string) {
  const api = useApi();
  const [loaded, setItems] = useState<{ items: AnchoredHighlight[]; text: string } | null>(null);
  const [error, setError] = useState<string | null>(null);
  const items = loaded?.text === textSha256 ? loaded.items : null;
  // Others' highlights arriving through sync: the list is asked again (renderer/sync).
  const [synced, setSynced] = useState(0);
  useAppEvent(['sync-changed'], () => setSynced((n) => n + 1));

  useEffect(() => {
    let live = true;
    api.listHighlights({ sourceId }).then(
      (result) => {
        if (!live) return;
        performance.mark(LOADED_MARK);
        setItems({ items: result.highlights, text: textSha256 });
      },
      (failure: unknown) => {
        if (live) setError(errorMessage(failure));
      },
    );
    return () => {
      live = false;
    };
  }, [api, sourceId, textSha256, synced]);

  /** Applies a change to the loaded list (kept with the text it was placed in). */
  const change = useCallback(
    (edit: (list: AnchoredHighlight[]) => AnchoredHighlight[]) =>
      setItems((prev) => (prev ? { ...prev, items: edit(prev.items) } : prev)),
    [],
  );

  const create = useCallback(
    async (input: NewHighlight): Promise<Highlight> => {
      const created = await api.createHighlight({ ...input, sourceId });
      change((list) => withHighlight(list, anchoredAt(created)));
      return created;
    },
    [api, sourceId, change],
  );

  const update = useCallback(
    async (id: string, changes: Changes): Promise<Highlight> => {
      const updated = await api.updateHighlight({ id, ...changes });
      change((list) =>
        list.map((item) => (item.highlight.id === id ? { ...item, highlight: updated } : item)),
      );
      return updated;
    },
    [api, change],
  );

  /** Deletes and hands back what was deleted (with its place), for undo. */
  const remove = useCallback(
    async (item: AnchoredHighlight): Promise<AnchoredHighlight> => {
      const { deleted } = await api.deleteHighlight({ id: item.highlight.id });
      change((list) => list.filter((h) => h.highlight.id !== deleted.id));
      return { ...item, highlight: deleted };
    },
    [api, change],
  );

  const restore = useCallback(
    async (item: AnchoredHighlight): Promise<void> => {
      const restored = await api.restoreHighlight({ highlight: item.highlight });
      change((list) => withHighlight(list, { ...item, highlight: restored }));
    },
    [api, change],
  );

  const health = useMemo(() => anchorHealth((items ?? []).map((h) => h.anchor)), [items]);
  return { items, error, health, create, update, remove, restore };
}

export type HighlightsState = ReturnType<typeof useHighlights>;
