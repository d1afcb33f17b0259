import { lowerBound } from '../text/lowerBound';
import { withinOneEdit } from './withinOneEdit';

/** Expansions kept for one prefix or typo, most frequent first, so `a*` stays cheap. */
export const MAX_EXPANSIONS = 50;

// Buckets for typo lookups, keyed by length and the letter at position 0 or 1.
const key = (length: number, code: number): number => length * 0x10000 + code;

/**
 * Every indexed word with an integer id and its document frequency. Ids are dense and never
 * reused while the index lives, so postings can be keyed by `id * FIELD_COUNT + field`.
 * A segment's words come sorted, so prefixes are found by binary search; words added since
 * are few and scanned.
 */
export class Vocabulary {
  readonly terms: string[];
  private readonly ids = new Map<string, number>();
  private df: Uint32Array;
  private readonly sortedCount: number;
  // Built on the first typo-tolerant query, so opening the index does not pay for it.
  private byFirst: Map<number, number[]> | null = null;
  private bySecond: Map<number, number[]> | null = null;

  constructor(terms: string[] = [], df?: Uint32Array) {
    this.terms = terms;
    let sorted = true;
    for (let id = 0; id < terms.length; id++) {
      const term = terms[id] ?? '';
      this.ids.set(term, id);
      if (id > 0 && (terms[id - 1] ?? '') >= term) sorted = false;
    }
    this.sortedCount = sorted ? terms.length : 0;
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
    if (this.byFirst) this.bucket(id);
    return id;
  }

  /** Live documents containing the word. */
  docFrequency(id: number): number {
    return this.df[id] ?? 0;
  }

  countDoc(id: number, delta = 1): void {
    this.df[id] = Math.max(0, (this.df[id] ?? 0) + delta);
  }

  private mostFrequent(ids: number[]): number[] {
    if (ids.length <= MAX_EXPANSIONS) return ids;
    return ids.sort((a, b) => this.docFrequency(b) - this.docFrequency(a)).slice(0, MAX_EXPANSIONS);
  }

  /** Ids of the words starting with `prefix`, at most MAX_EXPANSIONS. */
  withPrefix(prefix: string): number[] {
    const { terms } = this;
    const lo = lowerBound(terms, prefix, this.sortedCount);
    const found: number[] = [];
    for (let id = lo; id < this.sortedCount && (terms[id] ?? '').startsWith(prefix); id++) {
      if (this.docFrequency(id) > 0) found.push(id);
    }
    for (let id = this.sortedCount; id < terms.length; id++) {
      if ((terms[id] ?? '').startsWith(prefix) && this.docFrequency(id) > 0) found.push(id);
    }
    return this.mostFrequent(found);
  }

  private bucket(id: number): void {
    const term = this.terms[id] ?? '';
    const add = (map: Map<number, number[]> | null, k: number): void => {
      const list = map?.get(k);
      if (list) list.push(id);
      else map?.set(k, [id]);
    };
    add(this.byFirst, key(term.length, term.charCodeAt(0)));
    if (term.length > 1) add(this.bySecond, key(term.length, term.charCodeAt(1)));
  }

  /**
   * Ids of the other words one typo away from `term`, at most MAX_EXPANSIONS. A word one
   * edit away either shares the first letter (length ±1), or differs there: then it shares
   * the second letter and length (substitution), has `term`'s first letter second (insertion),
   * or is `term` without its first letter, or with the first two swapped (looked up).
   */
  near(term: string): number[] {
    if (!this.byFirst || !this.bySecond) {
      this.byFirst = new Map();
      this.bySecond = new Map();
      for (let id = 0; id < this.terms.length; id++) this.bucket(id);
    }
    const n = term.length;
    const first = term.charCodeAt(0);
    const found = new Set<number>();
    const check = (id: number | undefined, skipFirst: boolean): void => {
      if (id === undefined || this.docFrequency(id) === 0) return;
      const other = this.terms[id] ?? '';
      // Words sharing the first letter were seen in the first-letter buckets already.
      if (skipFirst && other.charCodeAt(0) === first) return;
      if (other !== term && withinOneEdit(term, other)) found.add(id);
    };
    for (let length = n - 1; length <= n + 1; length++) {
      for (const id of this.byFirst.get(key(length, first)) ?? []) check(id, false);
    }
    for (const id of this.bySecond.get(key(n, term.charCodeAt(1))) ?? []) check(id, true);
    for (const id of this.bySecond.get(key(n + 1, first)) ?? []) check(id, true);
    check(this.ids.get(term.slice(1)), false);
    check(this.ids.get(`${term[1] ?? ''}${term[0] ?? ''}${term.slice(2)}`), false);
    return this.mostFrequent([...found]);
  }
}
