import { withinOneEdit } from './withinOneEdit';

/** Expansions kept for one prefix or typo, most frequent first, so `a*` stays cheap. */
export const MAX_EXPANSIONS = 50;

/**
 * Every indexed word with an integer id and its document frequency. Ids are dense and never
 * reused while the index lives, so postings can be keyed by `id * FIELD_COUNT + field`.
 */
export class Vocabulary {
  readonly terms: string[];
  private readonly ids = new Map<string, number>();
  private df: Uint32Array;
  // Built on the first typo-tolerant query, so opening the index does not pay for it.
  private byLength: number[][] | null = null;

  constructor(terms: string[] = [], df?: Uint32Array) {
    this.terms = terms;
    for (let id = 0; id < terms.length; id++) this.ids.set(terms[id] ?? '', id);
    this.df = new Uint32Array(Math.max(1024, terms.length * 2));
    if (df) this.df.set(df.subarray(0, terms.length));
  }

  get size(): number {
    return this.terms.length;
  }

  idOf(term: string): number | undefined {
    return this.ids.get(term);
  }

  /** The id of `term`, adding it when new. */
  intern(term: string): number {
    let id = this.ids.get(term);
    if (id !== undefined) return id;
    id = this.terms.length;
    this.terms.push(term);
    this.ids.set(term, id);
    if (id >= this.df.length) {
      const grown = new Uint32Array(this.df.length * 2);
      grown.set(this.df);
      this.df = grown;
    }
    this.bucket(term.length)?.push(id);
    return id;
  }

  /** Live documents containing the word. */
  docFrequency(id: number): number {
    return this.df[id] ?? 0;
  }

  countDoc(id: number, delta = 1): void {
    this.df[id] = Math.max(0, (this.df[id] ?? 0) + delta);
  }

  private bucket(length: number): number[] | undefined {
    if (!this.byLength) return undefined;
    while (this.byLength.length <= length) this.byLength.push([]);
    return this.byLength[length];
  }

  private mostFrequent(ids: number[]): number[] {
    if (ids.length <= MAX_EXPANSIONS) return ids;
    return ids.sort((a, b) => this.docFrequency(b) - this.docFrequency(a)).slice(0, MAX_EXPANSIONS);
  }

  /** Ids of the words starting with `prefix`, at most MAX_EXPANSIONS. */
  withPrefix(prefix: string): number[] {
    const found: number[] = [];
    const terms = this.terms;
    for (let id = 0; id < terms.length; id++) {
      const term = terms[id] ?? '';
      if (term.length >= prefix.length && term.startsWith(prefix) && this.docFrequency(id) > 0)
        found.push(id);
    }
    return this.mostFrequent(found);
  }

  /** Ids of the other words one typo away from `term`, at most MAX_EXPANSIONS. */
  near(term: string): number[] {
    if (!this.byLength) {
      this.byLength = [];
      for (let id = 0; id < this.terms.length; id++) this.bucket(this.terms[id]?.length ?? 0)?.push(id);
    }
    const found: number[] = [];
    for (let length = term.length - 1; length <= term.length + 1; length++) {
      for (const id of this.byLength[length] ?? []) {
        const other = this.terms[id] ?? '';
        if (other !== term && this.docFrequency(id) > 0 && withinOneEdit(term, other)) found.push(id);
      }
    }
    return this.mostFrequent(found);
  }
}
