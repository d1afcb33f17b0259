import type { SourceSummary } from '../../shared/model/source';

export const sortKeys = ['added', 'title', 'published', 'words'] as const;
export type SortKey = (typeof sortKeys)[number];

export const sortLabels: Record<SortKey, string> = {
  added: 'Newest added',
  title: 'Title',
  published: 'Date published',
  words: 'Word count',
};

const collator = new Intl.Collator(undefined, { sensitivity: 'base', numeric: true });

const byNewest = (a: string, b: string): number => (a < b ? 1 : a > b ? -1 : 0);

const compare: Record<SortKey, (a: SourceSummary, b: SourceSummary) => number> = {
  added: (a, b) => byNewest(a.createdAt, b.createdAt),
  title: (a, b) => collator.compare(a.title, b.title),
  // Undated sources go last: they cannot be placed in time.
  published: (a, b) => {
    if (a.publishedAt === b.publishedAt) return 0;
    if (a.publishedAt === null) return 1;
    if (b.publishedAt === null) return -1;
    return byNewest(a.publishedAt, b.publishedAt);
  },
  words: (a, b) => b.wordCount - a.wordCount,
};

/** A sorted copy; ties fall back to newest added, then id, so the order never flickers. */
export function sortSources(sources: readonly SourceSummary[], key: SortKey): SourceSummary[] {
  const primary = compare[key];
  return [...sources].sort(
    (a, b) => primary(a, b) || byNewest(a.createdAt, b.createdAt) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0),
  );
}

/** Narrows untrusted text (a stored preference) to a sort key. */
export function isSortKey(value: unknown): value is SortKey {
  return typeof value === 'string' && (sortKeys as readonly string[]).includes(value);
}
