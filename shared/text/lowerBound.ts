/**
 * First index in `list[0, end)`, sorted ascending, whose item is not below `value`; `end` when every
 * item is below it. The one binary search over sorted offsets and terms.
 */
export function lowerBound<T extends number | string>(
  list: ArrayLike<T>,
  value: T,
  end = list.length,
): number {
  let lo = 0;
  let hi = end;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if ((list[mid] as T) < value) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
