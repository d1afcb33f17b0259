/**
 * The item to go to from the current one (index, or -1 for none) in a list walked with j/k (the
 * reader's highlights, the claims board's cards): one step, stopping at the ends; from no item (or
 * one no longer there), forward starts at the first and back at the last. -1 for an empty list.
 */
export function stepIndex(count: number, current: number, step: number): number {
  if (count === 0) return -1;
  if (current < 0 || current >= count) return step > 0 ? 0 : count - 1;
  return Math.max(0, Math.min(count - 1, current + step));
}
