import type { DocTable } from './docTable';
import { filterPredicate, noFilters } from './matchesFilters';
import type { QueryEvaluator } from './queryEvaluator';
import type { ResolvedQuery } from './resolveClauses';
import { TopByKind } from './topByKind';
import { kindCode } from './scoring';
import type { SearchFilters } from './types';

const ALL_KINDS = -1;

/**
 * Runs a resolved query and keeps the best `limit` matches of each kind, with every match
 * counted. Its results are those of `rankMatchesReference` (the plain version, kept as the
 * oracle of rankMatches.test.ts); this one only drops work that cannot change them.
 */
export function rankMatches(
  evaluator: QueryEvaluator,
  docs: DocTable,
  resolved: ResolvedQuery,
  filters: SearchFilters,
  limit: number,
): TopByKind {
  const top = new TopByKind(limit);
  if (resolved.impossible) return top;
  evaluator.run(resolved.positives, resolved.negatives);
  const matches = noFilters(filters) ? null : filterPredicate(filters);
  const { metas, kinds, alive } = docs;
  // A kind filter, checked on the kind codes before any meta is read (the predicate checks it too).
  const kindMask = filters.kinds?.length
    ? filters.kinds.reduce((mask, kind) => mask | (1 << kindCode(kind)), 0)
    : ALL_KINDS;
  if (resolved.positives.length) {
    const wanted = resolved.positives.length;
    const { touched, touchedCount, scores } = evaluator;
    // Every candidate is live (the evaluator skips dead documents), and a live document
    // always has its meta, so without filters the meta need not be read at all.
    for (let i = 0; i < touchedCount; i++) {
      const doc = touched[i] ?? 0;
      if (!evaluator.matchedAll(doc, wanted)) continue;
      if (kindMask !== ALL_KINDS && !((kindMask >> (kinds[doc] ?? 0)) & 1)) continue;
      if (matches) {
        const meta = metas[doc];
        if (meta === undefined || !matches(meta)) continue;
      }
      top.offer(doc, scores[doc] ?? 0, kinds[doc] ?? 0);
    }
  } else if (resolved.negatives.length || matches) {
    // Only exclusions or filters: list what is left, newest first.
    for (let doc = docs.count - 1; doc >= 0; doc--) {
      if (!alive[doc] || evaluator.isExcluded(doc)) continue;
      const meta = metas[doc];
      if (meta !== undefined && (!matches || matches(meta))) top.offer(doc, 0, kinds[doc] ?? 0);
    }
  }
  return top;
}
