import type { DocTable } from './docTable';
import { countPhrase, type Range } from './phraseMatches';
import { seek, skipsOf } from './postingSkips';
import type { ResolvedClause } from './resolveClauses';
import { FIELD_B, FIELD_WEIGHTS, K1 } from './scoring';
import { FIELD_COUNT } from './types';

/** A clause looks its candidates up in a range when the range has this many times more words. */
const LOOKUP_RATIO = 64;

/** One posting's share of a score; scan and lookUp both use it, so they add the very same number. */
const share = (top: number, tf: number, len: number, b: number, avg: number): number =>
  (top * tf) / (tf + K1 * (1 - b + (b * len) / avg));

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
  // Documents that matched every clause so far: what a later clause looks up.
  private candidates = new Uint32Array(0);
  private candidateCount = 0;
  // Sorted on the first look-up only: a clause that reads its lists through needs no order.
  private candidatesSorted = false;

  constructor(
    private readonly docs: DocTable,
    private readonly postings: PostingsOf,
    /** 0: always look candidates up; Infinity: always read lists through (the plain way, for tests). */
    private readonly lookupRatio = LOOKUP_RATIO,
  ) {}

  private fit(): void {
    const size = this.docs.capacity;
    if (this.scores.length >= size) return;
    this.scores = new Float64Array(size);
    this.seen = new Uint32Array(size);
    this.hits = new Uint8Array(size);
    this.excluded = new Uint32Array(size);
    this.touched = new Uint32Array(size);
    this.candidates = new Uint32Array(size);
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
    if (index > 0 && !clause.phrase) this.gatherCandidates(index);
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
        for (const range of this.postings(clause.tids[v] ?? 0, field)) {
          // Looking the few candidates up beats reading a long list through; same result.
          if (index > 0 && this.candidateCount * this.lookupRatio < range.end - range.start) {
            this.lookUp(range, field, weight, index);
          } else this.scan(range, field, weight, index);
        }
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

  /** The documents clause `index` may still match (all earlier ones matched). */
  private gatherCandidates(index: number): void {
    const { touched, seen, hits, epoch, candidates } = this;
    let n = 0;
    for (let i = 0; i < this.touchedCount; i++) {
      const doc = touched[i] ?? 0;
      if (seen[doc] === epoch && hits[doc] === index) candidates[n++] = doc;
    }
    this.candidateCount = n;
    this.candidatesSorted = false;
  }

  /** `scan` restricted to the candidates: each is sought in the range with its skip table. */
  private lookUp(range: Range, field: number, weight: number, index: number): void {
    if (!this.candidatesSorted) {
      this.candidates.subarray(0, this.candidateCount).sort();
      this.candidatesSorted = true;
    }
    const { data, end } = range;
    const skips = skipsOf(range);
    const { fieldLens, kinds } = this.docs;
    const b = FIELD_B[field] ?? 0;
    const avg = this.docs.averageLength(field) || 1;
    const base = weight * (K1 + 1);
    let c = range.start;
    for (let k = 0; k < this.candidateCount && c < end; k++) {
      const doc = this.candidates[k] ?? 0;
      c = seek(range, skips, c, doc);
      if (c >= end || data[c] !== doc || !this.qualifies(doc, index)) continue;
      const tf = data[c + 1] ?? 0;
      const len = fieldLens[doc * FIELD_COUNT + field] ?? 0;
      const w = FIELD_WEIGHTS[(kinds[doc] ?? 0) * FIELD_COUNT + field] ?? 1;
      this.scores[doc] = (this.scores[doc] ?? 0) + share(base * w, tf, len, b, avg);
    }
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
      scores[doc] = (scores[doc] ?? 0) + share(base * w, tf, len, b, avg);
    }
  }
}
