import type { DocMeta, DocTable, StoredTexts } from './docTable';
import type { PostingList } from './postingList';
import { FIELD_COUNT, FIELD_TITLE } from './types';
import type { Vocabulary } from './vocabulary';

/** An immutable segment: what is written to disk and loaded back. */
export interface SegmentData {
  /** Word by id. */
  terms: readonly string[];
  /** Documents containing each word. */
  df: Uint32Array;
  /** Postings of key `tid * FIELD_COUNT + field` are `postings[keyStart[key] .. keyStart[key + 1])`. */
  keyStart: Uint32Array;
  postings: Uint32Array;
  docs: DocMeta[];
  /** Token count of field f of doc d at `d * FIELD_COUNT + f`. */
  fieldLens: Uint32Array;
  texts: StoredTexts;
}

/** The inside of a MemoryIndex a snapshot reads. */
export interface IndexParts {
  vocab: Vocabulary;
  docs: DocTable;
  segmentTerms: number;
  keyStart: Uint32Array;
  postings: Uint32Array;
  added: ReadonlyMap<number, PostingList>;
}

/** Called between slices of work; return a promise to yield (e.g. to the event loop). */
export type Pause = () => Promise<void> | undefined;

/**
 * Word ids in alphabetical order of their words, so a segment's vocabulary can be binary
 * searched. The segment's own words are sorted already; only those added since need sorting.
 */
async function sortedTerms(
  terms: readonly string[],
  segmentTerms: number,
  limit: number,
  pause: Pause,
): Promise<number[]> {
  const byWord = (a: number, b: number): number => ((terms[a] ?? '') < (terms[b] ?? '') ? -1 : 1);
  const old = Array.from({ length: segmentTerms }, (_, i) => i);
  if (old.some((id, i) => i > 0 && byWord(id - 1, id) > 0)) old.sort(byWord);
  const added = Array.from({ length: limit - segmentTerms }, (_, i) => segmentTerms + i).sort(byWord);
  await pause();
  const merged: number[] = [];
  let i = 0;
  let j = 0;
  while (i < old.length || j < added.length) {
    const a = old[i];
    const b = added[j];
    if (b === undefined || (a !== undefined && byWord(a, b) < 0)) merged.push(old[i++] ?? 0);
    else merged.push(added[j++] ?? 0);
  }
  return merged;
}

/**
 * Folds the segment and the added postings into one segment of live documents, renumbered in
 * order (so every list stays sorted), dropping words left without postings. What is live is
 * fixed when this is called: changes made during its pauses only append postings of higher
 * document numbers, which are skipped, so the result is the state at the call.
 */
// Long because the fold is one pass whose pauses must see the state fixed at the call.
export async function snapshotIndex(parts: IndexParts, pause: Pause = () => undefined): Promise<SegmentData> {
  const { vocab, docs, segmentTerms, keyStart: oldStart, postings: oldPostings, added } = parts;
  // Capture what is live now with a few flat copies; the work after the first pause reads
  // only these (metas are replaced, never mutated, so sharing them is safe).
  const docLimit = docs.count;
  const termLimit = vocab.size;
  const alive = docs.alive.slice(0, docLimit);
  const liveMetas = docs.metas.slice(0, docLimit);
  const ownTexts = docs.ownTextsCopy();
  const lens = docs.fieldLens.slice(0, docLimit * FIELD_COUNT);
  await pause();
  const renumber = new Int32Array(docLimit).fill(-1);
  const metas: DocMeta[] = [];
  const oldOf: number[] = [];
  for (let doc = 0; doc < docLimit; doc++) {
    const meta = liveMetas[doc];
    if (!alive[doc] || !meta) continue;
    renumber[doc] = metas.length;
    metas.push(meta);
    oldOf.push(doc);
  }
  const own = oldOf.map((doc) => ownTexts.get(doc) ?? null);
  const fieldLens = new Uint32Array(metas.length * FIELD_COUNT);
  oldOf.forEach((old, doc) =>
    fieldLens.set(lens.subarray(old * FIELD_COUNT, (old + 1) * FIELD_COUNT), doc * FIELD_COUNT),
  );
  let capacity = oldPostings.length;
  for (const list of added.values()) capacity += list.length;

  const out = new Uint32Array(capacity);
  const keyStart = new Uint32Array(termLimit * FIELD_COUNT + 1);
  const df = new Uint32Array(termLimit);
  const terms: string[] = [];
  const countedFor = new Uint32Array(metas.length);
  let w = 0;
  const copy = (data: Uint32Array, from: number, to: number, id: number): number => {
    let count = 0;
    for (let i = from; i < to;) {
      const old = data[i] ?? 0;
      const tf = data[i + 1] ?? 0;
      if (old >= docLimit) break; // added after the snapshot began
      const doc = renumber[old] ?? -1;
      if (doc >= 0) {
        out[w++] = doc;
        for (let k = i + 1, stop = i + 2 + tf; k < stop; k++) out[w++] = data[k] ?? 0;
        if (countedFor[doc] !== id + 1) {
          countedFor[doc] = id + 1;
          count++;
        }
      }
      i += 2 + tf;
    }
    return count;
  };
  for (const t of await sortedTerms(vocab.terms, Math.min(segmentTerms, termLimit), termLimit, pause)) {
    const paused = pause();
    if (paused) await paused;
    const id = terms.length;
    const before = w;
    let count = 0;
    for (let f = 0; f < FIELD_COUNT; f++) {
      const key = t * FIELD_COUNT + f;
      keyStart[id * FIELD_COUNT + f] = w;
      if (t < segmentTerms) count += copy(oldPostings, oldStart[key] ?? 0, oldStart[key + 1] ?? 0, id);
      const list = added.get(key);
      if (list) count += copy(list.data, 0, list.length, id);
    }
    if (w === before) continue; // every posting was dead: drop the word
    terms.push(vocab.terms[t] ?? '');
    df[id] = count;
  }
  keyStart[terms.length * FIELD_COUNT] = w;
  const stored = docs.stored;
  const texts: StoredTexts = {
    text: (doc, field) =>
      field === FIELD_TITLE
        ? (metas[doc]?.title ?? '')
        : (own[doc]?.[field] ?? stored?.text(oldOf[doc] ?? 0, field) ?? ''),
  };
  if (stored?.bytes) {
    const bytes = stored.bytes.bind(stored);
    texts.bytes = (doc, field) => (own[doc] ? undefined : bytes(oldOf[doc] ?? 0, field));
  }
  return {
    terms,
    df: df.subarray(0, terms.length),
    keyStart: keyStart.subarray(0, terms.length * FIELD_COUNT + 1),
    postings: out.subarray(0, w),
    docs: metas,
    fieldLens,
    texts,
  };
}
