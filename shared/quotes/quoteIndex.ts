import { quoteWords } from './quoteWords';

/** Rarest quotation words used to find candidate sources. */
const PROBE_WORDS = 5;

/**
 * Which sources contain which words (lower case), so a quotation is looked up in a 10,000-source
 * notebook by its rarest words instead of by reading every text. Postings are per source, not
 * per position: the exact and approximate matchers then read only the few candidates.
 */
export class QuoteIndex {
  private readonly ids: string[] = [];
  private readonly alive: boolean[] = [];
  private readonly numberOf = new Map<string, number>();
  private readonly postings = new Map<string, number[]>();
  private votes = new Uint8Array(0);

  get size(): number {
    return this.numberOf.size;
  }

  has(id: string): boolean {
    return this.numberOf.has(id);
  }

  /** Adds (or replaces) a source's text. */
  add(id: string, text: string): void {
    this.remove(id);
    const n = this.ids.length;
    this.ids.push(id);
    this.alive.push(true);
    this.numberOf.set(id, n);
    const seen = new Set<string>();
    for (const w of quoteWords(text)) {
      if (seen.has(w.lower)) continue;
      seen.add(w.lower);
      const list = this.postings.get(w.lower);
      if (list) list.push(n);
      else this.postings.set(w.lower, [n]);
    }
  }

  /** Forgets a source (its postings stay, marked dead, until the index is rebuilt). */
  remove(id: string): void {
    const n = this.numberOf.get(id);
    if (n === undefined) return;
    this.alive[n] = false;
    this.numberOf.delete(id);
  }

  /**
   * Sources that hold most of the quotation's rarest words, best first. A word found nowhere is
   * skipped (it may be the misquoted one); a source must hold at least half of the probes.
   */
  candidates(text: string, limit = 3, exclude?: string): string[] {
    const words = [...new Set(quoteWords(text).map((w) => w.lower))];
    const lists = words
      .map((w) => this.postings.get(w))
      .filter((l): l is number[] => l !== undefined)
      .sort((a, b) => a.length - b.length)
      .slice(0, PROBE_WORDS);
    if (lists.length === 0) return [];
    // Counting in a typed array: common words have postings as long as the notebook.
    if (this.votes.length < this.ids.length) this.votes = new Uint8Array(this.ids.length * 2);
    const votes = this.votes;
    const touched: number[] = [];
    for (const list of lists)
      for (const n of list) {
        const v = votes[n] ?? 0;
        votes[n] = v + 1;
        if (v === 0) touched.push(n);
      }
    const need = Math.max(1, Math.ceil(lists.length / 2));
    const skip = exclude === undefined ? -1 : (this.numberOf.get(exclude) ?? -1);
    // The best `limit` by votes (ties to the older source), kept in a short sorted list: sorting
    // every touched source costs more than the votes when the words are common.
    const best: [number, number][] = [];
    for (const n of touched) {
      const v = votes[n] ?? 0;
      votes[n] = 0;
      if (v < need || n === skip || !this.alive[n]) continue;
      if (best.length === limit && v <= (best[limit - 1]?.[1] ?? 0)) continue;
      let at = best.length;
      while (at > 0 && (best[at - 1]?.[1] ?? 0) < v) at--;
      best.splice(at, 0, [n, v]);
      if (best.length > limit) best.pop();
    }
    return best.map(([n]) => this.ids[n] as string);
  }
}
