import { performance } from 'node:perf_hooks';
import { setImmediate as yieldToEvents } from 'node:timers/promises';
import type { Pause } from '../../shared/search';

/** How long background index work may hold the event loop before letting others run. */
export const SLICE_MS = 8;

/**
 * A `Pause` for long background work in the main process: it returns nothing (carry on)
 * until the current slice has run `sliceMs`, then a promise that resolves after pending
 * I/O and IPC have had their turn.
 */
export function timeSlices(sliceMs = SLICE_MS): Pause {
  let sliceStart = performance.now();
  return () => {
    if (performance.now() - sliceStart < sliceMs) return undefined;
    return yieldToEvents().then(() => {
      sliceStart = performance.now();
    });
  };
}
