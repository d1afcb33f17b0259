import { filterTimeline, type TimelineFilter, type TimelineItem } from './buildTimeline';

/** Each filter and the item field it looks in. */
const FIELDS = [
  ['entityId', 'entityIds'],
  ['claimId', 'claimIds'],
  ['questionId', 'questionIds'],
  ['tag', 'tags'],
] as const;

type Key = (typeof FIELDS)[number][0];

/** A timeline with, per filter, the items carrying each value (in timeline order). */
export interface TimelineIndex<T extends TimelineItem> {
  all: readonly T[];
  by: Record<Key, Map<string, T[]>>;
}

/**
 * Indexes a timeline for filtering: one pass, built with the timeline itself, so a filter reads
 * the items that carry its value instead of testing all 20,000.
 */
export function indexTimeline<T extends TimelineItem>(items: readonly T[]): TimelineIndex<T> {
  const by = {} as Record<Key, Map<string, T[]>>;
  for (const [key, field] of FIELDS) {
    const index = new Map<string, T[]>();
    for (const item of items) {
      const values = item[field];
      for (const value of values.length < 2 ? values : new Set(values)) {
        const list = index.get(value);
        if (list) list.push(item);
        else index.set(value, [item]);
      }
    }
    by[key] = index;
  }
  return { all: items, by };
}

/** The items matching every filter given, in timeline order: the same answer as filterTimeline. */
export function lookupTimeline<T extends TimelineItem>(index: TimelineIndex<T>, f: TimelineFilter): T[] {
  let narrowest: readonly T[] = index.all;
  for (const [key] of FIELDS) {
    const value = f[key];
    if (!value) continue;
    const found = index.by[key].get(value) ?? [];
    if (found.length < narrowest.length) narrowest = found;
  }
  return filterTimeline(narrowest, f);
}
