import { useEffect, useRef, type RefObject } from 'react';

/**
 * Coming back from the reader, scrolls the opened row into view and focuses the
 * list, once: later list changes must not pull focus back.
 */
export function useReturnFocus(
  returnToId: string | null,
  ids: readonly string[],
  reveal: (index: number) => void,
  target: RefObject<HTMLElement | null>,
): void {
  const done = useRef(false);
  useEffect(() => {
    if (done.current || returnToId === null || ids.length === 0) return;
    done.current = true;
    const index = ids.indexOf(returnToId);
    if (index >= 0) reveal(index);
    target.current?.focus({ preventScroll: true });
  }, [returnToId, ids, reveal, target]);
}
