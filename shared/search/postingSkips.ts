import type { Range } from './phraseMatches';

/** Every STEP-th posting of a range is recorded, so a seek reads at most STEP records. */
const STEP = 32;

/** Where some postings of one range start: their documents (ascending) and offsets. */
interface Skips {
  docs: number[];
  offsets: number[];
  /** Offset up to which the range was walked, and postings counted on the way. */
  walked: number;
  postings: number;
}

// Postings are immutable once written except for appends (documents added since the segment),
// so a table is kept per array and range start and extended when its range has grown. A
// grown list gets a new array, and its old tables go with the old array.
const tables = new WeakMap<Uint32Array, Map<number, Skips>>();

/** The skip table of `range`, built or extended to its end. */
export function skipsOf(range: Range): Skips {
  let byStart = tables.get(range.data);
  if (!byStart) tables.set(range.data, (byStart = new Map<number, Skips>()));
  let skips = byStart.get(range.start);
  if (!skips) byStart.set(range.start, (skips = { docs: [], offsets: [], walked: range.start, postings: 0 }));
  const { data, end } = range;
  let c = skips.walked;
  let n = skips.postings;
  while (c < end) {
    if (n % STEP === 0) {
      skips.docs.push(data[c] ?? 0);
      skips.offsets.push(c);
    }
    n++;
    c += 2 + (data[c + 1] ?? 0);
  }
  skips.walked = c;
  skips.postings = n;
  return skips;
}

/** The offset of the first posting at or after `from` whose document is at least `target`. */
export function seek(range: Range, skips: Skips, from: number, target: number): number {
  const { docs, offsets } = skips;
  let lo = 0;
  let hi = docs.length - 1;
  let best = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if ((docs[mid] ?? 0) <= target) {
      best = mid;
      lo = mid + 1;
    } else hi = mid - 1;
  }
  const { data, end } = range;
  let c = from;
  if (best >= 0 && (offsets[best] ?? 0) > c) c = offsets[best] ?? c;
  while (c < end && (data[c] ?? 0) < target) c += 2 + (data[c + 1] ?? 0);
  return c;
}
