import type { DocTable } from './docTable';
import { countPhrase, type Range } from './phraseMatches';
import type { ResolvedClause } from './resolveClauses';
import { FIELD_B, FIELD_WEIGHTS, K1 } from './scoring';
import { FIELD_COUNT } from './types';

/** Posting ranges of one (word, field) pair: the segment's, then the added documents'. */
export type PostingsOf = (tid: number, field: number) => Range[];

/**
 * Scores documents for the positive clauses (all must match) while skipping those hit by a
 * negated one. Per-document state lives in typed arrays reused across queries and stamped
 * with a query number, so nothing proportional to the corpus is allocated or cleared.
 */
export class QueryEvaluator {
  scores = new Float64Array(0);
  private seen = new Uint32Array(0);
  private hits = new Uint8Array(0);
  private excluded = new Uint32Array(0);
  touched = new Uint32Array(0);
  touchedCount = 0;
  private epoch = 0;

  constructor(
    private readonly docs: DocTable,
    private readonly postings: PostingsOf,
  ) {}

  private fit(): void {
    const size = this.docs.capacity;
    if (this.scores.length >= size) return;
    this.scores = new Float64Array(size);
    this.seen = new Uint32Array(size);
    this.hits = new Uint8Array(size);
    this.excluded = new Uint32Array(size);
    this.touched = new Uint32Array(size);
    this.epoch = 0;
  }

  /** Runs the clauses; afterwards `touched[0 .. touchedCount)` holds candidates to check with `matchedAll`. */
  run(positives: ResolvedClause[], negatives: ResolvedClause[]): void {
    this.fit();
    this.epoch++;
    this.touchedCount = 0;
    for (const clause of negatives) this.clause(clause, -1);
    positives.forEach((clause, index) => this.clause(clause, index));
  }

  matchedAll(doc: number, clauseCount: number): boolean {
    return this.seen[doc] === this.epoch && this.hits[doc] === clauseCount;
  }

  isExcluded(doc: number): boolean {
    return this.excluded[doc] === this.epoch;
  }

  private clause(clause: ResolvedClause, index: number): void {
    for (let field = 0; field < FIELD_COUNT; field++) {
      if (clause.phrase) {
        const lists = clause.tids.map((t) => this.postings(t, field));
        // Segment and added documents never share a number, so each part intersects alone.
        for (let part = 0; part < 2; part++) {
          const ranges = lists.map((l) => l[part]);
          if (ranges.every((r): r is Range => r !== undefined && r.start < r.end)) {
            countPhrase(ranges, (doc, tf) => this.visit(doc, tf, field, clause.idf, index));
          }
        }
        continue;
      }
      for (let v = 0; v < clause.tids.length; v++) {
        const weight = clause.idf * (clause.weights[v] ?? 1);
        for (const range of this.postings(clause.tids[v] ?? 0, field)) this.scan(range, field, weight, index);
      }
    }
  }

  private visit(doc: number, tf: number, field: number, weight: number, index: number): void {
    if (index < 0) {
      this.excluded[doc] = this.epoch;
      return;
    }
    if (!this.qualifies(doc, index)) return;
    const len = this.docs.fieldLens[doc * FIELD_COUNT + field] ?? 0;
    const b = FIELD_B[field] ?? 0;
    const norm = 1 - b + (b * len) / (this.docs.averageLength(field) || 1);
    const w = FIELD_WEIGHTS[(this.docs.kinds[doc] ?? 0) * FIELD_COUNT + field] ?? 1;
    this.scores[doc] = (this.scores[doc] ?? 0) + (weight * w * tf * (K1 + 1)) / (tf + K1 * norm);
  }

  /** Whether `doc` may take part in clause `index`, recording that it matched it. */
  private qualifies(doc: number, index: number): boolean {
    const { seen, hits, epoch } = this;
    if (this.docs.alive[doc] === 0 || this.excluded[doc] === epoch) return false;
    if (index === 0) {
      if (seen[doc] !== epoch) {
        seen[doc] = epoch;
        hits[doc] = 1;
        this.scores[doc] = 0;
        this.touched[this.touchedCount++] = doc;
      }
      return true;
    }
    if (seen[doc] !== epoch) return false;
    const h = hits[doc] ?? 0;
    if (h === index) hits[doc] = index + 1;
    return h === index || h === index + 1;
  }

  // The hot loop: everything it needs is hoisted into locals.
  private scan(range: Range, field: number, weight: number, index: number): void {
    const { data, end } = range;
    const { alive, kinds, fieldLens } = this.docs;
    const { scores, excluded, epoch } = this;
    const b = FIELD_B[field] ?? 0;
    const avg = this.docs.averageLength(field) || 1;
    const base = weight * (K1 + 1);
    let i = range.start;
    while (i < end) {
      const doc = data[i] ?? 0;
      const tf = data[i + 1] ?? 0;
      i += 2 + tf;
      if (index < 0) {
        excluded[doc] = epoch;
        continue;
      }
      if (alive[doc] === 0 || !this.qualifies(doc, index)) continue;
      const len = fieldLens[doc * FIELD_COUNT + field] ?? 0;
      const w = FIELD_WEIGHTS[(kinds[doc] ?? 0) * FIELD_COUNT + field] ?? 1;
      scores[doc] = (scores[doc] ?? 0) + (base * w * tf) / (tf + K1 * (1 - b + (b * len) / avg));
    }
  }
}
