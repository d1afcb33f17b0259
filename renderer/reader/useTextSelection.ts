import { useCallback, useEffect, useRef, useState, type RefObject } from 'react';
import { rangeToOffsets } from '../ui/textOffsets';

/** A selection in the reader: its offsets into the clean text and where to put the toolbar. */
export interface PendingSelection {
  start: number;
  end: number;
  /** Position in the scroll container's content box (so the toolbar scrolls with the text). */
  top: number;
  bottom: number;
  left: number;
  /** Whether the toolbar goes under the selection (it spans lines, or sits at the top of the view). */
  below: boolean;
}

/**
 * Follows the document selection and reports it when it lies in the reader's
 * text, however it was made (mouse, double-click, Shift+arrows). While the
 * pointer is down nothing is reported, so the toolbar does not chase a drag;
 * while `frozen` (a toolbar form is open) the last selection is kept.
 */
export function useTextSelection(
  rootRef: RefObject<HTMLElement | null>,
  scrollRef: RefObject<HTMLElement | null>,
  text: string,
  frozen: boolean,
) {
  const [pending, setPending] = useState<PendingSelection | null>(null);
  const frozenRef = useRef(frozen);
  const pendingRef = useRef(pending);
  useEffect(() => {
    frozenRef.current = frozen;
    pendingRef.current = pending;
  });

  useEffect(() => {
    let pointerDown = false;
    let frame = 0;
    const read = () => {
      frame = 0;
      if (frozenRef.current || pointerDown) return;
      setPending(measure(rootRef.current, scrollRef.current, text));
    };
    const schedule = () => {
      if (frame === 0) frame = requestAnimationFrame(read);
    };
    const down = (event: PointerEvent) => {
      if (event.button === 0 && rootRef.current?.contains(event.target as Node)) pointerDown = true;
    };
    const up = () => {
      if (!pointerDown) return;
      pointerDown = false;
      schedule();
    };
    document.addEventListener('selectionchange', schedule);
    document.addEventListener('pointerdown', down);
    document.addEventListener('pointerup', up);
    return () => {
      cancelAnimationFrame(frame);
      document.removeEventListener('selectionchange', schedule);
      document.removeEventListener('pointerdown', down);
      document.removeEventListener('pointerup', up);
    };
  }, [rootRef, scrollRef, text]);

  const clear = useCallback(() => {
    document.getSelection()?.removeAllRanges();
    setPending(null);
  }, []);

  /**
   * The selection as it is right now. A key can arrive before the frame that
   * would have reported the last Shift+arrow, so actions read it afresh; while
   * a form is open the selection it was opened for is kept.
   */
  const refresh = useCallback((): PendingSelection | null => {
    if (frozenRef.current) return pendingRef.current;
    const now = measure(rootRef.current, scrollRef.current, text);
    pendingRef.current = now;
    setPending(now);
    return now;
  }, [rootRef, scrollRef, text]);

  return { pending, clear, refresh };
}

function measure(
  root: HTMLElement | null,
  scroller: HTMLElement | null,
  text: string,
): PendingSelection | null {
  const selection = document.getSelection();
  if (!root || !scroller || !selection || selection.rangeCount === 0 || selection.isCollapsed) return null;
  const range = selection.getRangeAt(0);
  if (!range.intersectsNode(root)) return null;
  const offsets = rangeToOffsets(root, range, text);
  if (!offsets) return null;
  // The last line's box, not the whole range's: a selection over many lines points at where it ended.
  const rects = range.getClientRects();
  const whole = range.getBoundingClientRect();
  const box = scroller.getBoundingClientRect();
  const last = rects.length > 0 ? rects[rects.length - 1]! : whole;
  const first = rects.length > 0 ? rects[0]! : whole;
  const multiline = rects.length > 1 && first.top !== last.top;
  const anchor = multiline ? last : whole;
  const left = anchor.left - box.left + anchor.width / 2;
  const margin = Math.min(170, box.width / 2);
  return {
    ...offsets,
    top: whole.top - box.top + scroller.scrollTop,
    bottom: anchor.bottom - box.top + scroller.scrollTop,
    left: Math.max(margin, Math.min(box.width - margin, left)),
    below: multiline || whole.top - box.top < 64,
  };
}
