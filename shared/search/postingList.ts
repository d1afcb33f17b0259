/**
 * The postings of one (word, field) pair, appended as documents are added. The layout is the
 * one segments use, so search reads both the same way: for each document, ascending,
 * `doc, tf, position × tf`.
 */
export class PostingList {
  data: Uint32Array;
  length = 0;

  constructor(capacity = 8) {
    this.data = new Uint32Array(capacity);
  }

  /** Appends `doc` with positions `positions[from .. from + count)`. */
  push(doc: number, positions: Uint32Array, from: number, count: number): void {
    const need = this.length + 2 + count;
    if (need > this.data.length) {
      const grown = new Uint32Array(Math.max(need, this.data.length * 2));
      grown.set(this.data.subarray(0, this.length));
      this.data = grown;
    }
    const data = this.data;
    data[this.length] = doc;
    data[this.length + 1] = count;
    data.set(positions.subarray(from, from + count), this.length + 2);
    this.length = need;
  }
}
