/** A run of postings (`doc, tf, position × tf` each) inside `data`. */
export interface Range {
  data: Uint32Array;
  start: number;
  end: number;
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
  for (let j = 1; j < n; j++) {
    const r = ranges[j] as Range;
    const l = ranges[lead] as Range;
    if (r.end - r.start < l.end - l.start) lead = j;
  }
  const datas = ranges.map((r) => r.data);
  const ends = ranges.map((r) => r.end);
  const cursor = ranges.map((r) => r.start);
  const pointer = new Array<number>(n).fill(0);
  const stops = new Array<number>(n).fill(0);
  const leadData = datas[lead] as Uint32Array;
  const leadEnd = ends[lead] ?? 0;
  for (let c0 = cursor[lead] ?? 0; c0 < leadEnd;) {
    const doc = leadData[c0] ?? 0;
    const tf0 = leadData[c0 + 1] ?? 0;
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
      pointer[j] = c + 2;
      stops[j] = c + 2 + (data[c + 1] ?? 0);
    }
    if (all) {
      let count = 0;
      for (let k = c0 + 2, kEnd = c0 + 2 + tf0; k < kEnd; k++) {
        // The phrase would start at p - lead; every other word must sit at its offset from there.
        const p = (leadData[k] ?? 0) - lead;
        if (p < 0) continue;
        let ok = true;
        for (let j = 0; j < n && ok; j++) {
          if (j === lead) continue;
          const data = datas[j] as Uint32Array;
          const stop = stops[j] ?? 0;
          const want = p + j;
          let q = pointer[j] ?? stop;
          while (q < stop && (data[q] ?? 0) < want) q++;
          pointer[j] = q;
          ok = q < stop && data[q] === want;
        }
        if (ok) count++;
      }
      if (count) found(doc, count);
    }
    c0 += 2 + tf0;
  }
}
