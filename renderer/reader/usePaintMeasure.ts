import { useLayoutEffect, useRef } from 'react';
import { LOADED_MARK } from './highlights/useHighlights';

/** Measure name: from the highlights' arrival to the first frame painted with them drawn. */
export const PAINT_MEASURE = 'rn:highlights-painted';
/** Measure name: from the highlights' arrival to React's commit of them (render work alone). */
export const RENDER_MEASURE = 'rn:highlights-rendered';

/**
 * Records how long the first drawing of a source's highlights took (render,
 * layout and paint), as a performance measure tests and benchmarks can read.
 */
export function usePaintMeasure(ready: boolean): void {
  const done = useRef(false);
  useLayoutEffect(() => {
    if (!ready || done.current) return;
    done.current = true;
    if (performance.getEntriesByName(LOADED_MARK, 'mark').length === 0) return;
    performance.clearMeasures(RENDER_MEASURE);
    performance.measure(RENDER_MEASURE, LOADED_MARK);
    // After the next frame's paint: rAF runs before it, a task queued from rAF runs after it.
    requestAnimationFrame(() =>
      setTimeout(() => {
        performance.clearMeasures(PAINT_MEASURE);
        performance.measure(PAINT_MEASURE, LOADED_MARK);
      }, 0),
    );
  }, [ready]);
}
