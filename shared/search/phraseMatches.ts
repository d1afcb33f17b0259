/** A run of postings (`doc, tf, position × tf` each) inside `data`. */
export interface Range {
  data: Uint32Array;
  start: number;
  end: number;
}

// Phrase starts are marked in a scratch array indexed by position and stamped, so checking a
// document costs one pass per word's positions, without clearing anything between documents.
let marks = new Uint32Array(1 << 12);
let stamp = 1;

function reserve(size: number, words: number): void {
  if (size > marks.length) marks = new Uint32Array(Math.max(size, marks.length * 2));
  if (stamp > 0xffffffff - words - 1) {
    marks.fill(0);
    stamp = 1;
  }
}

/**
 * Walks the postings of a phrase's words (one range per word, same field, ascending docs)
 * and calls `found` with each document holding the words consecutively, and how often.
 * The rarest word leads: only its documents are visited, the other lists are skipped along.
 */
export function countPhrase(ranges: readonly Range[], found: (doc: number, count: number) => void): void {
  const n = ranges.length;
  if (n === 0) return;
  let lead = 0;
  ranges.forEach((r, j) => {
    const best = ranges[lead] as Range;
    if (r.end - r.start < best.end - best.start) lead = j;
  });
  const datas = ranges.map((r) => r.data);
  const ends = ranges.map((r) => r.end);
  const cursor = ranges.map((r) => r.start);
  const leadData = datas[lead] as Uint32Array;
  const leadEnd = ends[lead] ?? 0;
  for (let c0 = cursor[lead] ?? 0; c0 < leadEnd; c0 += 2 + (leadData[c0 + 1] ?? 0)) {
    const doc = leadData[c0] ?? 0;
    cursor[lead] = c0;
    let all = true;
    for (let j = 0; j < n; j++) {
      if (j === lead) continue;
      const data = datas[j] as Uint32Array;
      const end = ends[j] ?? 0;
      let c = cursor[j] ?? end;
      while (c < end && (data[c] ?? 0) < doc) c += 2 + (data[c + 1] ?? 0);
      cursor[j] = c;
      if (c >= end) return; // a word has no later documents: no more matches anywhere
      if (data[c] !== doc) all = false;
    }
    if (!all) continue;
    // Word 0 marks its positions; word j promotes a mark at (its position - j) if word j-1
    // promoted it; marks promoted by the last word are phrase starts.
    const first = datas[0] as Uint32Array;
    const c = cursor[0] ?? 0;
    const tf = first[c + 1] ?? 0;
    reserve((first[c + 1 + tf] ?? 0) + 1, n);
    const base = stamp;
    stamp += n;
    for (let k = c + 2; k < c + 2 + tf; k++) marks[first[k] ?? 0] = base;
    for (let j = 1; j < n; j++) {
      const data = datas[j] as Uint32Array;
      const cj = cursor[j] ?? 0;
      for (let k = cj + 2, stop = cj + 2 + (data[cj + 1] ?? 0); k < stop; k++) {
        const at = (data[k] ?? 0) - j;
        if (at >= 0 && marks[at] === base + j - 1) marks[at] = base + j;
      }
    }
    let count = 0;
    for (let k = c + 2; k < c + 2 + tf; k++) if (marks[first[k] ?? 0] === base + n - 1) count++;
    if (count) found(doc, count);
  }
}
