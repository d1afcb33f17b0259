import { useEffect, useState } from 'react';

/**
 * How many of `total` items to render: `first` at once, then `step` more per
 * frame until all are in. A source with a thousand highlights paints its text
 * and the first cards without waiting for the whole side panel.
 */
export function useProgressiveCount(total: number, first = 40, step = 150): number {
  const [count, setCount] = useState(first);
  useEffect(() => {
    if (count >= total) return;
    // A task after the next frame, so the first paint is not held up by the rest.
    let timer = 0;
    const frame = requestAnimationFrame(() => {
      timer = window.setTimeout(() => setCount((c) => c + step), 0);
    });
    return () => {
      cancelAnimationFrame(frame);
      clearTimeout(timer);
    };
  }, [count, total, step]);
  return Math.min(count, total);
}
