import { useCallback, useMemo, useState, type KeyboardEvent } from 'react';

interface Options {
  ids: readonly string[];
  /** Rows per screen, read when a key is pressed (the viewport can change size). */
  pageSize: () => number;
  /** First row in view, where focus lands when nothing is active yet. */
  firstVisibleIndex: () => number;
  initialId: string | null;
  reveal: (index: number) => void;
  onOpen: (id: string) => void;
}

/**
 * Keyboard model for the library: the list is one Tab stop, arrows/Home/End/
 * PageUp/PageDown move the active row, Enter opens it. Tracks the active row by
 * id so a re-sort keeps it.
 */
export function useListNavigation({ ids, pageSize, firstVisibleIndex, initialId, reveal, onOpen }: Options) {
  const [activeId, setActiveId] = useState<string | null>(initialId);
  const indexOf = useMemo(() => new Map(ids.map((id, index) => [id, index])), [ids]);
  const activeIndex = activeId === null ? -1 : (indexOf.get(activeId) ?? -1);

  const moveTo = useCallback(
    (index: number) => {
      if (ids.length === 0) return;
      const clamped = Math.min(ids.length - 1, Math.max(0, index));
      setActiveId(ids[clamped] ?? null);
      reveal(clamped);
    },
    [ids, reveal],
  );

  const onKeyDown = useCallback(
    (event: KeyboardEvent) => {
      const from = activeIndex < 0 ? -1 : activeIndex;
      const page = pageSize();
      const moves: Record<string, number> = {
        ArrowDown: from + 1,
        ArrowUp: Math.max(0, from - 1),
        PageDown: from + page,
        PageUp: from - page,
        Home: 0,
        End: ids.length - 1,
      };
      const target = moves[event.key];
      if (target !== undefined) {
        event.preventDefault();
        moveTo(target);
        return;
      }
      if ((event.key === 'Enter' || event.key === ' ') && activeIndex >= 0) {
        event.preventDefault();
        const id = ids[activeIndex];
        if (id) onOpen(id);
      }
    },
    [activeIndex, ids, moveTo, onOpen, pageSize],
  );

  // Focus arriving with nothing active lands on the first row in view (without scrolling,
  // which would move the row under a pointer mid-click), so Enter always has a target.
  const onFocus = useCallback(() => {
    if (activeIndex >= 0 || ids.length === 0) return;
    setActiveId(ids[Math.min(ids.length - 1, Math.max(0, firstVisibleIndex()))] ?? null);
  }, [activeIndex, ids, firstVisibleIndex]);

  return { activeId: activeIndex < 0 ? null : activeId, activeIndex, setActiveId, onKeyDown, onFocus };
}
