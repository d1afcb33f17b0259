import { useCallback, useEffect, useState, type RefObject } from 'react';
import { scrollTopToReveal, visibleRange, type Range } from './visibleRange';

const OVERSCAN = 8;
// Before the first measurement, render about a screenful rather than nothing.
const FALLBACK_VIEWPORT = 1200;

/**
 * Windowing for a fixed-row-height list inside `scrollRef`: only the rows near
 * the viewport exist in the DOM, so 10,000 sources cost what 40 do.
 */
export function useWindowedRows(scrollRef: RefObject<HTMLElement | null>, count: number, rowHeight: number) {
  const [range, setRange] = useState<Range>(() =>
    visibleRange(0, FALLBACK_VIEWPORT, rowHeight, count, OVERSCAN),
  );

  const measure = useCallback(() => {
    const el = scrollRef.current;
    if (!el) return;
    const next = visibleRange(el.scrollTop, el.clientHeight || FALLBACK_VIEWPORT, rowHeight, count, OVERSCAN);
    // Only re-render when the window actually moves, not on every scroll pixel.
    setRange((prev) => (prev.start === next.start && prev.end === next.end ? prev : next));
  }, [scrollRef, count, rowHeight]);

  useEffect(() => {
    const el = scrollRef.current;
    if (!el) return;
    measure();
    el.addEventListener('scroll', measure, { passive: true });
    const observer = new ResizeObserver(measure);
    observer.observe(el);
    return () => {
      el.removeEventListener('scroll', measure);
      observer.disconnect();
    };
  }, [scrollRef, measure]);

  const reveal = useCallback(
    (index: number) => {
      const el = scrollRef.current;
      if (!el) return;
      const target = scrollTopToReveal(index, el.scrollTop, el.clientHeight, rowHeight);
      if (target !== el.scrollTop) el.scrollTop = target;
      measure();
    },
    [scrollRef, rowHeight, measure],
  );

  const pageSize = useCallback(
    () => Math.max(1, Math.floor((scrollRef.current?.clientHeight ?? rowHeight) / rowHeight) - 1),
    [scrollRef, rowHeight],
  );
  const firstVisibleIndex = useCallback(
    () => Math.ceil((scrollRef.current?.scrollTop ?? 0) / rowHeight),
    [scrollRef, rowHeight],
  );

  return { ...range, totalHeight: count * rowHeight, reveal, pageSize, firstVisibleIndex };
}
