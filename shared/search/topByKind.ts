import { searchKinds } from './types';

/** Best `limit` documents of each kind, with a count of all offered; no full sort. */
export class TopByKind {
  readonly docs: number[][] = searchKinds.map(() => []);
  readonly scores: number[][] = searchKinds.map(() => []);
  readonly totals: number[] = searchKinds.map(() => 0);
  // The score a document must beat to enter its kind's list, once the list is full. Most
  // matches of a common word fall below it, so their offer is one comparison and a count.
  // NaN until then: no score compares at or below it.
  private readonly floors = new Float64Array(searchKinds.length).fill(NaN);

  constructor(private readonly limit: number) {}

  /** Ties keep the earlier offer, so equal scores list in document order. */
  offer(doc: number, score: number, kind: number): void {
    this.totals[kind] = (this.totals[kind] ?? 0) + 1;
    if (score <= (this.floors[kind] ?? NaN)) return;
    const docs = this.docs[kind];
    const scores = this.scores[kind];
    if (!docs || !scores || this.limit <= 0) return;
    if (docs.length === this.limit && score <= (scores[docs.length - 1] ?? 0)) return;
    let at = docs.length;
    while (at > 0 && (scores[at - 1] ?? 0) < score) at--;
    docs.splice(at, 0, doc);
    scores.splice(at, 0, score);
    if (docs.length > this.limit) {
      docs.pop();
      scores.pop();
    }
    if (docs.length === this.limit) this.floors[kind] = scores[docs.length - 1] ?? 0;
  }
}
