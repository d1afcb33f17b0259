import type { DocTable } from './docTable';
import { filterPredicate, noFilters } from './matchesFilters';
import type { QueryEvaluator } from './queryEvaluator';
import type { ResolvedQuery } from './resolveClauses';
import { searchKinds, type SearchFilters } from './types';

/** The best `limit` of each kind, kept by insertion into a sorted list, every offer counted. */
export interface ReferenceTop {
  docs: number[][];
  scores: number[][];
  totals: number[];
}

/**
 * The plain ranking rankMatches replaced (MemoryIndex.search before issue 17's pruning; run it on an
 * evaluator built with lookupRatio Infinity, which reads every list through as before):
 * every match read, checked and inserted the long way. Used only as a test oracle.
 */
export function rankMatchesReference(
  evaluator: QueryEvaluator,
  docs: DocTable,
  resolved: ResolvedQuery,
  filters: SearchFilters,
  limit: number,
): ReferenceTop {
  const top: ReferenceTop = {
    docs: searchKinds.map(() => []),
    scores: searchKinds.map(() => []),
    totals: searchKinds.map(() => 0),
  };
  const offer = (doc: number, score: number, kind: number): void => {
    top.totals[kind] = (top.totals[kind] ?? 0) + 1;
    const list = top.docs[kind] as number[];
    const scores = top.scores[kind] as number[];
    if (limit <= 0 || (list.length === limit && score <= (scores[list.length - 1] ?? 0))) return;
    let at = list.length;
    while (at > 0 && (scores[at - 1] ?? 0) < score) at--;
    list.splice(at, 0, doc);
    scores.splice(at, 0, score);
    if (list.length > limit) {
      list.pop();
      scores.pop();
    }
  };
  if (resolved.impossible) return top;
  evaluator.run(resolved.positives, resolved.negatives);
  const unfiltered = noFilters(filters);
  const matches = filterPredicate(filters);
  const pass = (doc: number): boolean => {
    const meta = docs.metas[doc];
    return meta !== undefined && (unfiltered || matches(meta));
  };
  if (resolved.positives.length) {
    const wanted = resolved.positives.length;
    for (let i = 0; i < evaluator.touchedCount; i++) {
      const doc = evaluator.touched[i] ?? 0;
      if (evaluator.matchedAll(doc, wanted) && pass(doc))
        offer(doc, evaluator.scores[doc] ?? 0, docs.kinds[doc] ?? 0);
    }
  } else if (resolved.negatives.length || !unfiltered) {
    for (let doc = docs.count - 1; doc >= 0; doc--) {
      if (docs.alive[doc] && !evaluator.isExcluded(doc) && pass(doc)) offer(doc, 0, docs.kinds[doc] ?? 0);
    }
  }
  return top;
}
