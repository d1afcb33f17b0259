import type { FieldTokens } from './fieldTokens';
import { PostingList } from './postingList';
import { forEachToken } from './tokenize';
import { FIELD_COUNT } from './types';
import type { Vocabulary } from './vocabulary';

function grown<T extends Uint32Array | Int32Array>(array: T, need: number, make: (n: number) => T): T {
  if (need <= array.length) return array;
  const next = make(Math.max(need, array.length * 2));
  next.set(array);
  return next;
}

/**
 * Turns one document's fields into postings. Positions are grouped by word through linked
 * chains in reused typed arrays (no per-word arrays or maps), which keeps bulk indexing
 * and a single add equally cheap.
 */
export class DocIndexer {
  private tids = new Uint32Array(4096);
  private next = new Int32Array(4096);
  private positions = new Uint32Array(4096);
  private head = new Int32Array(4096);
  private countedFor = new Uint32Array(4096);
  private distinct = new Uint32Array(4096);
  private tokenCount = 0;

  constructor(
    private readonly vocab: Vocabulary,
    private readonly lists: Map<number, PostingList>,
  ) {}

  private readonly collect = (term: string): void => {
    if (this.tokenCount >= this.tids.length)
      this.tids = grown(this.tids, this.tokenCount + 1, (n) => new Uint32Array(n));
    this.tids[this.tokenCount++] = this.vocab.intern(term);
  };

  /**
   * Appends postings for document `doc`; returns the token count of each field. A field whose
   * words come in `tokens` (tokenized in a worker) is not tokenized again.
   */
  index(doc: number, texts: readonly string[], tokens?: readonly (FieldTokens | undefined)[]): number[] {
    const lengths: number[] = [];
    for (let field = 0; field < FIELD_COUNT; field++) {
      this.tokenCount = 0;
      const text = texts[field] ?? '';
      const given = tokens?.[field];
      if (given) this.collectAll(given);
      else if (text) forEachToken(text, this.collect);
      lengths.push(this.tokenCount);
      if (this.tokenCount) this.post(doc, field);
    }
    return lengths;
  }

  /** Interns each distinct word once, then maps the sequence: integers only. */
  private collectAll({ terms, seq }: FieldTokens): void {
    const ids = new Uint32Array(terms.length);
    for (let k = 0; k < terms.length; k++) ids[k] = this.vocab.intern(terms[k] ?? '');
    this.tids = grown(this.tids, seq.length, (n) => new Uint32Array(n));
    for (let i = 0; i < seq.length; i++) this.tids[i] = ids[seq[i] ?? 0] ?? 0;
    this.tokenCount = seq.length;
  }

  private post(doc: number, field: number): void {
    const n = this.tokenCount;
    const vocabSize = this.vocab.size;
    this.head = grown(this.head, vocabSize, (k) => new Int32Array(k));
    this.countedFor = grown(this.countedFor, vocabSize, (k) => new Uint32Array(k));
    this.next = grown(this.next, n, (k) => new Int32Array(k));
    this.positions = grown(this.positions, n, (k) => new Uint32Array(k));
    this.distinct = grown(this.distinct, n, (k) => new Uint32Array(k));
    const { tids, next, head, positions, distinct, countedFor } = this;
    let distinctCount = 0;
    // head[t] holds 1 + the last position of word t; next[i] chains to its previous one.
    for (let i = 0; i < n; i++) {
      const t = tids[i] ?? 0;
      const last = head[t] ?? 0;
      if (last === 0) distinct[distinctCount++] = t;
      next[i] = last - 1;
      head[t] = i + 1;
    }
    for (let k = 0; k < distinctCount; k++) {
      const t = distinct[k] ?? 0;
      let count = 0;
      for (let i = (head[t] ?? 0) - 1; i >= 0; i = next[i] ?? -1) count++;
      let at = count;
      for (let i = (head[t] ?? 0) - 1; i >= 0; i = next[i] ?? -1) positions[--at] = i;
      head[t] = 0;
      const key = t * FIELD_COUNT + field;
      let list = this.lists.get(key);
      if (!list) this.lists.set(key, (list = new PostingList(Math.min(64, 2 + count * 2))));
      list.push(doc, positions, 0, count);
      if (countedFor[t] !== doc + 1) {
        countedFor[t] = doc + 1;
        this.vocab.countDoc(t);
      }
    }
  }
}
