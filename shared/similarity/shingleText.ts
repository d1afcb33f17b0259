import { fmix32, hashWord, mixInto } from './hash32';
import { isFunctionWord } from './normalizeWords';

/*
 * Two shingle sets per article, chosen by measuring exact Jaccard on planted pairs: 200
 * synthetic 700-word articles, and real reports of one news event by different outlets.
 * "Spun" swaps 30% of content words, a fifth of them for two-word phrases.
 *
 *                         word 2-shingles   word 3-shingles   function-word 3-grams, gap bit
 *   light edit (4% words)   0.70 – 0.91       0.62 – 0.88       0.60 – 0.90
 *   spun 30%                0.38 – 0.53       0.26 – 0.41       0.98 – 1.00
 *   same topic, unrelated   0.04 – 0.09       0.00 – 0.03       0.00 – 0.03
 *
 * Word shingles measure how much text two articles share but lose half of it to spinning.
 * A bag of words cannot tell same-topic reports apart (0.79 – 0.97 on a narrow vocabulary),
 * and character 5-grams of unrelated text reach 0.16 – 0.40 against 0.65 – 0.73 for spun
 * copies. The structure signal follows the function words ("of", "the", "after", …), which
 * spinners leave alone: a shingle is three consecutive function words plus, for each gap
 * between them, one bit saying whether content words stand there. Exact gap lengths break
 * wherever a word became a phrase (spun: 0.54 – 0.79; gaps capped at 3: 0.80 – 0.99); the
 * single bit does not. Spinning that also swaps function words ("after" → "following")
 * defeats both signals (0.15 – 0.42); the index does not claim to catch it.
 */

/** Word shingle length. */
export const WORD_SHINGLE = 2;
/** Function words per structure shingle. */
export const STRUCTURE_SHINGLE = 3;
/**
 * Below this many function words the skeleton is too generic to mean anything ("The cat" and
 * "The dog" share all of theirs), so short texts are compared by their words alone.
 */
export const MIN_ANCHORS = 12;

/** Hashes of both shingle sets of a normalised word list; short texts yield one whole-text shingle. */
export function shingleText(words: readonly string[]): { words: Uint32Array; structure: Uint32Array } {
  const hashes = new Int32Array(words.length);
  // Each anchor is a function word; `joined` says whether it directly follows the previous one.
  const anchors = new Int32Array(words.length);
  const joined = new Int32Array(words.length);
  let count = 0;
  let gap = 0;
  for (let i = 0; i < words.length; i++) {
    const word = words[i] ?? '';
    hashes[i] = hashWord(word);
    if (isFunctionWord(word)) {
      anchors[count] = hashes[i] ?? 0;
      joined[count++] = gap === 0 ? 1 : 0;
      gap = 0;
    } else gap++;
  }
  return {
    words: shingles(hashes, null, WORD_SHINGLE, 0x77),
    structure:
      count < MIN_ANCHORS
        ? new Uint32Array(0)
        : shingles(anchors.subarray(0, count), joined, STRUCTURE_SHINGLE, 0x5a),
  };
}

/**
 * Hashes of every run of `k` consecutive values, or of the whole list when it is shorter;
 * `links[j]` (when given) is folded in between values j − 1 and j of a run.
 */
function shingles(values: Int32Array, links: Int32Array | null, k: number, salt: number): Uint32Array {
  if (values.length === 0) return new Uint32Array(0);
  const size = Math.min(k, values.length);
  const out = new Uint32Array(values.length - size + 1);
  for (let i = 0; i < out.length; i++) {
    let h = mixInto(salt, size);
    for (let j = 0; j < size; j++) {
      if (links && j > 0) h = mixInto(h, links[i + j] ?? 0);
      h = mixInto(h, values[i + j] ?? 0);
    }
    out[i] = fmix32(h);
  }
  return out;
}
